// The KPI workbook on other data than its sample, as a team fills it: the sample replaced by data sets of other
// sizes (a month of 30 customers with reactivations and nobody lost, a quarter with churn, a single customer
// with no survey answer, every table emptied), rendered, recalculated by LibreOffice and compared, result by
// result, with the functions/ modules on the same rows ("–" where a function gives an error value).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { kpi } from "../../templates/kpi";
import { renderTemplate } from "../../templates/render";
import type { CellValue, TableSpec, TemplateSpec } from "../../templates/spec";
import { ExcelError } from "../../functions/excel/errors";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import {
  grossRevenueRetention,
  netRevenueRetention,
  summarizeMovements,
} from "../../functions/movements/mrr-movements";
import { withoutTableFormulas } from "../../xlsx/calculated-columns";
import { convert } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";
import {
  customerColumns,
  DASH,
  kpiExpected,
  KPI_RESULT_NAMES,
  namedCell,
  type Expected,
} from "./kpi-reference";

const root = join(__dirname, "../..");
const work = join(root, "test-results/kpi-data");
type Row = TableSpec["rows"][number];

/** The workbook's segment list and yes / no answers, as a person picks them from the drop-downs. */
const SEGMENTS: readonly Bilingual[] = [
  { en: "Enterprise", fr: "Grands comptes" },
  { en: "Mid-market", fr: "ETI" },
  { en: "SMB", fr: "PME" },
];
const YES: Bilingual = { en: "Yes", fr: "Oui" };
const NO: Bilingual = { en: "No", fr: "Non" };

function generator(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return min + (state % (max - min + 1));
  };
}

/**
 * 30 customers: 22 present at the start (steady, expanding, contracting, and every `churnEvery`-th lost),
 * five new (one with a blank start), `reactivations` back after leaving, the rest won without MRR yet. Every
 * seventh has no segment.
 */
function customers(seed: number, churnEvery: number, reactivations: number): Row[] {
  const next = generator(seed);
  return Array.from({ length: 30 }, (_, i): Row => {
    const segment = i % 7 === 6 ? null : (SEGMENTS[i % 3] as Bilingual);
    const customer = `Account ${i + 1}`;
    if (i < 22) {
      const start = next(2, 60) * 50;
      const end =
        churnEvery > 0 && i % churnEvery === churnEvery - 1
          ? 0
          : i % 4 === 1
            ? start + next(1, 10) * 50
            : i % 4 === 2
              ? Math.max(50, start - next(1, 8) * 50)
              : start;
      return { customer, segment, start, end, previously: null };
    }
    const back = i >= 27 && i < 27 + reactivations;
    const end = i === 29 && !back ? 0 : next(2, 40) * 50;
    return { customer, segment, start: i === 23 ? null : 0, end, previously: back ? YES : i % 2 ? NO : null };
  });
}

/** 60 answers: NPS 0–10 and CSAT 1–5, each left blank on some rows. */
function responses(seed: number): Row[] {
  const next = generator(seed);
  return Array.from({ length: 60 }, (_, i) => ({
    respondent: `P${i + 1}`,
    nps: i % 5 === 4 ? null : next(0, 10),
    csat: i % 3 === 1 ? null : next(1, 5),
  }));
}

function tickets(seed: number, count: number): Row[] {
  const next = generator(seed);
  return Array.from({ length: count }, (_, i) => ({
    ticket: `S-${i + 1}`,
    customer: `Account ${next(1, 30)}`,
    opened: new Date(Date.UTC(2026, 6, next(1, 28))),
    hours: next(1, 400) / 10,
  }));
}

interface DataSet {
  readonly name: string;
  readonly rows: Readonly<Record<"Customers" | "Responses" | "Tickets", readonly Row[]>>;
  /** Inputs of the dashboard by defined name. */
  readonly inputs?: Readonly<Record<string, CellValue>>;
}

const SETS: readonly DataSet[] = [
  {
    name: "month",
    rows: { Customers: customers(7, 0, 2), Responses: responses(11), Tickets: tickets(3, 14) },
  },
  {
    name: "quarter",
    rows: { Customers: customers(19, 5, 1), Responses: responses(23), Tickets: tickets(5, 40) },
    inputs: {
      PeriodFirstMonth: new Date(Date.UTC(2026, 6, 1)),
      PeriodLastMonth: new Date(Date.UTC(2026, 8, 15)),
      SalesMarketingSpend: 90000,
      GrossMargin: 0.72,
      ReportCurrency: "EUR",
    },
  },
  {
    name: "single",
    rows: {
      Customers: [{ customer: "Only", segment: SEGMENTS[2] as Bilingual, start: 1000, end: 1200 }],
      Responses: [],
      Tickets: [],
    },
  },
  { name: "empty", rows: { Customers: [], Responses: [], Tickets: [] } },
];

/** The KPI template with a data set's rows and inputs. */
function withData(set: DataSet): TemplateSpec {
  return {
    ...kpi,
    sheets: kpi.sheets.map((sheet) => ({
      ...sheet,
      ...(sheet.tables
        ? {
            tables: sheet.tables.map((table) => ({
              ...table,
              // The Subscriptions table (the Monthly sheet's) keeps its sample.
              rows: set.rows[table.name as keyof DataSet["rows"]] ?? table.rows,
            })),
          }
        : {}),
      ...(sheet.cells
        ? {
            cells: sheet.cells.map((cell) =>
              cell.name !== undefined && set.inputs?.[cell.name] !== undefined
                ? { ...cell, value: set.inputs[cell.name] }
                : cell,
            ),
          }
        : {}),
    })),
  };
}

const cases = SETS.flatMap((set) => LANGUAGES.map((language) => ({ set, language })));
const file = (set: DataSet, language: Language) => `kpi.${set.name}.${language}.xlsx`;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(withoutTableFormulas(readFileSync(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "in"), { recursive: true });
  for (const { set, language } of cases)
    writeFileSync(join(work, "in", file(set, language)), await renderTemplate(withData(set), language));
  convert(
    cases.map(({ set, language }) => join(work, "in", file(set, language))),
    "xlsx",
    join(work, "out"),
  );
});

/** The recalculated value of each formula cell, by sheet and address. */
async function recalculated(set: DataSet, language: Language) {
  const cells = formulaCells(join(work, "out", file(set, language)));
  const rendered = await open(join(work, "in", file(set, language)));
  const at = (sheet: string, address: string) =>
    cells.find((cell) => cell.sheet === sheet && cell.address === address)?.value;
  const named = (name: string) => {
    const { sheet, address } = namedCell(rendered, name);
    return at(sheet, address);
  };
  return { cells, rendered, at, named };
}

function close(actual: CachedCell["value"], expected: Expected): boolean {
  if (typeof expected === "string" || typeof actual !== "number") return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe.each(cases.map((c) => [`${c.set.name}.${c.language}`, c] as const))("kpi on the %s data", (_, c) => {
  it("shows no error value in any formula cell", async () => {
    const { cells } = await recalculated(c.set, c.language);
    const errors = cells.filter((cell) => cell.value === undefined || typeof cell.value === "object");
    expect(errors.map((e) => `${e.sheet}!${e.address} =${e.formula} → ${JSON.stringify(e.value)}`)).toEqual(
      [],
    );
  });

  it("computes every named result as the functions/ modules do, – where they give an error value", async () => {
    const { rendered, named } = await recalculated(c.set, c.language);
    const expected = kpiExpected(rendered);
    const differ = KPI_RESULT_NAMES.filter((name) => !close(named(name), expected[name]));
    expect(
      differ.map((name) => `${name}: ${JSON.stringify(named(name))}, expected ${String(expected[name])}`),
    ).toEqual([]);
  });

  it("balances the MRR bridge, for all customers and each segment: every check reads OK", async () => {
    const { cells, named } = await recalculated(c.set, c.language);
    expect(named("MRRBridgeCheck")).toBe("OK");
    // The Dashboard's bridge checks (the Monthly sheet has its own, checked by kpi-monthly.test.ts).
    const dashboard = kpi.sheets[0]?.name[c.language];
    const checks = cells.filter((cell) => cell.sheet === dashboard && cell.formula.startsWith("IF(ABS("));
    expect(checks.length).toBe(5);
    expect(checks.map((cell) => cell.value)).toEqual(checks.map(() => "OK"));
  });

  it("splits start MRR, end MRR, NRR, GRR and customers lost by segment as the functions do", async () => {
    const { rendered, at } = await recalculated(c.set, c.language);
    const sheet = rendered.worksheets[0] as ExcelJS.Worksheet;
    const rowOf = (en: string, fr: string) => {
      for (let r = 1; r <= sheet.rowCount; r++)
        if ([en, fr].includes(String(sheet.getCell(r, 1).value))) return r;
      throw new Error(`no row ${en}`);
    };
    const header = rowOf("Movement", "Mouvement");
    const columns = customerColumns(rendered);
    const names = SEGMENTS.map((segment) => segment[c.language]);
    const problems: string[] = [];
    for (const letter of ["B", "C", "D", "E", "F"]) {
      const title = String(sheet.getCell(`${letter}${header}`).value);
      const keep = (i: number) => {
        const segment = String(columns.segment[i]?.[0] ?? "");
        return letter === "B" ? true : names.includes(title) ? segment === title : !names.includes(segment);
      };
      const start = columns.start.filter((_, i) => keep(i));
      const end = columns.end.filter((_, i) => keep(i));
      const summary = summarizeMovements(start, end);
      if (summary instanceof ExcelError) throw new Error(`${title}: ${summary.code}`);
      const shown = (value: number | ExcelError): Expected => (value instanceof ExcelError ? DASH : value);
      const expected: [string, string, Expected][] = [
        ["Start MRR", "MRR de début", summary.startTotal],
        ["End MRR (Σ of the Customers sheet)", "MRR de fin (Σ de la feuille Clients)", sum(end)],
        ["Customers lost", "Clients perdus", summary.customersChurned],
        ["NRR of the period", "NRR de la période", shown(netRevenueRetention(start, end))],
        ["GRR of the period", "GRR de la période", shown(grossRevenueRetention(start, end))],
      ];
      for (const [en, fr, value] of expected) {
        const actual = at(sheet.name, `${letter}${rowOf(en, fr)}`);
        if (!close(actual, value))
          problems.push(`${title} ${en}: ${JSON.stringify(actual)}, expected ${value}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

const sum = (column: unknown[][]) =>
  column.reduce<number>((total, [value]) => total + (typeof value === "number" ? value : 0), 0);

describe("what the data sets show", () => {
  const value = async (set: string, name: string, language: Language = "en") =>
    (await recalculated(SETS.find((s) => s.name === set) as DataSet, language)).named(name);

  it("counts reactivations apart from new customers, and CAC divides by new customers only", async () => {
    expect(await value("month", "ReactivatedCustomers")).toBe(2);
    expect(await value("month", "NewCustomers")).toBe(5);
    expect(await value("month", "CAC")).toBe(60000 / 5);
  });

  it("shows – for CLV and LTV / CAC in a month without any customer lost", async () => {
    expect(await value("month", "LogoChurn")).toBe(0);
    expect(await value("month", "CLV")).toBe(DASH);
    expect(await value("month", "LTVtoCAC")).toBe(DASH);
  });

  it("annualises the rates of a three-month period", async () => {
    expect(await value("quarter", "PeriodMonths", "fr")).toBe(3);
    const grr = (await value("quarter", "GRR", "fr")) as number;
    expect(await value("quarter", "GRRAnnual", "fr")).toBeCloseTo(grr ** 4, 12);
  });

  it("reads a single customer without answers sensibly: its own figures, – for what needs more", async () => {
    expect(await value("single", "ARPA")).toBe(1200);
    expect(await value("single", "NRR")).toBeCloseTo(1.2, 12);
    for (const name of ["NPS", "CSAT", "CLV", "CAC", "QuickRatio", "MedianFirstResponse"])
      expect(await value("single", name), name).toBe(DASH);
    expect(await value("single", "NPSAnswers")).toBe(0);
  });

  it("shows 0 or – for every result once every table is emptied", async () => {
    const { named } = await recalculated(SETS.find((s) => s.name === "empty") as DataSet, "fr");
    const odd = KPI_RESULT_NAMES.filter(
      (name) => name !== "PeriodMonths" && ![0, DASH].includes(named(name) as never),
    );
    expect(odd.map((name) => `${name}: ${JSON.stringify(named(name))}`)).toEqual([]);
  });
});
