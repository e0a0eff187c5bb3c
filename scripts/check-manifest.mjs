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
  for (const action of all(root).filter(
    (n) => n.name === "Action" && n.attributes["@xsi:type"] === "ShowTaskpane",
  )) {
    if (child(action, "SourceLocation")?.attributes["@resid"] !== runtimeResid)
      problems.push("the ShowTaskpane button must open the shared runtime's page");
  }
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
