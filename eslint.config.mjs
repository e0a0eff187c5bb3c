// Lint: typescript-eslint strict, the Office add-in rules, and the architecture's boundaries as rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import checkFile from "eslint-plugin-check-file";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const officeGlobals = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "office-js belongs in addin/ (the host boundary); pass a WorkbookPort instead.",
}));
const domGlobals = ["window", "document", "navigator", "localStorage", "sessionStorage"].map((name) => ({
  name,
  message: "functions/ is pure computation: no DOM.",
}));
const notebookOfficeGlobals = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message:
    "notebook/ reaches the workbook through the WorkbookPort it is given; office-js belongs in addin/.",
}));
// The office-js types are global (@types/office-js): a type such as `Excel.Range` is no global read, so it is
// caught by its shape.
const officeTypes = (message) => [
  { selector: "TSQualifiedName > Identifier.left[name=/^(Office|Excel|OfficeExtension)$/]", message },
  { selector: "TSTypeQuery > Identifier.exprName[name=/^(Office|Excel|OfficeExtension)$/]", message },
];
const functionsOfficeTypes = officeTypes("functions/ is pure computation: no office-js types.");

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "test-results/",
      "coverage/",
      ".csm-kit/",
      ".stryker-tmp/",
      "reports/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "import-x": importX, "check-file": checkFile },
    // The zones below see only the imports the resolver finds: our imports name .ts/.tsx files without their
    // extension, so the resolver must know these extensions, or every zone passes silently.
    settings: {
      "import-x/resolver-next": [
        importX.createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json"] }),
      ],
    },
    rules: {
      // Dependencies point inward: taskpane → notebook → addin → functions; templates → functions; addin and
      // templates share the .xlsx writer (xlsx/), which depends on functions/ only.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./functions",
              from: ["./addin", "./notebook", "./taskpane", "./templates", "./xlsx", "./test", "./bench"],
              message: "functions/ imports nothing of ours.",
            },
            {
              // The two planning cores share checks (functions/checks/) and dates (functions/excel/dates.ts);
              // the segmentation's coverage uses one published scaling metric, CSM.CSMS_NEEDED.
              target: "./functions/segmentation",
              from: "./functions/scaling",
              except: ["./scaling.ts"],
              message:
                "functions/segmentation uses the scaling metrics of scaling.ts only: shared checks are in functions/checks/, dates in functions/excel/dates.ts.",
            },
            {
              target: "./functions/scaling",
              from: "./functions/segmentation",
              message: "functions/scaling does not depend on the segmentation.",
            },
            {
              target: "./xlsx",
              from: ["./addin", "./notebook", "./taskpane", "./templates", "./test", "./bench"],
              message:
                "xlsx/ is the .xlsx writer the templates and the add-in share; it depends on functions/ only.",
            },
            {
              target: "./addin",
              from: ["./notebook", "./taskpane", "./templates", "./test", "./bench"],
              message: "addin/ is the host boundary; it depends on functions/ only.",
            },
            {
              target: "./templates",
              from: ["./addin", "./notebook", "./taskpane", "./test", "./bench"],
              message: "templates/ depend on functions/ only.",
            },
            {
              target: "./notebook",
              from: ["./taskpane", "./templates", "./test", "./bench"],
              message:
                "notebook/ is the pane's core without React: it depends on addin/ and functions/ only.",
            },
            {
              target: "./taskpane",
              from: ["./templates", "./test", "./bench"],
              message: "taskpane/ depends on notebook/, addin/ and functions/.",
            },
          ],
        },
      ],
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx,js,mjs}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        { "{functions,addin,notebook,taskpane,templates,xlsx,test,bench,scripts}/**/": "KEBAB_CASE" },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["functions/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, ...domGlobals],
      "no-restricted-syntax": ["error", ...functionsOfficeTypes],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*", "office-*"], message: "functions/ is pure." },
          ],
        },
      ],
    },
  },
  {
    files: ["functions/**/*.ts"],
    ignores: ["functions/custom-functions.ts", "functions/excel/boundary.ts"],
    rules: {
      // This replaces the rule's options of the block above: the office-js types stay refused here too.
      "no-restricted-syntax": [
        "error",
        {
          selector: "Identifier[name='CustomFunctions']",
          message: "Only the custom-functions boundary may use the runtime.",
        },
        ...functionsOfficeTypes,
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["functions/custom-functions.ts"],
    // Excel passes ranges as any[][]: the declared type is what the metadata generator reads.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The notebook's core: plain TypeScript that React renders and tests drive, with no UI and no host.
    files: ["notebook/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": ["error", ...notebookOfficeGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "react/*", "@fluentui/*"],
              message: "notebook/ has no UI: React and Fluent UI belong in taskpane/.",
            },
            {
              group: ["office-*", "@types/office-*", "@microsoft/office-*"],
              message:
                "notebook/ reaches the workbook through the WorkbookPort; office-js belongs in addin/.",
            },
          ],
        },
      ],
      // The office-js types, caught by their shape (officeTypes above); a `/// <reference types="office-js" />`
      // would be another door.
      "no-restricted-syntax": [
        "error",
        ...officeTypes(
          "notebook/ does not use the office-js types; describe the data with the WorkbookPort's types.",
        ),
      ],
      "@typescript-eslint/triple-slash-reference": ["error", { path: "never", types: "never", lib: "never" }],
    },
  },
  {
    files: ["taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["addin/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{js,cjs}", "scripts/**/*.{js,mjs}", "test/e2e/**/*.{js,mjs,ts}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
