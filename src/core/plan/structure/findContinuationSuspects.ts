import type { Issue } from "../../issues/issue";
import type { ItemTexts } from "./buildItems";

const CHECKED = ["name", "responsible", "result"] as const;

/**
 * The readers' formats whose rows are the rows of a table as its author made it: a word processor's table (.docx, RTF,
 * .odt), a sheet (.xlsx, Excel), a web page's table (an HTML file, a browser's copy of one). Word and Writer carry a row broken by a page on
 * inside its cells, with no «continued» split, and a web page has no pages: nothing of one row opens the next row's
 * cell, and a cell's short first paragraph is its author's (rechnoy's executors one per paragraph, «Управление
 * образования» after a row whose executors end bare).
 */
const TABLE_ROW_FORMATS: ReadonlySet<string> = new Set(["docx", "rtf", "odt", "sheet", "html", "webcopy"]);

/**
 * A page break can push the end of an item's text into the first paragraph of the next item's cell (seed 003:
 * "<p>Образования</p> <p>Осуществление …</p>"). Such a first paragraph is short or starts in lower case, more
 * paragraphs follow it, and the previous item's text in that column stops without closing punctuation.
 * Reported with a suggestion; never moved silently. Only text whose rows may have been cut by pages is looked at: text
 * read from pages (PDF, its text, a text export), or a table whose rows are its author's (TABLE_ROW_FORMATS) that
 * shows its pages all the same (`paged`: the header repeated or page numbers as rows of the table — a .docx a PDF
 * converter made, its rows cut where the pages were).
 */
export function findContinuationSuspects(texts: readonly ItemTexts[], rows: readonly (readonly number[])[], sheet: string | null, format: string, paged: boolean): Issue[] {
  if (TABLE_ROW_FORMATS.has(format) && !paged) return [];
  const issues: Issue[] = [];
  for (let i = 1; i < texts.length; i++) {
    for (const key of CHECKED) {
      const cell = texts[i][key];
      const previous = texts[i - 1][key];
      // Only the first paragraph is looked at, and only when more follow: the cell is not split into all of them.
      const firstBreak = cell.indexOf("\n");
      if (firstBreak < 0 || previous === "") continue;
      const head = cell.slice(0, firstBreak).trim();
      if (!looksLikeTail(head) || /[.!?;»")]$/.test(previous.trim())) continue;
      issues.push({
        code: "continuation_suspected",
        severity: "warning",
        item: texts[i].number,
        sheet,
        row: rows[i][0],
        column: key,
        params: { text: head, previous: texts[i - 1].number ?? "?" },
        suggestion: `${previous.trim()} ${head.charAt(0).toLowerCase()}${head.slice(1)}`,
      });
    }
  }
  return issues;
}

function looksLikeTail(head: string): boolean {
  if (head === "" || head.length > 120 || /^[-–—•\d]/.test(head)) return false;
  const words = head.split(/\s+/).length;
  return /^\p{Ll}/u.test(head) || (words <= 2 && !/[.:;]$/.test(head));
}
