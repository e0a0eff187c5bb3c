// Builds functions-fr.json from the generated functions.json and functions/functions-fr.source.json: same ids,
// types, dimensionality, optional flags and order (the contract), with French descriptions and French parameter
// names (Excel shows them in IntelliSense; they are the names the French error messages use). A function or
// parameter without a French description or name, a French entry for something that does not exist, or a French
// name that is not one word or is given twice in a function, fails the build.

/** A parameter name Excel can show: letters (accents allowed), digits and underscores, starting with a letter. */
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

/**
 * @param {{ functions: { id: string, description?: string, parameters?: { name: string, description?: string }[] }[] }} metadata
 * @param {Record<string, { description: string, parameters?: Record<string, string>, names?: Record<string, string> }>} french
 *   per function id: its French description, its parameters' French descriptions and French names, by English name
 * @returns {{ json: object, problems: string[] }}
 */
function localizeMetadata(metadata, french) {
  const problems = [];
  const known = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(french))
    if (!known.has(id)) problems.push(`French descriptions name an unknown function ${id}`);
  const functions = metadata.functions.map((fn) => {
    const translation = french[fn.id];
    if (!translation || !translation.description) {
      problems.push(`${fn.id} has no French description`);
      return fn;
    }
    const names = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const name of Object.keys(translation.parameters ?? {}))
      if (!names.has(name)) problems.push(`${fn.id}: French description for unknown parameter ${name}`);
    for (const name of Object.keys(translation.names ?? {}))
      if (!names.has(name)) problems.push(`${fn.id}: French name for unknown parameter ${name}`);
    const frenchNames = new Set();
    const parameters = (fn.parameters ?? []).map((parameter) => {
      const description = translation.parameters?.[parameter.name];
      if (!description) problems.push(`${fn.id}: parameter ${parameter.name} has no French description`);
      const name = translation.names?.[parameter.name];
      if (!name) problems.push(`${fn.id}: parameter ${parameter.name} has no French name`);
      else if (!PARAMETER_NAME.test(name))
        problems.push(
          `${fn.id}: French name "${name}" of ${parameter.name} must be one word (letters, digits, _)`,
        );
      else if (frenchNames.has(name)) problems.push(`${fn.id}: French name "${name}" is given twice`);
      if (name) frenchNames.add(name);
      return {
        ...parameter,
        ...(name && PARAMETER_NAME.test(name) ? { name } : {}),
        ...(description ? { description } : {}),
      };
    });
    return { ...fn, description: translation.description, ...(fn.parameters ? { parameters } : {}) };
  });
  return { json: { ...metadata, functions }, problems };
}

class LocalizedMetadataPlugin {
  /** @param {{ source: string, french: string, output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, french, output } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(french);
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedMetadataPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(source);
          if (!asset) return; // the metadata generator failed and reported why
          let translations;
          try {
            translations = JSON.parse(require("node:fs").readFileSync(french, "utf8"));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(`${french}: ${error.message}`));
            return;
          }
          const { json, problems } = localizeMetadata(
            JSON.parse(asset.source.source().toString()),
            translations,
          );
          for (const problem of problems)
            compilation.errors.push(new compiler.webpack.WebpackError(`${french}: ${problem}`));
          compilation.emitAsset(
            output,
            new compiler.webpack.sources.RawSource(JSON.stringify(json, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata };
