// What Excel reads from functions.json to decide what reaches a custom function, set after the metadata
// generator has run (custom-functions-metadata cannot emit these):
// - `allowErrorForDataTypeAny: true`: an error cell reaches the function instead of short-circuiting the whole
//   call, so that element-wise functions keep their other results and the catalogue's precedence applies;
// - no `allowCustomDataForDataTypeAny`: the generator sets it, but no CSM function reads data types, and with it
//   a formatted number or an entity would arrive as an object instead of its plain value.

/**
 * @param {{ functions: object[] } & Record<string, unknown>} metadata functions.json as generated
 * @returns {{ functions: object[] } & Record<string, unknown>} the same metadata with Excel's calling options
 */
function withExcelCallingOptions(metadata) {
  const rest = { ...metadata };
  delete rest.allowCustomDataForDataTypeAny;
  return { allowErrorForDataTypeAny: true, ...rest };
}

class ExcelMetadataPlugin {
  /** @param {{ file: string }} options the generated metadata asset to rewrite */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { file } = this.options;
    compiler.hooks.thisCompilation.tap("ExcelMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "ExcelMetadataPlugin",
          // Before the French metadata is derived from it, at PROCESS_ASSETS_STAGE_ADDITIONAL.
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1,
        },
        () => {
          const asset = compilation.getAsset(file);
          if (!asset) return; // the metadata generator failed and reported why
          const metadata = withExcelCallingOptions(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(
            file,
            new compiler.webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { ExcelMetadataPlugin, withExcelCallingOptions };
