// @vitest-environment jsdom
// "Write to workbook" says when texts were changed so that the workbook can hold them (issue 17), as the .xlsx
// export does: the Excel adapter counts what the text gate changed in each write, the plan's report adds the
// count, and the pane shows it, in English and French. Excel is the fake of fake-excel.ts.
import "../support/jsdom-pane";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createNotebook } from "../../notebook/engine/engine";
import { notebookKinds } from "../../notebook/plan/kinds";
import { planFromSnapshot } from "../../notebook/plan/schema";
import { notebookHost } from "../../taskpane/app/notebook-host";
import { NotebookView } from "../../taskpane/features/notebook/notebook-view";
import { fakeOffice } from "./fake-excel";
import { HOSTILE_LABELS_PLAN } from "../support/hostile-plan";

function storage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: items.set.bind(items) };
}

describe("texts changed by Write to workbook", () => {
  it("are counted by the Excel adapter per table, headers and values, not formulas", async () => {
    const { excel, workbook } = fakeOffice();
    const info = await workbook.writeTable({
      name: "Notes",
      sheet: "Plan",
      columns: [{ header: "Note\uFFFE" }, { header: "Copy", formula: "=[@[Note\uFFFD]]" }],
      rows: [
        ["Acme\uFFFF", null],
        ["fine", null],
        ["Bell\u0001", null],
        [12, null],
      ],
    });
    // Worked by hand: the header, "Acme\uFFFF" and "Bell\u0001"; the formula column is not counted. (A text
    // over 32,767 characters is refused before the write, with the cell named: ownership.ts.)
    expect(info.textsChanged).toBe(3);
    expect(excel.valuesAt("Plan", "A1:A5")).toEqual([
      ["Note\uFFFD"],
      ["Acme\uFFFD"],
      ["fine"],
      ["Bell\uFFFD"],
      [12],
    ]);
  });

  it("are not mentioned by the adapter when there are none", async () => {
    const { workbook } = fakeOffice();
    const info = await workbook.writeTable({
      name: "Notes",
      sheet: "Plan",
      columns: [{ header: "Note" }],
      rows: [["Acme"]],
    });
    expect(info.textsChanged).toBeUndefined();
  });

  it.each([
    ["en", "Texts changed so that the workbook can hold them: 2."],
    ["fr", "Textes modifiés pour que le classeur puisse les contenir : 2."],
  ] as const)("are reported by the Excel host's write (%s)", async (language, sentence) => {
    const { workbook } = fakeOffice();
    const notebook = createNotebook(notebookKinds);
    notebook.restore(HOSTILE_LABELS_PLAN);
    const message = await notebookHost(workbook, storage()).writeToWorkbook(notebook, language);
    // Each label is written once, in the audit table.
    expect(message[language]).toContain(sentence);
  });

  it.each([
    ["en", "Write to workbook", "Texts changed so that the workbook can hold them: 2."],
    ["fr", "Écrire dans le classeur", "Textes modifiés pour que le classeur puisse les contenir : 2."],
  ] as const)("are shown in the pane after writing (%s)", async (language, button, sentence) => {
    const { excel, workbook } = fakeOffice();
    const services = notebookHost(workbook, storage());
    await services.store.save(planFromSnapshot(HOSTILE_LABELS_PLAN, {}));
    render(<NotebookView language={language} services={services} />);
    fireEvent.click(await screen.findByRole("button", { name: button }));
    expect(await screen.findByText((text) => text.includes(sentence))).toBeTruthy();
    expect(excel.tables.length).toBeGreaterThan(0);
  });

  it("are not mentioned when there are none", async () => {
    const { workbook } = fakeOffice();
    const notebook = createNotebook(notebookKinds);
    notebook.restore({
      cells: HOSTILE_LABELS_PLAN.cells.map((cell) =>
        cell.kind === "actions"
          ? { ...cell, inputs: { items: [{ id: "a", label: "Calls", stage: "review" }] } }
          : cell,
      ),
    });
    const message = await notebookHost(workbook, storage()).writeToWorkbook(notebook, "en");
    expect(message.en).toContain("Written to the sheet");
    expect(message.en).not.toContain("Texts changed");
  });
});
