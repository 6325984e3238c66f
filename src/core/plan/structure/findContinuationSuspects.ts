import type { Issue } from "../../issues/issue";
import type { ItemTexts } from "./buildItems";

const CHECKED = ["name", "responsible", "result"] as const;

/** The readers' formats of a web page (src/io/html, src/io/text/readBrowserCopy.ts). */
const PAGELESS_FORMATS: ReadonlySet<string> = new Set(["html", "webcopy"]);

/**
 * A page break can push the end of an item's text into the first paragraph of the next item's cell (seed 003:
 * "<p>Образования</p> <p>Осуществление …</p>"). Such a first paragraph is short or starts in lower case, more
 * paragraphs follow it, and the previous item's text in that column stops without closing punctuation.
 * Reported with a suggestion; never moved silently. A web page has no pages (an HTML file, a browser's copy of one):
 * nothing in it was pushed by a break, and a cell's short first paragraph is its author's.
 */
export function findContinuationSuspects(texts: readonly ItemTexts[], rows: readonly (readonly number[])[], sheet: string | null, format: string): Issue[] {
  if (PAGELESS_FORMATS.has(format)) return [];
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
