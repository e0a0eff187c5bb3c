// The metrics at their edges, computed in each test and worked by hand: ranges laid out as Excel may pass
// them, blanks in each of their forms, amounts at the limits of what a number can hold, and the full words of
// the messages (what was found, and what to type instead).
import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { customerSatisfactionScore } from "../../functions/csat/csat";
import { pulsePoints, rescale } from "../../functions/health/components";
import { churnRate } from "../../functions/churn/churn";
import { journeyDays } from "../../functions/journey/journey-days";
import { mrrMovements } from "../../functions/movements/mrr-movements";
import { quickRatio } from "../../functions/movements/quick-ratio";
import { monthlyRecurringRevenue } from "../../functions/mrr/mrr";

const col = (...values: unknown[]) => values.map((value) => [value]);
const codeOf = (value: unknown) => (value instanceof ExcelError ? value.code : value);
const messageOf = (value: unknown) => (value as ExcelError).message;

describe("CSM.MRR_MOVEMENTS", () => {
  it("reads flat lists, as callers outside Excel pass them, as columns", () => {
    // Customers (100 → 120) and (50 → 0): expansion 20, churned 50.
    expect(mrrMovements([100, 50], [120, 0])).toEqual([[0, 20, 0, 50]]);
  });

  it("reads a block of several columns customer by customer, row by row", () => {
    // Customers (100 → 120) and (50 → 0): expansion 20, churned 50.
    expect(mrrMovements([[100, 50]], [[120, 0]])).toEqual([[0, 20, 0, 50]]);
  });

  it("refuses an end column longer than the start column, and rows of different widths", () => {
    expect(codeOf(mrrMovements(col(1), col(1, 2)))).toBe("#VALUE!");
    expect(messageOf(mrrMovements([[100]], [[120, 5]]))?.en).toBe(
      "start_mrr (1 × 1) and end_mrr (1 × 2) must have the same shape.",
    );
    expect(codeOf(mrrMovements([[100, 5]], [[120]]))).toBe("#VALUE!");
  });

  it("gives #N/A, in both languages, when every row is blank on both sides, whatever the blank", () => {
    expect(mrrMovements(col(null, undefined, ""), col(undefined, "", null))).toEqual(
      new ExcelError("#N/A", {
        en: "start_mrr and end_mrr are blank on every row.",
        fr: "mrr_début et mrr_fin sont vides sur toutes les lignes.",
      }),
    );
  });

  it("reads a blank start of any form as a new customer", () => {
    expect(mrrMovements(col(null, undefined, ""), col(10, 20, 30))).toEqual([[60, 0, 0, 0]]);
  });

  it("gives #NUM! for an infinite start, also where only customers are counted", () => {
    expect(codeOf(churnRate(col(Infinity, 10), col(1, 0), null))).toBe("#NUM!");
    expect(codeOf(mrrMovements(col(Infinity), col(1)))).toBe("#NUM!");
  });

  it("gives #NUM! for an infinite end, and for movements that add up beyond the largest number", () => {
    expect(codeOf(mrrMovements(col(1), col(Infinity)))).toBe("#NUM!");
    expect(codeOf(mrrMovements(col(0, 0), col(1e308, 1e308)))).toBe("#NUM!");
  });
});

describe("CSM.MRR with a period per amount", () => {
  it("counts an amount of 0 as an amount", () => {
    // 0 ÷ 1 + 120 ÷ 12 = 10.
    expect(monthlyRecurringRevenue(col(0, 120), col(1, 12))).toBe(10);
  });

  it("gives #NUM! for an infinite amount or period", () => {
    expect(codeOf(monthlyRecurringRevenue(col(Infinity, 1), col(1, 1)))).toBe("#NUM!");
    expect(codeOf(monthlyRecurringRevenue(col(1, 1), col(1, Infinity)))).toBe("#NUM!");
  });

  it("gives #N/A, in both languages, when every amount is blank", () => {
    expect(monthlyRecurringRevenue(col("", null), col(12, 1))).toEqual(
      new ExcelError("#N/A", {
        en: "amounts: every cell is blank, so there is nothing to add up.",
        fr: "montants : toutes les cellules sont vides, il n'y a rien à additionner.",
      }),
    );
  });

  it("refuses rows of different lengths, an error cell of the amounts winning", () => {
    expect(
      messageOf(
        monthlyRecurringRevenue(
          [[1, 2], [3]],
          [
            [1, 1],
            [1, 1],
          ],
        ),
      )?.en,
    ).toBe("amounts (2 × 2) and period_months (2 × 2) must have the same shape.");
    expect(codeOf(monthlyRecurringRevenue(col({ code: "#REF!" }, 1, 2), col(1, 1)))).toBe("#REF!");
  });
});

describe("CSM.QUICK_RATIO", () => {
  it("reads the row of four movements only when the other three arguments are blank", () => {
    expect(quickRatio([[30, 20, 15, 10]], null, 0, "")).toBe(2);
    expect(messageOf(quickRatio([[30, 20, 15, 10]], 5, null, null))?.en).toBe(
      "new_mrr takes one value, not a range of 4 cells.",
    );
  });

  it("refuses a row of another length than four", () => {
    expect(messageOf(quickRatio([[30, 20]], null, null, null))?.en).toBe(
      "new_mrr takes one value, not a range of 2 cells.",
    );
  });
});

describe("CSM.CSAT's messages", () => {
  it("say what the scores and the threshold should be on the scale in use", () => {
    expect(messageOf(customerSatisfactionScore(col("great"), null, null))).toEqual({
      en: 'scores: row 1, column 1 holds the text "great"; expected whole numbers from 1 to 5.',
      fr: "notes : la ligne 1, colonne 1 contient le texte « great » ; attendu : des nombres entiers de 1 à 5.",
    });
    expect(messageOf(customerSatisfactionScore(col(9), 10, "top"))).toEqual({
      en: 'satisfied_min holds the text "top"; expected a whole number from 0 to 10.',
      fr: "satisfait_min contient le texte « top » ; attendu : un nombre entier de 0 à 10.",
    });
  });

  it("say only that scores are whole numbers when the scale is out of range", () => {
    // A scale of 200 is #NUM!; text among the scores outranks it with #VALUE!, on no particular scale.
    expect(messageOf(customerSatisfactionScore(col("great"), 200, null))).toEqual({
      en: 'scores: row 1, column 1 holds the text "great"; expected whole numbers.',
      fr: "notes : la ligne 1, colonne 1 contient le texte « great » ; attendu : des nombres entiers.",
    });
  });

  it("refuse answers and thresholds that are not whole numbers", () => {
    expect(codeOf(customerSatisfactionScore(col(4.5, 5), null, null))).toBe("#NUM!");
    expect(codeOf(customerSatisfactionScore(col(4, 5), null, 3.5))).toBe("#NUM!");
  });
});

describe("CSM.JOURNEY_DAYS", () => {
  it("counts 0 days for two milestones on the same day", () => {
    expect(journeyDays(col(45000, 45000), col(45000, 45010), "max")).toEqual([[10]]);
    expect(journeyDays(col(45000), col(45000), null)).toEqual([[0]]);
  });

  it("gives #N/A for ranges without cells", () => {
    for (const empty of [[], [[]]])
      expect(messageOf(journeyDays(empty, empty, null))?.en).toBe(
        "The range is empty: there is nothing to compute.",
      );
  });

  it("names the column where no account reached both milestones, in both languages", () => {
    const [[first, second]] = journeyDays([[45000, ""]], [[45010, 45020]], null) as unknown[][] as [
      unknown[],
    ];
    expect(first).toBe(10);
    expect(messageOf(second)).toEqual({
      en: "No account has reached both milestones of column 2.",
      fr: "Aucun compte n'a atteint les deux jalons de la colonne 2.",
    });
  });

  it("passes an error cell through even after a text in the same column", () => {
    expect(
      codeOf((journeyDays(col("soon", 45000), col(45010, { code: "#N/A" }), null) as unknown[][])[0]?.[0]),
    ).toBe("#N/A");
  });
});

describe("CSM.PULSE and CSM.SCALE", () => {
  it("quote an unknown pulse shortened to 20 characters", () => {
    const [[error]] = pulsePoints([["Healthy but worrying lately"]]) as unknown[][] as [unknown[]];
    expect(messageOf(error)?.en).toBe(
      'pulse: "Healthy but worrying…" is not a pulse; use "Poor", "Concerning", "Healthy" (or in French "Mauvais", "Préoccupant", "Sain").',
    );
    const [[short]] = pulsePoints([["Healthy but worrying"]]) as unknown[][] as [unknown[]];
    expect(messageOf(short)?.fr).toBe(
      "pulse : « Healthy but worrying » n'est pas un pulse ; utilisez « Mauvais », « Préoccupant », « Sain » (ou en anglais « Poor », « Concerning », « Healthy »).",
    );
  });

  it("gives #NUM! in every cell when min and max are too far apart to compute", () => {
    expect((rescale(col(0, 5), -1e308, 1e308) as unknown[][]).map((row) => codeOf(row[0]))).toEqual([
      "#NUM!",
      "#NUM!",
    ]);
  });

  it("say what min, max and a value should be", () => {
    const first = (spill: unknown) => (spill as unknown[][])[0]?.[0];
    expect(messageOf(first(rescale(5, "low", 10)))?.en).toBe('min holds the text "low"; expected a number.');
    expect(messageOf(first(rescale(5, 0, "high")))?.fr).toBe(
      "max contient le texte « high » ; attendu : un nombre.",
    );
    expect(messageOf(first(rescale(col("x"), 0, 10)))?.en).toBe(
      'value: row 1, column 1 holds the text "x"; expected a number.',
    );
  });
});
