/** The task pane's words, in both languages the product speaks. French must have every English key. */
export const en = {
  appTitle: "CSM Kit",
  appTagline: "Customer Success metrics and planning, in your workbook",
  languageLabel: "Language",
  navLabel: "Views",
  navHome: "Home",
  navFunctions: "Functions",
  hostConnecting: "Looking for Excel…",
  hostExcel: "Connected to Excel: results are written to this workbook.",
  hostStandalone: "Standalone planner: working on an in-browser workbook.",
  hostOfficeUnreachable:
    "Office could not be reached, so the planner runs standalone on an in-browser workbook. Check your connection, then reopen the add-in.",
  hostNotExcel: "This host is not Excel: the planner runs standalone on an in-browser workbook.",
  homeHeading: "Welcome to CSM Kit",
  homeIntro:
    "CSM Kit computes Customer Success metrics (NPS, churn, NRR, CLV…) in your own cells with =CSM.* functions whose every number you can inspect, and helps CS leaders plan how to scale their team. It is free and works offline.",
  homeExcelHeading: "Use it in Excel",
  homeExcelWeb:
    "Excel on the web: Home → Add-ins → More Add-ins → Upload My Add-in, then choose manifest.xml (served by npm start).",
  homeExcelDesktop: "Excel on Windows or macOS: run npm start, which sideloads the add-in for you.",
  homeExcelTry: "Then type =CSM.NPS( in a cell.",
  functionsHeading: "In-cell functions",
  functionsIntro:
    "Type =CSM. in a cell to use them. Each one reads your ranges as they are: blanks are skipped.",
  functionsLoading: "Loading the function list…",
  functionsUnavailable: "The function list could not be loaded: {reason}",
  tryHeading: "Try =CSM.NPS",
  tryLabel: "Survey answers (0–10), one per line or separated by commas",
  tryPlaceholder: "10, 9, 8, 6, 3",
  tryResult: "NPS",
  tryPromoters: "Promoters (9–10)",
  tryPassives: "Passives (7–8)",
  tryDetractors: "Detractors (0–6)",
  tryEmpty: "Type some answers to see the score.",
  errorDivZero: "No answers yet: there is nothing to divide by.",
  errorNum: "An answer is outside 0–10 or is not a whole number.",
  errorOther: "This input cannot be computed.",
  navTemplates: "Templates",
  navNotebook: "Scaling plan",
  notebookWaiting: "The plan opens once the workbook is found…",
  templatesHeading: "Ready-made workbooks",
  templatesIntro:
    "Five workbooks that work in Excel without the add-in and in LibreOffice: native formulas, sample data to replace with yours.",
  templatesLanguage: "Language of the workbooks",
  templatesInsert: "Insert into this workbook",
  templatesDownload: "Download .xlsx",
  templatesLoading: "Loading the templates…",
  templatesUnavailable: "The templates could not be loaded: {reason}",
  templatesInserting: "Inserting…",
  templatesInserted: "Inserted: {sheets}.",
  templatesRenamed: "Renamed because the names were taken: {renames}.",
  templatesFailed: "The template could not be inserted: {reason}",
  templatesNoInsert:
    "This Excel cannot insert sheets from a file (it needs ExcelApi 1.13: Excel 2021 or Microsoft 365): download the workbook instead.",
  templatesStandalone: "Download a workbook, then open it in Excel or LibreOffice.",
  templateKpi:
    "KPIs: MRR, ARR, NRR, GRR, churn, quick ratio, CLV, CAC, NPS, CSAT and support, with benchmark colours.",
  templateSuccessPlan:
    "Success plan: the client's objectives, journey milestones, stakeholders, risks and review log.",
  templateHealth:
    "Account health: components rescaled to 0–100, weights, score, band and alerts per account.",
  templateScalingAudit:
    "Scaling audit: CSM actions scored on time and value, what to automate, and the roadmap.",
  templateSegmentation:
    "Segmentation: tiers from current and potential ARR, overrides, coverage and CSMs needed.",
} as const;

export type StringKey = keyof typeof en;
export type Strings = Readonly<Record<StringKey, string>>;

export const fr: Strings = {
  appTitle: "CSM Kit",
  appTagline: "Les indicateurs et la planification du Customer Success, dans votre classeur",
  languageLabel: "Langue",
  navLabel: "Vues",
  navHome: "Accueil",
  navFunctions: "Fonctions",
  hostConnecting: "Recherche d'Excel…",
  hostExcel: "Connecté à Excel : les résultats sont écrits dans ce classeur.",
  hostStandalone: "Planificateur autonome : il travaille sur un classeur dans le navigateur.",
  hostOfficeUnreachable:
    "Office est injoignable : le planificateur fonctionne en autonome sur un classeur dans le navigateur. Vérifiez votre connexion, puis rouvrez le complément.",
  hostNotExcel:
    "Cet hôte n'est pas Excel : le planificateur fonctionne en autonome sur un classeur dans le navigateur.",
  homeHeading: "Bienvenue dans CSM Kit",
  homeIntro:
    "CSM Kit calcule les indicateurs du Customer Success (NPS, churn, NRR, CLV…) dans vos propres cellules avec des fonctions =CSM.* dont chaque nombre se vérifie, et aide les responsables CS à planifier la croissance de leur équipe. Il est gratuit et fonctionne hors ligne.",
  homeExcelHeading: "L'utiliser dans Excel",
  homeExcelWeb:
    "Excel pour le web : Accueil → Compléments → Plus de compléments → Charger mon complément, puis choisissez manifest.xml (servi par npm start).",
  homeExcelDesktop: "Excel sous Windows ou macOS : lancez npm start, qui charge le complément pour vous.",
  homeExcelTry: "Tapez ensuite =CSM.NPS( dans une cellule.",
  functionsHeading: "Fonctions dans les cellules",
  functionsIntro:
    "Tapez =CSM. dans une cellule pour les utiliser. Chacune lit vos plages telles quelles : les cellules vides sont ignorées.",
  functionsLoading: "Chargement de la liste des fonctions…",
  functionsUnavailable: "La liste des fonctions n'a pas pu être chargée : {reason}",
  tryHeading: "Essayer =CSM.NPS",
  tryLabel: "Réponses à l'enquête (0–10), une par ligne ou séparées par des virgules",
  tryPlaceholder: "10, 9, 8, 6, 3",
  tryResult: "NPS",
  tryPromoters: "Promoteurs (9–10)",
  tryPassives: "Passifs (7–8)",
  tryDetractors: "Détracteurs (0–6)",
  tryEmpty: "Saisissez des réponses pour voir le score.",
  errorDivZero: "Pas encore de réponse : il n'y a rien à diviser.",
  errorNum: "Une réponse est hors de 0–10 ou n'est pas un nombre entier.",
  errorOther: "Cette saisie ne peut pas être calculée.",
  navTemplates: "Modèles",
  navNotebook: "Plan de scaling",
  notebookWaiting: "Le plan s'ouvre dès que le classeur est trouvé…",
  templatesHeading: "Classeurs prêts à l'emploi",
  templatesIntro:
    "Cinq classeurs qui fonctionnent dans Excel sans le complément et dans LibreOffice : des formules natives, des données d'exemple à remplacer par les vôtres.",
  templatesLanguage: "Langue des classeurs",
  templatesInsert: "Insérer dans ce classeur",
  templatesDownload: "Télécharger le .xlsx",
  templatesLoading: "Chargement des modèles…",
  templatesUnavailable: "Les modèles n'ont pas pu être chargés : {reason}",
  templatesInserting: "Insertion…",
  templatesInserted: "Inséré : {sheets}.",
  templatesRenamed: "Renommé car les noms étaient pris : {renames}.",
  templatesFailed: "Le modèle n'a pas pu être inséré : {reason}",
  templatesNoInsert:
    "Cet Excel ne peut pas insérer de feuilles depuis un fichier (il faut ExcelApi 1.13 : Excel 2021 ou Microsoft 365) : téléchargez plutôt le classeur.",
  templatesStandalone: "Téléchargez un classeur, puis ouvrez-le dans Excel ou LibreOffice.",
  templateKpi:
    "Indicateurs : MRR, ARR, NRR, GRR, churn, quick ratio, CLV, CAC, NPS, CSAT et support, avec des couleurs de repère.",
  templateSuccessPlan:
    "Plan de succès : objectifs du client, jalons du parcours, parties prenantes, risques et comptes rendus.",
  templateHealth:
    "Santé des comptes : composantes ramenées sur 0–100, poids, score, couleur et alertes par compte.",
  templateScalingAudit:
    "Audit de mise à l'échelle : actions CSM notées en temps et en valeur, quoi automatiser, et la feuille de route.",
  templateSegmentation:
    "Segmentation : segments selon l'ARR actuel et potentiel, exceptions, couverture et CSM nécessaires.",
};

export const STRINGS: Readonly<Record<"en" | "fr", Strings>> = { en, fr };
