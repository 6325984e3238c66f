import * as iconv from "iconv-lite";
import { CHAR_WIDTHS, type DrawnRow, drawnColumns, drawnRows, layRows, paginate } from "../layoutTable";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { planDocx } from "./planDocx";
import { type Shape, withTitleAndSignatures } from "./shape";

const quoted = (sep: string) => (s: string) => (s.includes(sep) || s.includes("\n") || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Delimited text as Excel saves a sheet: the title in a record of its own above the table, a cell with line breaks
 * quoted, a section's text in the first cell, the signatures in records below.
 */
function delimited(plan: TruthPlan, sep: string): string {
  const q = quoted(sep);
  const width = plan.order.length;
  const alone = (text: string) => [text, ...Array(width - 1).fill("")];
  // A numbered section as Excel saves a merge: the number, then the title in the merge's first cell.
  const table = drawnRows(plan, { numbered: true }).map((row) =>
    row.kind === "section" ? (row.numbered ? [row.numbered.number, row.numbered.title, ...Array(width - 2).fill("")] : alone(row.text)) : [...row.cells],
  );
  return [alone(plan.title), ...table, alone(""), ...plan.signatures.map(alone)].map((cells) => cells.map(q).join(sep)).join("\r\n");
}

interface RuleChars {
  readonly h: string;
  /** The top and bottom rules' line where it differs from the inner rules' (a double frame). */
  readonly outer?: string;
  readonly v: string;
  readonly top: string;
  readonly mid: string;
  readonly bottom: string;
}
const BOX: RuleChars = { h: "─", v: "│", top: "┌┬┐", mid: "├┼┤", bottom: "└┴┘" };
const ASCII: RuleChars = { h: "-", v: "|", top: "+++", mid: "+++", bottom: "+++" };
/**
 * A double-framed box table as Russian legal texts are seen on the web after a code-page conversion into
 * windows-1251, which has no box drawing: its look-alikes (from memory) «г» «T» «¬» on top, «L» «¦» «-» at the bottom,
 * «=» for the double frame, «+» and «-» inside, «¦» for the bars.
 */
const LOOK_ALIKE_1251: RuleChars = { h: "-", outer: "=", v: "¦", top: "гT¬", mid: "+++", bottom: "L¦-" };

/**
 * The spelling of a DOS export, whose code page (cp866) has no «», dashes or «№»: straight quotes, hyphens, «N».
 * Applied to the whole truth plan, so the text the shape draws and the truth agree.
 */
const DOS_SPELLING: readonly [RegExp, string][] = [[/[«»“”„]/g, '"'], [/[–—]/g, "-"], [/№/g, "N"], [/…/g, "..."], [/[\u00a0\u202f]/g, " "]];
function inDosSpelling<T>(value: T): T {
  if (typeof value === "string") return DOS_SPELLING.reduce((s, [re, to]) => s.replace(re, to), value as string) as T;
  if (Array.isArray(value)) return value.map(inDosSpelling) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inDosSpelling(v)])) as T;
  return value;
}

/** A ruled grid, every row ruled off, cells wrapped; each page redraws the table with its header. */
function ruled(plan: TruthPlan, r: Rng, ch: RuleChars): string {
  const ws = plan.order.map((k) => CHAR_WIDTHS[k]);
  const total = ws.reduce((a, b) => a + b, 0) + 3 * (ws.length - 1);
  const rule = (s: string) => s[0] + ws.map((w) => (s === ch.mid ? ch.h : (ch.outer ?? ch.h)).repeat(w + 2)).join(s[1]) + s[2];
  const out: string[] = [];
  for (const page of paginate(layRows(plan, drawnRows(plan, { numbered: true }), CHAR_WIDTHS, 3), r.int(30, 50), r.int(20, 30))) {
    if (out.length) out.push("", "");
    out.push(rule(ch.top));
    page.forEach(({ laid, from, to }, i) => {
      for (let k = from; k < to; k++) {
        if (laid.row.kind === "section" && laid.row.numbered) out.push(`${ch.v} ${(laid.columns[0][k] ?? "").padEnd(ws[0])} ${ch.v} ${(laid.columns[1][k] ?? "").padEnd(total - ws[0] - 3)} ${ch.v}`);
        else if (laid.row.kind === "section") out.push(`${ch.v} ${(laid.columns[0][k] ?? "").padEnd(total)} ${ch.v}`);
        else out.push(ch.v + laid.columns.map((c, j) => ` ${(c[k] ?? "").padEnd(ws[j])} `).join(ch.v) + ch.v);
      }
      out.push(rule(i === page.length - 1 ? ch.bottom : ch.mid));
    });
  }
  return out.join("\n");
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const htmlText = (s: string) => escapeHtml(s).replace(/\n/g, "<br>");

/** A header, item or sums cell, merged as the row says: a covered cell is not written, a merged one spans its columns or rows. */
function htmlCell(row: Exclude<DrawnRow, { kind: "section" }>, text: string, i: number): string {
  const span = row.spans?.[i] ?? 1;
  if (span === 0 || (row.kind === "header" && row.up?.[i])) return "";
  const attrs = `${span > 1 ? ` colspan="${span}"` : ""}${row.kind === "header" && row.down?.[i] ? ' rowspan="2"' : ""}`;
  if (row.kind === "header") return `<th${attrs}>${htmlText(text)}</th>`;
  // A programme's group and total rows are typed in bold.
  return `<td${attrs}><p>${row.kind === "sums" && text !== "" ? `<b>${htmlText(text)}</b>` : htmlText(text)}</p></td>`;
}

/**
 * `tablePerSection`: one table per section, each heading a bold paragraph above its table, the header in the first
 * table only (planDocx's tablesPerSection).
 */
export function planHtml(plan: TruthPlan, opts: { tablePerSection?: boolean } = {}): string {
  const width = drawnColumns(plan).length;
  const drawn = drawnRows(plan, { numbered: true, merges: true });
  // The header's rows (the column numbers under it included) in the table's head, which a printed page repeats.
  const headRows = drawn.findIndex((row) => row.kind !== "header");
  const rows = drawn.map((row) =>
    row.kind === "section"
      ? row.numbered
        ? `<tr><td><b>${htmlText(row.numbered.number)}</b></td><td colspan="${width - 1}"><b>${htmlText(row.numbered.title)}</b></td></tr>`
        : `<tr><td colspan="${width}"${plan.centredSections ? ' align="center"' : ""}><b>${htmlText(row.text)}</b></td></tr>`
      : `<tr>${row.cells.map((c, i) => htmlCell(row, c, i)).join("")}</tr>`,
  );
  const paras = (lines: readonly string[]) => lines.map((l) => `<p>${htmlText(l)}</p>`).join("\n");
  const table = (head: readonly string[], body: readonly string[]) =>
    `<table border="1" cellspacing="0">\n${head.length ? `<thead>${head.join("")}</thead>\n` : ""}<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
  const tables: string[] = [];
  if (opts.tablePerSection) {
    let head = rows.slice(0, headRows);
    let body: string[] = [];
    const close = () => {
      if (head.length || body.length) tables.push(table(head, body));
      head = [];
      body = [];
    };
    drawn.forEach((row, at) => {
      if (at < headRows) return;
      if (row.kind !== "section") return void body.push(rows[at]);
      const heading = `<p><b>${htmlText(row.text)}</b></p>`;
      if (at === headRows) return void tables.push(heading);
      close();
      tables.push(heading);
    });
    close();
  } else tables.push(table(rows.slice(0, headRows), rows.slice(headRows)));
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(plan.title)}</title></head><body>
${paras(plan.titleBlock)}
<h2>${htmlText(plan.title)}</h2>
${tables.join("\n")}
${paras(plan.signatures)}
</body></html>
`;
}

export const GRID_SHAPES: readonly Shape[] = [
  { name: "tsv", about: "tab-separated, quoted line breaks", draw: (plan) => ({ ext: ".tsv", data: delimited(plan, "\t") }) },
  { name: "csv", about: "CSV with ; as Russian Excel saves it", draw: (plan) => ({ ext: ".csv", data: delimited(plan, ";") }) },
  { name: "box", about: "box-drawing grid, wrapped cells, pages", draw: (plan, r) => ({ ext: ".txt", data: withTitleAndSignatures(plan, ruled(plan, r, BOX)) }) },
  { name: "ascii", about: "+--+ grid, wrapped cells, pages", draw: (plan, r) => ({ ext: ".txt", data: withTitleAndSignatures(plan, ruled(plan, r, ASCII)) }) },
  {
    name: "box-lookalike-1251",
    about: "a legal text's double-framed box table in windows-1251 look-alikes (г==T==¬, ¦, +--+, L==¦==-), CRLF",
    draw: (plan, r) => ({ ext: ".txt", data: new Uint8Array(iconv.encode(withTitleAndSignatures(plan, ruled(plan, r, LOOK_ALIKE_1251)).replace(/\n/g, "\r\n"), "win1251")) }),
  },
  {
    name: "box-cp866",
    about: "a DOS export: the box-drawing grid in cp866, in the DOS spelling (\" - N), CRLF",
    truth: (plan) => inDosSpelling(plan),
    draw: (plan, r) => ({ ext: ".txt", data: new Uint8Array(iconv.encode(withTitleAndSignatures(plan, ruled(plan, r, BOX)).replace(/\n/g, "\r\n"), "cp866")) }),
  },
  {
    name: "box-cp866-as-1251",
    about: "that DOS export decoded as windows-1251 by a browser and saved as UTF-8 («ЪДДВДДї», «і»)",
    truth: (plan) => inDosSpelling(plan),
    draw: (plan, r) => ({ ext: ".txt", data: iconv.decode(iconv.encode(withTitleAndSignatures(plan, ruled(plan, r, BOX)), "cp866"), "win1251") }),
  },
  { name: "html", about: "web page / Word saved as HTML", draw: (plan) => ({ ext: ".html", data: planHtml(plan) }) },
  { name: "docx", about: "Word table", draw: async (plan) => ({ ext: ".docx", data: await planDocx(plan, { numbered: true }) }) },
  {
    name: "html-table-per-section",
    about: "web page typed as one table per section, the headings paragraphs between the tables, the header in the first",
    draw: (plan) => ({ ext: ".html", data: planHtml(plan, { tablePerSection: true }) }),
  },
  {
    name: "docx-table-per-section",
    about: "Word document typed as one table per section, the headings paragraphs between the tables, the header in the first",
    draw: async (plan) => ({ ext: ".docx", data: await planDocx(plan, { numbered: true, tablePerSection: true }) }),
  },
];
