/**
 * The kinds of automation a roadmap draws on ("Scaler son activité CSM": know the tools on the market before choosing one),
 * with their labels in English and French, and the kind that usually fits an action of each lifecycle stage.
 */
import { normalizeWord } from "../excel/arguments";
import type { Bilingual } from "../excel/language";

export type SolutionKind = "email" | "inApp" | "academy" | "knowledge" | "alerts" | "plans" | "other";

/** The kinds, in the order a list offers them. */
export const SOLUTION_KINDS: readonly SolutionKind[] = [
  "email",
  "inApp",
  "academy",
  "knowledge",
  "alerts",
  "plans",
  "other",
];

/** Same labels as the workbook template's Solution kind list. */
export const SOLUTION_KIND_LABELS: Readonly<Record<SolutionKind, Bilingual>> = {
  email: { en: "Email sequences", fr: "Séquences d'e-mails" },
  inApp: { en: "In-app guides", fr: "Guides in-app" },
  academy: { en: "Webinars & academy", fr: "Webinaires et académie" },
  knowledge: { en: "Knowledge base", fr: "Base de connaissances" },
  alerts: { en: "Health alerts", fr: "Alertes de santé" },
  plans: { en: "Digital success plans", fr: "Plans de succès digitaux" },
  other: { en: "Other", fr: "Autre" },
};

/** The kind that usually fits each stage of the action library; anything else suggests "other". */
const BY_STAGE: Readonly<Record<string, SolutionKind>> = {
  onboarding: "email",
  training: "academy",
  adoption: "inApp",
  review: "plans",
  renewal: "email",
  expansion: "alerts",
  support: "knowledge",
  advocacy: "email",
};

/**
 * Reads a solution kind from its key or its label in either language (case, accents and spaces ignored, as
 * when the kind is read back from a workbook table); `null` when it is none of them.
 *
 * @param text - a key such as `"inApp"` or a label such as `"Guides in-app"`
 * @returns the kind, or `null`
 *
 * @example
 * solutionKindOf("séquences d'e-mails")
 * //=> "email"
 * @example
 * solutionKindOf("fax")
 * //=> null
 */
export function solutionKindOf(text: unknown): SolutionKind | null {
  if (typeof text !== "string") return null;
  const word = normalizeWord(text);
  return (
    SOLUTION_KINDS.find((kind) => {
      const label = SOLUTION_KIND_LABELS[kind];
      return [kind, label.en, label.fr].some((name) => normalizeWord(name) === word);
    }) ?? null
  );
}

/**
 * The kind of solution suggested for an action of a lifecycle stage, when the action library has no better
 * idea: e-mail sequences for onboarding, renewal and advocacy, the academy for training, in-app guides for
 * adoption, digital success plans for reviews, health alerts for expansion, the knowledge base for support.
 *
 * @param stage - the action's stage key
 * @returns the suggested kind
 *
 * @example
 * suggestedKind("training")
 * //=> "academy"
 * @example
 * suggestedKind("internal")
 * //=> "other"
 */
export function suggestedKind(stage: string): SolutionKind {
  return Object.hasOwn(BY_STAGE, stage) ? (BY_STAGE[stage] ?? "other") : "other";
}
