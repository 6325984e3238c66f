/** The shipped manifest and pages (issue 14, defects 7 and 8). */
import { readFileSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require(path.join(ROOT, "scripts", "productionManifest.js")) as { productionManifest: (xml: string, url: string) => string };
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

test("the production manifest has no localhost anywhere, the AppDomain included", () => {
  const prod = productionManifest(manifest, "https://kadry.example.org/plankadry/");
  expect(prod).not.toMatch(/localhost/);
  expect(prod).toContain("<AppDomain>https://kadry.example.org</AppDomain>");
  expect(prod).toContain('<SupportUrl DefaultValue="https://kadry.example.org/plankadry/help.html"/>');
  expect(prod).toContain('DefaultValue="https://kadry.example.org/plankadry/taskpane.html"');
  // A URL given without the trailing slash gives the same manifest.
  expect(productionManifest(manifest, "https://kadry.example.org/plankadry")).toBe(prod);
});

test("every page the manifest names is built: help.html (SupportUrl, LearnMoreUrl) among them", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await (require(path.join(ROOT, "webpack.config.js")) as (env: unknown, o: { mode: string }) => Promise<{ plugins: { constructor: { name: string }; userOptions?: { filename?: string; template?: string } }[] }>)({}, { mode: "production" });
  const pages = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions!);
  const named = [...manifest.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]);
  expect(new Set(named)).toEqual(new Set(["help.html", "taskpane.html", "commands.html"]));
  for (const file of named) {
    const page = pages.find((p) => p.filename === file);
    expect(page).toBeDefined();
    expect(readFileSync(path.join(ROOT, page!.template!), "utf8")).toMatch(/<title>|<body>/);
  }
});
