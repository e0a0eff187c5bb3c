// The plan as Excel tables: the tables, headers, native formulas, rows and charts "Write to workbook" asks
// for in each language; writing them into the in-browser workbook (ownership rules included); and reading
// actions and scores back from a table. Expected headers, formulas and rows are written out by hand.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../addin/memory-workbook";
import type { CellValue, TableWrite } from "../../addin/workbook-port";
import { STAGE_LABELS } from "../../functions/scaling/action-library";
import { readActionsTable, findColumns } from "../../notebook/scaling-audit/actions-import";
import {
  createNotebook,
  type CellView,
  type Json,
  type NotebookSnapshot,
} from "../../notebook/engine/engine";
import { notebookKinds, starterPlan } from "../../notebook/plan/kinds";
import { rowRef } from "../../addin/structured-references";
import { planTables } from "../../notebook/plan/tables";
import { readWorkbookActions, writePlan } from "../../notebook/plan/workbook";

// tickets 5/1 automate (priority 1), kickoff 3/5 human, sync 2/2 arbitrate (a stage of the team's own),
// deck unscored (no value yet).
const PLAN: NotebookSnapshot = {
  cells: [
    {
      id: "actions",
      kind: "actions",
      inputs: {
        items: [
          { id: "tickets", label: "Answer tickets", stage: "support" },
          { id: "kickoff", label: "Kick-off meeting", stage: "onboarding" },
          { id: "sync", label: "Partner sync", stage: "Partners" },
          { id: "deck", label: "Build the deck", stage: "review" },
        ],
      },
    },
    {
      id: "scores",
      kind: "scores",
      inputs: {
        tickets: { time: 5, value: 1 },
        kickoff: { time: 3, value: 5 },
        sync: { time: 2, value: 2 },
        deck: { time: 4 },
      },
    },
    { id: "decisions", kind: "decisions", inputs: {} },
    {
      id: "roadmap",
      kind: "roadmap",
      inputs: {
        start: "2026-02-02",
        items: [
          {
            actionId: "tickets",
            action: "Answer tickets",
            solution: "Help centre",
            kind: "knowledge",
            owner: "Ana",
            priority: 1,
            oneOffCost: 6000,
            monthlyCost: 250,
            weeks: 6,
            validated: true,
          },
        ],
      },
    },
    // 6 hours × 200 accounts = 1,200 hours = 0.75 FTE; no headcount and no loaded cost: the rest is blank.
    { id: "capacity", kind: "capacity", inputs: { accounts: 200, hours: { tickets: 6 }, shares: {} } },
    // 1 action to automate out of 4.
    {
      id: "share",
      kind: "calculation",
      inputs: { name: "share", expression: "automateCount / actionCount" },
    },
  ],
};

function computed(snapshot: NotebookSnapshot = PLAN): readonly CellView[] {
  const notebook = createNotebook(notebookKinds);
  notebook.restore(snapshot);
  return notebook.cells();
}

const named = (tables: readonly TableWrite[], name: string): TableWrite => {
  const table = tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
};
const headersOf = (table: TableWrite) => table.columns.map((column) => column.header);
const formulasOf = (table: TableWrite) =>
  Object.fromEntries(table.columns.flatMap((c) => (c.formula === undefined ? [] : [[c.header, c.formula]])));

describe("the plan's tables", () => {
  it("names five tables on the add-in's sheet, whatever the language", () => {
    for (const language of ["en", "fr"] as const) {
      const tables = planTables(computed(), language);
      expect(tables.map((table) => [table.name, table.sheet])).toEqual([
        ["CSMKit_Audit", "CSM Kit plan"],
        ["CSMKit_RoadmapStart", "CSM Kit plan"],
        ["CSMKit_Roadmap", "CSM Kit plan"],
        ["CSMKit_Capacity", "CSM Kit plan"],
        ["CSMKit_Calculations", "CSM Kit plan"],
      ]);
    }
    expect(planTables([], "en")).toEqual([]);
  });

  it("writes the audit with the ratio, the decision and the chart columns as formulas, in English", () => {
    const audit = named(planTables(computed(), "en"), "CSMKit_Audit");
    expect(audit.columns).toEqual([
      { header: "Id", hidden: true },
      { header: "Action" },
      { header: "Stage" },
      { header: "Time", numberFormat: "0" },
      { header: "Value", numberFormat: "0" },
      {
        header: "Ratio",
        numberFormat: "0.00",
        formula: '=IF(OR([@Time]="",[@Value]=""),"",[@Time]/[@Value])',
      },
      {
        header: "Decision",
        formula: '=IF([@Ratio]="","",IF([@Ratio]<1,"Human",IF([@Ratio]=1,"Arbitrate","Automate")))',
      },
      { header: "Priority", numberFormat: "0" },
      { header: "Time if Human", formula: '=IF([@Decision]="Human",[@Time],NA())' },
      { header: "Time if Arbitrate", formula: '=IF([@Decision]="Arbitrate",[@Time],NA())' },
      { header: "Time if Automate", formula: '=IF([@Decision]="Automate",[@Time],NA())' },
    ]);
    // Formula cells hold what the notebook computed (the export stores it): 5 / 1, 3 / 5, 2 / 2; the time in
    // the chart column of the action's decision, nothing (#N/A in Excel) in the others.
    expect(audit.rows).toEqual([
      ["tickets", "Answer tickets", "Support", 5, 1, 5, "Automate", 1, null, null, 5],
      ["kickoff", "Kick-off meeting", "Onboarding", 3, 5, 0.6, "Human", null, 3, null, null],
      ["sync", "Partner sync", "Partners", 2, 2, 1, "Arbitrate", null, null, 2, null],
      ["deck", "Build the deck", "Business review", 4, null, null, null, null, null, null, null],
    ]);
    expect(audit.charts).toEqual([
      {
        name: "CSMKit_Matrix",
        kind: "scatter",
        title: "Time / value by decision",
        x: "Value",
        series: [
          { name: "Human", column: "Time if Human", colour: "#2E7D32" },
          { name: "Arbitrate", column: "Time if Arbitrate", colour: "#F9A825" },
          { name: "Automate", column: "Time if Automate", colour: "#C62828" },
        ],
        axes: { x: "Value", y: "Time" },
      },
    ]);
  });

  it("writes the audit in French: French headers, labels and structured references", () => {
    const audit = named(planTables(computed(), "fr"), "CSMKit_Audit");
    expect(headersOf(audit)).toEqual([
      "Identifiant",
      "Action",
      "Étape",
      "Temps",
      "Valeur",
      "Ratio",
      "Décision",
      "Priorité",
      "Temps si Humain",
      "Temps si Arbitrer",
      "Temps si Automatiser",
    ]);
    expect(formulasOf(audit)).toEqual({
      Ratio: '=IF(OR([@Temps]="",[@Valeur]=""),"",[@Temps]/[@Valeur])',
      Décision: '=IF([@Ratio]="","",IF([@Ratio]<1,"Humain",IF([@Ratio]=1,"Arbitrer","Automatiser")))',
      "Temps si Humain": '=IF([@Décision]="Humain",[@Temps],NA())',
      "Temps si Arbitrer": '=IF([@Décision]="Arbitrer",[@Temps],NA())',
      "Temps si Automatiser": '=IF([@Décision]="Automatiser",[@Temps],NA())',
    });
    expect(audit.rows.map((row) => row[2])).toEqual([
      "Support",
      "Onboarding",
      "Partners",
      "Revue d'activité",
    ]);
    expect(audit.charts?.[0]?.title).toBe("Temps / valeur par décision");
    expect(audit.charts?.[0]?.series.map((s) => [s.name, s.column])).toEqual([
      ["Humain", "Temps si Humain"],
      ["Arbitrer", "Temps si Arbitrer"],
      ["Automatiser", "Temps si Automatiser"],
    ]);
  });

  it("writes the roadmap with its start chained, end, first-year cost, hours freed and Gantt columns as formulas", () => {
    const tables = planTables(computed(), "en");
    // The start as an Excel date: 2025-01-01 is day 45,658, 2026-01-01 is 45,658 + 365 = 46,023, and
    // 2026-02-02 is 32 days later, 46,055.
    expect(named(tables, "CSMKit_RoadmapStart")).toEqual({
      name: "CSMKit_RoadmapStart",
      sheet: "CSM Kit plan",
      columns: [{ header: "Roadmap start", numberFormat: "mm-dd-yy" }],
      rows: [[46055]],
    });
    const en = named(tables, "CSMKit_Roadmap");
    expect(en.columns.map((c) => [c.header, c.numberFormat, c.hidden])).toEqual([
      ["Id", undefined, true],
      ["Action", undefined, undefined],
      ["Solution", undefined, undefined],
      ["Kind", undefined, undefined],
      ["Owner", undefined, undefined],
      ["Priority", "0", undefined],
      ["One-off cost", '"$"#,##0', undefined],
      ["Monthly cost", '"$"#,##0', undefined],
      ["Weeks", "0", undefined],
      ["Start", "mm-dd-yy", undefined],
      ["End", "mm-dd-yy", undefined],
      ["First-year cost", '"$"#,##0', undefined],
      ["CSM hours per account per year", "#,##0.0", undefined],
      ["Automation share", "0%", undefined],
      ["Hours freed per account", "#,##0.0", undefined],
      ["Start day", "0", undefined],
      ["Days", "0", undefined],
    ]);
    expect(formulasOf(en)).toEqual({
      Start: "=IF(ISNUMBER(OFFSET([@End],-1,0)),OFFSET([@End],-1,0),CSMKit_RoadmapStart[Roadmap start])",
      End: "=[@Start]+7*[@Weeks]",
      "First-year cost": "=[@[One-off cost]]+12*[@[Monthly cost]]",
      "Hours freed per account":
        '=IF([@[CSM hours per account per year]]="",0,[@[CSM hours per account per year]]*IF([@[Automation share]]="",1,[@[Automation share]]))',
      "Start day": "=[@Start]-MIN([Start])",
      Days: "=7*[@Weeks]",
    });
    // 6 weeks from day 46,055 end on day 46,097; 6,000 + 12 × 250 = 9,000 the first year; 6 hours per
    // account, no share given (all of it automated): 6 hours freed per account.
    expect(en.rows).toEqual([
      [
        "tickets",
        "Answer tickets",
        "Help centre",
        "Knowledge base",
        "Ana",
        1,
        6000,
        250,
        6,
        46055,
        46097,
        9000,
        6,
        null,
        6,
        0,
        42,
      ],
    ]);
    expect(en.charts).toEqual([
      {
        name: "CSMKit_Timeline",
        kind: "timeline",
        title: "Roadmap",
        x: "Action",
        series: [
          { name: "Start day", column: "Start day" },
          { name: "Days", column: "Days", colour: "#0F6CBD" },
        ],
        axes: { y: "Days from the start" },
      },
    ]);

    const fr = named(planTables(computed(), "fr"), "CSMKit_Roadmap");
    expect(formulasOf(fr)).toMatchObject({
      Fin: "=[@Début]+7*[@Semaines]",
      "Coût première année": "=[@[Coût ponctuel]]+12*[@[Coût mensuel]]",
      "Jour de début": "=[@Début]-MIN([Début])",
      Jours: "=7*[@Semaines]",
    });
    expect(fr.rows[0]?.[3]).toBe("Base de connaissances");
    expect(fr.columns[6]?.numberFormat).toBe('#,##0 "€"');
    expect(named(planTables(computed(), "fr", "USD"), "CSMKit_Roadmap").columns[6]?.numberFormat).toBe(
      '#,##0 "$"',
    );
    expect(fr.charts?.[0]?.axes).toEqual({ y: "Jours depuis le début" });
  });

  it("writes the capacity's inputs and its results as formulas over them, blank where they cannot be computed, and the calculations", () => {
    const tables = planTables(computed(), "en");
    const capacity = named(tables, "CSMKit_Capacity");
    expect(headersOf(capacity)).toEqual([
      "Accounts",
      "CSM headcount",
      "Hours per CSM per year",
      "Loaded cost per CSM per year",
      "CSM hours per account today",
      "Hours freed per account",
      "Roadmap one-off cost",
      "Roadmap monthly cost",
      "CSM hours freed per year",
      "FTE freed",
      "Accounts per CSM before",
      "Accounts per CSM after",
      "Monthly saving",
      "Payback (months)",
    ]);
    expect(formulasOf(capacity)).toEqual({
      "Hours freed per account": "=SUM(CSMKit_Roadmap[Hours freed per account])",
      "Roadmap one-off cost": "=SUM(CSMKit_Roadmap[One-off cost])",
      "Roadmap monthly cost": "=SUM(CSMKit_Roadmap[Monthly cost])",
      "CSM hours freed per year": '=IF(OR([@Accounts]=""),"",[@[Hours freed per account]]*[@Accounts])',
      "FTE freed":
        '=IF(OR([@[CSM hours freed per year]]="",[@[Hours per CSM per year]]=""),"",[@[CSM hours freed per year]]/[@[Hours per CSM per year]])',
      "Accounts per CSM before":
        '=IF(OR([@Accounts]="",[@[CSM headcount]]=""),"",[@Accounts]/[@[CSM headcount]])',
      "Accounts per CSM after":
        '=IF(OR([@[Accounts per CSM before]]="",[@[CSM hours per account today]]=""),"",[@[Accounts per CSM before]]*[@[CSM hours per account today]]/([@[CSM hours per account today]]-[@[Hours freed per account]]))',
      "Monthly saving":
        '=IF(OR([@[CSM hours freed per year]]="",[@[Loaded cost per CSM per year]]=""),"",[@[CSM hours freed per year]]*[@[Loaded cost per CSM per year]]/[@[Hours per CSM per year]]/12-[@[Roadmap monthly cost]])',
      "Payback (months)": '=IF(N([@[Monthly saving]])<=0,"",[@[Roadmap one-off cost]]/[@[Monthly saving]])',
    });
    // 200 accounts × 6 hours = 1,200 hours = 0.75 FTE of 1,600 hours (the default, written); no headcount and
    // no loaded cost: the rest is blank.
    expect(capacity.rows).toEqual([
      [200, null, 1600, null, null, 6, 6000, 250, 1200, 0.75, null, null, null, null],
    ]);
    const calculations = named(tables, "CSMKit_Calculations");
    expect(headersOf(calculations)).toEqual(["Name", "Expression", "Result"]);
    expect(calculations.rows).toEqual([["share", "automateCount / actionCount", 0.25]]);

    const fr = planTables(computed(), "fr");
    expect(headersOf(named(fr, "CSMKit_Capacity")).slice(8)).toEqual([
      "Heures CSM libérées par an",
      "ETP libérés",
      "Comptes par CSM avant",
      "Comptes par CSM après",
      "Économie mensuelle",
      "Retour sur investissement (mois)",
    ]);
    expect(headersOf(named(fr, "CSMKit_Calculations"))).toEqual(["Nom", "Expression", "Résultat"]);
  });

  it("draws every chart from columns of its own table", () => {
    for (const language of ["en", "fr"] as const) {
      for (const table of planTables(computed(), language)) {
        const headers = headersOf(table);
        for (const chart of table.charts ?? []) {
          for (const column of [chart.x, ...chart.series.map((series) => series.column)]) {
            expect(headers).toContain(column);
          }
        }
        for (const row of table.rows) expect(row).toHaveLength(headers.length);
      }
    }
  });

  it("leaves out a cell in error, and the calculations when there are none", () => {
    const cells = PLAN.cells
      .filter((cell) => cell.kind !== "calculation")
      .map((cell) => (cell.id === "capacity" ? { ...cell, inputs: { accounts: -1 } } : cell));
    expect(planTables(computed({ cells }), "en").map((table) => table.name)).toEqual([
      "CSMKit_Audit",
      "CSMKit_RoadmapStart",
      "CSMKit_Roadmap",
    ]);
  });
});

describe("structured references to a column of the same row", () => {
  it("brackets a header with anything but letters, digits and _, and escapes ' # [ ] with '", () => {
    expect(rowRef("Time")).toBe("[@Time]");
    expect(rowRef("Coût")).toBe("[@Coût]");
    expect(rowRef("_x1")).toBe("[@_x1]");
    expect(rowRef("Start day")).toBe("[@[Start day]]");
    expect(rowRef("One-off cost")).toBe("[@[One-off cost]]");
    expect(rowRef("1st")).toBe("[@[1st]]");
    expect(rowRef("Cost #")).toBe("[@[Cost '#]]");
    expect(rowRef("#Items")).toBe("[@['#Items]]");
    expect(rowRef("[x]")).toBe("[@['[x']]]");
    expect(rowRef("O'Brien")).toBe("[@[O''Brien]]");
    expect(rowRef("Total $")).toBe("[@[Total $]]");
    // Excel wants the header bracketed when it holds a period, as for , : and the other special characters.
    expect(rowRef("Ratio.2")).toBe("[@[Ratio.2]]");
  });
});

// ------------------------------------------------------------------------------------ writing the plan

describe("writing the plan into the workbook", () => {
  it("creates the tables on the add-in's sheet and says what it wrote", async () => {
    const workbook = new MemoryWorkbook();
    const report = await writePlan(workbook, computed(), "en");
    expect(report.written).toEqual([
      { name: "CSMKit_Audit", sheet: "CSM Kit plan", rows: 4 },
      { name: "CSMKit_RoadmapStart", sheet: "CSM Kit plan", rows: 1 },
      { name: "CSMKit_Roadmap", sheet: "CSM Kit plan", rows: 1 },
      { name: "CSMKit_Capacity", sheet: "CSM Kit plan", rows: 1 },
      { name: "CSMKit_Calculations", sheet: "CSM Kit plan", rows: 1 },
    ]);
    expect(report.refused).toEqual([]);
    expect(report.chartsSkipped).toBe(false);
    expect(report.message.en).toBe(
      'Written to the sheet "CSM Kit plan": 4 actions with their scores and decisions, the roadmap (1 solution), the capacity, 1 calculation.',
    );
    expect(report.message.fr).toBe(
      "Écrit dans la feuille « CSM Kit plan » : 4 actions avec leurs notes et décisions, la feuille de route (1 solution), la capacité, 1 calcul.",
    );
    expect(workbook.sheetNames()).toEqual(["CSM Kit plan"]);
    const tables = await workbook.listTables();
    expect(tables.map((t) => [t.name, t.sheet, t.owned])).toEqual([
      ["CSMKit_Audit", "CSM Kit plan", true],
      ["CSMKit_RoadmapStart", "CSM Kit plan", true],
      ["CSMKit_Roadmap", "CSM Kit plan", true],
      ["CSMKit_Capacity", "CSM Kit plan", true],
      ["CSMKit_Calculations", "CSM Kit plan", true],
    ]);
    const audit = await workbook.readTable("CSMKit_Audit");
    expect(audit?.rows[0]).toEqual([
      "tickets",
      "Answer tickets",
      "Support",
      5,
      1,
      '=IF(OR([@Time]="",[@Value]=""),"",[@Time]/[@Value])',
      '=IF([@Ratio]="","",IF([@Ratio]<1,"Human",IF([@Ratio]=1,"Arbitrate","Automate")))',
      1,
      '=IF([@Decision]="Human",[@Time],NA())',
      '=IF([@Decision]="Arbitrate",[@Time],NA())',
      '=IF([@Decision]="Automate",[@Time],NA())',
    ]);
  });

  it("updates the same tables in place on a rerun, in the other language and with more rows", async () => {
    const workbook = new MemoryWorkbook();
    await writePlan(workbook, computed(), "en");
    const notebook = createNotebook(notebookKinds);
    notebook.restore(PLAN);
    const items = notebook.snapshot().cells[0]?.inputs.items as readonly Json[];
    notebook.setInput("actions", "items", [...items, { id: "crm", label: "Log calls", stage: "internal" }]);
    const report = await writePlan(workbook, notebook.cells(), "fr");
    expect(report.refused).toEqual([]);
    expect(report.written.map((t) => [t.name, t.rows])).toEqual([
      ["CSMKit_Audit", 5],
      ["CSMKit_RoadmapStart", 1],
      ["CSMKit_Roadmap", 1],
      ["CSMKit_Capacity", 1],
      ["CSMKit_Calculations", 1],
    ]);
    const tables = await workbook.listTables();
    expect(tables).toHaveLength(5);
    expect(workbook.sheetNames()).toEqual(["CSM Kit plan"]);
    expect(tables[0]?.headers.slice(0, 5)).toEqual(["Identifiant", "Action", "Étape", "Temps", "Valeur"]);
    expect((await workbook.readTable("CSMKit_Audit"))?.rows[4]?.slice(0, 5)).toEqual([
      "crm",
      "Log calls",
      "Interne",
      null,
      null,
    ]);
    // One chart each for the audit and the roadmap: a rerun replaces them, never a second copy.
    const sheet = workbook.contents().sheets[0];
    expect(sheet?.tables.map((t) => t.charts.map((c) => c.name))).toEqual([
      ["CSMKit_Matrix"],
      [],
      ["CSMKit_Timeline"],
      [],
      [],
    ]);
  });

  it("refuses to write over a user's table of the same name and writes the others", async () => {
    const workbook = new MemoryWorkbook();
    const mine = {
      name: "CSMKit_Audit",
      sheet: "Mine",
      headers: ["Action", "Owner"],
      rows: [["Renewals", "Léa"]],
    };
    workbook.addUserTable(mine);
    const before = await workbook.readTable("CSMKit_Audit");
    const report = await writePlan(workbook, computed(), "en");
    expect(report.refused).toEqual([
      {
        name: "CSMKit_Audit",
        reason: {
          en: `The table "CSMKit_Audit" is yours, not CSM Kit's, so CSM Kit will not change it. Choose another name in CSM Kit, or rename or delete your table, then run again.`,
          fr: "Le tableau « CSMKit_Audit » vous appartient et non à CSM Kit, qui ne le modifiera pas. Choisissez un autre nom dans CSM Kit, ou renommez ou supprimez votre élément, puis relancez.",
        },
      },
    ]);
    expect(report.written.map((t) => t.name)).toEqual([
      "CSMKit_RoadmapStart",
      "CSMKit_Roadmap",
      "CSMKit_Capacity",
      "CSMKit_Calculations",
    ]);
    expect(report.message.en).toBe(
      'Written to the sheet "CSM Kit plan": the roadmap (1 solution), the capacity, 1 calculation. ' +
        `CSMKit_Audit not written: The table "CSMKit_Audit" is yours, not CSM Kit's, so CSM Kit will not change it. Choose another name in CSM Kit, or rename or delete your table, then run again.`,
    );
    expect(await workbook.readTable("CSMKit_Audit")).toEqual(before);
    expect(before).toEqual({
      name: "CSMKit_Audit",
      sheet: "Mine",
      headers: ["Action", "Owner"],
      rowCount: 1,
      owned: false,
      rows: [["Renewals", "Léa"]],
    });
  });

  it("says there is nothing to write for an empty plan, and writes nothing", async () => {
    const workbook = new MemoryWorkbook();
    const report = await writePlan(workbook, [], "en");
    expect(report).toEqual({
      written: [],
      refused: [],
      chartsSkipped: false,
      textsChanged: 0,
      message: {
        en: "Nothing to write yet: add actions or a portfolio first.",
        fr: "Rien à écrire pour l'instant : ajoutez d'abord des actions ou un portefeuille.",
      },
      results: {},
    });
    expect(workbook.sheetNames()).toEqual([]);
  });

  it("writes nothing for a new plan without actions, but empties tables it wrote before", async () => {
    const workbook = new MemoryWorkbook();
    const empty = await writePlan(workbook, computed(starterPlan("2026-02-01")), "en");
    expect(empty.written).toEqual([]);
    expect(empty.message.en).toBe("Nothing to write yet: add actions or a portfolio first.");
    expect(await workbook.listTables()).toEqual([]);

    await writePlan(workbook, computed(), "en");
    const emptied = await writePlan(workbook, computed(starterPlan("2026-02-01")), "en");
    // The capacity waits for the accounts: its figures are written blank.
    expect(emptied.written).toEqual([
      { name: "CSMKit_Audit", sheet: "CSM Kit plan", rows: 0 },
      { name: "CSMKit_RoadmapStart", sheet: "CSM Kit plan", rows: 1 },
      { name: "CSMKit_Roadmap", sheet: "CSM Kit plan", rows: 0 },
      { name: "CSMKit_Capacity", sheet: "CSM Kit plan", rows: 1 },
    ]);
  });
});

// ------------------------------------------------------------------------------------ reading actions back

describe("reading actions back from a table", () => {
  it("reads back what the plan wrote: ids, labels, stage keys and scores, in either language", async () => {
    const expected = {
      items: [
        { id: "tickets", label: "Answer tickets", stage: "support" },
        { id: "kickoff", label: "Kick-off meeting", stage: "onboarding" },
        { id: "sync", label: "Partner sync", stage: "Partners" },
        { id: "deck", label: "Build the deck", stage: "review" },
      ],
      scores: {
        tickets: { time: 5, value: 1 },
        kickoff: { time: 3, value: 5 },
        sync: { time: 2, value: 2 },
        deck: { time: 4, value: null },
      },
      problems: [],
    };
    for (const language of ["en", "fr"] as const) {
      const workbook = new MemoryWorkbook();
      await writePlan(workbook, computed(), language);
      expect(await readWorkbookActions(workbook, "CSMKit_Audit")).toEqual(expected);
    }
  });

  it("reads a score the person changed in Excel", async () => {
    const workbook = new MemoryWorkbook();
    await writePlan(workbook, computed(), "fr");
    const table = await workbook.readTable("CSMKit_Audit");
    if (table === undefined) throw new Error("the audit was not written");
    // The person gives deck a value of 2 and lowers tickets' time to "3" (typed as text).
    const rows = table.rows.map((row): CellValue[] =>
      row[0] === "deck"
        ? row.map((cell, i) => (i === 4 ? 2 : cell))
        : row[0] === "tickets"
          ? row.map((cell, i) => (i === 3 ? "3" : cell))
          : [...row],
    );
    const read = readActionsTable({ ...table, rows });
    expect(read.problems).toEqual([]);
    expect(read.scores).toEqual({
      tickets: { time: 3, value: 1 },
      kickoff: { time: 3, value: 5 },
      sync: { time: 2, value: 2 },
      deck: { time: 4, value: 2 },
    });
  });

  it("reads a user's table with French headers, and maps stage labels back to the library's keys", async () => {
    // The library's labels: onboarding is "Onboarding" in both languages, training is "Formation".
    expect(STAGE_LABELS.onboarding).toEqual({ en: "Onboarding", fr: "Onboarding" });
    expect(STAGE_LABELS.training.fr).toBe("Formation");
    const workbook = new MemoryWorkbook();
    workbook.addUserTable({
      name: "MesActions",
      sheet: "Actions",
      headers: ["Étape", "Libellé", "Temps", "Valeur"],
      rows: [
        ["Onboarding", "Réunion de lancement", 3, 5],
        [" formation ", "Former les admins", 4, 4],
        ["Revue d'activité", "Préparer la revue", 4, 2],
        ["Intégration", "Paramétrer le compte", "4", 4],
        ["Business review", "Réunion de lancement", 2, 1],
      ],
    });
    expect(await readWorkbookActions(workbook, "MesActions")).toEqual({
      items: [
        { id: "reunion-de-lancement", label: "Réunion de lancement", stage: "onboarding" },
        { id: "former-les-admins", label: "Former les admins", stage: "training" },
        { id: "preparer-la-revue", label: "Préparer la revue", stage: "review" },
        // Not a label of the library: kept as a stage of the team's own.
        { id: "parametrer-le-compte", label: "Paramétrer le compte", stage: "Intégration" },
        { id: "reunion-de-lancement-2", label: "Réunion de lancement", stage: "review" },
      ],
      scores: {
        "reunion-de-lancement": { time: 3, value: 5 },
        "former-les-admins": { time: 4, value: 4 },
        "preparer-la-revue": { time: 4, value: 2 },
        "parametrer-le-compte": { time: 4, value: 4 },
        "reunion-de-lancement-2": { time: 2, value: 1 },
      },
      problems: [],
    });
  });

  it("finds columns by their headers in either language, ignoring case and accents", () => {
    expect(findColumns(["Identifiant", "Tâche", "ÉTAPE", "temps (1-5)", "Valeur (1-5)"])).toEqual({
      id: 0,
      action: 1,
      stage: 2,
      time: 3,
      value: 4,
    });
    expect(findColumns(["Ratio", "Time if Human", "Priority"])).toEqual({
      id: undefined,
      action: undefined,
      stage: undefined,
      time: undefined,
      value: undefined,
    });
  });

  it("says what it could not take, row by row, and skips blank rows", () => {
    const read = readActionsTable({
      name: "Mine",
      headers: ["Id", "Action", "Time", "Value"],
      rows: [
        ["a", "Answer tickets", 5, 1],
        [null, "", 3, 3],
        ["a", "Again", 2, 2],
        [null, null, null, null],
        ["", "", null, ""],
        ["b", "Zero", 0, 6],
        ["c", "Half", 2.5, "high"],
        ["d", "Yes", true, " 2 "],
      ],
    });
    expect(read.items).toEqual([
      { id: "a", label: "Answer tickets", stage: "" },
      { id: "b", label: "Zero", stage: "" },
      { id: "c", label: "Half", stage: "" },
      { id: "d", label: "Yes", stage: "" },
    ]);
    expect(read.scores).toEqual({
      a: { time: 5, value: 1 },
      b: { time: null, value: null },
      c: { time: null, value: null },
      d: { time: null, value: 2 },
    });
    expect(read.problems.map((p) => p.en)).toEqual([
      "Row 2: no action label; the row is left out.",
      'Row 3: the id "a" is already used by an earlier row; the row is left out.',
      "Row 6 (Zero), time: expected a whole number from 1 to 5, got 0; left unscored.",
      "Row 6 (Zero), value: expected a whole number from 1 to 5, got 6; left unscored.",
      "Row 7 (Half), time: expected a whole number from 1 to 5, got 2.5; left unscored.",
      'Row 7 (Half), value: expected a whole number from 1 to 5, got "high"; left unscored.',
      "Row 8 (Yes), time: expected a whole number from 1 to 5, got true; left unscored.",
    ]);
    expect(read.problems[0]?.fr).toBe("Ligne 2 : pas de libellé d'action ; la ligne est ignorée.");
  });

  it("needs an Action column, reads no scores without score columns, and says when the table is gone", async () => {
    expect(
      readActionsTable({ name: "Accounts", headers: ["Client", "ARR"], rows: [["Acme", 1200]] }),
    ).toEqual({
      items: [],
      scores: {},
      problems: [
        {
          en: 'The table "Accounts" has no Action column (also read: Label, Libellé, Task); rename the column that holds the actions.',
          fr: "Le tableau « Accounts » n'a pas de colonne Action (lues aussi : Label, Libellé, Tâche) ; renommez la colonne qui contient les actions.",
        },
      ],
    });
    expect(readActionsTable({ name: "Labels", headers: ["Label"], rows: [["Tickets"]] })).toEqual({
      items: [{ id: "tickets", label: "Tickets", stage: "" }],
      scores: {},
      problems: [],
    });
    expect((await readWorkbookActions(new MemoryWorkbook(), "Gone")).problems).toEqual([
      {
        en: 'There is no table "Gone" in the workbook any more; pick another.',
        fr: "Il n'y a plus de tableau « Gone » dans le classeur ; choisissez-en un autre.",
      },
    ]);
  });
});
