// CSM.HEALTH and CSM.HEALTH_EXPLAIN at their edges, computed in each test and worked by hand: weights given
// as a row or a column, rows that do not match, blanks in each of their forms, and the exact words.
import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { healthExplain, healthScores } from "../../functions/health/health";

const codeOf = (value: unknown) => (value instanceof ExcelError ? value.code : value);
const firstCells = (spill: unknown) => (spill as unknown[][]).map((row) => codeOf(row[0]));
const messageOf = (value: unknown) => (value as ExcelError).message;

describe("the weights", () => {
  it("are equal when omitted, whether as null or undefined", () => {
    expect(healthScores([[50, 70]], undefined)).toEqual([[60]]);
    expect(healthScores([[64]], null)).toEqual([[64]]);
  });

  it("must be one row or one column: a block of several rows and columns is refused", () => {
    expect(
      messageOf(
        healthScores(
          [[50, 70]],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      ),
    ).toEqual({
      en: "weights must be one row of 2 weights, one per component; it is 2 × 2.",
      fr: "poids doit être une ligne de 2 poids, un par composante ; c'est une plage 2 × 2.",
    });
    expect(messageOf(healthScores([[50]], [[1, 2]]))).toEqual({
      en: "weights must be one row of 1 weight, one per component; it is 1 × 2.",
      fr: "poids doit être une ligne de 1 poids, un par composante ; c'est une plage 1 × 2.",
    });
  });

  it("name the cell of a wrong weight in the row or in the column they were given in", () => {
    expect(messageOf(healthScores([[50, 70]], [[1, "x"]]))?.en).toBe(
      'weights: row 1, column 2 holds the text "x"; expected weights of 0 or more.',
    );
    expect(messageOf(healthScores([[50, 70]], [[1], ["x"]]))?.en).toBe(
      'weights: row 2, column 1 holds the text "x"; expected weights of 0 or more.',
    );
  });

  it("say which component's weight is blank, in both languages", () => {
    expect(messageOf(healthScores([[50, 70, 90]], [[1, 1, ""]]))).toEqual({
      en: "weights: the weight of component 3 is blank; type 0 to leave it out.",
      fr: "poids : le poids de la composante 3 est vide ; tapez 0 pour l'exclure.",
    });
  });
});

describe("the accounts' rows", () => {
  it("read an undefined component as blank", () => {
    expect(healthScores([[80, undefined]], null)).toEqual([[80]]);
  });

  it("give #VALUE! in a row whose length differs from the first row's, in both languages", () => {
    const result = healthScores([[50, 60], [70], 80], null) as unknown[][];
    expect(firstCells(result)).toEqual([55, "#VALUE!", "#VALUE!"]);
    expect(messageOf(result[1]?.[0])).toEqual({
      en: "scores: row 2 has 1 component, the first row 2.",
      fr: "notes : la ligne 2 a 1 composante, la première ligne 2.",
    });
    expect(messageOf(result[2]?.[0])?.en).toBe("scores: row 3 has 1 component, the first row 2.");
  });

  it("count components in the plural from 2, and for 0 in English only, as each language does", () => {
    const result = healthScores([[50], [60, 70], []], null) as unknown[][];
    expect(messageOf(result[1]?.[0])).toEqual({
      en: "scores: row 2 has 2 components, the first row 1.",
      fr: "notes : la ligne 2 a 2 composantes, la première ligne 1.",
    });
    expect(messageOf(result[2]?.[0])).toEqual({
      en: "scores: row 3 has 0 components, the first row 1.",
      fr: "notes : la ligne 3 a 0 composante, la première ligne 1.",
    });
  });

  it("say in French which row is blank", () => {
    const result = healthScores([[50], [""]], null) as unknown[][];
    expect(messageOf(result[1]?.[0])?.fr).toBe(
      "notes : toutes les composantes de la ligne 2 sont vides ; il n'y a pas de note à donner.",
    );
  });
});

describe("CSM.HEALTH_EXPLAIN's checks", () => {
  it("refuses a score outside 0–100 with #NUM!", () => {
    for (const score of [-5, 105])
      expect(codeOf(healthExplain([[score, 50]], null, null, null))).toBe("#NUM!");
  });

  it("names the first text among the scores, even after a score outside 0–100", () => {
    expect(messageOf(healthExplain([["x", "y"]], null, null, null))?.en).toBe(
      'scores: row 1, column 1 holds the text "x"; expected scores from 0 to 100.',
    );
    expect(messageOf(healthExplain([[150, "y"]], null, null, null))?.en).toContain("column 2");
  });

  it("reads an undefined score as a blank component, listed last", () => {
    const table = healthExplain([[undefined, 40]], null, null, null) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(["Component", "Component 2", "Component 1", "Health score"]);
  });

  it("lists components that lose as much in their order", () => {
    const table = healthExplain([[50, 50, 50]], null, null, null) as unknown[][];
    expect(table.map((row) => row[0])).toEqual([
      "Component",
      "Component 1",
      "Component 2",
      "Component 3",
      "Health score",
    ]);
  });

  it("takes one account's row only, in both languages", () => {
    expect(messageOf(healthExplain([[1], [2], [3]], null, null, null))).toEqual({
      en: "scores must be one account's row of components; it has 3 rows.",
      fr: "notes doit être la ligne des composantes d'un seul compte ; elle a 3 lignes.",
    });
    expect(messageOf(healthExplain([], null, null, null))?.fr).toBe(
      "notes doit être la ligne des composantes d'un seul compte ; elle a 0 ligne.",
    );
    expect(messageOf(healthExplain([[1], [2]], null, null, null))?.fr).toBe(
      "notes doit être la ligne des composantes d'un seul compte ; elle a 2 lignes.",
    );
  });

  it("needs one label per component, in both languages, and default labels when they are undefined", () => {
    expect(messageOf(healthExplain([[90, 10]], null, [["a", "b", "c"]], null))).toEqual({
      en: "labels must name the 2 components, one cell each; it has 3 cells.",
      fr: "libellés doit nommer les 2 composantes, une cellule chacune ; il a 3 cellules.",
    });
    expect(messageOf(healthExplain([[90]], null, [["a", "b"]], null))).toEqual({
      en: "labels must name the only component, one cell each; it has 2 cells.",
      fr: "libellés doit nommer l'unique composante, une cellule chacune ; il a 2 cellules.",
    });
    expect(messageOf(healthExplain([[90, 10]], null, [["a"]], null))).toEqual({
      en: "labels must name the 2 components, one cell each; it has 1 cell.",
      fr: "libellés doit nommer les 2 composantes, une cellule chacune ; il a 1 cellule.",
    });
    expect(messageOf(healthExplain([[90, 10]], null, [[]], null))?.fr).toBe(
      "libellés doit nommer les 2 composantes, une cellule chacune ; il a 0 cellule.",
    );
    const table = healthExplain([[90, 10]], null, undefined, null) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(["Component", "Component 2", "Component 1", "Health score"]);
  });

  it("passes an error value among the labels through", () => {
    expect(codeOf(healthExplain([[90, 10]], null, [[{ code: "#N/A" }, "NPS"]], null))).toBe("#N/A");
  });
});
