// The success plan as a CSM uses it with a client: the pace check worked by hand, the first value found by a
// flag whatever the milestone is called, milestones and objectives added inside the tables, the sample
// cleared, and the Plan sheet printed: portrait, few pages, nothing internal on it. Rendered from the spec with
// those rows and recalculated (and printed) by LibreOffice.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { day } from "../../templates/sample";
import { successPlan } from "../../templates/success-plan";
import { convert } from "../support/libreoffice";
import {
  cleared,
  errorCells,
  inserted,
  recalculate,
  withRows,
  type Recalculated,
  type Row,
} from "./template-variants";

const dir = join(__dirname, "../../test-results/success-plan-workbook");

const YES: Bilingual = { en: "Yes", fr: "Oui" };
const NO: Bilingual = { en: "No", fr: "Non" };
const PACE = {
  onTrack: { en: "On track", fr: "En bonne voie" },
  behind: { en: "Behind", fr: "En retard" },
} as const;

/** Half of the way (0 → 100, now 50), due on the renewal date: the "50 % of the way, 76 % of the time". */
const HALF_WAY: Row = {
  objective: { en: "Half way there", fr: "À mi-chemin" },
  indicator: "Index",
  unit: "pts",
  baseline: 0,
  target: 100,
  current: 50,
  due: day(2027, 1, 12),
  owner: "Nadia Benali",
};
const SEVENTY: Row = { ...HALF_WAY, objective: { en: "Seventy", fr: "Soixante-dix" }, current: 70 };

/** A quick win inserted fifth, done on 2026-03-20, that now carries the first-value flag. */
const QUICK_WIN: Row = {
  milestone: { en: "Fewer picking errors", fr: "Moins d'erreurs de préparation" },
  owner: "Nadia Benali",
  due: day(2026, 3, 1),
  actual: day(2026, 3, 20),
  firstValue: YES,
  comment: { en: "Picking errors down 20 %", fr: "Erreurs de préparation −20 %" },
};
const unflagged = (rows: readonly Row[]) => rows.map((row) => ({ ...row, firstValue: NO }));

const VARIANTS = {
  sample: successPlan,
  grown: withRows(successPlan, {
    Milestones: (rows) => inserted(unflagged(rows), 4, QUICK_WIN),
    Objectives: (rows) => inserted(rows, 1, HALF_WAY),
  }),
  behind: withRows(successPlan, { Objectives: () => [HALF_WAY] }),
  onTrack: withRows(successPlan, { Objectives: () => [SEVENTY] }),
  empty: cleared(successPlan),
};

// The sample's dates: start 2026-01-12, renewal 2027-01-12, as of 2026-10-15: 276 of 365 days gone.
const TIME = 276 / 365;

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
  convert(
    LANGUAGES.map((language) => join(dir, `sample.${language}.xlsx`)),
    "pdf",
    join(dir, "pdf"),
  );
});

/** Each page of a PDF: its size and its text. */
function pages(pdf: string): { portrait: boolean; text: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1000", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    portrait: Number(m[2]) < Number(m[3]),
    text: execFileSync("pdftotext", ["-f", m[1] as string, "-l", m[1] as string, "-layout", pdf, "-"], {
      encoding: "utf8",
    }),
  }));
}

describe.each(LANGUAGES)("the success plan (%s)", (language) => {
  const say = (text: Bilingual) => text[language];

  it("calls 50 % of the way with 76 % of the time gone behind, and 70 % on track", () => {
    const behind = book("behind", language);
    expect(behind.named("AverageProgress")).toBeCloseTo(0.5, 12);
    expect(behind.named("TimeElapsed")).toBeCloseTo(TIME, 12);
    // 0.5 < 0.7562 − 0.10 (the pace tolerance): behind.
    expect(behind.named("PlanPace")).toBe(say(PACE.behind));
    expect(behind.named("ObjectivesBehind")).toBe(1);
    expect(behind.named("ObjectivesOnTrack")).toBe(0);
    // 0.7 ≥ 0.6562: on track.
    const onTrack = book("onTrack", language);
    expect(onTrack.named("PlanPace")).toBe(say(PACE.onTrack));
    expect(onTrack.named("ObjectivesOnTrack")).toBe(1);
  });

  it("computes the sample's pace from each objective's own due date", () => {
    const wb = book("sample", language);
    // % of the way: 3/6, 13/17, 1/4, 7/9, 400/3000, 15/15; the 7th objective is not measured yet.
    const way = [3 / 6, 13 / 17, 1 / 4, 7 / 9, 400 / 3000, 1];
    expect(wb.named("AverageProgress")).toBeCloseTo(way.reduce((a, b) => a + b, 0) / 6, 12);
    expect(wb.named("PlanPace")).toBe(say(PACE.behind));
    // Time gone to each due date: 276/365, 276/353, 276/443, 276/353, 276/534; the 6th is achieved.
    // On track: the 2nd (0.765 ≥ 0.682) and the 4th (0.778 ≥ 0.682); behind: the 1st, 3rd and 5th.
    expect(wb.named("ObjectivesOnTrack")).toBe(3);
    expect(wb.named("ObjectivesBehind")).toBe(3);
    expect(wb.named("ObjectivesCount")).toBe(7);
  });

  it("finds the first value by its flag, whatever the milestone is called", () => {
    // The sample flags "Processing time down 15 % in Lyon", done 2026-05-04: 112 days after 2026-01-12.
    expect(book("sample", language).named("DaysToFirstValue")).toBe(112);
    // The flag moved to a milestone inserted in the middle, done 2026-03-20: 67 days.
    expect(book("grown", language).named("DaysToFirstValue")).toBe(67);
  });

  it("counts milestones and objectives added inside the tables", () => {
    const wb = book("grown", language);
    expect(wb.named("MilestonesReached")).toBe(7);
    // Still overdue: the WMS connector, due 2026-10-01, not done at 2026-10-15.
    expect(wb.named("MilestonesOverdue")).toBe(1);
    expect(wb.named("ObjectivesCount")).toBe(8);
    expect(wb.named("ObjectivesBehind")).toBe(4);
    const way = [3 / 6, 13 / 17, 1 / 4, 7 / 9, 400 / 3000, 1, 0.5];
    expect(wb.named("AverageProgress")).toBeCloseTo(way.reduce((a, b) => a + b, 0) / 7, 12);
  });

  it("shows a dash or 0, never an error value, with the sample cleared", () => {
    const wb = book("empty", language);
    expect(errorCells(wb)).toEqual([]);
    expect(wb.named("DaysToFirstValue")).toBe("–");
    expect(wb.named("AverageProgress")).toBe("–");
    expect(wb.named("PlanPace")).toBe("–");
    expect(wb.named("MilestonesReached")).toBe(0);
    expect(wb.named("TimeElapsed")).toBeCloseTo(TIME, 12);
  });

  it("prints the Plan sheet on one portrait page, with nothing internal on it", () => {
    const all = pages(join(dir, "pdf", `sample.${language}.pdf`));
    const plan = all.filter((page) => /^\s*Plan\s+\d+\s*\/\s*\d+\s*$/m.test(page.text));
    expect(plan.length).toBe(1);
    expect(plan.every((page) => page.portrait)).toBe(true);
    const text = plan.map((page) => page.text).join("\n");
    for (const internal of ["Detractor", "Détracteur", "Sponsor may change", "Changement de sponsor"])
      expect(text).not.toContain(internal);
    // Owners on both sides, and every milestone with its status.
    for (const name of ["Nadia Benali", "Claire Moreau", "Camille Roux", "Antoine Lefèvre"])
      expect(text).toContain(name);
    expect(text).toContain(language === "en" ? "Overdue" : "En retard");
  });
});
