import { alignmentOffset, CHAR_WIDTHS, columnWidths, drawnColumns, drawnRows, type LaidRow, layRows, pageNumbering, paginate, VERTICAL_ALIGNMENTS, type VerticalAlignment } from "../layoutTable";
import { makeRng, type Rng } from "../rng";
import { asUnsignedAnnex, withActExecutors } from "../actPage";
import { browserCopy, withMergedExecutors } from "../browserCopy";
import { withTaskHeadings } from "../taskHeadings";
import type { TruthPlan } from "../truthPlan";
import { type Shape, withTitleAndSignatures } from "./shape";

/**
 * How the rows of a space-aligned table are drawn: where a cell's lines sit in a taller row, rows parted by a blank
 * line, section headings at the table's left edge or centred over it (Word's merged row «по центру»), and how the
 * signatures under the table print.
 */
export interface RowStyle {
  readonly alignment: VerticalAlignment;
  readonly blankBetweenRows: boolean;
  readonly centredSections?: boolean;
  readonly signatures?: SignatureStyle;
  /** Section rows drawn as the plan chose them: the number in the № column, the title over the other columns. */
  readonly numberedSections?: boolean;
  /**
   * Each item row's columns after the name moved as `pdftotext -layout` moves a Writer table's (proportional fonts
   * placed on a grid of characters, row by row): a row's later columns start up to six characters before or a few
   * after the page's, a line's cell a character more either way, and a cell that meets the text before it glued to
   * it by one space.
   */
  readonly drift?: boolean;
  /**
   * The name column justified («по ширине», as many Word plans set it): every line of a name but its last spread
   * to the column's width, the spaces between its words widened, its last word at the column's right edge.
   */
  readonly justified?: boolean;
}

/**
 * A signature line as typed: the position, a line to sign on and the name («Начальник ____ И.О. Фамилия»), or the
 * position and the name pushed right by tabs, nothing to sign on (then only where it stands tells it from a row);
 * `dated`: a date line under the signatures.
 */
export interface SignatureStyle {
  readonly line: "underlined" | "spaced";
  readonly dated: boolean;
}

const TOP_ROWS: RowStyle = { alignment: "top", blankBetweenRows: false };

/**
 * Centred and bottom cells come from padded table rows (Word, Writer), which pdftotext parts by a blank line: without
 * one, a row's first lines could as well be the end of the row above (top-aligned rows read the same).
 */
export function rowStyle(r: Rng): RowStyle {
  const alignment = r.pick(VERTICAL_ALIGNMENTS);
  return {
    alignment,
    blankBetweenRows: alignment !== "top" || r.chance(0.5),
    centredSections: r.chance(0.5),
    signatures: { line: r.pick(["underlined", "spaced"] as const), dated: r.chance(0.5) },
  };
}

/** The signature lines as `style` prints them, `width` characters wide. */
function signatureLines(plan: TruthPlan, style: SignatureStyle | undefined, width: number): string[] {
  if (!style) return [...plan.signatures];
  const lines = plan.signatures.map((l) => {
    const [position, name] = l.split(/\s*_{3,}\s*/);
    return style.line === "underlined" || name === undefined ? l : position + name.padStart(Math.max(name.length + 6, width - position.length - 10));
  });
  return style.dated ? [...lines, "", `${String((plan.seed % 28) + 1).padStart(2, "0")}.${String((plan.seed % 12) + 1).padStart(2, "0")}.${plan.year}`] : lines;
}

/**
 * Text saved from a PDF with its layout (`pdftotext -layout`), a fixed-width report: columns aligned with spaces,
 * gaps of one to three spaces (one where a cell is full), wrapped cells, the header and a page number on every
 * page, pages separated by form feeds. Cells sit at the top of their rows, or (`style`) centred or at the bottom,
 * where a row's number prints beside the middle or last line of its name; such rows do not break across pages.
 */
export function spaceAligned(plan: TruthPlan, r: Rng, style: RowStyle = TOP_ROWS): string {
  const gap = r.int(1, 3);
  const ws = columnWidths(plan, CHAR_WIDTHS);
  const numberOf = pageNumbering(r);
  const centre = (s: string, width: number) => " ".repeat(Math.max(0, Math.floor((width - s.length) / 2))) + s;
  const total = ws.reduce((a, b) => a + b, 0) + gap * (ws.length - 1);
  const laidRows = layRows(plan, drawnRows(plan, { numbered: style.numberedSections }), CHAR_WIDTHS, gap);
  const name = drawnColumns(plan).indexOf("name");
  const pages = paginate(style.justified ? laidRows.map((l) => justifiedColumn(l, name, ws[name])) : laidRows, r.int(30, 50), r.int(20, 30), style.alignment !== "top");
  const text = pages.map((page, p) => {
    const lines: string[] = [];
    if (p === 0) lines.push(...plan.titleBlock.map((l) => " ".repeat(total - 40) + l), "", centre(plan.title, total), "");
    for (const { laid, from, to } of page) {
      const offsets = laid.columns.map((c) => alignmentOffset(style.alignment, c.length, laid.height));
      // A row's step per column (the drift grows along the line, as the widths of its letters add up).
      const step = style.drift && from === 0 ? r.int(-2, 1) : 0;
      const shifts = laid.columns.map((_, j) => (j < 2 ? 0 : Math.max(-6, Math.min(3, step * (j - 1)))));
      for (let k = from; k < to; k++) {
        if (laid.row.kind === "section" && !laid.row.numbered) lines.push((plan.centredSections ?? style.centredSections) ? centre(laid.columns[0][k] ?? "", total) : laid.columns[0][k] ?? "");
        else if (style.drift && laid.row.kind === "item") lines.push(driftedLine(laid.columns.map((c, j) => c[k - offsets[j]] ?? ""), ws, gap, shifts, r));
        else lines.push(laid.columns.map((c, j) => (c[k - offsets[j]] ?? "").padEnd(ws[j])).join(" ".repeat(gap)).trimEnd());
      }
      if (style.blankBetweenRows && laid.row.kind !== "header" && to === laid.height) lines.push("");
    }
    if (p === pages.length - 1) lines.push("", ...signatureLines(plan, style.signatures, total));
    lines.push("", centre(numberOf(p + 1), total));
    return lines.join("\n");
  });
  return `${text.join("\n\f")}\n`;
}

/** An item row with its column `j` justified to `width`: each line but the cell's last spread over the width. */
function justifiedColumn(laid: LaidRow, j: number, width: number): LaidRow {
  if (laid.row.kind !== "item" || j < 0) return laid;
  const lines = laid.columns[j];
  return { ...laid, columns: laid.columns.map((c, k) => (k === j ? lines.map((l, n) => (n < lines.length - 1 ? justify(l, width) : l)) : c)) };
}

/** A line spread to `width`: the spaces it lacks shared out between its words, the first gaps taking one more. */
export function justify(line: string, width: number): string {
  const words = line.split(" ").filter(Boolean);
  const gaps = words.length - 1;
  const room = width - words.join("").length;
  if (gaps === 0 || room <= gaps) return line;
  return words.reduce((out, w, k) => (k === 0 ? w : out + " ".repeat(Math.floor(room / gaps) + (k <= room % gaps ? 1 : 0)) + w), "");
}

/**
 * One line of a drifted row: each cell at its column's start moved by the row's shift and, now and then, a character
 * more either way; never before the end of the text before it and a space.
 */
function driftedLine(cells: readonly string[], ws: readonly number[], gap: number, shifts: readonly number[], r: Rng): string {
  let line = "";
  let start = 0;
  cells.forEach((cell, j) => {
    const nominal = start + shifts[j] + (j >= 2 && r.chance(0.3) ? r.int(-1, 1) : 0);
    start += ws[j] + gap;
    if (cell === "") return;
    const x = line === "" ? Math.max(0, nominal) : Math.max(nominal, line.length + 1);
    line = line.padEnd(x) + cell;
  });
  return line;
}

/**
 * A PDF copied with the mouse: no cell structure at all. Every visual line of every cell arrives as its own text
 * line, cells of one visual line in column order (so the lines of a long name interleave with the deadline and the
 * executors); the number often shares a line with the first words beside it; page numbers and the repeated header
 * come between pages. A section numbered in the № column gives its number on a line of its own, its title after it.
 * A plan whose cells are centred (centredCells.ts) gives a cell's lines where they stand, beside the middle of the row.
 */
export function interleaved(plan: TruthPlan, r: Rng): string {
  const numberOf = pageNumbering(r);
  const joinNumber = r.chance(0.6);
  const pages = paginate(layRows(plan, drawnRows(plan, { numbered: true }), CHAR_WIDTHS, 2), r.int(30, 50), r.int(20, 30));
  // A section numbered in the № column prints its number as the table has it: «3.», or «3» alone (drawn last, so
  // that the draws above stay what they were).
  const bareSectionNumbers = r.chance(0.5);
  const out: string[] = [...plan.titleBlock, plan.title];
  pages.forEach((page, p) => {
    for (const { laid, from, to } of page) {
      // Centred cells (a whole row on one page): each cell's lines moved down to the middle of the row.
      const offsets = laid.columns.map((c) => (plan.centredCells && from === 0 && to === laid.height ? alignmentOffset("middle", c.length, laid.height) : 0));
      const line = (j: number, k: number) => laid.columns[j][k - offsets[j]] ?? "";
      for (let k = from; k < to; k++) {
        const numberedSection = laid.row.kind === "section" && laid.row.numbered !== undefined;
        const pieces = laid.columns.map((_, j) => (numberedSection && j === 0 && bareSectionNumbers ? line(j, k).replace(/\.$/, "") : line(j, k))).filter((s) => s.trim() !== "");
        // A group row's number shares a line with its title as an item's does.
        if (joinNumber && (laid.row.kind === "item" || laid.row.kind === "sums") && plan.order[0] === "number" && line(0, k) && pieces.length > 1) {
          out.push(`${pieces[0]} ${pieces[1]}`, ...pieces.slice(2));
        } else out.push(...pieces);
      }
    }
    if (p === pages.length - 1) out.push(...plan.signatures);
    out.push(numberOf(p + 1));
  });
  return `${out.join("\n")}\n`;
}

/**
 * A web page or a legal database copied as text: every cell on its own line(s), ended by " |", or cells separated
 * by blank lines; a cell with line breaks keeps them.
 */
export function oneCellPerLine(plan: TruthPlan, ending: " |" | "blank" | "bare"): string {
  const lines: string[] = [];
  for (const row of drawnRows(plan)) {
    const cells = row.kind === "section" ? [row.text] : row.cells;
    for (const c of cells) {
      // Bare: a page's table copied where every cell is a block of its own (one line each, a <br> a line of its own):
      // nothing ends a cell and an empty cell leaves no line at all.
      if (ending === "bare") {
        if (c.trim() !== "") lines.push(c);
      } else lines.push(ending === " |" ? `${c} |` : `${c}\n`);
    }
  }
  return lines.join("\n");
}

/**
 * A Word table as Word gives it in plain text (copied into Notepad or an e-mail, or saved as «Обычный текст»): a row a
 * line, its cells parted by tabs, a cell's paragraphs parted by line breaks (CRLF) that break the row's line too. A
 * cell merged across columns is one cell (one tab fewer); a cell merged down is empty in the rows under its first.
 */
export function tabbedRows(plan: TruthPlan): string {
  const rows = drawnRows(plan, { numbered: true, merges: true }).map((row) => {
    if (row.kind === "section") return row.numbered ? `${row.numbered.number}\t${row.numbered.title}` : row.text;
    return row.cells.filter((_, i) => row.spans?.[i] !== 0).join("\t");
  });
  const under = signedUnder(plan);
  return (under ? `${plan.titleBlock.join("\n")}\n\n${plan.title}\n\n${rows.join("\n")}\n${under}\n` : withTitleAndSignatures(plan, rows.join("\n"))).replace(/\n/g, "\r\n");
}

/**
 * Half the plans (drawn from a stream of their own, so that the other draws stay what they were) have their
 * signatures typed right under the table, no empty paragraph between: the head's sign-off with a blank to sign on,
 * or the name pushed right by tabs or by spaces, «Исполнитель: …» under it after an empty paragraph or not.
 */
function signedUnder(plan: TruthPlan): string | null {
  const s = makeRng(plan.seed ^ 0x5160);
  if (!s.chance(0.5)) return null;
  const [head, ...rest] = plan.signatures;
  const [position, name] = head.split(/\s*_{3,}\s*/);
  const signOff = name === undefined ? head : s.pick([head, `${position}\t\t\t\t${name}`, `${position}${" ".repeat(s.int(8, 40))}${name}`]);
  return [signOff, ...rest].join(s.chance(0.5) ? "\n\n" : "\n");
}

export const LINE_SHAPES: readonly Shape[] = [
  { name: "word-tabbed-text", about: "a Word table as plain text: cells parted by tabs, a cell's paragraphs by CRLF", draw: (plan) => ({ ext: ".txt", data: tabbedRows(plan) }) },
  { name: "space-aligned", about: "pdftotext -layout / fixed-width columns, cells top/centre/bottom", draw: (plan, r) => ({ ext: ".txt", data: spaceAligned(plan, r, { ...rowStyle(r), numberedSections: true }) }) },
  {
    name: "space-aligned-drift",
    about: "pdftotext -layout of a Writer table: each row's later columns moved by up to six characters, cells glued by one space",
    draw: (plan, r) => ({ ext: ".txt", data: spaceAligned(plan, r, { ...rowStyle(r), numberedSections: true, drift: true }) }),
  },
  {
    name: "space-aligned-justified",
    about: "pdftotext -layout of a Word table whose names are justified: wide gaps inside a name's lines, its last word at the column's edge",
    draw: (plan, r) => ({ ext: ".txt", data: spaceAligned(plan, r, { ...rowStyle(r), numberedSections: true, justified: true }) }),
  },
  {
    name: "space-aligned-tasks",
    about: "pdftotext -layout of a district plan: «Раздел I.» over «Задача 1.» headings, items numbered again in every part, cells centred, justified names, no blank line between rows",
    truth: (plan) => withTaskHeadings(plan),
    draw: (plan, r) => ({ ext: ".txt", data: spaceAligned(plan, r, { alignment: "middle", blankBetweenRows: false, justified: true }) }),
  },
  { name: "interleaved", about: "PDF copied with the mouse, no cells", draw: (plan, r) => ({ ext: ".txt", data: interleaved(plan, r) }) },
  { name: "cell-per-line-bar", about: "web page text, each cell ended by \" |\"", draw: (plan) => ({ ext: ".txt", data: withTitleAndSignatures(plan, oneCellPerLine(plan, " |")) }) },
  { name: "cell-per-line-blank", about: "legal database text, cells between blank lines", draw: (plan) => ({ ext: ".txt", data: withTitleAndSignatures(plan, oneCellPerLine(plan, "blank")) }) },
  {
    name: "browser-copy",
    about: "a site's page copied in Chromium: header cells parted by tabs (or a caption a <p> over column numbers), <p> cells by blank lines, executors merged down given once, the site's menu and footer around",
    truth: (plan) => withMergedExecutors(plan),
    draw: (plan, r) => ({ ext: ".txt", data: browserCopy(plan, r) }),
  },
  {
    name: "browser-copy-act",
    about: "the whole act's page copied in Chromium: the plan an annex under «Приложение N 1 / к постановлению …», the next annex (target indicators, numbered rows) after its last row, executors as a region's act prints them, one party a <p>, consents between them",
    truth: (plan) => withMergedExecutors(withActExecutors(asUnsignedAnnex(plan))),
    draw: (plan, r) => ({ ext: ".txt", data: browserCopy(plan, r, { act: true }) }),
  },
  {
    name: "browser-copy-act-titled",
    about: "browser-copy-act with the next table right under a title in capitals (no «Приложение» over it, «ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ …», «СВЕДЕНИЯ О …»), its captions over column numbers now and then, its rows «1.» or «1»",
    truth: (plan) => withMergedExecutors(withActExecutors(asUnsignedAnnex(plan))),
    draw: (plan, r) => ({ ext: ".txt", data: browserCopy(plan, r, { act: true, titled: true }) }),
  },
  {
    name: "cell-per-line-bare",
    about: "a web page's table copied as blocks: every cell on its own line(s), nothing between cells, an empty cell no line",
    draw: (plan) => ({ ext: ".txt", data: withTitleAndSignatures(plan, oneCellPerLine(plan, "bare")) }),
  },
];
