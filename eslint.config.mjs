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

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "coverage/", ".csm-kit/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "import-x": importX, "check-file": checkFile },
    rules: {
      // Dependencies point inward: taskpane → addin → functions; templates → functions.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./functions",
              from: ["./addin", "./taskpane", "./templates", "./test", "./bench"],
              message: "functions/ imports nothing of ours.",
            },
            {
              target: "./addin",
              from: ["./taskpane", "./templates", "./test", "./bench"],
              message: "addin/ is the host boundary; it depends on functions/ only.",
            },
            {
              target: "./templates",
              from: ["./addin", "./taskpane", "./test", "./bench"],
              message: "templates/ depend on functions/ only.",
            },
            {
              target: "./taskpane",
              from: ["./templates", "./test", "./bench"],
              message: "taskpane/ depends on addin/ and functions/.",
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
        { "{functions,addin,taskpane,templates,test,bench,scripts}/**/": "KEBAB_CASE" },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["functions/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, ...domGlobals],
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
      "no-restricted-syntax": [
        "error",
        {
          selector: "Identifier[name='CustomFunctions']",
          message: "Only the custom-functions boundary may use the runtime.",
        },
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
