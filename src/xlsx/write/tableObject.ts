import type { CellSpec } from "../../core/sheet/sheetSpec";

/**
 * Excel table names: a letter or underscore first, then letters, digits, underscores or dots; not a cell
 * reference (A1, R1C1); unique in the workbook, case-insensitively.
 */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_").slice(0, 250);
  if (!/^[\p{L}_]/u.test(base) || /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(base)) base = `T_${base}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Header texts as table column names: one line, not empty, unique case-insensitively ("Срок", "Срок 2").
 * The header cells are written with these same texts, because Excel repairs a table whose column names differ
 * from its header cells.
 */
export function tableColumnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.replace(/\s+/g, " ").trim() || `Столбец ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Text of a header cell as written in the spec (a header is text, whatever its kind). */
export function headerText(cell: CellSpec | undefined): string {
  const v = cell?.value;
  if (!v || v.kind === "empty") return "";
  if (v.kind === "text" || v.kind === "link") return v.text;
  if (v.kind === "date") return v.iso;
  return String(v.value);
}
