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
  { syntax: "box", content: /^\s*[│┃║]/, border: /^\s*[┌┏╔├┣╠└┗╚╒╘╞╓╙╟][─━═┬┳╦┼╋╬┴┻╩┐┓╗┤┫╣┘┛╝╤╧╪╥╨╫╕╛╡╖╜╢\s]*$/ },
  // ASCII grid tables: +----+----+ and | cell | cell |. A box-drawn table saved in windows-1251 (a legal reference
  // system's text export), which has no box drawing, is this grid too: Windows' best fit writes ─ as "-", every corner
  // and junction as "+" and │ as "¦" (0xA6). Other converters give the look-alikes windows-1251 has: «г» «T» «¬» for
  // the top corners and junctions, «L» «¦» «-» for the bottom ones, «=» for double rules (г====T====¬, L====¦====-).
  { syntax: "ascii", content: /^\s*[|¦].*[|¦]\s*$/, border: /^\s*(?:\+[-=:+]*\+|г[-=+T]*=[-=+T]*¬|L[-=+¦]*=[-=+¦]*-)\s*$/ },
  // Markdown pipe tables; the separator line |---|:--:| is a border. Written so that no two parts can match the same
  // spaces: "| - |   |   | … | x" made the former pattern backtrack exponentially (seconds per line).
  { syntax: "pipe", content: /^\s*\|.*\|\s*$/, border: /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*(?::?-+:?\s*|:{1,2}\s*)?)*$/ },
];

export function isBoxLine(line: string): boolean {
  return LINE_SYNTAXES[0].content.test(line) || LINE_SYNTAXES[0].border.test(line) || isPartialBorder(line, BOX_RULES);
}

/** The characters that draw a rule and those that join rules, per ruled syntax (partial borders). */
export interface RuleChars {
  readonly rule: string;
  /** Junctions, and the bars that stand at an edge where the merged cell is the first or the last column. */
  readonly junctions: string;
}
export const BOX_RULES: RuleChars = { rule: "─━═", junctions: "├┣╠╞╟┼╋╬╪╫┬┳╦╤╥┴┻╩╧╨┤┫╣╡╢│┃║" };
export const ASCII_RULES: RuleChars = { rule: "-=", junctions: "+|¦" };

/**
 * A rule that stops at a cell merged down over several rows, whose text goes on across it:
 * «├────┼────┤ Управление ├────┤» (box) or «+----+----+ Управление +----+» (ASCII), «…┼────┤ Управление │» where the
 * cell is the last column. It starts and ends with a junction or a bar, draws a rule in one column at least and leaves one open at least (text or blank: the merged cell's text
 * may have ended above), each part between two junctions.
 */
export function isPartialBorder(line: string, chars: RuleChars): boolean {
  const parts = ruleParts(line, chars);
  return parts !== null && parts.some((p) => p.rule) && parts.some((p) => !p.rule);
}

/** The parts of a line between junctions, each a rule or text; null where the line does not start and end with one. */
export function ruleParts(line: string, chars: RuleChars): { start: number; end: number; rule: boolean; text: string }[] | null {
  const from = line.search(/\S/);
  const to = line.trimEnd().length - 1;
  if (from < 0 || !chars.junctions.includes(line[from]) || !chars.junctions.includes(line[to]) || to <= from) return null;
  const parts: { start: number; end: number; rule: boolean; text: string }[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (!chars.junctions.includes(line[i])) continue;
    const text = line.slice(start + 1, i);
    // Two characters at least: a cell holding a lone «-» (nothing to say) touching its bars is text.
    const rule = text.length > 1 && [...text].every((c) => chars.rule.includes(c));
    parts.push({ start, end: i, rule, text });
    start = i;
  }
  return parts;
}

export function isAsciiBorder(line: string): boolean {
  return LINE_SYNTAXES[1].border.test(line);
}

export function isAsciiContent(line: string): boolean {
  return LINE_SYNTAXES[1].content.test(line) || isPartialBorder(line, ASCII_RULES);
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
