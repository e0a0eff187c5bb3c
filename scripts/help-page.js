// The functions' help pages, served by the add-in itself so that Excel's "Help on this function" opens offline:
// dist/help.html from functions.json and dist/help-fr.html from functions-fr.json. Each function has a section
// whose id is its lower-case id (`#mrr`), and its metadata gets a `helpUrl` pointing at that section. The pages
// are plain static HTML: no script, no request (a Content-Security-Policy forbids any), readable at 320 px.

/** The words of the pages, per language. */
const WORDS = {
  en: {
    title: "CSM Kit functions",
    intro:
      "Help for the CSM functions. Type them in a cell after =CSM. — optional arguments are in brackets.",
    contents: "Functions",
    arguments: "Arguments",
    optional: "optional",
    spills: "The result spills into the cells below and to the right.",
    separator: ", ",
  },
  fr: {
    title: "Fonctions de CSM Kit",
    intro:
      "Aide des fonctions CSM. Tapez-les dans une cellule après =CSM. — les arguments facultatifs sont entre crochets.",
    contents: "Fonctions",
    arguments: "Arguments",
    optional: "facultatif",
    spills: "Le résultat se propage dans les cellules en dessous et à droite.",
    // French Excel separates arguments with a semicolon.
    separator: "; ",
  },
};

/**
 * @param {string} id a custom function's id (`MRR_MOVEMENTS`)
 * @returns {string} the id of its section in the help page (`mrr_movements`)
 */
function helpAnchor(id) {
  return id.toLowerCase();
}

/**
 * @param {string} text
 * @returns {string} the text, safe in HTML content and in quoted attributes
 */
function escapeHtml(text) {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * @param {{ id: string, parameters?: { name: string, optional?: boolean }[] }} fn one function's metadata
 * @param {"en" | "fr"} language
 * @returns {string} how the function is typed: `=CSM.MRR(amounts, [period_months])`
 */
function helpSyntax(fn, language) {
  const args = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=CSM.${fn.id}(${args.join(WORDS[language].separator)})`;
}

/**
 * @template {{ functions: { id: string }[] }} M
 * @param {M} metadata functions.json or functions-fr.json
 * @param {string} pageUrl the page's absolute URL, on the add-in's origin (`https://localhost:3000/help.html`)
 * @returns {M} the same metadata, each function with a `helpUrl` to its section of the page
 */
function withHelpUrls(metadata, pageUrl) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({ ...fn, helpUrl: `${pageUrl}#${helpAnchor(fn.id)}` })),
  };
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { font-family: "Segoe UI", system-ui, -apple-system, sans-serif; line-height: 1.45; margin: 0 auto;
    padding: 12px; max-width: 46rem; overflow-wrap: anywhere; }
  h1 { font-size: 1.4rem; margin: 0.2rem 0 0.6rem; }
  h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
  nav ul { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; list-style: none; padding: 0; margin: 0; }
  section { border-top: 1px solid #8884; padding: 0.9rem 0; }
  code { font-family: Consolas, "Cascadia Mono", Menlo, monospace; }
  .syntax { white-space: pre-wrap; background: #8881; padding: 0.4rem 0.5rem; border-radius: 4px; }
  dl { margin: 0.4rem 0 0; }
  dt { font-weight: 600; margin-top: 0.4rem; }
  dd { margin: 0.1rem 0 0 1rem; }
  .optional { font-weight: normal; font-style: italic; }`;

/**
 * @param {{ functions: { id: string, description?: string, result?: { dimensionality?: string },
 *   parameters?: { name: string, description?: string, optional?: boolean }[] }[] }} metadata
 * @param {"en" | "fr"} language the page's language, and so its words and argument separator
 * @returns {string} the help page: one section per function, its id the function's lower-case id
 */
function helpPageHtml(metadata, language) {
  const words = WORDS[language];
  const sections = metadata.functions.map((fn) => {
    const parameters = (fn.parameters ?? [])
      .map(
        (p) =>
          `<dt><code>${escapeHtml(p.name)}</code>${
            p.optional ? ` <span class="optional">(${words.optional})</span>` : ""
          }</dt>\n<dd>${escapeHtml(p.description ?? "")}</dd>`,
      )
      .join("\n");
    return [
      `<section id="${escapeHtml(helpAnchor(fn.id))}">`,
      `<h2>CSM.${escapeHtml(fn.id)}</h2>`,
      `<p class="syntax"><code>${escapeHtml(helpSyntax(fn, language))}</code></p>`,
      `<p>${escapeHtml(fn.description ?? "")}</p>`,
      ...(fn.result?.dimensionality === "matrix" ? [`<p>${escapeHtml(words.spills)}</p>`] : []),
      ...(parameters ? [`<dl aria-label="${escapeHtml(words.arguments)}">\n${parameters}\n</dl>`] : []),
      `</section>`,
    ].join("\n");
  });
  const contents = metadata.functions
    .map((fn) => `<li><a href="#${escapeHtml(helpAnchor(fn.id))}">CSM.${escapeHtml(fn.id)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(words.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(words.intro)}</p>
<nav aria-label="${escapeHtml(words.contents)}">
<ul>
${contents}
</ul>
</nav>
</header>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`;
}

/**
 * Adds `helpUrl` to each metadata file and emits its help page, after the metadata generator, the Excel
 * calling options and the French metadata have run. A metadata file that was not generated is skipped (its
 * generator reported why).
 */
class HelpPagePlugin {
  /**
   * @param {{ origin: string, pages: { metadata: string, page: string, language: "en" | "fr" }[] }} options
   *   the add-in's origin (`https://localhost:3000`), and for each metadata file the page it gets
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { origin, pages } = this.options;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "HelpPagePlugin",
          // After the French metadata (PROCESS_ASSETS_STAGE_ADDITIONAL) is derived from functions.json.
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1,
        },
        () => {
          const { RawSource } = compiler.webpack.sources;
          for (const { metadata: file, page, language } of pages) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const metadata = withHelpUrls(JSON.parse(asset.source.source().toString()), `${origin}/${page}`);
            compilation.updateAsset(file, new RawSource(JSON.stringify(metadata, null, 2)));
            compilation.emitAsset(page, new RawSource(helpPageHtml(metadata, language)));
          }
        },
      );
    });
  }
}

module.exports = { HelpPagePlugin, helpAnchor, helpPageHtml, helpSyntax, withHelpUrls, escapeHtml };
