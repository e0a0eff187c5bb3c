// The KPI workbook's Monthly sheet, recalculated by LibreOffice, against the same figures worked out by hand from
// the subscription list (kpi-monthly-reference.ts): the sample in both languages, a small data set of edge cases,
// and the sample grown as a person grows it in Excel (test/support/excel-tables.ts: a new customer inserted
// inside the table, a reactivation typed below it). The bridge closes every month, every cohort starts at 100 %,
// and the native chart of the bridge is in the file and drawn in the PDF, in English and under a French locale.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renameSheets } from "../../addin/xlsx-sheet-rename";
import { bridgeMonths } from "../../functions/billing/bridge";
import { mrrMatrix } from "../../functions/billing/matrix";
import { ExcelError } from "../../functions/excel/errors";
import { kpi } from "../../templates/kpi";
import { LAYOUT } from "../../templates/kpi-monthly";
import { sampleSubscriptions } from "../../templates/kpi-monthly-sample";
import { renderTemplate } from "../../templates/render";
import { LANGUAGES, type Language } from "../../functions/excel/language";
import { columnLetters } from "../../functions/excel/a1";
import { addTableRows, type NewRow } from "../support/excel-tables";
import { convert, pngsOfPdfs } from "../support/libreoffice";
import { formulaCells, type CachedCell } from "../support/xlsx-cells";
import { monthlyExpected, serial, type MonthlyExpected, type Sub } from "./kpi-monthly-reference";
import { errorCells, recalculate, withRows, type Recalculated } from "./template-variants";

const root = join(__dirname, "../..");
const work = join(root, "test-results/kpi-monthly");
const OPENING = new Date(Date.UTC(2024, 11, 1));
const MONTHS = 25;
const SHEET: Record<Language, string> = { en: "Monthly", fr: "Mensuel" };
const HEADERS: Record<Language, Record<keyof Sub, string>> = {
  en: { customer: "Customer", amount: "Amount", interval: "Interval in months", start: "Start", end: "End" },
  fr: { customer: "Client", amount: "Montant", interval: "Périodicité en mois", start: "Début", end: "Fin" },
};
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/** Edge cases: paying in the opening month, an annual plan starting mid-month, an end on a month's first day, a
 * customer who leaves mid-month and comes back, an add-on, a row ending before it starts (left out). */
const EDGES: Sub[] = [
  { customer: "Solo", amount: 100, interval: 1, start: d(2024, 11, 20), end: null },
  { customer: "Annual", amount: 1200, interval: 12, start: d(2025, 1, 15), end: null },
  { customer: "Firsts", amount: 300, interval: 1, start: d(2025, 2, 1), end: d(2025, 5, 1) },
  { customer: "Back", amount: 200, interval: 1, start: d(2025, 1, 1), end: d(2025, 3, 10) },
  { customer: "Overlap", amount: 100, interval: 1, start: d(2025, 1, 5), end: null },
  { customer: "Bad", amount: 500, interval: 1, start: d(2025, 5, 1), end: d(2025, 4, 1) },
  { customer: "Back", amount: 250, interval: 1, start: d(2025, 6, 1), end: null },
  { customer: "Overlap", amount: 50, interval: 1, start: d(2025, 4, 20), end: null },
  { customer: "Quarterly", amount: 900, interval: 3, start: d(2025, 12, 31), end: d(2026, 12, 2) },
];

/** The rows a person adds in Excel: a new customer inserted after the first row, a churned one back below. */
const SAMPLE = sampleSubscriptions();
const churned = SAMPLE.find(
  (s) => s.end !== null && s.end < d(2026, 5, 1) && !SAMPLE.some((t) => t.customer === s.customer && t !== s),
);
const INSERTED: Sub = { customer: "Newco", amount: 6000, interval: 12, start: d(2025, 3, 14), end: null };
const TYPED: Sub = {
  customer: churned?.customer ?? "",
  amount: 400,
  interval: 1,
  start: d(2026, 6, 10),
  end: null,
};

const asRow = (s: Sub) => ({ ...s });
const typed = (s: Sub, language: Language): NewRow => ({
  [HEADERS[language].customer]: s.customer,
  [HEADERS[language].amount]: s.amount,
  [HEADERS[language].interval]: s.interval,
  [HEADERS[language].start]: serial(s.start),
  [HEADERS[language].end]: s.end === null ? null : serial(s.end),
});

let book: (variant: "sample" | "edges", language: Language) => Recalculated;
const grown = new Map<Language, Recalculated>();
const grownCells = new Map<Language, readonly CachedCell[]>();

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  book = await recalculate(
    join(work, "variants"),
    { sample: kpi, edges: withRows(kpi, { Subscriptions: () => EDGES.map(asRow) }) },
    LANGUAGES,
  );
  const dir = join(work, "grown");
  mkdirSync(dir, { recursive: true });
  for (const language of LANGUAGES) {
    let file = await renderTemplate(kpi, language);
    file = addTableRows(file, "Subscriptions", [typed(INSERTED, language)], 1);
    file = addTableRows(file, "Subscriptions", [typed(TYPED, language)]);
    writeFileSync(join(dir, `kpi.${language}.xlsx`), file);
  }
  convert(
    LANGUAGES.map((language) => join(dir, `kpi.${language}.xlsx`)),
    "xlsx",
    join(dir, "recalculated"),
  );
  for (const language of LANGUAGES) {
    const path = join(dir, "recalculated", `kpi.${language}.xlsx`);
    const cells = formulaCells(path);
    grownCells.set(language, cells);
    grown.set(language, {
      path,
      cells,
      value: (sheet, address) => cells.find((c) => c.sheet === sheet && c.address === address)?.value,
      named: () => undefined,
      definition: () => undefined,
      part: () => "",
    });
  }
});

const close = (actual: unknown, expected: number, what: string) => {
  expect(typeof actual, what).toBe("number");
  expect(
    Math.abs((actual as number) - expected),
    `${what}: ${String(actual)} vs ${expected}`,
  ).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

const month = (j: number) => columnLetters(2 + j);

/** Every figure of the Monthly sheet against the hand-worked one. */
function expectSheet(workbook: Recalculated, language: Language, expected: MonthlyExpected): void {
  const sheet = SHEET[language];
  const at = (address: string) => workbook.value(sheet, address);
  expect(errorCells(workbook)).toEqual([]);
  for (let j = 0; j < MONTHS; j++)
    close(at(`${month(j)}${LAYOUT.matrixHeader}`), expected.months[j] as number, `month ${j}`);
  // The matrix: customers in first-seen order, then empty rows.
  const listed: string[] = [];
  for (let r = LAYOUT.matrixFirst; r <= LAYOUT.matrixLast; r++) {
    const name = at(`A${r}`);
    if (name === "") continue;
    listed.push(String(name));
  }
  expect(listed).toEqual(expected.customers);
  expect(workbook.value(sheet, LAYOUT.customers)).toBe(expected.customers.length);
  expected.matrix.forEach((row, c) =>
    row.forEach((mrr, j) =>
      close(at(`${month(j)}${LAYOUT.matrixFirst + c}`), mrr, `${expected.customers[c]} in month ${j}`),
    ),
  );
  // The bridge, every month after the opening one, and its check.
  for (let j = 1; j < MONTHS; j++) {
    for (const [key, row] of Object.entries(LAYOUT.bridge))
      close(
        at(`${month(j)}${row}`),
        expected.bridge[key as keyof MonthlyExpected["bridge"]][j] as number,
        `${key} in month ${j}`,
      );
    expect(at(`${month(j)}${LAYOUT.bridgeCheck}`), `check of month ${j}`).toBe("OK");
  }
  close(at(`B${LAYOUT.bridge.end}`), expected.bridge.end[0] as number, "opening MRR");
  expect(workbook.value(sheet, LAYOUT.check)).toBe("OK");
  // The cohorts: sizes and triangles; "–" for an empty cohort.
  for (const basis of ["logo", "gross", "net"] as const) {
    const top = LAYOUT.cohorts[basis] + 2;
    expected.cohorts[basis].forEach((cohort, i) => {
      const r = top + i;
      close(at(`A${r}`), expected.months[i + 1] as number, `${basis} cohort ${i + 1}`);
      close(at(`B${r}`), expected.sizes[basis][i] as number, `${basis} cohort ${i + 1} size`);
      for (let k = 0; i + 1 + k < MONTHS; k++) {
        const value = at(`${month(k + 1)}${r}`);
        if (cohort === null) expect(value, `${basis} cohort ${i + 1}, month ${k}`).toBe("–");
        else close(value, cohort[k] as number, `${basis} cohort ${i + 1}, month ${k}`);
      }
    });
  }
  const rate = (address: string, value: number | null, what: string) =>
    value === null ? expect(at(address), what).toBe("–") : close(at(address), value, what);
  rate(LAYOUT.nrr, expected.nrr, "trailing NRR");
  rate(LAYOUT.grr, expected.grr, "trailing GRR");
}

describe("the sample subscriptions", () => {
  const expected = monthlyExpected(SAMPLE, OPENING, MONTHS);
  it("hold at least 40 customers over 24 months with annual plans, mid-month changes and reactivations", () => {
    expect(expected.customers.length).toBeGreaterThanOrEqual(40);
    expect(SAMPLE.some((s) => s.interval === 12)).toBe(true);
    // A subscription ending mid-month on the day the customer's next one starts: an upgrade or a downgrade.
    const changes = SAMPLE.filter(
      (s) =>
        s.end !== null &&
        s.end.getUTCDate() !== 1 &&
        SAMPLE.some((t) => t.customer === s.customer && t.start.getTime() === s.end?.getTime()),
    );
    expect(changes.length).toBeGreaterThan(3);
    // Paying, then a month at 0, then paying again.
    const reactivated = expected.matrix.filter((row) => {
      const first = row.findIndex((mrr) => mrr > 0);
      const gap = row.findIndex((mrr, j) => j > first && mrr === 0);
      return first >= 0 && gap > 0 && row.slice(gap).some((mrr) => mrr > 0);
    });
    expect(reactivated.length).toBeGreaterThanOrEqual(3);
    expect(expected.bridge.reactivation.some((r) => r > 0)).toBe(true);
    // The months that have some MRR span the 24 months after the opening one.
    expect(expected.bridge.end.slice(1).every((mrr) => mrr > 0)).toBe(true);
  });
});

describe("the hand-worked reference", () => {
  it("agrees with CSM.MRR_MATRIX and CSM.MRR_BRIDGE (functions/billing/), a second method, on the sample and the edge cases", () => {
    for (const subs of [SAMPLE, EDGES.filter((s) => s.end === null || s.end >= s.start)]) {
      const expected = monthlyExpected(subs, OPENING, MONTHS);
      const column = (pick: (s: Sub) => string | number | null) => subs.map((s) => [pick(s)]);
      const matrix = mrrMatrix(
        column((s) => s.customer),
        column((s) => s.amount),
        column((s) => serial(s.start)),
        column((s) => (s.end === null ? "" : serial(s.end))),
        column((s) => s.interval),
        [[expected.months[0] as number], [expected.months[MONTHS - 1] as number]],
      );
      if (!Array.isArray(matrix)) throw new Error(`CSM.MRR_MATRIX gave ${String(matrix)}`);
      expect(matrix[0]?.slice(1)).toEqual(expected.months);
      const rows = new Map(matrix.slice(1).map((row) => [String(row[0]), row.slice(1) as number[]]));
      expect([...rows.keys()].sort()).toEqual([...expected.customers].sort());
      expected.customers.forEach((customer, c) =>
        expected.matrix[c]?.forEach((mrr, j) =>
          close(rows.get(customer)?.[j], mrr, `${customer} in month ${j}`),
        ),
      );
      const bridge = bridgeMonths(matrix);
      if (bridge instanceof ExcelError) throw new Error(`CSM.MRR_BRIDGE gave ${bridge.code}`);
      const keys = {
        start: "start",
        new: "newMrr",
        expansion: "expansion",
        reactivation: "reactivation",
        contraction: "contraction",
        churned: "churned",
        end: "end",
      } as const;
      for (const [ours, theirs] of Object.entries(keys))
        for (let j = 1; j < MONTHS; j++)
          close(
            bridge[theirs][j - 1],
            expected.bridge[ours as keyof typeof keys][j] as number,
            `${ours} in month ${j}`,
          );
    }
  });
});

describe.each(LANGUAGES)("the Monthly sheet (%s)", (language) => {
  it("computes the matrix, the bridge, the cohorts and the trailing NRR and GRR of the sample as worked by hand", () => {
    expectSheet(book("sample", language), language, monthlyExpected(SAMPLE, OPENING, MONTHS));
  });

  it("does the same on edge cases: opening-month customers, an annual plan, ends on the 1st, a row ending before it starts", () => {
    const expected = monthlyExpected(EDGES, OPENING, MONTHS);
    // "Bad" stays listed, at 0 every month: its only row is left out.
    expect(expected.customers[5]).toBe("Bad");
    expect(expected.matrix[5]?.every((mrr) => mrr === 0)).toBe(true);
    expectSheet(book("edges", language), language, expected);
    expect(
      book("edges", language).value(`${language === "en" ? "Subscriptions" : "Abonnements"}`, "F10"),
    ).toBe("–");
  });

  it("follows rows added in Excel: a new customer inserted in the table, a churned one back below it", () => {
    const subs = [SAMPLE[0] as Sub, INSERTED, ...SAMPLE.slice(1), TYPED];
    const expected = monthlyExpected(subs, OPENING, MONTHS);
    expect(expected.customers[1]).toBe("Newco");
    expect(grownCells.get(language)?.length).toBeGreaterThan(0);
    expectSheet(grown.get(language) as Recalculated, language, expected);
    // The churned customer is back: a reactivation in June 2026, the month of its new start.
    expect(expected.bridge.reactivation[18]).toBeGreaterThanOrEqual(400);
  });

  it("closes the bridge every month and starts every cohort at 100 %", () => {
    const at = (address: string) => book("sample", language).value(SHEET[language], address);
    for (let j = 1; j < MONTHS; j++) {
      const get = (row: number) => at(`${month(j)}${row}`) as number;
      const b = LAYOUT.bridge;
      expect(
        Math.abs(
          get(b.start) +
            get(b.new) +
            get(b.expansion) +
            get(b.reactivation) -
            get(b.contraction) -
            get(b.churned) -
            get(b.end),
        ),
      ).toBeLessThan(1e-6);
    }
    let cohorts = 0;
    for (const basis of ["logo", "gross", "net"] as const)
      for (let i = 0; i < MONTHS - 1; i++) {
        const r = LAYOUT.cohorts[basis] + 2 + i;
        if (at(`B${r}`) === 0) continue;
        cohorts++;
        close(at(`C${r}`), 1, `${basis} cohort ${i + 1} at month 0`);
      }
    expect(cohorts).toBeGreaterThan(30);
  });
});

describe("the bridge's native chart", () => {
  const pdfs = join(work, "pdf");
  beforeAll(async () => {
    mkdirSync(pdfs, { recursive: true });
    for (const language of LANGUAGES)
      writeFileSync(join(pdfs, `kpi.${language}.xlsx`), await renderTemplate(kpi, language));
    convert([join(pdfs, "kpi.en.xlsx")], "pdf", pdfs);
    convert([join(pdfs, "kpi.fr.xlsx")], "pdf", pdfs, "fr-FR");
    pngsOfPdfs(pdfs, 6);
  });

  it.each(LANGUAGES)(
    "is a DrawingML chart part, anchored on the Monthly sheet, that LibreOffice keeps (%s)",
    (language) => {
      const parts = unzipSync(new Uint8Array(readFileSync(join(pdfs, `kpi.${language}.xlsx`))));
      const text = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
      const chart = text("xl/charts/chart1.xml");
      expect(chart).toContain("<c:barChart>");
      expect(chart).toContain('<c:grouping val="stacked"/>');
      expect((chart.match(/<c:ser>/g) ?? []).length).toBe(5);
      expect(chart).toContain(
        `<c:f>'${SHEET[language]}'!$C$${LAYOUT.bridge.new}:$Z$${LAYOUT.bridge.new}</c:f>`,
      );
      expect(text("[Content_Types].xml")).toContain('PartName="/xl/charts/chart1.xml"');
      expect(text("xl/drawings/_rels/drawing1.xml.rels")).toContain("../charts/chart1.xml");
      // LibreOffice reads the file, recalculates it and writes the chart back over the same cells.
      const saved = unzipSync(new Uint8Array(readFileSync(book("sample", language).path)));
      const savedChart = Object.keys(saved).find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      expect(savedChart).toBeDefined();
      expect(strFromU8(saved[savedChart as string] as Uint8Array)).toContain(
        `$C$${LAYOUT.bridge.new}:$Z$${LAYOUT.bridge.new}`,
      );
    },
  );

  it("follows its sheet when the pane renames the template's sheets on insertion", () => {
    const file = new Uint8Array(readFileSync(join(pdfs, "kpi.en.xlsx")));
    const renamed = unzipSync(renameSheets(file, new Map([["Monthly", "Monthly (2)"]])));
    const chart = strFromU8(renamed["xl/charts/chart1.xml"] ?? new Uint8Array());
    expect(chart).toContain(`<c:f>'Monthly (2)'!$C$${LAYOUT.bridge.new}:$Z$${LAYOUT.bridge.new}</c:f>`);
    expect(chart).not.toContain("'Monthly'!");
  });

  it.each([
    ["en", "MRR movements by month", "Reactivation"],
    ["fr", "Mouvements du MRR par mois", "Réactivation"],
  ] as const)(
    "is drawn in the PDF of the %s workbook, with its title and legend",
    (language, title, series) => {
      const text = execFileSync("pdftotext", ["-layout", join(pdfs, `kpi.${language}.pdf`), "-"], {
        encoding: "utf8",
      });
      const page = text.split("\f").find((p) => p.includes(title));
      expect(page, `no page shows ${title}`).toBeDefined();
      expect(page).toContain(series);
      expect(readdirSync(pdfs).some((f) => f.startsWith(`kpi.${language}-`) && f.endsWith(".png"))).toBe(
        true,
      );
    },
  );
});
