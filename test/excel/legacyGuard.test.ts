/**
 * The webview guard of taskpane.html and commands.html must run where the bundle cannot: Internet Explorer 11
 * and EdgeHTML. It is parsed here as ES5 (acorn), so a modern construct slipped into it fails the test.
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"];

/** The inline script with id="legacy-guard" of a page. */
export function guardOf(html: string): string {
  const match = /<script id="legacy-guard">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no legacy-guard script");
  return match[1];
}

test.each(PAGES)("the guard of %s parses as ES5 and comes before the bundle runs", (page) => {
  const html = readFileSync(path.join(ROOT, page), "utf8");
  const guard = guardOf(html);
  expect(() => parse(guard, { ecmaVersion: 5 })).not.toThrow();
  // html-webpack-plugin would treat these as template code.
  expect(guard).not.toMatch(/<%|%>/);
});

test("an ES5 parser rejects what the bundle uses (the check above can fail)", () => {
  for (const modern of ["const a = 1;", "let f = () => 1;", "a?.b;", "a ?? b;", "class A { x = 1 }", "`t`;"]) expect(() => parse(modern, { ecmaVersion: 5 })).toThrow();
});
