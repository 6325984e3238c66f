import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runCli } from "../helpers/runCli";
import { duplicateEntry, listFrom, longNumberFormat, nestedDocxTables, nestedHtmlTables, nestedSdt, spanBomb, truncatedDocumentXml, unclosedTags, wholeSheetMerge, wholeSheetValidation } from "./hostileFiles";
import { ITEMS, itemTexts } from "./planRows";

/**
 * Issue 18, bounded work for every input: small files that used to exhaust memory, the call stack or minutes of
 * CPU (see hostileFiles.ts for what each was). Each is either read whole or refused with exit 2 and one line naming
 * the file and the limit; none may crash, and none may give half a plan.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface HostileCase {
  readonly kind: string;
  readonly name: string;
  readonly make: () => Promise<Uint8Array | string> | string;
  /** A message for a refusal; null when the plan must be read whole. */
  readonly refused: RegExp | null;
  readonly check?: (plan: { items: unknown[]; meta: { titleBlock: string[] } }, stdout: string) => void;
}

const CASES: readonly HostileCase[] = [
  { kind: "merge over the whole sheet, ref in single quotes", name: "merge1.xlsx", make: () => wholeSheetMerge("single quotes"), refused: /охватывают слишком много ячеек.*> 2000000/ },
  { kind: "merge over the whole sheet, ref after another attribute", name: "merge2.xlsx", make: () => wholeSheetMerge("after another attribute"), refused: /охватывают слишком много ячеек/ },
  { kind: "merge over the whole sheet, prefixed element", name: "merge3.xlsx", make: () => wholeSheetMerge("prefixed"), refused: /охватывают слишком много ячеек/ },
  { kind: "data validation over the whole sheet: read, the validation ignored", name: "validation.xlsx", make: wholeSheetValidation, refused: null },
  { kind: "number format of 300,000 '['", name: "fmt1.xlsx", make: () => longNumberFormat("[", 300_000), refused: /числовой формат ячеек длиннее 255 знаков.*300000 > 255/ },
  { kind: "number format of 300,000 'h'", name: "fmt2.xlsx", make: () => longNumberFormat("h", 300_000), refused: /длиннее 255 знаков/ },
  {
    kind: "list starting at 2,000,000,000 in russianLower letters: read, the labels in digits",
    name: "list.docx",
    make: () => listFrom(2_000_000_000),
    refused: null,
    check: (_, stdout) => expect(stdout).toContain("2000000001) Задачи"),
  },
  { kind: "list level ilvl=4294967295", name: "ilvl.docx", make: () => listFrom(1, "4294967295"), refused: null },
  { kind: "10,000 nested tables in a .docx", name: "nested.docx", make: () => nestedDocxTables(10_000), refused: /слишком глубокая вложенность разметки.*> 2000/ },
  { kind: "200 nested tables in a .docx: read, the deep ones as text", name: "nested200.docx", make: () => nestedDocxTables(200), refused: null },
  { kind: "200,000 nested w:sdt", name: "sdt.docx", make: () => nestedSdt(200_000), refused: /слишком глубокая вложенность/ },
  { kind: "truncated document.xml in a whole zip", name: "cut-document.docx", make: truncatedDocumentXml, refused: /повреждён или обрезан.*\(word\/document\.xml\)$/ },
  { kind: "duplicate zip entries (.xlsx)", name: "dup.xlsx", make: () => duplicateEntry("xlsx"), refused: /две части с одним именем \(xl\/worksheets\/sheet1\.xml\)/ },
  { kind: "duplicate zip entries (.docx)", name: "dup.docx", make: () => duplicateEntry("docx"), refused: /две части с одним именем \(word\/document\.xml\)/ },
  { kind: "HTML: 2,000 rows of rowspan=2000 colspan=1000", name: "spans.html", make: () => spanBomb(2_000, 2_000, 1_000), refused: /охватывают слишком много ячеек/ },
  { kind: "HTML: 90,000 cells of colspan=1000", name: "colspan.html", make: () => `<table><tr>${"<td colspan=1000>x</td>".repeat(90_000)}</tr></table>`, refused: /охватывают слишком много ячеек/ },
  { kind: "HTML: 20,000 nested tables", name: "nested.html", make: () => nestedHtmlTables(20_000), refused: /слишком глубокая вложенность.*> 3000/ },
  { kind: "HTML: 100,000 unclosed <div>", name: "unclosed.html", make: () => unclosedTags(100_000), refused: /слишком глубокая вложенность/ },
  { kind: "HTML: 100,000 unclosed <p> (each closes the one before): read", name: "paragraphs.html", make: () => unclosedTags(100_000, "p"), refused: null },
];

test.each(CASES.map((c): [string, HostileCase] => [c.kind, c]))("%s", async (_, c) => {
  const file = path.join(tmp, c.name);
  writeFileSync(file, await c.make());
  const run = await runCli(["structure", file, "--json"]);
  expect(run.stderr).not.toMatch(/внутренняя ошибка|internal error|\n\s+at /);
  if (c.refused) {
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
    const lines = run.stderr.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith(`plankadry: ${file}: `)).toBe(true);
    expect(lines[0]).toMatch(c.refused);
    return;
  }
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  const plan = JSON.parse(run.stdout);
  expect(itemTexts(plan)).toEqual(ITEMS);
  c.check?.(plan, run.stdout);
});
