/**
 * What a line of a plain-text document is, as far as tables go. Each table syntax is a row in this catalogue:
 * a test for its content lines and one for its border lines.
 */

export type TableSyntax = "pipe" | "box" | "ascii" | "tsv";

export interface LineSyntax {
  readonly syntax: TableSyntax;
  /** A line that carries cell text. */
  readonly content: RegExp;
  /** A line that only draws borders (kept out of the grid, never carries text). */
  readonly border: RegExp;
}

export const LINE_SYNTAXES: readonly LineSyntax[] = [
  // Box drawing as pasted from PDF and console tools: ┌─┬─┐ │ ├─┼─┤ └─┴─┘ (light, heavy and double lines)
  { syntax: "box", content: /^\s*[│┃║]/, border: /^\s*[┌┏╔├┣╠└┗╚╒╘╞╓╙╟][─━═┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝╤╧╪╥╨╫\s]*$/ },
  // ASCII grid tables: +----+----+ and | cell | cell |. A box-drawn table saved in windows-1251 (a legal reference
  // system's text export), which has no box drawing, is this grid too: Windows' best fit writes ─ as "-", every corner
  // and junction as "+" and │ as "¦" (0xA6).
  { syntax: "ascii", content: /^\s*[|¦].*[|¦]\s*$/, border: /^\s*\+[-=:+]*\+\s*$/ },
  // Markdown pipe tables; the separator line |---|:--:| is a border. Written so that no two parts can match the same
  // spaces: "| - |   |   | … | x" made the former pattern backtrack exponentially (seconds per line).
  { syntax: "pipe", content: /^\s*\|.*\|\s*$/, border: /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*(?::?-+:?\s*|:{1,2}\s*)?)*$/ },
];

export function isBoxLine(line: string): boolean {
  return LINE_SYNTAXES[0].content.test(line) || LINE_SYNTAXES[0].border.test(line);
}

export function isAsciiBorder(line: string): boolean {
  return LINE_SYNTAXES[1].border.test(line);
}

export function isAsciiContent(line: string): boolean {
  return LINE_SYNTAXES[1].content.test(line);
}

export function isPipeLine(line: string): boolean {
  return LINE_SYNTAXES[2].content.test(line);
}

export function isPipeSeparator(line: string): boolean {
  return /-/.test(line) && LINE_SYNTAXES[2].border.test(line);
}

export function hasTab(line: string): boolean {
  return line.includes("\t");
}
