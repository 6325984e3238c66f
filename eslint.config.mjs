import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** The architecture as lint rules: dependencies point inward, only src/excel touches Office.js. */
const OUTER_LAYERS = ["**/io/**", "**/xlsx/**", "**/cli/**", "**/excel/**", "**/taskpane/**", "**/commands/**", "**/app/**"];
const UI_AND_HOSTS = ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/commands", "**/commands/**", "**/cli", "**/cli/**"];
/** A conditional on the language: `ru ? a : b`, `locale === "ru" ? a : b`, `"en" === x ? a : b`. */
const LANGUAGE_BRANCHES = [
  "ConditionalExpression[test.type='Identifier'][test.name='ru']",
  "ConditionalExpression > BinaryExpression.test[right.value=/^(ru|en)$/]",
  "ConditionalExpression > BinaryExpression.test[left.value=/^(ru|en)$/]",
];
const NODE_MODULES = ["fs", "fs/promises", "path", "os", "child_process", "util", "exceljs", "jszip", "iconv-lite", "react", "react-dom"];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "demo-output/", "bin/", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: OUTER_LAYERS, message: "src/core is pure: it imports nothing from the adapters." }], paths: NODE_MODULES.map((name) => ({ name, message: "src/core is pure: no Node, file-format or UI libraries." })) }],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
  {
    // Office.js is reached only through src/excel: the pane, the ribbon and the application layer get services.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/excel/**"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension"] },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: UI_AND_HOSTS, message: "src/app is shared by the pane and the ribbon: it imports neither of them, nor Office.js code." }], paths: ["react", "react-dom"].map((name) => ({ name, message: "src/app has no UI." })) }] },
  },
  {
    files: ["src/commands/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/taskpane", "**/taskpane/**"], message: "The ribbon shares code with the pane through src/app." }] }] },
  },
  {
    // The pane's components and state reach Excel only through injected services; its entry point boots them.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel", "**/excel/**", "**/commands", "**/commands/**"], message: "The pane gets Excel through PaneServices (src/app/services.ts)." }] }] },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every user-visible text goes through src/i18n: a `ru ? "…" : "…"` gives the pseudo-locale (and any language but
    // Russian) the English branch, so the pseudo-locale tests could not see it.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/i18n/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...LANGUAGE_BRANCHES.map((selector) => ({ selector, message: "Texts come from the catalogue (src/i18n: translator, localize, localizeTable), not from a branch on the language." })),
      ],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
