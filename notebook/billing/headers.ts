/**
 * The columns of a billing export and what they are called: Stripe's subscription export (the dashboard's
 * "Export" of Billing → Subscriptions: `id`, `Customer ID`, `Customer Name`, `Customer Email`, `Plan`,
 * `Quantity`, `Currency`, `Interval`, `Amount`, `Status`, `Created (UTC)`, `Start (UTC)`,
 * `Start Date (UTC)`, `Current Period Start (UTC)`, `Current Period End (UTC)`, `Trial Start (UTC)`,
 * `Trial End (UTC)`, `Canceled At (UTC)`, `Ended At (UTC)`, `Cancel At Period End`, …), its API field names
 * (`customer`, `plan.amount`, `plan.interval`, `interval_count`, `current_period_end`, …), and a generic
 * layout of customer, amount, interval, start and end in English or French (`Client`, `Montant`,
 * `Périodicité`, `Début`, `Fin`, `Résiliation`…). The guess itself is the segmentation's
 * (`guessColumns` in notebook/segmentation/portfolio-import/headers.ts): the same rules, other names.
 */
import {
  guessColumns,
  headerNames,
  wordsOf,
  type HeaderNames,
} from "../segmentation/portfolio-import/headers";

/** The fields of a subscription the import reads, in the order that breaks ties between equal headers. */
export const BILLING_FIELDS = [
  "customer",
  "name",
  "amount",
  "currency",
  "interval",
  "intervalCount",
  "quantity",
  "start",
  "created",
  "trialEnd",
  "end",
  "endedAt",
  "canceledAt",
  "cancelAt",
  "cancelAtPeriodEnd",
  "periodEnd",
  "status",
] as const;

/** A field of a subscription. */
export type BillingField = (typeof BILLING_FIELDS)[number];

/** The column of each field, 0-based; a field without a column is absent. */
export type BillingMapping = Partial<Record<BillingField, number>>;

/** The fields a subscription cannot do without: the start may come from `created`. */
export const REQUIRED_BILLING_FIELDS: readonly BillingField[] = ["customer", "amount", "start"];

/** What an amount column counts: currency units (`49.00`) or the smallest unit, cents (`4900`). */
export type AmountUnit = "units" | "cents";

// prettier-ignore
const NAMES: Readonly<Record<BillingField, HeaderNames>> = {
  customer: headerNames(
    [
      "Customer ID", "Customer", "Client", "Client ID", "ID client", "Identifiant client", "Customer id",
      "Account", "Account ID", "Compte", "ID compte", "Company", "Société", "Entreprise",
    ],
    ["Customer name", "Client name", "Nom du client", "Nom client", "Account name", "Nom du compte", "Customer email", "Email"],
    ["manager", "owner", "since", "depuis", "count", "nombre", "phone", "téléphone", "description", "address", "adresse"],
  ),
  name: headerNames(
    ["Customer Name", "Client name", "Nom du client", "Nom client", "Account name", "Nom du compte", "Raison sociale"],
    ["Name", "Nom", "Customer email", "E-mail client", "Email"],
    ["plan", "product", "produit", "manager", "owner"],
  ),
  amount: headerNames(
    [
      "Amount", "Montant", "Price", "Prix", "Plan amount", "Unit amount", "Montant unitaire", "Montant HT",
      "Recurring amount", "Montant récurrent", "Subscription amount", "Montant de l'abonnement", "Tarif",
      "MRR", "Amount (cents)", "Montant (centimes)",
    ],
    ["Total", "Value", "Valeur"],
    [
      "paid", "payé", "due", "refunded", "remboursé", "discount", "remise", "tax", "taxe", "TVA", "fee",
      "frais", "ARR", "annual", "annuel", "potential", "potentiel",
    ],
  ),
  currency: headerNames(["Currency", "Devise", "Monnaie"], [], []),
  interval: headerNames(
    [
      "Interval", "Intervalle", "Billing interval", "Intervalle de facturation", "Périodicité", "Fréquence",
      "Frequency", "Billing period", "Période de facturation", "Billing cycle", "Cycle de facturation",
      "Billing frequency", "Fréquence de facturation", "Interval months", "Months", "Mois", "Durée (mois)",
      "Period months", "Période (mois)",
    ],
    ["Period", "Période", "Plan interval", "Price recurring interval"],
    ["count", "nombre", "start", "end", "début", "fin", "current", "trial", "essai"],
  ),
  intervalCount: headerNames(
    ["Interval Count", "Interval count", "Nombre d'intervalles", "Nombre de périodes"],
    [],
    [],
  ),
  quantity: headerNames(["Quantity", "Quantité", "Qty", "Seats", "Sièges", "Licences", "Licenses", "Units"], [], []),
  start: headerNames(
    [
      "Start Date", "Start", "Start date", "Date de début", "Début", "Subscription start", "Début d'abonnement",
      "Début de l'abonnement", "Date de souscription", "Started", "Started at", "Date d'effet", "Start Date (UTC)",
    ],
    ["Current period start", "Début de période"],
    ["trial", "essai", "current", "period", "période", "end", "fin"],
  ),
  created: headerNames(["Created", "Created at", "Date de création", "Créé le", "Création"], [], []),
  trialEnd: headerNames(["Trial End", "Trial end", "Fin d'essai", "Fin de l'essai", "Fin de période d'essai"], [], []),
  end: headerNames(
    [
      "End", "End date", "Fin", "Date de fin", "Résiliation", "Date de résiliation", "Churn date",
      "Date de churn", "Termination date", "Terminated", "Ended", "Cancellation date", "Fin d'abonnement",
      "Fin de l'abonnement",
    ],
    [],
    ["trial", "essai", "current", "period", "période", "reason", "raison", "motif", "start", "début"],
  ),
  endedAt: headerNames(["Ended At", "Ended at", "Terminé le"], [], []),
  canceledAt: headerNames(
    ["Canceled At", "Cancelled At", "Canceled", "Cancelled", "Annulé le", "Date d'annulation", "Annulation"],
    [],
    ["reason", "raison", "motif", "period", "période", "feedback", "comment", "commentaire"],
  ),
  cancelAt: headerNames(["Cancel At", "Annulation prévue le", "Résiliation prévue le"], [], ["period", "période"]),
  cancelAtPeriodEnd: headerNames(
    [
      "Cancel At Period End", "Cancel at period end", "Annulation en fin de période",
      "Résiliation en fin de période",
    ],
    [],
    [],
  ),
  periodEnd: headerNames(
    ["Current Period End", "Current period end", "Fin de période", "Fin de la période en cours", "Period end"],
    [],
    ["trial", "essai"],
  ),
  status: headerNames(["Status", "Statut", "État", "Subscription status", "Statut de l'abonnement"], [], ["payment", "paiement", "invoice", "facture"]),
};

/**
 * The column guessed for each field of a subscription from a billing export's headers, in English or
 * French, Stripe's or a generic layout.
 *
 * @param headers - the sheet's headers, in order
 * @returns the 0-based column of each field found; a customer's name is the customer when no column holds
 *   an id
 * @example
 * guessBillingColumns(["Customer ID", "Customer Name", "Amount", "Interval", "Start Date (UTC)", "Status"])
 * //=> { customer: 0, name: 1, amount: 2, interval: 3, start: 4, status: 5 }
 * @example
 * guessBillingColumns(["Nom du client", "Montant", "Périodicité", "Début", "Résiliation"])
 * //=> { customer: 0, amount: 1, interval: 2, start: 3, end: 4 }
 */
export function guessBillingColumns(headers: readonly string[]): BillingMapping {
  const { name, ...mapping } = guessColumns(headers, BILLING_FIELDS, NAMES);
  // A file with a name and no id: the name is the customer.
  if (name === undefined) return mapping;
  return mapping.customer === undefined ? { ...mapping, customer: name } : { ...mapping, name };
}

/**
 * What an amount column counts, from its header: the smallest currency unit when the header says so
 * (`cents`, `centimes`) or is one of Stripe's API fields, which count cents (`plan.amount`, `plan_amount`,
 * `unit_amount`, `price.unit_amount`, `amount_cents`); currency units otherwise, as Stripe's dashboard
 * export writes `Amount` (`49.00`).
 *
 * @param header - the amount column's header
 * @returns `"cents"` or `"units"`
 * @example
 * ["Amount", "plan.amount", "Montant (centimes)", "Montant"].map((header) => amountUnitOf(header))
 * //=> ["units", "cents", "cents", "units"]
 */
export function amountUnitOf(header: string): AmountUnit {
  const words = wordsOf(header);
  if (words.some((word) => word === "cents" || word === "cent" || word === "centimes")) return "cents";
  return /^(?:(?:plan|price)[._])?(?:unit_)?amount(?:_cents)?$/i.test(header.trim()) && /[._]/.test(header)
    ? "cents"
    : "units";
}

/**
 * Whether headers look like Stripe's subscription export: a `Customer ID` column and dates marked `(UTC)`.
 *
 * @param headers - the sheet's headers
 * @returns true for Stripe's layout
 * @example
 * isStripeExport(["id", "Customer ID", "Amount", "Created (UTC)"])
 * //=> true
 * @example
 * isStripeExport(["Customer", "Amount", "Created"])
 * //=> false
 */
export function isStripeExport(headers: readonly string[]): boolean {
  return (
    headers.some((header) => /^customer id$/i.test(header.trim())) &&
    headers.some((header) => /\(UTC\)\s*$/i.test(header))
  );
}

/** Words only a French header holds: they make `01/02/2024` read day first when nothing else decides. */
const FRENCH_WORDS = new Set(
  wordsOf(
    "client montant périodicité fréquence intervalle début fin résiliation devise quantité statut date mois nom société compte création annulation",
  ).filter((word) => word !== "date"),
);

/**
 * Whether the headers are French: one of them holds a word only French headers use.
 *
 * @param headers - the sheet's headers
 * @returns true for French headers
 * @example
 * frenchHeaders(["Client", "Montant", "Date de début"])
 * //=> true
 * @example
 * frenchHeaders(["Customer", "Amount", "Start date"])
 * //=> false
 */
export function frenchHeaders(headers: readonly string[]): boolean {
  return headers.some((header) => wordsOf(header).some((word) => FRENCH_WORDS.has(word)));
}
