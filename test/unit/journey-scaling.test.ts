import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { accountAlerts, alertText, DEFAULT_THRESHOLDS } from "../../functions/health/alerts";
import { journeyDays } from "../../functions/journey/journey-days";
import { csmsNeeded, scaleDecision, scaleRatio } from "../../functions/scaling/scaling";
import { codeOf } from "../support/cells";

/** Excel's date serial of a calendar date (days since 1899-12-30), computed independently of the code. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("CSM.JOURNEY_DAYS", () => {
  // Contract signed → first CSM contact, four accounts; the last has not been contacted yet.
  const signed = ["2026-01-05", "2026-02-01", "2026-02-10", "2026-03-01"].map((d) => [serial(d)]);
  const contacted = ["2026-01-12", "2026-02-21", "2026-02-13", ""].map((d) => [d ? serial(d) : ""]);

  it("gives the median days over the accounts that reached both milestones", () => {
    // 7, 20 and 3 days: median 7, mean 10, max 20.
    expect(journeyDays(signed, contacted, null)).toEqual([[7]]);
    expect(journeyDays(signed, contacted, "mean")).toEqual([[10]]);
    expect(journeyDays(signed, contacted, "MAX")).toEqual([[20]]);
    expect(journeyDays(signed, contacted, "Moyenne")).toEqual([[10]]);
  });

  it("takes the median of an even count as the mean of the middle two", () => {
    expect(journeyDays([[0], [0], [0], [0]], [[1], [2], [10], [30]], null)).toEqual([[6]]);
  });

  it("computes each pair of milestones in its own column, #NUM! only where a milestone came first", () => {
    const from = [
      [100, 110],
      [200, 230],
    ];
    const to = [
      [110, 105],
      [230, 260],
    ];
    const [[first, second]] = journeyDays(from, to, "median") as unknown[][] as [unknown[]];
    expect(first).toBe(20);
    expect(codeOf(second)).toBe("#NUM!");
  });

  it("gives #N/A when no account reached both milestones, #VALUE! for text and shapes, and unknown statistics", () => {
    expect(codeOf((journeyDays([[1], [""]], [[""], [5]], null) as unknown[][])[0]?.[0])).toBe("#N/A");
    expect(codeOf((journeyDays([["soon"]], [[5]], null) as unknown[][])[0]?.[0])).toBe("#VALUE!");
    expect(codeOf(journeyDays([[1], [2]], [[3]], null))).toBe("#VALUE!");
    expect(codeOf(journeyDays([[1]], [[3]], "mode"))).toBe("#VALUE!");
    expect(codeOf((journeyDays([[{ code: "#REF!" }]], [["x"]], null) as unknown[][])[0]?.[0])).toBe("#REF!");
  });

  it("passes an error value in the dates through before a bad statistic", () => {
    expect(codeOf(journeyDays([[45000], [{ code: "#REF!" }]], [[45007], [45010]], "mode"))).toBe("#REF!");
    expect(codeOf(journeyDays([[45000]], [[{ code: "#N/A" }]], "mode"))).toBe("#N/A");
  });

  it("reads a statistic of 0, an empty cell on Windows desktop, as the median", () => {
    expect(journeyDays(signed, contacted, 0)).toEqual([[7]]);
  });
});

describe("CSM.SCALE_RATIO and CSM.SCALE_DECISION", () => {
  it("divides time by value element-wise and keeps the range's shape", () => {
    expect(
      scaleRatio(
        [
          [1, 5],
          [3, 4],
        ],
        [
          [4, 1],
          [3, 2],
        ],
      ),
    ).toEqual([
      [0.25, 5],
      [1, 2],
    ]);
  });

  it("decides Human below 1, Arbitrate at 1, Automate above, as the scaling audit says, the same words in every language", () => {
    expect(scaleDecision([[1], [3], [5]], [[2], [3], [4]])).toEqual([["Human"], ["Arbitrate"], ["Automate"]]);
  });

  it("requires whole numbers 1–5: #NUM! otherwise, #VALUE! for text, in that cell only", () => {
    const result = scaleRatio([[0], [2.5], [6], ["lots"], [2]], [[1], [1], [1], [1], [2]]) as unknown[][];
    expect(result.map((row) => codeOf(row[0]))).toEqual(["#NUM!", "#NUM!", "#NUM!", "#VALUE!", 1]);
  });

  it("leaves an empty line blank, gives #N/A naming the missing score, and #VALUE! for different shapes", () => {
    const result = scaleDecision([[""], [3], [""]], [[""], [""], [2]]) as unknown[][];
    expect(result[0]).toEqual([""]);
    expect((result[1]?.[0] as ExcelError).message?.en).toBe(
      "value: row 2, column 1 is blank; both values of the pair are needed.",
    );
    expect(codeOf(result[2]?.[0])).toBe("#N/A");
    expect(codeOf(scaleRatio([[1, 2]], [[1], [2]]))).toBe("#VALUE!");
  });
});

describe("CSM.CSMS_NEEDED", () => {
  it("gives 15 CSMs for $30M ARR at 1 CSM per $2M (Gainsight's rule of thumb)", () => {
    expect(csmsNeeded([[30_000_000]], [[2_000_000]])).toBe(15);
  });

  it("adds the workload of each tier over its capacity, not rounded", () => {
    // 12 strategic accounts at 10 per CSM, 60 at 40, 400 at 200: 1.2 + 1.5 + 2.
    expect(csmsNeeded([[12], [60], [400]], [[10], [40], [200]])).toBeCloseTo(4.7, 12);
  });

  it("treats a blank workload as none, and reports missing or zero capacities", () => {
    expect(csmsNeeded([[""], [80]], [[10], [40]])).toBe(2);
    expect(codeOf(csmsNeeded([[10]], [[""]]))).toBe("#N/A");
    expect(codeOf(csmsNeeded([[10]], [[0]]))).toBe("#DIV/0!");
    expect(codeOf(csmsNeeded([[-10]], [[5]]))).toBe("#NUM!");
    expect(codeOf(csmsNeeded([[""]], [[""]]))).toBe("#N/A");
    expect(codeOf(csmsNeeded([[1], [2]], [[1]]))).toBe("#VALUE!");
  });
});

describe("CSM.ALERTS", () => {
  const quiet = {
    adminIdleMonths: 0,
    loginIdleMonths: 0,
    licencesBefore: 50,
    licencesNow: 50,
    modulesOfInterest: [],
    modulesOwned: [],
  };

  it("raises nothing for a healthy account", () => {
    expect(alertText(quiet, DEFAULT_THRESHOLDS, "en")).toBe("");
  });

  it("raises each rule of Elevo's account-health indicators at its threshold: admin idle, no login, licence drop, module interest", () => {
    const limits = { adminMonths: 3, loginMonths: 2, licenceDrop: 0.2 };
    expect(alertText({ ...quiet, adminIdleMonths: 3 }, limits, "en")).toBe("Admin inactive for 3 months");
    expect(alertText({ ...quiet, adminIdleMonths: 2.9 }, limits, "en")).toBe("");
    expect(alertText({ ...quiet, loginIdleMonths: 2 }, limits, "en")).toBe("No login for 2 months");
    // A drop of exactly 20 % is not "more than 20 %"; 21 % is.
    expect(alertText({ ...quiet, licencesBefore: 100, licencesNow: 80 }, limits, "en")).toBe("");
    expect(alertText({ ...quiet, licencesBefore: 100, licencesNow: 79 }, limits, "en")).toBe(
      "Licences down 21 % (100 → 79)",
    );
    expect(
      alertText(
        { ...quiet, modulesOfInterest: ["Payroll", "Reviews"], modulesOwned: ["reviews"] },
        limits,
        "en",
      ),
    ).toBe("Interest in modules not owned: Payroll");
  });

  it("writes French when asked to", () => {
    const all = {
      adminIdleMonths: 4,
      loginIdleMonths: 1.5,
      licencesBefore: 40,
      licencesNow: 30,
      modulesOfInterest: ["Paie"],
      modulesOwned: [],
    };
    expect(alertText(all, DEFAULT_THRESHOLDS, "fr")).toBe(
      "Admin inactif depuis 4 mois ; aucune connexion depuis 1,5 mois ; licences en baisse de 25 % (40 → 30) ; intérêt pour des modules non détenus : Paie",
    );
  });

  it("spills one text per account, reads module lists from each row, and skips blank signals", () => {
    const result = accountAlerts(
      [[0], [5], [""]],
      [[0], [0], [3]],
      [[10], [10], [""]],
      [[10], [10], [2]],
      [["Payroll, Analytics"], [""], [""]],
      [["analytics"], [""], [""]],
      null,
      null,
      null,
      "en",
    );
    expect(result).toEqual([
      ["Interest in modules not owned: Payroll"],
      ["Admin inactive for 5 months"],
      ["No login for 3 months"],
    ]);
  });

  it("reads a single account's modules from any range", () => {
    const result = accountAlerts(
      0,
      0,
      10,
      10,
      [["Payroll"], ["Analytics"]],
      [["Payroll"]],
      null,
      null,
      null,
      "en",
    );
    expect(result).toEqual([["Interest in modules not owned: Analytics"]]);
  });

  it("writes English when the language is omitted, blank or 0, and French for fr, French or français", () => {
    const account = [4, 0, 10, 10, null, null, null, null, null] as const;
    for (const omitted of [null, "", 0])
      expect(accountAlerts(...account, omitted)).toEqual([["Admin inactive for 4 months"]]);
    for (const french of ["fr", "FRENCH", "Français"])
      expect(accountAlerts(...account, french)).toEqual([["Admin inactif depuis 4 mois"]]);
    expect(accountAlerts(...account, "anglais")).toEqual([["Admin inactive for 4 months"]]);
  });

  it("returns #VALUE! listing the languages for an unknown one, after an error value in the signals", () => {
    const german = accountAlerts(4, 0, 10, 10, null, null, null, null, null, "de") as ExcelError;
    expect(german.code).toBe("#VALUE!");
    expect(german.message?.en).toContain('"fr"');
    expect(
      codeOf(accountAlerts([[4], [{ code: "#REF!" }]], 0, 10, 10, null, null, null, null, null, "de")),
    ).toBe("#REF!");
  });

  it("reads thresholds of 0, empty cells on Windows desktop, as the defaults: a quiet account raises nothing", () => {
    // Admin and users active this month, licences down 5 %: below every default threshold.
    expect(accountAlerts(0, 0, 100, 95, null, null, 0, 0, 0, "en")).toEqual([[""]]);
    // The defaults still apply: 2 months of admin inactivity, a 20 % drop.
    expect(accountAlerts(2, 0, 100, 80, null, null, 0, 0, 0, "en")).toEqual([
      ["Admin inactive for 2 months; licences down 20 % (100 → 80)"],
    ]);
  });

  it("flags any licence drop with a small threshold such as 0.001", () => {
    expect(accountAlerts(0, 0, 100, 99, null, null, null, null, 0.001, "en")).toEqual([
      ["Licences down 1 % (100 → 99)"],
    ]);
  });

  it("reads a module cell holding 0, an empty cell on Windows desktop, as blank", () => {
    expect(accountAlerts(0, 0, 10, 10, [["Payroll", 0]], [["Reviews"]], null, null, null, "en")).toEqual([
      ["Interest in modules not owned: Payroll"],
    ]);
  });

  it("reports bad input: thresholds out of range, text in a count, wrong shapes", () => {
    expect(codeOf(accountAlerts(0, 0, 10, 10, null, null, -1, null, null, "en"))).toBe("#NUM!");
    expect(codeOf(accountAlerts(0, 0, 10, 10, null, null, null, null, 1.5, "en"))).toBe("#NUM!");
    const text = accountAlerts(
      [[0], [0]],
      [[0], [0]],
      [[10], ["ten"]],
      [[10], [10]],
      null,
      null,
      null,
      null,
      null,
      "en",
    );
    expect((text as unknown[][]).map((row) => codeOf(row[0]))).toEqual(["", "#VALUE!"]);
    expect(codeOf(accountAlerts([[0], [0]], [[0], [0], [0]], 1, 1, null, null, null, null, null, "en"))).toBe(
      "#VALUE!",
    );
  });
});
