/** The templates the pane offers, read from dist/templates/index.json (written by `npm run templates`). */
import { z } from "zod";
import type { TemplateFile } from "../../../addin/template-insertion";

const indexSchema = z.array(
  z.object({
    name: z.string(),
    language: z.enum(["en", "fr"]),
    file: z.string().regex(/^[a-z-]+\.(en|fr)\.xlsx$/),
    title: z.string(),
    sheets: z.array(z.string()),
    tables: z.array(z.string()),
    names: z.array(z.string()),
  }),
);

/**
 * Reads the templates index.
 *
 * @param json - the parsed index.json
 * @returns the template files, or throws a readable error
 */
export function templateFilesFrom(json: unknown): TemplateFile[] {
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) throw new Error("templates/index.json is not a list of templates");
  return parsed.data;
}

/** Loads the index served beside the page. */
export async function loadTemplateFiles(): Promise<TemplateFile[]> {
  const response = await fetch("templates/index.json");
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return templateFilesFrom(await response.json());
}

/** Loads one template's bytes. */
export async function loadTemplateBytes(file: string): Promise<Uint8Array> {
  const response = await fetch(`templates/${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
