/**
 * The scaling audit's library of typical CSM actions (seed 001), scored time 1–5 and value 1–5, and a sample
 * automation roadmap for the actions the audit sends to automation. Texts in English and French.
 */
import { day } from "./sample";
import type { CellValue, Text } from "./spec";

/** Lifecycle stages, in order (the list offered in the Stage column). */
export const STAGES = {
  onboarding: { en: "Onboarding", fr: "Onboarding" },
  training: { en: "Training", fr: "Formation" },
  adoption: { en: "Adoption", fr: "Adoption" },
  review: { en: "Business review", fr: "Revue d'activité" },
  renewal: { en: "Renewal", fr: "Renouvellement" },
  expansion: { en: "Expansion", fr: "Développement" },
  support: { en: "Support", fr: "Support" },
  advocacy: { en: "Advocacy", fr: "Ambassadeurs" },
  internal: { en: "Internal", fr: "Interne" },
} as const satisfies Record<string, Text>;

/** The kinds of automation (seed 001: know the tools on the market), in list order. */
export const SOLUTION_KINDS = {
  email: { en: "Email sequences", fr: "Séquences d'e-mails" },
  inApp: { en: "In-app guides", fr: "Guides in-app" },
  academy: { en: "Webinars & academy", fr: "Webinaires et académie" },
  knowledge: { en: "Knowledge base", fr: "Base de connaissances" },
  alerts: { en: "Health alerts", fr: "Alertes de santé" },
  plans: { en: "Digital success plans", fr: "Plans de succès digitaux" },
  other: { en: "Other", fr: "Autre" },
} as const satisfies Record<string, Text>;

export const STATUSES = {
  idea: { en: "Idea", fr: "Idée" },
  planned: { en: "Planned", fr: "Planifié" },
  progress: { en: "In progress", fr: "En cours" },
  done: { en: "Done", fr: "Terminé" },
  hold: { en: "On hold", fr: "En pause" },
} as const satisfies Record<string, Text>;

/** A list validation's values, comma-joined in each language. */
export function listOf(texts: Readonly<Record<string, Text>>): Text {
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
function key<T extends Record<string, Text>>(texts: T, name: string | undefined): T[keyof T] {
  const text = name === undefined ? undefined : texts[name];
  if (text === undefined) throw new Error(`unknown key ${String(name)}`);
  return text as T[keyof T];
}

/**
 * The action library: id (links the roadmap to the audit) | stage | time 1–5 | value 1–5 | English | French.
 * 33 actions over the lifecycle; with these scores 12 stay human, 5 are arbitrated and 16 are automated.
 */
const ACTIONS = records(`
  kickoff      | onboarding | 3 | 5 | Kick-off meeting with the client's sponsor     | Réunion de lancement avec le sponsor client
  welcome      | onboarding | 2 | 1 | Send the welcome email and access details      | Envoyer l'e-mail de bienvenue et les accès
  collect      | onboarding | 3 | 2 | Collect onboarding data (users, settings, imports) | Collecter les données d'onboarding (utilisateurs, imports)
  configure    | onboarding | 4 | 4 | Configure the account and integrations         | Paramétrer le compte et les intégrations
  plan         | onboarding | 4 | 5 | Agree the success plan and objectives          | Définir le plan de succès et les objectifs
  admins       | training   | 4 | 4 | Train the client's administrators (live)       | Former les administrateurs du client (en direct)
  users        | training   | 4 | 2 | Run basic end-user training sessions           | Animer les formations de base des utilisateurs
  howto        | training   | 3 | 1 | Answer how-to questions by email               | Répondre par e-mail aux questions d'utilisation
  materials    | training   | 2 | 1 | Send training materials and session replays    | Envoyer les supports et replays de formation
  usage        | adoption   | 3 | 2 | Monitor usage and logins every week            | Suivre l'usage et les connexions chaque semaine
  inactive     | adoption   | 3 | 3 | Call inactive users to relaunch them           | Appeler les utilisateurs inactifs pour les relancer
  features     | adoption   | 2 | 2 | Announce new features to users                 | Annoncer les nouveautés aux utilisateurs
  tips         | adoption   | 2 | 1 | Share tips and best practices                  | Partager astuces et bonnes pratiques
  health       | adoption   | 2 | 4 | Review health alerts and act on them           | Analyser les alertes de santé et agir
  deck         | review     | 4 | 2 | Gather data and build the review deck          | Collecter les données et préparer la revue
  qbr          | review     | 3 | 5 | Run the business review with the sponsor       | Animer la revue d'activité avec le sponsor
  outcomes     | review     | 3 | 4 | Track the client's business outcomes           | Suivre les résultats métier du client
  report       | review     | 3 | 1 | Send the monthly usage report                  | Envoyer le rapport d'usage mensuel
  reminders    | renewal    | 2 | 1 | Send renewal reminders and quotes              | Envoyer les rappels et devis de renouvellement
  negotiate    | renewal    | 4 | 5 | Negotiate the renewal with the decision-maker  | Négocier le renouvellement avec le décideur
  risk         | renewal    | 3 | 5 | Spot churn risks and build a save plan         | Détecter les risques de churn et agir
  signals      | expansion  | 3 | 2 | Detect upsell signals (licences, modules)      | Détecter les signaux d'upsell (licences, modules)
  module       | expansion  | 3 | 4 | Present a new module to the client             | Présenter un nouveau module au client
  handover     | expansion  | 1 | 3 | Hand an expansion lead over to sales           | Transmettre une opportunité aux commerciaux
  tickets      | support    | 5 | 1 | Answer level-1 support tickets                 | Répondre aux tickets de support de niveau 1
  escalate     | support    | 3 | 4 | Escalate critical incidents and follow up      | Escalader les incidents critiques et les suivre
  articles     | support    | 3 | 3 | Write help articles from recurring questions   | Rédiger des articles d'aide récurrents
  surveys      | advocacy   | 3 | 2 | Send satisfaction surveys and chase answers    | Envoyer les enquêtes de satisfaction et relancer
  testimonials | advocacy   | 3 | 4 | Collect testimonials and case studies          | Recueillir témoignages et cas clients
  community    | advocacy   | 4 | 3 | Run the user community and club meetings       | Animer la communauté et le club utilisateurs
  references   | advocacy   | 2 | 3 | Line up reference customers for sales calls    | Mobiliser des clients référents pour les ventes
  crm          | internal   | 3 | 1 | Log every interaction in the CRM               | Saisir chaque interaction dans le CRM
  reporting    | internal   | 3 | 2 | Prepare the internal portfolio report          | Préparer le reporting interne du portefeuille
`);

/** An action's text, by id. */
function actionText(id: string | undefined): Text {
  const found = ACTIONS.find((fields) => fields[0] === id);
  if (!found) throw new Error(`no action ${String(id)}`);
  return { en: found[4] ?? "", fr: found[5] ?? "" };
}

/** The Actions table's rows: stage, action, time, value. */
export const ACTION_ROWS: readonly Readonly<Record<string, CellValue | Text>>[] = ACTIONS.map(
  ([id, stage, time, value]) => ({
    stage: key(STAGES, stage),
    action: actionText(id),
    time: Number(time),
    value: Number(value),
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

/** "English / French" → a Text. */
function bilingual(field: string | undefined): Text {
  const [en, fr] = (field ?? "").split(" / ");
  if (en === undefined || fr === undefined) throw new Error(`not "English / French": ${String(field)}`);
  return { en, fr };
}

/** The Roadmap table's rows. */
export const ROADMAP_ROWS: readonly Readonly<Record<string, CellValue | Text>>[] = ROADMAP.map(
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
