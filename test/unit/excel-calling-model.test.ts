// The calling-convention model itself (test/support/excel-calls.ts), on a few stand-in functions: each rule of
// how Excel calls a custom function, checked with a function that shows what it received.
import { describe, expect, it } from "vitest";
import {
  array,
  arrayColumn,
  emptyCell,
  ExcelCalls,
  NA,
  omitted,
  ref,
  refColumn,
  value,
  type Metadata,
} from "../support/excel-calls";

const BUNDLE = `
  globalThis.calls = 0;
  const seen = (x) => (x === null ? "null" : typeof x === "object" && !Array.isArray(x) ? "error " + x.code : JSON.stringify(x));
  CustomFunctions.associate("ADD", (a, b) => a + b);
  CustomFunctions.associate("SEEN", (x) => { globalThis.calls++; return seen(x); });
  CustomFunctions.associate("SEEN_MATRIX", (m, o) => seen(m) + " | " + seen(o));
  CustomFunctions.associate("ARGS", (...args) => args.length + " " + JSON.stringify(args[args.length - 1]));
  CustomFunctions.associate("CALLS", () => globalThis.calls);
  CustomFunctions.associate("GRID", () => [[1, null], [2, 3]]);
  CustomFunctions.associate("THROWS", (what) => {
    if (what === "ref") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference, "r");
    if (what === "num") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "hidden");
    if (what === "value") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "shown");
    throw new Error("boom");
  });
  CustomFunctions.associate("LANGUAGE", () => Office.context.displayLanguage);
`;

const scalar = (name: string, optional = false) => ({ name, type: "any", ...(optional ? { optional } : {}) });
const matrix = (name: string, optional = false) => ({
  ...scalar(name, optional),
  dimensionality: "matrix" as const,
});

const METADATA: Metadata = {
  allowErrorForDataTypeAny: true,
  functions: [
    { id: "ADD", name: "ADD", parameters: [scalar("a"), scalar("b")] },
    { id: "SEEN", name: "SEEN", parameters: [scalar("x", true)] },
    { id: "SEEN_MATRIX", name: "SEEN_MATRIX", parameters: [matrix("m"), matrix("o", true)] },
    { id: "ARGS", name: "ARGS", parameters: [scalar("a"), scalar("b", true)] },
    { id: "CALLS", name: "CALLS", parameters: [] },
    { id: "GRID", name: "GRID", parameters: [], result: { dimensionality: "matrix" } },
    { id: "THROWS", name: "THROWS", parameters: [scalar("what")] },
    { id: "LANGUAGE", name: "LANGUAGE", parameters: [] },
  ],
};

const excel = () => new ExcelCalls(METADATA, BUNDLE);

describe("the calling-convention model", () => {
  it("lifts scalar parameters over ranges, stretching a single row or column", () => {
    expect(excel().call("ADD", [arrayColumn(1, 2), array([[10, 20]])], "web")).toEqual([
      [11, 21],
      [12, 22],
    ]);
  });

  it("gives #N/A where a lifted argument is shorter than the spill", () => {
    expect(excel().call("ADD", [arrayColumn(1, 2, 3), arrayColumn(10, 20)], "web")).toEqual([
      [11],
      [22],
      [{ error: "#N/A" }],
    ]);
  });

  it("passes an empty referenced cell to a scalar parameter as null on the web, 0 on desktop, text on emptyText", () => {
    const calls = excel();
    expect(calls.cell("SEEN", [emptyCell], "web")).toBe("null");
    expect(calls.cell("SEEN", [emptyCell], "desktop")).toBe("0");
    expect(calls.cell("SEEN", [emptyCell], "emptyText")).toBe('""');
  });

  it("passes empty cells as null to a required matrix parameter on desktop, and as 0 to an optional one", () => {
    expect(excel().cell("SEEN_MATRIX", [refColumn(1, null), refColumn(null)], "desktop")).toBe(
      "[[1],[null]] | [[0]]",
    );
  });

  it("passes one value to a matrix parameter as a 1 × 1 matrix, and an omitted argument as null", () => {
    expect(excel().cell("SEEN_MATRIX", [value(7), omitted], "web")).toBe("[[7]] | null");
  });

  it("passes the invocation as the last argument, after null for each omitted one", () => {
    expect(excel().cell("ARGS", [value(1)], "web")).toBe('3 {"functionName":"ARGS"}');
  });

  it("never calls the function with an error input unless allowErrorForDataTypeAny is set", () => {
    const strict = excel().withMetadata((m) => ({ ...m, allowErrorForDataTypeAny: false }));
    expect(strict.cell("SEEN", [ref([[NA]])], "web")).toEqual({ error: "#N/A" });
    expect(strict.cell("CALLS", [], "web")).toBe(0);
    expect(strict.call("SEEN_MATRIX", [refColumn(1, NA)], "web")).toEqual([[{ error: "#N/A" }]]);
    expect(excel().cell("SEEN", [ref([[NA]])], "web")).toBe("error #N/A");
  });

  it("shows null in a returned matrix as 0", () => {
    expect(excel().call("GRID", [], "web")).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  it("shows #CALC! where a lifted call returns more than one value", () => {
    const lifted = excel().withMetadata((m) => ({
      ...m,
      functions: m.functions.map((f) => (f.id === "GRID" ? { ...f, parameters: [scalar("x")] } : f)),
    }));
    expect(lifted.call("GRID", [arrayColumn(1, 2)], "web")).toEqual([
      [{ error: "#CALC!" }],
      [{ error: "#CALC!" }],
    ]);
  });

  it("shows thrown errors as Excel does: input-only codes as #VALUE!, messages only on #VALUE! and #N/A", () => {
    const calls = excel();
    expect(calls.cell("THROWS", [value("ref")], "web")).toEqual({ error: "#VALUE!" });
    expect(calls.cell("THROWS", [value("num")], "web")).toEqual({ error: "#NUM!" });
    expect(calls.cell("THROWS", [value("value")], "web")).toEqual({ error: "#VALUE!", message: "shown" });
    expect(calls.cell("THROWS", [value("other")], "web")).toEqual({ error: "#VALUE!" });
  });

  it("runs the functions in an Excel of the language asked for", () => {
    expect(excel().cell("LANGUAGE", [], "web", "fr-FR")).toBe("fr-FR");
  });

  it("shows #NAME? for a function that functions.json does not declare", () => {
    expect(excel().cell("MISSING", [], "web")).toEqual({ error: "#NAME?" });
  });
});
