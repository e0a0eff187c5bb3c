/**
 * The library of typical CSM actions over the customer lifecycle ("Scaler son activité CSM": list every action a CSM takes),
 * in English and French, each with a stable id, its stage, suggested time and value scores 1–5 and the kind
 * of solution that would fit if the audit sends it to automation. The scaling-audit workbook template draws
 * its Actions table from this library, so that a plan started from the library and a workbook started from
 * the template agree: with these scores 12 actions stay human, 5 are arbitrated, 16 automated.
 */
import type { Language, Bilingual } from "../excel/language";
import type { SolutionKind } from "./solution-kinds";

export type Stage =
  | "onboarding"
  | "training"
  | "adoption"
  | "review"
  | "renewal"
  | "expansion"
  | "support"
  | "advocacy"
  | "internal";

/** The lifecycle stages, in lifecycle order. */
export const STAGES: readonly Stage[] = [
  "onboarding",
  "training",
  "adoption",
  "review",
  "renewal",
  "expansion",
  "support",
  "advocacy",
  "internal",
];

/** Same labels as the workbook template's Stage list. */
export const STAGE_LABELS: Readonly<Record<Stage, Bilingual>> = {
  onboarding: { en: "Onboarding", fr: "Onboarding" },
  training: { en: "Training", fr: "Formation" },
  adoption: { en: "Adoption", fr: "Adoption" },
  review: { en: "Business review", fr: "Revue d'activité" },
  renewal: { en: "Renewal", fr: "Renouvellement" },
  expansion: { en: "Expansion", fr: "Développement" },
  support: { en: "Support", fr: "Support" },
  advocacy: { en: "Advocacy", fr: "Ambassadeurs" },
  internal: { en: "Internal", fr: "Interne" },
};

export type Score = 1 | 2 | 3 | 4 | 5;

export interface LibraryAction {
  readonly id: string;
  readonly stage: Stage;
  readonly label: Bilingual;
  /** Suggested time the action takes, 1 (very little) to 5. */
  readonly time: Score;
  /** Suggested value the action brings, 1 (very low) to 5. */
  readonly value: Score;
  /** The kind of solution that fits if the action is automated. */
  readonly kind: SolutionKind;
}

type Row = readonly [string, Stage, Score, Score, SolutionKind, string, string];

// id | stage | time | value | kind if automated | English | French: one action a line, for reading.
// prettier-ignore
const ROWS: readonly Row[] = [
  ["kickoff", "onboarding", 3, 5, "plans", "Kick-off meeting with the client's sponsor", "Réunion de lancement avec le sponsor client"],
  ["welcome", "onboarding", 2, 1, "email", "Send the welcome email and access details", "Envoyer l'e-mail de bienvenue et les accès"],
  ["collect", "onboarding", 3, 2, "plans", "Collect onboarding data (users, settings, imports)", "Collecter les données d'onboarding (utilisateurs, imports)"],
  ["configure", "onboarding", 4, 4, "inApp", "Configure the account and integrations", "Paramétrer le compte et les intégrations"],
  ["plan", "onboarding", 4, 5, "plans", "Agree the success plan and objectives", "Définir le plan de succès et les objectifs"],
  ["admins", "training", 4, 4, "academy", "Train the client's administrators (live)", "Former les administrateurs du client (en direct)"],
  ["users", "training", 4, 2, "academy", "Run basic end-user training sessions", "Animer les formations de base des utilisateurs"],
  ["howto", "training", 3, 1, "knowledge", "Answer how-to questions by email", "Répondre par e-mail aux questions d'utilisation"],
  ["materials", "training", 2, 1, "academy", "Send training materials and session replays", "Envoyer les supports et replays de formation"],
  ["usage", "adoption", 3, 2, "alerts", "Monitor usage and logins every week", "Suivre l'usage et les connexions chaque semaine"],
  ["inactive", "adoption", 3, 3, "email", "Call inactive users to relaunch them", "Appeler les utilisateurs inactifs pour les relancer"],
  ["features", "adoption", 2, 2, "inApp", "Announce new features to users", "Annoncer les nouveautés aux utilisateurs"],
  ["tips", "adoption", 2, 1, "inApp", "Share tips and best practices", "Partager astuces et bonnes pratiques"],
  ["health", "adoption", 2, 4, "alerts", "Review health alerts and act on them", "Analyser les alertes de santé et agir"],
  ["deck", "review", 4, 2, "plans", "Gather data and build the review deck", "Collecter les données et préparer la revue"],
  ["qbr", "review", 3, 5, "plans", "Run the business review with the sponsor", "Animer la revue d'activité avec le sponsor"],
  ["outcomes", "review", 3, 4, "plans", "Track the client's business outcomes", "Suivre les résultats métier du client"],
  ["report", "review", 3, 1, "other", "Send the monthly usage report", "Envoyer le rapport d'usage mensuel"],
  ["reminders", "renewal", 2, 1, "email", "Send renewal reminders and quotes", "Envoyer les rappels et devis de renouvellement"],
  ["negotiate", "renewal", 4, 5, "other", "Negotiate the renewal with the decision-maker", "Négocier le renouvellement avec le décideur"],
  ["risk", "renewal", 3, 5, "alerts", "Spot churn risks and build a save plan", "Détecter les risques de churn et agir"],
  ["signals", "expansion", 3, 2, "alerts", "Detect upsell signals (licences, modules)", "Détecter les signaux d'upsell (licences, modules)"],
  ["module", "expansion", 3, 4, "academy", "Present a new module to the client", "Présenter un nouveau module au client"],
  ["handover", "expansion", 1, 3, "other", "Hand an expansion lead over to sales", "Transmettre une opportunité aux commerciaux"],
  ["tickets", "support", 5, 1, "knowledge", "Answer level-1 support tickets", "Répondre aux tickets de support de niveau 1"],
  ["escalate", "support", 3, 4, "other", "Escalate critical incidents and follow up", "Escalader les incidents critiques et les suivre"],
  ["articles", "support", 3, 3, "knowledge", "Write help articles from recurring questions", "Rédiger des articles d'aide récurrents"],
  ["surveys", "advocacy", 3, 2, "email", "Send satisfaction surveys and chase answers", "Envoyer les enquêtes de satisfaction et relancer"],
  ["testimonials", "advocacy", 3, 4, "email", "Collect testimonials and case studies", "Recueillir témoignages et cas clients"],
  ["community", "advocacy", 4, 3, "academy", "Run the user community and club meetings", "Animer la communauté et le club utilisateurs"],
  ["references", "advocacy", 2, 3, "other", "Line up reference customers for sales calls", "Mobiliser des clients référents pour les ventes"],
  ["crm", "internal", 3, 1, "other", "Log every interaction in the CRM", "Saisir chaque interaction dans le CRM"],
  ["reporting", "internal", 3, 2, "other", "Prepare the internal portfolio report", "Préparer le reporting interne du portefeuille"],
];

/** The library, in lifecycle order. */
export const ACTION_LIBRARY: readonly LibraryAction[] = ROWS.map(
  ([id, stage, time, value, kind, en, fr]) => ({
    id,
    stage,
    label: { en, fr },
    time,
    value,
    kind,
  }),
);

/** An action as the audit takes it: a label in one language, scores optional. */
export interface LibraryAuditAction {
  readonly id: string;
  readonly label: string;
  readonly stage: Stage;
  readonly time?: Score;
  readonly value?: Score;
}

/**
 * The library's actions ready for the audit, labelled in one language: all of them, or those of the stages
 * given (in library order), with the suggested scores or, when `scored` is false, not scored yet.
 *
 * @param language - the language of the labels
 * @param stages - the stages to take; all when omitted or empty
 * @param scored - false to leave the scores to the team (default true)
 * @returns the actions, in lifecycle order
 *
 * @example
 * libraryActions("fr", ["renewal"]).map((action) => action.id)
 * //=> ["reminders", "negotiate", "risk"]
 * @example
 * libraryActions("en", ["support"], false)[0]
 * //=> { id: "tickets", label: "Answer level-1 support tickets", stage: "support" }
 */
export function libraryActions(
  language: Language,
  stages: readonly string[] = [],
  scored = true,
): LibraryAuditAction[] {
  return ACTION_LIBRARY.filter((action) => stages.length === 0 || stages.includes(action.stage)).map(
    ({ id, stage, label, time, value }) =>
      scored ? { id, label: label[language], stage, time, value } : { id, label: label[language], stage },
  );
}

/**
 * One action of the library, by id; `undefined` when the id is not the library's (an action the team added).
 *
 * @param id - the action's id
 * @returns the action, or `undefined`
 *
 * @example
 * libraryAction("tickets").label.fr
 * //=> "Répondre aux tickets de support de niveau 1"
 * @example
 * libraryAction("juggling")
 * //=> undefined
 */
export function libraryAction(id: string): LibraryAction | undefined {
  return ACTION_LIBRARY.find((action) => action.id === id);
}

/**
 * A stage's label in one language; a stage the library does not know (one the team made up) is shown as
 * it was typed.
 *
 * @param stage - the stage key, or a stage of the team's own
 * @param language - the language of the label
 * @returns the label
 *
 * @example
 * stageLabel("review", "fr")
 * //=> "Revue d'activité"
 * @example
 * stageLabel("Partners", "en")
 * //=> "Partners"
 */
export function stageLabel(stage: string, language: Language): string {
  return Object.hasOwn(STAGE_LABELS, stage) ? STAGE_LABELS[stage as Stage][language] : stage;
}
