// A local structural check of manifest.xml. Office's own validator (`office-addin-manifest validate`) posts
// the manifest to an online service that this project cannot reach, so the rules that catch the usual field
// failures are checked here, offline: `node scripts/check-manifest.mjs [manifest.xml] [dist]`.
import { readFileSync, existsSync } from "node:fs";
import { resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** Office's length limits (XML manifest reference). */
export const LIMITS = {
  resid: 32,
  shortString: 125,
  longString: 250,
  url: 2048,
  displayName: 125,
  description: 250,
};

/**
 * The ExcelApi version the add-in needs: the highest requirement set among the Excel API members that addin/
 * (office-workbook.ts, office-charts.ts, template-insertion.ts) and the task pane call without an
 * `isSetSupported` guard. test/integration/excel-api-audit.test.ts recomputes it from all of addin/ and taskpane/,
 * with the API sets that @types/office-js documents, and fails when it no longer matches. The audit:
 * - 1.7: `Worksheet.getRangeByIndexes` (every table write, office-workbook.ts `rangeOf`), `NamedItem.formula`
 *   (`getName`, `setName`);
 * - 1.4: `Workbook.settings`, `SettingCollection.getItemOrNullObject`/`add`, `Setting.value`, the
 *   `getItemOrNullObject` of tables, worksheets and names, `NamedItemCollection.add`,
 *   `Range.getUsedRangeOrNullObject`, `Worksheet.getUsedRangeOrNullObject`, `TableColumnCollection.add` with a name;
 * - 1.2: `Table.worksheet`, `Range.getColumnsAfter`, `Range.getResizedRange`;
 * - 1.1: the rest (`Excel.run`, tables, ranges' values, formulas and number formats, worksheets, charts' basics).
 * Guarded, so above the minimum on purpose: `Table.resize` and `Workbook.insertWorksheetsFromBase64` (1.13, behind
 * `isSetSupported("ExcelApi", "1.13")`), and the charts' series, axes and markers (1.7, behind
 * `isSetSupported("ExcelApi", "1.7")`, now always true at this minimum). The pane calls no Excel API itself.
 */
export const EXCEL_API_MIN_VERSION = "1.7";

/** Which resource kind each element that takes a `resid` must point at. */
const RESID_KIND = {
  "bt:Image": "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "string",
  Title: "string",
  Description: "string",
  Namespace: "shortString",
};

/**
 * Checks a manifest's text. With `distDir`, also checks that the files it points at were built there.
 * @param {string} xml the manifest's text
 * @param {{ distDir?: string }} [options]
 * @returns {string[]} one readable line per problem; empty when the manifest passes
 */
export function checkManifest(xml, options = {}) {
  const problems = [];
  let doc;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      preserveOrder: true,
      allowBooleanAttributes: true,
    }).parse(xml, true);
  } catch (error) {
    return [`manifest is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const root = toTree(doc).find((node) => node.name === "OfficeApp");
  if (!root) return ["manifest has no <OfficeApp> root element"];
  if (root.attributes["@xsi:type"] !== "TaskPaneApp")
    problems.push('OfficeApp xsi:type must be "TaskPaneApp"');

  const id = text(child(root, "Id"));
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = text(child(root, "Version"));
  if (!VERSION.test(version)) problems.push(`Version "${version}" must be up to four dot-separated numbers`);
  checkLength(problems, "DisplayName", child(root, "DisplayName"), LIMITS.displayName);
  checkLength(problems, "Description", child(root, "Description"), LIMITS.description);

  // Every URL the manifest gives Office must be https.
  for (const node of all(root)) {
    for (const [attribute, value] of Object.entries(node.attributes)) {
      if ((attribute === "@DefaultValue" || attribute === "@Value") && /^[a-z]+:\/\//i.test(value)) {
        if (!value.startsWith("https://")) problems.push(`${node.name} URL "${value}" must use https`);
        if (value.length > LIMITS.url)
          problems.push(`${node.name} URL is longer than ${LIMITS.url} characters`);
      }
    }
    if (node.name === "AppDomain" && !text(node).startsWith("https://"))
      problems.push(`AppDomain "${text(node)}" must use https`);
  }

  // Resources: unique ids within limits, strings within limits.
  const resources = new Map();
  const resourcesNode = all(root).find((node) => node.name === "Resources");
  if (!resourcesNode) problems.push("VersionOverrides has no <Resources>");
  for (const [group, kind, limit] of [
    ["bt:Images", "image", LIMITS.url],
    ["bt:Urls", "url", LIMITS.url],
    ["bt:ShortStrings", "shortString", LIMITS.shortString],
    ["bt:LongStrings", "longString", LIMITS.longString],
  ]) {
    const groupNode = resourcesNode && child(resourcesNode, group);
    for (const item of groupNode ? groupNode.children : []) {
      const resourceId = item.attributes["@id"] ?? "";
      if (resourceId.length === 0 || resourceId.length > LIMITS.resid)
        problems.push(`resource id "${resourceId}" must have 1 to ${LIMITS.resid} characters`);
      if (resources.has(resourceId)) problems.push(`resource id "${resourceId}" is defined twice`);
      resources.set(resourceId, {
        kind,
        value: item.attributes["@DefaultValue"] ?? "",
        overrides: item.children.map((o) => o.attributes["@Value"] ?? ""),
        locales: item.children.map((o) => o.attributes["@Locale"] ?? ""),
      });
      for (const value of [
        item.attributes["@DefaultValue"] ?? "",
        ...item.children.map((o) => o.attributes["@Value"] ?? ""),
      ]) {
        if (value.length > limit)
          problems.push(`resource "${resourceId}" is longer than ${limit} characters`);
      }
    }
  }

  // Every resid resolves, to a resource of the right kind.
  for (const node of all(root)) {
    const resid = node.attributes["@resid"];
    if (resid === undefined) continue;
    if (resid.length > LIMITS.resid)
      problems.push(`resid "${resid}" is longer than ${LIMITS.resid} characters`);
    const resource = resources.get(resid);
    if (!resource) {
      problems.push(`${node.name} resid "${resid}" does not resolve to a resource`);
      continue;
    }
    const wanted = RESID_KIND[node.name];
    const matches =
      wanted === "string"
        ? resource.kind.endsWith("String")
        : wanted === undefined || resource.kind === wanted;
    if (!matches)
      problems.push(`${node.name} resid "${resid}" points at a ${resource.kind}, expected a ${wanted}`);
  }

  checkSharedRuntime(root, resources, problems, options.distDir);
  checkRequirementSets(root, resources, problems, options.distDir);
  checkLocales(root, resources, problems);
  if (options.distDir) checkHelp(root, resources, problems, options.distDir);
  return problems;
}

/** The shared runtime: one long-lived page for the task pane and the custom functions. */
function checkSharedRuntime(root, resources, problems, distDir) {
  const sets = all(root)
    .filter((node) => node.name === "Set")
    .map((node) => node.attributes["@Name"]);
  if (!sets.includes("SharedRuntime")) problems.push("Requirements must include the SharedRuntime set");
  const runtime = all(root).find((node) => node.name === "Runtime");
  if (!runtime) {
    problems.push("no <Runtime>: the task pane and the custom functions would not share a runtime");
    return;
  }
  if (runtime.attributes["@lifetime"] !== "long")
    problems.push('Runtime lifetime must be "long" so that functions run with the pane closed');
  const runtimeResid = runtime.attributes["@resid"];
  const functions = all(root).find(
    (n) => n.name === "ExtensionPoint" && n.attributes["@xsi:type"] === "CustomFunctions",
  );
  if (!functions) {
    problems.push("no CustomFunctions extension point");
    return;
  }
  const residOf = (name) => {
    const holder = child(functions, name);
    const location = holder && child(holder, "SourceLocation");
    return location?.attributes["@resid"];
  };
  if (residOf("Page") !== runtimeResid)
    problems.push("CustomFunctions <Page> must be the shared runtime's page");
  const functionFile = all(root).find((node) => node.name === "FunctionFile");
  if (functionFile && functionFile.attributes["@resid"] !== runtimeResid)
    problems.push("FunctionFile must be the shared runtime's page");
  const panes = new Set();
  for (const action of all(root).filter(
    (n) => n.name === "Action" && n.attributes["@xsi:type"] === "ShowTaskpane",
  )) {
    if (child(action, "SourceLocation")?.attributes["@resid"] !== runtimeResid)
      problems.push("the ShowTaskpane button must open the shared runtime's page");
    panes.add(text(child(action, "TaskpaneId")));
  }
  // "A shared runtime only supports the use of one task pane. Note that any task pane without a <TaskpaneID> is
  // considered a different task pane." (Microsoft, Configure your Office Add-in to use a shared runtime.)
  if (panes.size > 1)
    problems.push(
      `the ShowTaskpane buttons open ${panes.size} task panes (TaskpaneId ${[...panes]
        .map((pane) => `"${pane}"`)
        .join(", ")}): a shared runtime supports one task pane, so give them all the same TaskpaneId`,
    );
  const namespace = resources.get(child(functions, "Namespace")?.attributes["@resid"] ?? "");
  if (namespace?.value !== "CSM") problems.push('the custom functions namespace must be "CSM"');

  const expectFile = (resid, file, what) => {
    const url = resources.get(resid ?? "")?.value ?? "";
    let path = "";
    try {
      path = new URL(url).pathname;
    } catch {
      problems.push(`${what} URL "${url}" is not a URL`);
      return;
    }
    if (!path.endsWith(`/${file}`))
      problems.push(`${what} URL must point at the built ${file}, not "${url}"`);
    else if (distDir && !existsSync(join(distDir, path)))
      problems.push(`${what} ${path} was not built in ${distDir}`);
  };
  expectFile(residOf("Metadata"), "functions.json", "functions metadata");
  expectFile(residOf("Script"), "functions.js", "functions script");
  expectFile(runtimeResid, "taskpane.html", "shared runtime page");
  if (distDir) {
    // Every URL resource, in every language, must be a file the build produced.
    for (const [resourceId, resource] of resources) {
      if (resource.kind !== "image" && resource.kind !== "url") continue;
      for (const url of new Set([resource.value, ...resource.overrides])) {
        let path;
        try {
          path = new URL(url).pathname;
        } catch {
          continue; // reported above as not https or not a URL
        }
        if (!existsSync(join(distDir, path)))
          problems.push(`${resourceId} (${path}) was not built in ${distDir}`);
      }
    }
  }
}

/** "1.10" → [1, 10], compared part by part. */
function compareVersions(a, b) {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The requirement sets match what the add-in uses: SharedRuntime 1.1 (the one runtime), CustomFunctionsRuntime
 * (1.2 when the built functions throw `CustomFunctions.Error`, which appeared in 1.2), and ExcelApi at the audited
 * minimum ({@link EXCEL_API_MIN_VERSION}).
 */
function checkRequirementSets(root, resources, problems, distDir) {
  const requirements = child(root, "Requirements");
  const setsNode = requirements && child(requirements, "Sets");
  const fallback = setsNode?.attributes["@DefaultMinVersion"] ?? "1.1";
  const sets = new Map(
    (setsNode?.children ?? [])
      .filter((node) => node.name === "Set")
      .map((node) => [node.attributes["@Name"], node.attributes["@MinVersion"] ?? fallback]),
  );
  const shared = sets.get("SharedRuntime");
  if (shared !== undefined && shared !== "1.1")
    problems.push(`SharedRuntime must be 1.1 (the only version there is), not ${shared}`);

  const functions = all(root).find(
    (n) => n.name === "ExtensionPoint" && n.attributes["@xsi:type"] === "CustomFunctions",
  );
  const runtime = sets.get("CustomFunctionsRuntime");
  if (functions && runtime === undefined)
    problems.push(
      "Requirements must include the CustomFunctionsRuntime set: the add-in declares custom functions",
    );
  if (functions && runtime !== undefined && distDir) {
    const scriptResid = child(child(functions, "Script") ?? { children: [] }, "SourceLocation")?.attributes[
      "@resid"
    ];
    const script = pathOf(resources.get(scriptResid ?? "")?.value ?? "");
    const file = script && join(distDir, script);
    if (file && existsSync(file) && readFileSync(file, "utf8").includes("CustomFunctions.Error")) {
      if (compareVersions(runtime, "1.2") < 0)
        problems.push(
          `CustomFunctionsRuntime must be at least 1.2, not ${runtime}: ${script} throws CustomFunctions.Error (API set 1.2)`,
        );
    }
  }

  const excel = sets.get("ExcelApi");
  if (excel === undefined) problems.push(`Requirements must include ExcelApi ${EXCEL_API_MIN_VERSION}`);
  else if (compareVersions(excel, EXCEL_API_MIN_VERSION) !== 0)
    problems.push(
      `ExcelApi must be ${EXCEL_API_MIN_VERSION}, not ${excel}: ${
        compareVersions(excel, EXCEL_API_MIN_VERSION) < 0
          ? "the add-in calls ExcelApi " + EXCEL_API_MIN_VERSION + " methods without a guard"
          : "a higher version hides the add-in from Excel versions it works on (newer calls are guarded)"
      } — see the audit above EXCEL_API_MIN_VERSION in scripts/check-manifest.mjs`,
    );
}

/**
 * The locales that get French function metadata (the overrides of the metadata URL) get every text in French
 * too, and no other locale gets a text override: the ribbon, the Get Started callout, the add-in's name and
 * description must speak the language of the functions' tooltips. The namespace ("CSM") is not translated.
 */
function checkLocales(root, resources, problems) {
  const functions = all(root).find(
    (n) => n.name === "ExtensionPoint" && n.attributes["@xsi:type"] === "CustomFunctions",
  );
  if (!functions) return;
  const metadataResid = child(child(functions, "Metadata") ?? { children: [] }, "SourceLocation")?.attributes[
    "@resid"
  ];
  const wanted = new Set(resources.get(metadataResid ?? "")?.locales ?? []);
  const namespaceResid = child(functions, "Namespace")?.attributes["@resid"];
  const texts = [
    ...["DisplayName", "Description"].map((name) => {
      const node = child(root, name);
      return [name, (node?.children ?? []).map((o) => o.attributes["@Locale"] ?? "")];
    }),
    ...[...resources]
      .filter(([id, resource]) => resource.kind.endsWith("String") && id !== namespaceResid)
      .map(([id, resource]) => [id, resource.locales]),
  ];
  for (const [name, locales] of texts) {
    const have = new Set(locales);
    const missing = [...wanted].filter((locale) => !have.has(locale));
    const extra = [...have].filter((locale) => !wanted.has(locale));
    if (missing.length > 0)
      problems.push(
        `${name} has no override for ${missing.join(", ")}, which get French function metadata: translate it there too`,
      );
    if (extra.length > 0)
      problems.push(
        `${name} is overridden for ${extra.join(", ")}, which get no translated function metadata`,
      );
  }
}

/**
 * Every function of every metadata file the manifest points at (each language) has a `helpUrl` on the add-in's
 * own host, to a page that was built, with a section of that id: Excel's "Help on this function" opens offline.
 */
function checkHelp(root, resources, problems, distDir) {
  const functions = all(root).find(
    (n) => n.name === "ExtensionPoint" && n.attributes["@xsi:type"] === "CustomFunctions",
  );
  const metadataResid = child(
    child(functions ?? { children: [] }, "Metadata") ?? { children: [] },
    "SourceLocation",
  )?.attributes["@resid"];
  const metadataResource = resources.get(metadataResid ?? "");
  if (!metadataResource) return;
  let origin;
  try {
    origin = new URL(metadataResource.value).origin;
  } catch {
    return; // reported above
  }
  const pages = new Map();
  const idsOf = (path) => {
    if (!pages.has(path)) {
      const file = join(distDir, path);
      pages.set(
        path,
        existsSync(file)
          ? new Set(
              // Quoted or not: the production build minifies HTML assets, and drops the quotes it can.
              [
                ...readFileSync(file, "utf8").matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g),
              ].map((m) => m[1] ?? m[2] ?? m[3]),
            )
          : undefined,
      );
    }
    return pages.get(path);
  };
  for (const url of new Set([metadataResource.value, ...metadataResource.overrides])) {
    const path = pathOf(url);
    if (!path || !existsSync(join(distDir, path))) continue; // reported above as not built
    let metadata;
    try {
      metadata = JSON.parse(readFileSync(join(distDir, path), "utf8"));
    } catch (error) {
      problems.push(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const name = path.replace(/^\//, "");
    for (const fn of Array.isArray(metadata?.functions) ? metadata.functions : []) {
      if (typeof fn.helpUrl !== "string" || fn.helpUrl === "") {
        problems.push(`${name}: ${fn.id} has no helpUrl`);
        continue;
      }
      let help;
      try {
        help = new URL(fn.helpUrl);
      } catch {
        problems.push(`${name}: ${fn.id} helpUrl "${fn.helpUrl}" is not a URL`);
        continue;
      }
      if (help.origin !== origin) {
        problems.push(
          `${name}: ${fn.id} helpUrl "${fn.helpUrl}" must be on the add-in's host ${origin}, so that it opens offline`,
        );
        continue;
      }
      const ids = idsOf(help.pathname);
      const anchor = decodeURIComponent(help.hash.replace(/^#/, ""));
      if (ids === undefined)
        problems.push(`${name}: ${fn.id} help page ${help.pathname} was not built in ${distDir}`);
      else if (anchor === "")
        problems.push(`${name}: ${fn.id} helpUrl "${fn.helpUrl}" names no section (#id)`);
      else if (!ids.has(anchor))
        problems.push(`${name}: ${fn.id} help page ${help.pathname} has no id="${anchor}"`);
    }
  }
}

/** The path of an absolute URL, or `undefined` when it is not one. */
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function checkLength(problems, name, node, limit) {
  if (!node) {
    problems.push(`<${name}> is missing`);
    return;
  }
  for (const value of [
    node.attributes["@DefaultValue"] ?? "",
    ...node.children.map((o) => o.attributes["@Value"] ?? ""),
  ]) {
    if (value.length > limit) problems.push(`${name} is longer than ${limit} characters`);
  }
}

/** fast-xml-parser's ordered output, as plain nodes: { name, attributes, children, text }. */
function toTree(items) {
  const nodes = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name === "?xml" || name === "#comment") continue;
    const content = item[name];
    const textPart = Array.isArray(content) ? content.find((c) => "#text" in c) : undefined;
    nodes.push({
      name,
      attributes: item[":@"] ?? {},
      children: Array.isArray(content) ? toTree(content) : [],
      text: textPart ? String(textPart["#text"]).trim() : "",
    });
  }
  return nodes;
}

function child(node, name) {
  return node.children.find((c) => c.name === name);
}

function text(node) {
  return node ? node.text : "";
}

function all(node) {
  return [node, ...node.children.flatMap(all)];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifestPath = process.argv[2] ?? "manifest.xml";
  const distDir = process.argv[3];
  const problems = checkManifest(readFileSync(manifestPath, "utf8"), { distDir });
  if (problems.length > 0) {
    console.error(`${manifestPath}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${manifestPath}: structure OK${distDir ? ` (files found in ${distDir})` : ""}`);
}
