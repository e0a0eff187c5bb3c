// The Excel adapter's charts against the fake Excel (see fake-excel.ts): which series each chart gets, checked
// against literal addresses, where the charts go, and that they cost no round trip of their own.
import { describe, expect, it } from "vitest";
import type { CellValue, ChartSpec, TableWrite } from "../../addin/workbook-port";
import { FakeExcel, fakeOffice as setup, roundTrips, type FakeChart } from "./fake-excel";
import { rejection } from "../support/workbook";

const HEALTH: ChartSpec = {
  name: "Health map",
  kind: "scatter",
  title: "Health by ARR",
  x: "ARR",
  series: [
    { name: "Healthy", column: "Healthy", colour: "#2E7D32" },
    { name: "At risk", column: "At risk", colour: "#C62828" },
  ],
  axes: { x: "ARR", y: "Health score" },
};

const ONBOARDING: ChartSpec = {
  name: "Onboarding",
  kind: "timeline",
  title: "Onboarding plan",
  x: "Account",
  series: [
    { name: "Start", column: "Start" },
    { name: "Days", column: "Days", colour: "#1F77B4" },
  ],
};

/** Columns A to F: Account, Start, Days, ARR, Healthy, At risk. */
function plan(rowCount: number, charts: readonly ChartSpec[] = [HEALTH, ONBOARDING]): TableWrite {
  const rows: CellValue[][] = Array.from({ length: rowCount }, (_, index) => [
    `Account ${index + 1}`,
    index * 7,
    14,
    1000 + index,
    index % 2 === 0 ? 80 : null,
    index % 2 === 0 ? null : 35,
  ]);
  const columns = ["Account", "Start", "Days", "ARR", "Healthy", "At risk"].map((header) => ({ header }));
  return { name: "Accounts", sheet: "Plan", columns, rows, charts };
}

/** The two charts of {@link plan} as the fake records them, for a table of `rowCount` rows at A1. */
function expectedCharts(rowCount: number): FakeChart[] {
  const last = rowCount + 1;
  return [
    {
      name: "Health map",
      type: "XYScatter",
      title: "Health by ARR",
      position: "Plan!H1:O15",
      series: [
        {
          name: "Healthy",
          values: `Plan!$E$2:$E$${last}`,
          x: `Plan!$D$2:$D$${last}`,
          marker: "#2E7D32",
          markerBorder: "#2E7D32",
        },
        {
          name: "At risk",
          values: `Plan!$F$2:$F$${last}`,
          x: `Plan!$D$2:$D$${last}`,
          marker: "#C62828",
          markerBorder: "#C62828",
        },
      ],
      axes: { x: "ARR", y: "Health score" },
      reversed: false,
    },
    {
      name: "Onboarding",
      type: "BarStacked",
      title: "Onboarding plan",
      position: "Plan!H17:O31",
      series: [
        { name: "Start", values: `Plan!$B$2:$B$${last}`, x: `Plan!$A$2:$A$${last}`, fill: "none" },
        { name: "Days", values: `Plan!$C$2:$C$${last}`, x: `Plan!$A$2:$A$${last}`, fill: "#1F77B4" },
      ],
      axes: {},
      reversed: true,
    },
  ];
}

describe("charts written with a table", () => {
  it("draws each chart from the table's data-body cells, beside the table, one under the other", async () => {
    const { excel, workbook } = setup();
    const info = await workbook.writeTable(plan(10));
    expect(excel.charts("Plan")).toEqual(expectedCharts(10));
    expect(info.chartsSkipped).toBeUndefined();
    expect(excel.table("Accounts")?.address).toBe("Plan!A1:F11");
  });

  it.each([10, 5_000])(
    "creates a %i-row table with 2 charts in 2 round trips, and updates it in 3",
    async (rowCount) => {
      const { excel, workbook } = setup();
      expect(await roundTrips(excel, () => workbook.writeTable(plan(rowCount)))).toBe(2);
      expect(excel.charts("Plan")).toEqual(expectedCharts(rowCount));
      expect(await roundTrips(excel, () => workbook.writeTable(plan(rowCount)))).toBe(3);
      expect(excel.charts("Plan")).toEqual(expectedCharts(rowCount));
    },
  );

  it.each([10, 5_000])(
    "adds a table with a chart to its own sheet in 3 round trips (%i rows)",
    async (rowCount) => {
      const { excel, workbook } = setup();
      await workbook.writeTable(plan(3, []));
      const owners: TableWrite = {
        name: "Owners",
        sheet: "Plan",
        columns: [{ header: "CSM" }, { header: "Start" }, { header: "Days" }],
        rows: Array.from({ length: rowCount }, (_, index) => [`CSM ${index}`, index, 5]),
        charts: [{ ...ONBOARDING, name: "Owners plan", x: "CSM" }],
      };
      expect(await roundTrips(excel, () => workbook.writeTable(owners))).toBe(3);
      expect(excel.table("Owners")?.address).toBe(`Plan!H1:J${rowCount + 1}`);
      const [chart] = excel.charts("Plan");
      expect(chart?.position).toBe("Plan!L1:S15");
      expect(chart?.series.map((series) => [series.values, series.x])).toEqual([
        [`Plan!$I$2:$I$${rowCount + 1}`, `Plan!$H$2:$H$${rowCount + 1}`],
        [`Plan!$J$2:$J$${rowCount + 1}`, `Plan!$H$2:$H$${rowCount + 1}`],
      ]);
    },
  );

  it("replaces its charts on a rerun: one chart per name, following the table's new size and place", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(plan(10));
    await workbook.writeTable(plan(20));
    expect(excel.charts("Plan")).toEqual(expectedCharts(20));
    const narrower = plan(4);
    await workbook.writeTable({
      ...narrower,
      columns: narrower.columns.slice(0, 4),
      rows: narrower.rows.map((row) => row.slice(0, 4)),
      charts: [ONBOARDING],
    });
    const charts = excel.charts("Plan");
    expect(charts.map((chart) => chart.name)).toEqual(["Health map", "Onboarding"]);
    expect(charts[1]?.position).toBe("Plan!F1:M15");
    expect(charts[1]?.series[1]?.values).toBe("Plan!$C$2:$C$5");
  });

  it("leaves a chart of another name on the sheet as it was", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(plan(10));
    await workbook.writeTable(plan(30, [ONBOARDING]));
    const [health, onboarding] = excel.charts("Plan");
    expect(health).toEqual(expectedCharts(10)[0]);
    expect(onboarding?.series[0]?.values).toBe("Plan!$B$2:$B$31");
    expect(excel.charts("Plan")).toHaveLength(2);
  });

  it("never changes the user's cells beside the table, where the charts float", async () => {
    const { excel, workbook } = setup();
    await workbook.writeTable(plan(5, []));
    excel.type("Plan", "H2", [["my notes", 42]]);
    excel.type("Plan", "G20", [["keep"]]);
    await workbook.writeTable(plan(5));
    await workbook.writeTable(plan(5));
    expect(excel.valuesAt("Plan", "G1:I3")).toEqual([
      [null, null, null],
      [null, "my notes", 42],
      [null, null, null],
    ]);
    expect(excel.valuesAt("Plan", "G20")).toEqual([["keep"]]);
    expect(excel.charts("Plan")).toHaveLength(2);
  });
});

describe("the fake's charts", () => {
  it("fail a batch that configures a series the chart was not made with, as Excel does", async () => {
    const excel = new FakeExcel();
    const failed = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Plan");
      const chart = sheet.charts.add("XYScatter", sheet.getRangeByIndexes(1, 1, 10, 1), "Columns");
      chart.series.getItemAt(1).name = "Second";
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.charts("Plan")[0]?.series).toEqual([{ name: "Series1", values: "Plan!$B$2:$B$11" }]);
  });
});

describe("where Excel cannot draw charts", () => {
  it("writes the table without them and says so", async () => {
    const { excel, workbook } = setup({ canDrawCharts: () => false });
    expect(await roundTrips(excel, () => workbook.writeTable(plan(10)))).toBe(2);
    const info = await workbook.writeTable(plan(12));
    expect(info).toEqual({
      name: "Accounts",
      sheet: "Plan",
      headers: ["Account", "Start", "Days", "ARR", "Healthy", "At risk"],
      rowCount: 12,
      owned: true,
      chartsSkipped: true,
    });
    expect(excel.table("Accounts")?.address).toBe("Plan!A1:F13");
    expect(excel.charts("Plan")).toEqual([]);
  });

  it("does not report skipped charts when none were asked for", async () => {
    const { workbook } = setup({ canDrawCharts: () => false });
    expect((await workbook.writeTable(plan(2, []))).chartsSkipped).toBeUndefined();
  });
});

describe("charts Excel would not accept", () => {
  it.each([
    [
      "a column the table does not have",
      { ...HEALTH, name: "Revenue map", x: "Revenue" },
      "invalid-shape",
      'column "Revenue"',
    ],
    ["a name used twice", { ...ONBOARDING, name: "health MAP" }, "invalid-name", "repeated"],
    ["a name with other characters", { ...HEALTH, name: "Health/map" }, "invalid-name", "Health/map"],
    [
      "a timeline without its duration",
      { ...ONBOARDING, series: ONBOARDING.series.slice(0, 1) },
      "invalid-shape",
      "two series",
    ],
    [
      "a colour not written #RRGGBB",
      { ...HEALTH, name: "All", series: [{ name: "All", column: "ARR", colour: "green" }] },
      "invalid-shape",
      '"green"',
    ],
  ] as const)("refuses %s before writing anything", async (_, chart, reason, quoted) => {
    const { excel, workbook } = setup();
    const error = await rejection(workbook.writeTable(plan(3, [HEALTH, chart])));
    expect(error.reason).toBe(reason);
    expect(error.text.en).toContain(quoted);
    expect(error.text.fr.length).toBeGreaterThan(0);
    expect(excel.sheets).toHaveLength(0);
    expect(excel.syncs).toBe(0);
  });
});
