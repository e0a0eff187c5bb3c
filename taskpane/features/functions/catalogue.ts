/** The function list shown in the pane, read from the same metadata Excel reads (functions.json). */
import type { Language } from "../../../functions/excel/language";
import { z } from "zod";

const metadataSchema = z.object({
  functions: z.array(
    z.object({
      id: z.string(),
      description: z.string().optional(),
      parameters: z
        .array(
          z.object({
            name: z.string(),
            description: z.string().optional(),
            optional: z.boolean().optional(),
          }),
        )
        .optional(),
    }),
  ),
});

export interface CatalogueEntry {
  readonly id: string;
  readonly syntax: string;
  readonly description: string;
}

/**
 * Turns custom-functions metadata into the pane's list: `CSM.NPS(scores)`, optional arguments in brackets.
 *
 * @param json - the parsed functions.json (or functions-fr.json)
 * @returns the entries, or throws a readable error when the file is not metadata
 */
export function catalogueFrom(json: unknown): CatalogueEntry[] {
  const parsed = metadataSchema.safeParse(json);
  if (!parsed.success) throw new Error("functions.json is not custom-functions metadata");
  return parsed.data.functions.map((fn) => ({
    id: fn.id,
    syntax: `CSM.${fn.id}(${(fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    description: fn.description ?? "",
  }));
}

/** Loads the list in the pane's language from the files served beside the page. */
export async function loadCatalogue(language: Language): Promise<CatalogueEntry[]> {
  const response = await fetch(language === "fr" ? "functions-fr.json" : "functions.json");
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return catalogueFrom(await response.json());
}
