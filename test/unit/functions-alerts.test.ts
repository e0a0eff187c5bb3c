// CSM.ALERTS over several accounts, computed in each test and worked by hand: which signals raise an alert
// and how it reads, one value for all accounts, module lists, and shapes that cannot be read.
import { describe, expect, it } from "vitest";
import { ExcelError } from "../../functions/excel/errors";
import { accountAlerts } from "../../functions/health/alerts";

const col = (...values: unknown[]) => values.map((value) => [value]);
const codeOf = (value: unknown) => (value instanceof ExcelError ? value.code : value);
/** The alerts of accounts given as columns, thresholds and language left to their defaults. */
const alertsOf = (
  admin: unknown,
  login: unknown,
  before: unknown,
  now: unknown,
  interest: unknown = null,
  owned: unknown = null,
  language: unknown = null,
) => accountAlerts(admin, login, before, now, interest, owned, null, null, null, language);

describe("which signals raise an alert", () => {
  it("counts one month in the singular, and a drop to one decimal", () => {
    // Admin idle 2 months (the threshold), no login for 1 month; 3 → 2 licences is a 33.3 % drop.
    expect(alertsOf(2, 1, 3, 2)).toEqual([
      ["Admin inactive for 2 months; no login for 1 month; licences down 33.3 % (3 → 2)"],
    ]);
    expect(alertsOf(2, 1, 3, 2, null, null, "fr")).toEqual([
      ["Admin inactif depuis 2 mois ; aucune connexion depuis 1 mois ; licences en baisse de 33,3 % (3 → 2)"],
    ]);
  });

  it("checks no rule whose signal is blank", () => {
    expect(alertsOf(col(null, 5), col("", null), col(10, null), col(null, 2))).toEqual([
      [""],
      ["Admin inactive for 5 months"],
    ]);
  });

  it("raises no licence alert without both counts, or from no licences at all", () => {
    expect(alertsOf(0, 0, col(10, null, 0, 0), col(null, 3, 0, 5))).toEqual([[""], [""], [""], [""]]);
  });

  it("names each module of interest not owned once, as first written, without stray separators", () => {
    expect(alertsOf(0, 0, 10, 10, [["Reporting ; payroll, reporting,", "CRM"]], [["crm"]])).toEqual([
      ["Interest in modules not owned: Reporting, payroll"],
    ]);
  });
});

describe("module lists", () => {
  it("are joined with commas in French too", () => {
    expect(alertsOf(0, 0, 10, 10, [["Reporting", "Paie"]], null, "fr")).toEqual([
      ["Intérêt pour des modules non détenus : Reporting, Paie"],
    ]);
  });

  it("skip a part of spaces only between separators", () => {
    expect(alertsOf(0, 0, 10, 10, [["Reporting, ,CRM"]], null)).toEqual([
      ["Interest in modules not owned: Reporting, CRM"],
    ]);
  });

  it("read as none when left undefined, as a caller outside Excel may", () => {
    expect(
      accountAlerts(
        col(0, 4),
        col(0, 0),
        col(10, 10),
        col(10, 10),
        undefined,
        undefined,
        null,
        null,
        null,
        null,
      ),
    ).toEqual([[""], ["Admin inactive for 4 months"]]);
  });

  it("raise no interest when only the modules owned are given", () => {
    expect(alertsOf(col(0, 0), col(0, 0), col(10, 10), col(10, 10), null, col("CRM", "BI"))).toEqual([
      [""],
      [""],
    ]);
  });
});

describe("several accounts", () => {
  it("give each account its row, a single value counting for every account", () => {
    // Login idle 5 months for all three accounts; admin idle per account.
    expect(alertsOf(col(0, 3, 1), 5, 10, 10)).toEqual([
      ["No login for 5 months"],
      ["Admin inactive for 3 months; no login for 5 months"],
      ["No login for 5 months"],
    ]);
  });

  it("read no module when the lists are omitted, and each account's own row when they are given", () => {
    expect(alertsOf(col(0, 0), col(0, 0), col(10, 10), col(10, 10))).toEqual([[""], [""]]);
    expect(
      alertsOf(col(0, 0), col(0, 0), col(10, 10), col(10, 10), col("CRM", "BI"), col("crm", null)),
    ).toEqual([[""], ["Interest in modules not owned: BI"]]);
  });

  it("refuse a signal that is not one column with one row per account, in both languages", () => {
    const error = alertsOf(col(0, 0), col(0, 0, 0), col(10, 10, 10), col(10, 10, 10)) as ExcelError;
    expect(error.message).toEqual({
      en: "admin_idle_months (2 × 1) must have one row per account (3), in one column for the numbers.",
      fr: "mois_inactivité_admin (2 × 1) doit avoir une ligne par compte (3), sur une colonne pour les nombres.",
    });
    expect((alertsOf([[0, 1]], 0, 10, 10) as ExcelError).message?.en).toBe(
      "admin_idle_months (1 × 2) must have one row per account (1), in one column for the numbers.",
    );
  });

  it("refuse module lists whose rows are not one per account, naming which list", () => {
    const signals = [col(0, 0, 0), col(0, 0, 0), col(10, 10, 10), col(10, 10, 10)] as const;
    expect(
      (accountAlerts(...signals, col("a", "b"), null, null, null, null, null) as ExcelError).message?.en,
    ).toBe("modules_of_interest (2 × 1) must have one row per account (3), in one column for the numbers.");
    expect(
      (accountAlerts(...signals, null, [["a", "b"]], null, null, null, null) as ExcelError).message?.fr,
    ).toBe("modules_détenus (1 × 2) doit avoir une ligne par compte (3), sur une colonne pour les nombres.");
  });
});

describe("a threshold that cannot be read", () => {
  it("is one error for all accounts, after an error value in any input", () => {
    const bad = (login: unknown) => accountAlerts(0, login, 10, 10, null, null, "often", null, null, null);
    expect(codeOf(bad(0))).toBe("#VALUE!");
    expect(codeOf(bad(col(1, { code: "#N/A" })))).toBe("#N/A");
  });
});
