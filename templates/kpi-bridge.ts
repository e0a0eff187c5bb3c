/**
 * The KPI dashboard's MRR bridge, for all customers and per segment: start MRR + new + expansion +
 * reactivation − contraction − churned = end MRR, with a check that compares the bridge's end with Σ end MRR
 * (OK, or the gap), then NRR and GRR of each segment. Every figure reads whole Customers columns (SUMIFS by
 * segment); the "Other or no segment" column is the total less the named segments, so the columns add up.
 */
import { DASH } from "./kpi-results";
import { SEGMENTS } from "./kpi-sample";
import { FORMATS, type CellSpec, type ColourRule, type Refs } from "./spec";
import type { Bilingual } from "../functions/excel/language";

/** Columns of the block: B all customers, then one per segment, then the rest. */
const TOTAL = "B";
const SEGMENT_COLUMNS = ["C", "D", "E"] as const;
const OTHER = "F";

interface BridgeRow {
  readonly key: string;
  readonly label: Bilingual;
  readonly format: string;
  /** The defined name of the all-customers cell. */
  readonly name?: string;
  /** A sum over Customers: a column key (summed) or `count:<key>` (rows above 0). */
  readonly source?: string;
  /** Otherwise a formula over the cells of the same column, given their addresses by row key. */
  readonly derived?: (at: (key: string) => string) => string;
}

const ROWS: readonly BridgeRow[] = [
  {
    key: "customers",
    label: { en: "Customers at the start", fr: "Clients au début" },
    format: FORMATS.integer,
    name: "CustomersAtStart",
    source: "count:start",
  },
  {
    key: "start",
    label: { en: "Start MRR", fr: "MRR de début" },
    format: FORMATS.money,
    name: "StartMRR",
    source: "start",
  },
  {
    key: "new",
    label: { en: "+ New", fr: "+ Nouveau" },
    format: FORMATS.money,
    name: "NewMRR",
    source: "new",
  },
  {
    key: "expansion",
    label: { en: "+ Expansion", fr: "+ Expansion" },
    format: FORMATS.money,
    name: "ExpansionMRR",
    source: "expansion",
  },
  {
    key: "reactivation",
    label: { en: "+ Reactivation", fr: "+ Réactivation" },
    format: FORMATS.money,
    name: "ReactivationMRR",
    source: "reactivation",
  },
  {
    key: "contraction",
    label: { en: "− Contraction", fr: "− Contraction" },
    format: FORMATS.money,
    name: "ContractionMRR",
    source: "contraction",
  },
  {
    key: "churned",
    label: { en: "− Churned", fr: "− Perdu" },
    format: FORMATS.money,
    name: "ChurnedMRR",
    source: "churned",
  },
  {
    key: "bridge",
    label: { en: "= End MRR by the bridge", fr: "= MRR de fin par le pont" },
    format: FORMATS.money,
    name: "BridgeEndMRR",
    derived: (at) =>
      `${at("start")}+${at("new")}+${at("expansion")}+${at("reactivation")}-${at("contraction")}-${at("churned")}`,
  },
  {
    key: "end",
    label: { en: "End MRR (Σ of the Customers sheet)", fr: "MRR de fin (Σ de la feuille Clients)" },
    format: FORMATS.money,
    name: "EndMRR",
    source: "end",
  },
  {
    key: "check",
    label: { en: "Check: OK, or the gap", fr: "Contrôle : OK, ou l'écart" },
    format: FORMATS.money2,
    name: "MRRBridgeCheck",
    derived: (at) => `IF(ABS(${at("bridge")}-${at("end")})<0.005,"OK",${at("bridge")}-${at("end")})`,
  },
  {
    key: "lost",
    label: { en: "Customers lost", fr: "Clients perdus" },
    format: FORMATS.integer,
    name: "CustomersLost",
    source: "count:churned",
  },
  {
    key: "nrr",
    label: { en: "NRR of the period", fr: "NRR de la période" },
    format: FORMATS.percent,
    derived: (at) =>
      `IF(${at("start")}=0,${DASH},(${at("start")}+${at("expansion")}-${at("contraction")}-${at("churned")})/${at("start")})`,
  },
  {
    key: "grr",
    label: { en: "GRR of the period", fr: "GRR de la période" },
    format: FORMATS.percent,
    derived: (at) =>
      `IF(${at("start")}=0,${DASH},(${at("start")}-${at("contraction")}-${at("churned")})/${at("start")})`,
  },
];

/** The whole-column formula of a sourced row, for all customers or for the segment named in `segment`. */
function sourced(r: Refs, source: string, segment?: string): string {
  const count = source.startsWith("count:");
  const column = r.column("Customers", count ? source.slice(6) : source);
  const bySegment = segment === undefined ? "" : `,${r.column("Customers", "segment")},${segment}`;
  if (count) return `COUNTIFS(${column},">0"${bySegment})`;
  return segment === undefined ? `SUM(${column})` : `SUMIFS(${column}${bySegment})`;
}

/** A check cell green when it reads OK, red otherwise. */
export const checkColours = (cell: string): ColourRule[] => [
  { when: `${cell}="OK"`, colour: "green" },
  { when: `${cell}<>"OK"`, colour: "red" },
];

/**
 * The bridge block's cells, from its title row down.
 *
 * @param top - the row of the block's title
 * @returns the cells and the first row below the block
 */
export function bridgeCells(top: number): { cells: CellSpec[]; next: number } {
  const header = top + 1;
  const first = header + 1;
  const rowOf = (key: string) => first + ROWS.findIndex((row) => row.key === key);
  const cells: CellSpec[] = [
    {
      at: `A${top}`,
      role: "subtitle",
      value: { en: "MRR bridge, by segment", fr: "Pont du MRR, par segment" },
    },
    {
      at: `C${top}`,
      role: "note",
      value: {
        en: "Sums of the Customers columns. New: start 0, end above 0, not previously a customer; reactivation: the same, previously a customer.",
        fr: "Sommes des colonnes de Clients. Nouveau : début 0, fin au-dessus de 0, pas déjà client ; réactivation : de même, déjà client avant.",
      },
    },
    { at: `A${header}`, role: "header", value: { en: "Movement", fr: "Mouvement" } },
    { at: `${TOTAL}${header}`, role: "header", value: { en: "All", fr: "Tous" } },
    ...SEGMENT_COLUMNS.map((letter, i): CellSpec => ({
      at: `${letter}${header}`,
      role: "header",
      value: SEGMENTS[i] ?? { en: "", fr: "" },
    })),
    { at: `${OTHER}${header}`, role: "header", value: { en: "Other or none", fr: "Autre ou aucun" } },
  ];
  ROWS.forEach((row, i) => {
    const line = first + i;
    cells.push({ at: `A${line}`, role: "label", value: row.label });
    for (const letter of [TOTAL, ...SEGMENT_COLUMNS, OTHER]) {
      const at = (key: string) => `${letter}${rowOf(key)}`;
      const segment = SEGMENT_COLUMNS.includes(letter as (typeof SEGMENT_COLUMNS)[number])
        ? `${letter}$${header}`
        : undefined;
      const formula = (r: Refs): string => {
        if (row.derived) return row.derived(at);
        const source = row.source ?? "";
        if (letter === OTHER)
          return `${TOTAL}${line}-SUM(${SEGMENT_COLUMNS[0]}${line}:${SEGMENT_COLUMNS[SEGMENT_COLUMNS.length - 1]}${line})`;
        return sourced(r, source, segment);
      };
      cells.push({
        at: `${letter}${line}`,
        role: "result",
        formula,
        format: row.format,
        ...(letter === TOTAL && row.name ? { name: row.name } : {}),
        ...(row.key === "check" ? { colours: checkColours(`$${letter}$${line}`) } : {}),
      });
    }
  });
  return { cells, next: first + ROWS.length + 1 };
}
