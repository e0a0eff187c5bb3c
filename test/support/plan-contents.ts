// What the standalone planner's in-browser workbook might hold, as plain data: two sheets, a table on each
// with a formula column (one of them over headers that need escaping), loose cells, a chart, defined names.
// Used by the .xlsx export's unit test and by its LibreOffice recalculation test.
import type { WorkbookContents } from "../../addin/workbook-contents";

export const PLAN_CONTENTS: WorkbookContents = {
  sheets: [
    {
      name: "Plan",
      tables: [
        {
          name: "Plan",
          row: 1,
          column: 1,
          owned: true,
          columns: [
            { header: "Account" },
            { header: "Time", numberFormat: "0.0" },
            { header: "Value", numberFormat: "#,##0" },
            { header: "Time per value", numberFormat: "0.0%", formula: "=[@Time]/[@Value]" },
          ],
          rows: [
            ["Acme", 12, 48, null],
            ["Globex", 3.5, 9, null],
            ["Initech", 0, 5, null],
            ["=Umbrella", 7.25, 29, null],
          ],
          charts: [
            {
              name: "Time against value",
              kind: "scatter",
              title: "Time against value",
              x: "Value",
              series: [{ name: "Time", column: "Time" }],
            },
          ],
        },
      ],
      cells: [
        { row: 0, column: 0, value: "Q3 plan" },
        { row: 7, column: 1, value: "=not a formula" },
        { row: 7, column: 2, value: 42 },
      ],
    },
    {
      name: "Unit costs",
      tables: [
        {
          name: "Costs",
          row: 2,
          column: 0,
          owned: false,
          columns: [
            { header: "Item" },
            { header: "Hours [est.]" },
            { header: "Rate #", numberFormat: "0.00" },
            { header: "Rate per hour", numberFormat: "0.00", formula: "=[@[Rate '#]]/[@[Hours '[est.']]]" },
          ],
          rows: [
            ["Onboarding", 16, 1200, null],
            ["Review", 3, 310, null],
          ],
          charts: [],
        },
      ],
      cells: [],
    },
  ],
  names: [
    { name: "Target", formula: "=Plan!$C$3" },
    { name: "Share", formula: "=0.25" },
  ],
};
