/** The task pane's words, in both languages the product speaks. French must have every English key. */
import type { Language } from "../../functions/excel/language";
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
  viewLoading: "Loading…",
  viewLoadFailed:
    "This view could not be loaded ({reason}). Check your connection, then close and reopen the pane.",
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
  checkHeading: "Check this Excel",
  checkIntro:
    "See how this Excel passes empty cells, errors, dates and numbers stored as text to the CSM functions, and whether each function gives its published result. The check adds a temporary sheet and deletes it at the end; copy the report into a bug report.",
  checkStandalone: "This check runs inside Excel: open CSM Kit in Excel to see how it calls the functions.",
  checkRun: "Check this Excel",
  checkRunning: "Checking this Excel…",
  checkFailed: "The check could not run: {reason}",
  checkAllGood: "This Excel calls the CSM functions as they expect.",
  checkSomeDiffer: "This Excel differs on some points: see below, and copy the report into your bug report.",
  checkResultLabel: "What the check found",
  checkHost: "Excel {version} ({platform}), language {language}; ExcelApi up to {excelApi}.",
  checkUnknown: "unknown",
  checkStopped: "The check stopped before the end: {reason}",
  checkEmptyBlank: "Empty cells arrive as blanks, as the functions expect.",
  checkEmptyZero:
    "Empty cells arrive as 0 (Excel on Windows does this): where a 0 would change a result, type the value instead of leaving the cell empty.",
  checkEmptyMixed:
    "Empty cells arrive as blanks in ranges but as 0 in one-value arguments (Excel on Windows does this): fill such cells, or leave the argument out.",
  checkThresholdDefault: "An optional argument left empty takes its default.",
  checkThresholdZero:
    "An optional argument left empty is read as 0, not as its default: leave the argument out instead.",
  checkErrorsReach: "An error in a cell reaches the functions, so one bad row does not hide the others.",
  checkErrorsStopped:
    "Excel stops a function as soon as one input cell holds an error: fix the error cells first.",
  checkDateSerial: "Dates arrive as numbers, as the functions expect.",
  checkDateOther: "Dates do not arrive as numbers ({got}).",
  checkTextText: "Numbers stored as text arrive as text: the functions report them with #VALUE!.",
  checkTextNumber: "Numbers stored as text arrive as numbers (Excel converts them).",
  checkUnexpected: "{what}: unexpected result {got}.",
  checkWhatEmpty: "Empty cells",
  checkWhatThreshold: "Empty optional argument",
  checkWhatErrors: "Error cells",
  checkWhatDate: "Dates",
  checkWhatText: "Numbers stored as text",
  checkFunctionsOk: "All {total} functions give their published result.",
  checkFunctionsSome: "{ok} of {total} functions give their published result; not as expected: {names}.",
  checkNotRegistered:
    "Excel does not know the CSM functions (#NAME?): close and reopen the add-in, or reload the workbook.",
  checkTablesOk: "Tables can be added.",
  checkTablesFailed: "Tables cannot be added: {reason}",
  checkChartsOk: "Charts can be added.",
  checkChartsFailed: "Charts cannot be added: {reason}",
  checkInsertOk: "Templates can be inserted into this workbook.",
  checkInsertNo:
    "Templates cannot be inserted into this workbook (ExcelApi 1.13 needed): download them instead.",
  checkSheetLeft: "The temporary sheet “{sheet}” could not be deleted ({reason}): delete it yourself.",
  checkReportLabel: "Report, in English for a bug report",
  checkCopy: "Copy report",
  checkCopied: "Report copied.",
  checkCopyBlocked:
    "This pane cannot use the clipboard: the report is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
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
  navNotebook: "Plan de mise à l'échelle",
  notebookWaiting: "Le plan s'ouvre dès que le classeur est trouvé…",
  viewLoading: "Chargement…",
  viewLoadFailed:
    "Cette vue n'a pas pu être chargée ({reason}). Vérifiez votre connexion, puis fermez et rouvrez le volet.",
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
  checkHeading: "Vérifier cet Excel",
  checkIntro:
    "Voyez comment cet Excel transmet aux fonctions CSM les cellules vides, les erreurs, les dates et les nombres stockés comme texte, et si chaque fonction donne son résultat publié. La vérification ajoute une feuille temporaire et la supprime à la fin ; copiez le rapport dans un signalement de bug.",
  checkStandalone:
    "Cette vérification se fait dans Excel : ouvrez CSM Kit dans Excel pour voir comment il appelle les fonctions.",
  checkRun: "Vérifier cet Excel",
  checkRunning: "Vérification de cet Excel…",
  checkFailed: "La vérification n'a pas pu se faire : {reason}",
  checkAllGood: "Cet Excel appelle les fonctions CSM comme elles l'attendent.",
  checkSomeDiffer:
    "Cet Excel diffère sur certains points : voyez ci-dessous, et copiez le rapport dans votre signalement de bug.",
  checkResultLabel: "Ce que la vérification a trouvé",
  checkHost: "Excel {version} ({platform}), langue {language} ; ExcelApi jusqu'à {excelApi}.",
  checkUnknown: "inconnu",
  checkStopped: "La vérification s'est arrêtée avant la fin : {reason}",
  checkEmptyBlank: "Les cellules vides arrivent vides, comme les fonctions l'attendent.",
  checkEmptyZero:
    "Les cellules vides arrivent comme 0 (Excel sous Windows fait ainsi) : là où un 0 changerait le résultat, saisissez la valeur plutôt que de laisser la cellule vide.",
  checkEmptyMixed:
    "Les cellules vides arrivent vides dans les plages mais comme 0 dans les arguments à une seule valeur (Excel sous Windows fait ainsi) : remplissez ces cellules, ou omettez l'argument.",
  checkThresholdDefault: "Un argument facultatif laissé vide prend sa valeur par défaut.",
  checkThresholdZero:
    "Un argument facultatif laissé vide est lu comme 0, pas comme sa valeur par défaut : omettez plutôt l'argument.",
  checkErrorsReach:
    "Une erreur dans une cellule parvient aux fonctions : une ligne fautive ne masque pas les autres.",
  checkErrorsStopped:
    "Excel arrête une fonction dès qu'une cellule d'entrée contient une erreur : corrigez d'abord les cellules en erreur.",
  checkDateSerial: "Les dates arrivent comme des nombres, comme les fonctions l'attendent.",
  checkDateOther: "Les dates n'arrivent pas comme des nombres ({got}).",
  checkTextText:
    "Les nombres stockés comme texte arrivent comme du texte : les fonctions les signalent par #VALEUR!.",
  checkTextNumber: "Les nombres stockés comme texte arrivent comme des nombres (Excel les convertit).",
  checkUnexpected: "{what} : résultat inattendu {got}.",
  checkWhatEmpty: "Cellules vides",
  checkWhatThreshold: "Argument facultatif vide",
  checkWhatErrors: "Cellules en erreur",
  checkWhatDate: "Cellules de date",
  checkWhatText: "Nombres stockés comme texte",
  checkFunctionsOk: "Les {total} fonctions donnent leur résultat publié.",
  checkFunctionsSome: "{ok} fonctions sur {total} donnent leur résultat publié ; différentes : {names}.",
  checkNotRegistered:
    "Excel ne connaît pas les fonctions CSM (#NOM?) : fermez et rouvrez le complément, ou rechargez le classeur.",
  checkTablesOk: "Les tableaux peuvent être ajoutés.",
  checkTablesFailed: "Les tableaux ne peuvent pas être ajoutés : {reason}",
  checkChartsOk: "Les graphiques peuvent être ajoutés.",
  checkChartsFailed: "Les graphiques ne peuvent pas être ajoutés : {reason}",
  checkInsertOk: "Les modèles peuvent être insérés dans ce classeur.",
  checkInsertNo:
    "Les modèles ne peuvent pas être insérés dans ce classeur (il faut ExcelApi 1.13) : téléchargez-les plutôt.",
  checkSheetLeft:
    "La feuille temporaire « {sheet} » n'a pas pu être supprimée ({reason}) : supprimez-la vous-même.",
  checkReportLabel: "Rapport, en anglais pour un signalement de bug",
  checkCopy: "Copier le rapport",
  checkCopied: "Rapport copié.",
  checkCopyBlocked:
    "Ce volet ne peut pas utiliser le presse-papiers : le rapport est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, fr };
