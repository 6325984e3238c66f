import { foldText } from "../../text/normalize";

/**
 * Captions of the column a plan leaves for the report on it, or for notes: officials print it empty after the plan's
 * own columns, so a text without layout gives its caption as a flow of its own with no cells under it, after the
 * page's other columns (pdftotext gives those as blocks under their captions). Such a paragraph among a block's cells
 * is a caption: read as a cell, it is one cell more than the rows, and the whole block goes back to none of them.
 */
const REPORT_CAPTIONS: readonly RegExp[] = [
  /^отметк[аи]об?(выполнени|исполнени|реализаци)[ия](мероприяти[яй])?$/,
  /^информацияо(ходе)?(выполнени|исполнени|реализаци)[ия]$/,
  /^примечани[ея]$/,
];

/** The most lines such a caption wraps to in a narrow column («Отметка» / «о» / «выполне» / «нии»). */
const MOST_LINES = 4;

/**
 * Whether a paragraph's lines are a report column's caption. Its words are read with no space between them: a narrow
 * column breaks them anywhere without a hyphen («выполне» / «нии»), and the caption is short enough that no cell's
 * words read so.
 */
export function namesReportColumn(lines: readonly string[]): boolean {
  if (lines.length === 0 || lines.length > MOST_LINES) return false;
  const text = foldText(lines.join(" ")).replace(/\s+/g, "");
  return REPORT_CAPTIONS.some((r) => r.test(text));
}
