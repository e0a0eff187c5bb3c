/**
 * The scaling audit's library of typical CSM actions ("Scaler son activité CSM"), scored time 1–5 and value 1–5, and a sample
 * automation roadmap for the actions the audit sends to automation. Texts in English and French.
 */
import { ACTION_LIBRARY, STAGE_LABELS, type Stage } from "../functions/scaling/action-library";
import { SOLUTION_KIND_LABELS, type SolutionKind } from "../functions/scaling/solution-kinds";
import { day } from "./sample";
import type { CellValue } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** Lifecycle stages, in order (the list offered in the Stage column): the notebook's library's. */
export const STAGES: Readonly<Record<Stage, Bilingual>> = STAGE_LABELS;

/** The kinds of automation ("Scaler son activité CSM": know the tools on the market), in list order. */
export const SOLUTION_KINDS: Readonly<Record<SolutionKind, Bilingual>> = SOLUTION_KIND_LABELS;

export const STATUSES = {
  idea: { en: "Idea", fr: "Idée" },
  planned: { en: "Planned", fr: "Planifié" },
  progress: { en: "In progress", fr: "En cours" },
  done: { en: "Done", fr: "Terminé" },
  hold: { en: "On hold", fr: "En pause" },
} as const satisfies Record<string, Bilingual>;

/** A list validation's values, comma-joined in each language. */
export function listOf(texts: Readonly<Record<string, Bilingual>>): Bilingual {
  const values = Object.values(texts);
  return { en: values.map((t) => t.en).join(","), fr: values.map((t) => t.fr).join(",") };
}

/** Splits a text table: one record a line, fields separated by "|", blank lines skipped. */
function records(table: string): string[][] {
  return table
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => line.split("|").map((field) => field.trim()));
}

/** A key of one of the lists above, checked. */
function key<T extends Record<string, Bilingual>>(texts: T, name: string | undefined): T[keyof T] {
  const text = name === undefined ? undefined : texts[name];
  if (text === undefined) throw new Error(`unknown key ${String(name)}`);
  return text as T[keyof T];
}

/** An action's text, by id, from the library the planning notebook starts from. */
function actionText(id: string | undefined): Bilingual {
  const found = ACTION_LIBRARY.find((action) => action.id === id);
  if (!found) throw new Error(`no action ${String(id)}`);
  return found.label;
}

/**
 * The Actions table's rows: stage, action, time, value — the library of typical CSM actions (33 over the
 * lifecycle; with their suggested scores 12 stay human, 5 are arbitrated and 16 are automated).
 */
export const ACTION_ROWS: readonly Readonly<Record<string, CellValue | Bilingual>>[] = ACTION_LIBRARY.map(
  (action) => ({
    stage: STAGES[action.stage],
    action: action.label,
    time: action.time,
    value: action.value,
  }),
);

/**
 * The sample roadmap, in the order the projects run: action id | solution kind | one-off cost | monthly cost |
 * weeks | status | owner (English / French) | solution (English / French). Three actions to automate are left
 * off (surveys, community, reporting), as a real roadmap leaves some for later.
 */
const ROADMAP = records(`
  tickets   | knowledge | 6000 | 250 | 6 | done     | Support lead / Responsable support        | Help centre with searchable articles and a chatbot / Centre d'aide avec articles et chatbot
  howto     | knowledge |  500 |   0 | 1 | progress | Support lead / Responsable support        | FAQ linked from every reply template / FAQ liée à chaque modèle de réponse
  report    | other     | 2500 |  80 | 3 | progress | CS operations / CS Ops                    | Usage report scheduled from the BI tool / Rapport d'usage programmé depuis l'outil BI
  crm       | other     | 1500 | 120 | 2 | planned  | CS operations / CS Ops                    | Email and calendar sync to the CRM / Synchronisation e-mails et agenda avec le CRM
  welcome   | email     |  800 |  60 | 2 | planned  | CS operations / CS Ops                    | Welcome sequence triggered at signature / Séquence de bienvenue déclenchée à la signature
  materials | academy   | 4000 | 300 | 6 | planned  | Training lead / Responsable formation     | Online academy with the session replays / Académie en ligne avec les replays
  tips      | inApp     | 3000 | 200 | 4 | planned  | Product manager / Chef de produit         | In-app tips, feature by feature / Astuces in-app, fonctionnalité par fonctionnalité
  reminders | email     |  600 |   0 | 1 | planned  | Head of CS / Directeur CS                 | Renewal sequence at 90, 60 and 30 days / Séquence de renouvellement à 90, 60 et 30 jours
  users     | academy   | 1000 |  50 | 3 | idea     | Training lead / Responsable formation     | Monthly getting-started webinar / Webinaire mensuel de prise en main
  deck      | plans     | 2000 |   0 | 4 | idea     | CS operations / CS Ops                    | Review template fed by usage data / Modèle de revue alimenté par l'usage
  collect   | plans     | 1200 |  40 | 2 | idea     | CS operations / CS Ops                    | Online onboarding form and checklist / Formulaire et checklist d'onboarding en ligne
  usage     | alerts    | 5000 | 200 | 8 | idea     | Head of CS / Directeur CS                 | Health score with inactivity alerts / Score de santé avec alertes d'inactivité
  signals   | alerts    |  800 |   0 | 2 | hold     | Head of CS / Directeur CS                 | Alerts on licence use and module interest / Alertes sur les licences et l'intérêt module
`);

/** "English / French" → the text in both languages. */
function bilingual(field: string | undefined): Bilingual {
  const [en, fr] = (field ?? "").split(" / ");
  if (en === undefined || fr === undefined) throw new Error(`not "English / French": ${String(field)}`);
  return { en, fr };
}

/** The Roadmap table's rows. */
export const ROADMAP_ROWS: readonly Readonly<Record<string, CellValue | Bilingual>>[] = ROADMAP.map(
  ([id, kind, oneOff, monthly, weeks, status, owner, solution]) => ({
    action: actionText(id),
    kind: key(SOLUTION_KINDS, kind),
    solution: bilingual(solution),
    oneOff: Number(oneOff),
    monthly: Number(monthly),
    weeks: Number(weeks),
    owner: bilingual(owner),
    status: key(STATUSES, status),
  }),
);

/** When the first project of the sample roadmap starts (a Monday). */
export const ROADMAP_START = day(2026, 2, 2);
