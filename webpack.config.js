// The build: dist/functions.js + dist/functions.json and functions-fr.json (custom functions), dist/help.html and
// help-fr.html (the functions' help, offline), dist/taskpane.html and its bundle.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { devServerHttpsOptions } = require("./scripts/dev-certs.js");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata.js");
const { ExcelMetadataPlugin } = require("./scripts/excel-metadata.js");
const { HelpPagePlugin } = require("./scripts/help-page.js");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where Excel loads the add-in from (manifest.xml; the manifest check holds the two together). */
const ADDIN_ORIGIN = `https://localhost:${DEV_PORT}`;

/**
 * @param {{ functionsEntry?: string, outputPath?: string, mode?: "production" | "development", taskpane?: boolean, frenchDescriptions?: boolean }} options
 */
function createConfig(options = {}) {
  const mode = options.mode ?? "production";
  const functionsEntry = options.functionsEntry ?? "./functions/custom-functions.ts";
  const withTaskpane = options.taskpane ?? true;
  const entry = { functions: functionsEntry };
  if (withTaskpane) entry.taskpane = "./taskpane/index.tsx";

  return {
    mode,
    context: __dirname,
    devtool: mode === "production" ? "source-map" : "eval-source-map",
    entry,
    output: {
      path: options.outputPath ?? path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The chunks loaded on first use (each view but Home, the host's services, mathjs, the importers, exceljs,
      // the parsing worker): named by their content, so that a pane still open on an older taskpane.js never
      // runs a newer chunk's modules (it gets a 404, which the pane reports) and a cache can keep them for good.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsEntry }),
      new ExcelMetadataPlugin({ file: "functions.json" }),
      ...(options.frenchDescriptions === false
        ? []
        : [
            new LocalizedMetadataPlugin({
              source: "functions.json",
              french: path.resolve(__dirname, "functions/functions-fr.source.json"),
              output: "functions-fr.json",
            }),
          ]),
      // Last: each function of both metadata files gets its helpUrl, and each language its page.
      new HelpPagePlugin({
        origin: ADDIN_ORIGIN,
        pages: [
          { metadata: "functions.json", page: "help.html", language: "en" },
          ...(options.frenchDescriptions === false
            ? []
            : [{ metadata: "functions-fr.json", page: "help-fr.html", language: "fr" }]),
        ],
      }),
      ...(withTaskpane
        ? [
            new HtmlWebpackPlugin({
              filename: "taskpane.html",
              template: "./taskpane/taskpane.html",
              chunks: ["taskpane"],
            }),
            new CopyWebpackPlugin({
              patterns: [
                { from: "assets/*.png", to: "assets/[name][ext]" },
                { from: "manifest.xml", to: "manifest.xml" },
              ],
            }),
          ]
        : []),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      allowedHosts: "all",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      server: devServerHttpsOptions(),
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

module.exports = (env, argv) =>
  createConfig({ mode: argv && argv.mode === "development" ? "development" : "production" });
module.exports.createConfig = createConfig;
module.exports.ADDIN_ORIGIN = ADDIN_ORIGIN;
