/**
 * Lines of pipe tables in the variants people paste: with or without outer pipes, padded with "||||", ruled with
 * "-", "—", "─", "=" or "+" (markdown, psql, console tools, web pages copied as text).
 */

/**
 * A line that only draws a rule: dashes of any kind or "=", with pipes, pluses, colons (markdown alignment) and
 * spaces; a bare rule needs three characters, so a lone "-" is not one.
 */
export function isRuleLine(line: string): boolean {
  return /^[\s|+:]*[-—–─━=][-—–─━=\s|+:]*$/.test(line) && (/[|+]/.test(line) || /[-—–─━=]{3,}/.test(line));
}

/**
 * Cells of a pipe line, split on unescaped pipes. In a table drawn with outer pipes the pieces outside them are no
 * cells; trailing padding ("||||") adds none either. A table without outer pipes keeps an empty first cell (a
 * continuation row with no number).
 */
export function pipeCells(line: string, outer = true): string[] {
  const cells: string[] = [];
  let current = "";
  let from = 0;
  for (let bar = line.indexOf("|"); bar >= 0; bar = line.indexOf("|", bar + 1)) {
    if (bar > 0 && line[bar - 1] === "\\") {
      current += line.slice(from, bar - 1) + "|";
    } else {
      cells.push(current + line.slice(from, bar));
      current = "";
    }
    from = bar + 1;
  }
  cells.push(current + line.slice(from));
  if (outer && cells.length > 1 && cells[0].trim() === "") cells.shift();
  const padded = /\|\|\s*$/.test(line);
  if (cells.length > 1 && cells[cells.length - 1].trim() === "") cells.pop();
  while (padded && cells.length > 1 && cells[cells.length - 1].trim() === "") cells.pop();
  return cells;
}

function closesWithPipe(line: string): boolean {
  return /(^|[^\\])\|\s*$/.test(line);
}

/** Whether a line opens and closes with a pipe (markdown and ASCII rows), so it is a row by itself. */
export function isClosedPipeRow(line: string): boolean {
  return /^\s*\|/.test(line) && closesWithPipe(line) && line.trim().length > 1;
}

/** Number of unescaped pipes in a line. */
export function pipeCount(line: string): number {
  let n = 0;
  for (let bar = line.indexOf("|"); bar >= 0; bar = line.indexOf("|", bar + 1)) if (bar === 0 || line[bar - 1] !== "\\") n++;
  return n;
}

/** A line that carries cells of a pipe table: some text between pipes, or empty cells between outer pipes. */
export function isPipeRow(line: string): boolean {
  return pipeCount(line) > 0 && !isRuleLine(line) && (/[\p{L}\p{N}]/u.test(line) || (isClosedPipeRow(line) && pipeCount(line) > 2));
}
