// The string bomb of the reliability walk (test/e2e/reliability.e2e.mjs), at the import's door without a
// browser: one shared text of 30,000,000 characters (a 30 MB sharedStrings.xml zipped to 36 KB) is refused
// with the cell limit. A regular expression counting the run's characters overflowed the stack on it, so the
// import failed instead of saying why. The file is built by test/support/hostile-files.mjs, as in the walk;
// the message is written by hand.
import { describe, expect, it } from "vitest";
import { readTableFile } from "../../notebook/segmentation/portfolio-import/read";
import { stringBomb } from "../support/hostile-files.mjs";

const REFUSED = {
  en: "The workbook has a cell of more than 32,767 characters, more than a cell of Excel holds; the import refuses it. Check that cell in the file (an unclosed double quote reads the rest of the file into one cell).",
  fr: "Le classeur a une cellule de plus de 32\u00a0767 caractères, plus qu'une cellule d'Excel n'en contient ; l'import la refuse. Vérifiez cette cellule dans le fichier (un guillemet non fermé lit toute la suite du fichier dans une cellule).",
};

describe("a string bomb", () => {
  it(
    "of 30,000,000 characters in one shared text is refused with the cell limit",
    { timeout: 60_000 },
    async () => {
      const bomb = await stringBomb(30_000_000);
      expect(bomb.byteLength).toBeLessThan(100_000);
      expect(await readTableFile(bomb, "string-bomb.xlsx")).toEqual({ sheets: [], problems: [REFUSED] });
    },
  );

  it("of 32,768 characters is refused, and one of 32,767 is read whole", { timeout: 60_000 }, async () => {
    expect((await readTableFile(await stringBomb(32_768), "over.xlsx")).problems).toEqual([REFUSED]);
    const read = await readTableFile(await stringBomb(32_767), "longest.xlsx");
    expect(read.problems).toEqual([]);
    expect(read.sheets[0]?.rows).toEqual([
      ["a".repeat(32_767), 10],
      ["Beta", 20],
    ]);
  });
});
