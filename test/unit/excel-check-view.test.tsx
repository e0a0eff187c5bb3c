// @vitest-environment jsdom
import "../support/jsdom-pane";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { reportText, type ExcelCheckResult } from "../../addin/excel-check-report";
import type { HostConnection } from "../../addin/host-connection";
import { ExcelCheckView } from "../../taskpane/features/excel-check/excel-check-view";
import { FunctionsView } from "../../taskpane/features/functions/functions-view";
import { STRINGS } from "../../taskpane/i18n/strings";

const EXCEL: HostConnection = { kind: "excel", language: "fr-FR" };

/** What the check finds in a Windows-desktop-like Excel where one function gives a wrong result. */
const DESKTOP_RESULT: ExcelCheckResult = {
  host: { platform: "PC", version: "16.0.17928.20114", language: "fr-FR" },
  sets: { customFunctionsRuntime: "1.4", sharedRuntime: "1.1", excelApi: "1.17" },
  probes: {
    emptyInRange: { kind: "zero", got: "0" },
    emptyInValue: { kind: "zero", got: "50" },
    blankThreshold: { kind: "default", got: '"Red"' },
    errors: { kind: "short-circuited", got: "#N/A, (empty), (empty), (empty)" },
    date: { kind: "serial", got: "46.037" },
    textNumber: { kind: "text", got: "#VALUE!" },
  },
  functions: [
    { id: "NPS", formula: "=CSM.NPS({10})", status: "wrong", got: "20", expected: "25" },
    { id: "ARR", formula: "=CSM.ARR(25)", status: "ok", got: "300", expected: "300" },
  ],
  tables: { status: "ok" },
  charts: { status: "failed", message: "InvalidArgument: The argument is invalid or missing." },
  sheetInsertion: { method: true, excelApi113: true },
  failure: undefined,
  scratchSheet: { name: "CSM Kit check", state: "deleted" },
};

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, "clipboard");
});

describe("Check this Excel, in the pane", () => {
  it("explains in one sentence that the check needs Excel when the pane runs standalone, and offers nothing to run", () => {
    const runCheck = vi.fn(() => Promise.resolve(DESKTOP_RESULT));
    render(
      <ExcelCheckView
        t={STRINGS.en}
        connection={{ kind: "standalone", reason: "no-office-host" }}
        runCheck={runCheck}
      />,
    );
    const section = within(screen.getByRole("region", { name: "Check this Excel" }));
    expect(section.getByText(STRINGS.en.checkStandalone)).toBeTruthy();
    expect(section.queryByRole("button")).toBeNull();
    expect(runCheck).not.toHaveBeenCalled();
  });

  it("in Excel, shows progress while the check runs, then the summary and the report", async () => {
    const pending = deferred<ExcelCheckResult>();
    render(<ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={() => pending.promise} />);
    const run = screen.getByRole("button", { name: "Check this Excel" });
    fireEvent.click(run);
    expect(await screen.findByText("Checking this Excel…")).toBeTruthy();
    expect(run.hasAttribute("disabled") || run.getAttribute("aria-disabled") === "true").toBe(true);
    pending.resolve(DESKTOP_RESULT);
    const findings = within(await screen.findByRole("list", { name: "What the check found" }));
    expect(findings.getByText(/Empty cells arrive as 0/)).toBeTruthy();
    expect(
      findings.getByText(/Excel stops a function as soon as one input cell holds an error/),
    ).toBeTruthy();
    expect(
      findings.getByText("1 of 2 functions give their published result; not as expected: CSM.NPS."),
    ).toBeTruthy();
    expect(
      findings.getByText("Charts cannot be added: InvalidArgument: The argument is invalid or missing."),
    ).toBeTruthy();
    expect(screen.getByText(/This Excel differs on some points/)).toBeTruthy();
    const report = screen.getByLabelText("Report, in English for a bug report") as HTMLTextAreaElement;
    expect(report.value).toBe(reportText(DESKTOP_RESULT));
    expect(report.readOnly).toBe(true);
    expect(screen.queryByText("Checking this Excel…")).toBeNull();
  });

  it("words the summary in French and keeps the report in English", async () => {
    render(
      <ExcelCheckView t={STRINGS.fr} connection={EXCEL} runCheck={() => Promise.resolve(DESKTOP_RESULT)} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier cet Excel" }));
    const findings = within(await screen.findByRole("list", { name: "Ce que la vérification a trouvé" }));
    expect(findings.getByText(/Les cellules vides arrivent comme 0/)).toBeTruthy();
    expect(findings.getByText(/Excel 16.0.17928.20114 \(PC\), langue fr-FR/)).toBeTruthy();
    const report = screen.getByLabelText(
      "Rapport, en anglais pour un signalement de bug",
    ) as HTMLTextAreaElement;
    expect(report.value).toContain("Empty cell: arrives as 0 (Windows desktop behaviour, office-js #4702)");
  });

  it("copies the report to the clipboard and says so", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(
      <ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={() => Promise.resolve(DESKTOP_RESULT)} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    fireEvent.click(await screen.findByRole("button", { name: "Copy report" }));
    expect(await screen.findByText("Report copied.")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(reportText(DESKTOP_RESULT));
  });

  it("selects the report and says how to copy it when the clipboard is blocked", async () => {
    stubClipboard(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
    render(
      <ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={() => Promise.resolve(DESKTOP_RESULT)} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    fireEvent.click(await screen.findByRole("button", { name: "Copy report" }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeTruthy();
    const report = screen.getByLabelText("Report, in English for a bug report") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(report);
    expect([report.selectionStart, report.selectionEnd]).toEqual([0, report.value.length]);
  });

  it("selects the report when the pane has no clipboard at all", async () => {
    render(
      <ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={() => Promise.resolve(DESKTOP_RESULT)} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    fireEvent.click(await screen.findByRole("button", { name: "Copy report" }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeTruthy();
  });

  it("says the check could not run when it fails unexpectedly, and lets the person try again", async () => {
    const runCheck = vi
      .fn<() => Promise<ExcelCheckResult>>()
      .mockRejectedValueOnce(new Error("Excel is busy"))
      .mockResolvedValueOnce(DESKTOP_RESULT);
    render(<ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={runCheck} />);
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText("The check could not run: Excel is busy")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByRole("list", { name: "What the check found" })).toBeTruthy();
    expect(screen.queryByText("The check could not run: Excel is busy")).toBeNull();
  });

  it("says everything matches when the Excel calls the functions as they expect", async () => {
    const good: ExcelCheckResult = {
      ...DESKTOP_RESULT,
      probes: {
        emptyInRange: { kind: "blank", got: '""' },
        emptyInValue: { kind: "blank", got: "#N/A" },
        blankThreshold: { kind: "default", got: '"Red"' },
        errors: { kind: "reach", got: "#N/A, 100, #VALUE!, 50" },
        date: { kind: "serial", got: "46.037" },
        textNumber: { kind: "text", got: "#VALUE!" },
      },
      functions: [
        { id: "NPS", formula: "=CSM.NPS({10})", status: "ok", got: "25", expected: "25" },
        { id: "ARR", formula: "=CSM.ARR(25)", status: "ok", got: "300", expected: "300" },
      ],
      charts: { status: "ok" },
    };
    render(<ExcelCheckView t={STRINGS.en} connection={EXCEL} runCheck={() => Promise.resolve(good)} />);
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText("This Excel calls the CSM functions as they expect.")).toBeTruthy();
    expect(screen.getByText("All 2 functions give their published result.")).toBeTruthy();
  });

  it("is a section of the Functions view, which runs the check it is given", async () => {
    const runExcelCheck = vi.fn(() => Promise.resolve(DESKTOP_RESULT));
    render(
      <FunctionsView
        t={STRINGS.en}
        language="en"
        loadCatalogue={() => Promise.resolve([])}
        connection={EXCEL}
        runExcelCheck={runExcelCheck}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByRole("list", { name: "What the check found" })).toBeTruthy();
    expect(runExcelCheck).toHaveBeenCalledTimes(1);
  });
});
