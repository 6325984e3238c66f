import { makeDocx } from "../../io/docx/makeDocx";
import { columnWidths, drawnColumns, drawnRows, type DrawnRow, fitted, widthsFilledToEdge, type Widths } from "../layoutTable";
import { makeRng, type Rng } from "../rng";
import type { Key, TruthPlan } from "../truthPlan";
import { corpusPdf, EDGE_SHARES } from "./pdfShapes";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Column widths in twentieths of a point on a landscape A4 page (about 26 cm of text). */
const TWIPS: Readonly<Record<Key, number>> & { extra: number } = { number: 900, name: 5200, responsible: 3400, deadline: 2400, result: 3000, extra: 2200 };

/**
 * Narrow columns (`extras.narrow`): each extra column and the deadline about an eighth of the table, the name and the
 * executors wider, as officials squeeze a funding or a mark column in beside the text.
 */
const NARROW_TWIPS: Readonly<Record<Key, number>> & { extra: number } = { ...TWIPS, name: 5600, responsible: 3600, deadline: 1750, extra: 1650 };

/** The table's column widths in twips, filling the page's width. */
function docxWidths(plan: TruthPlan): number[] {
  if (!plan.extras?.narrow) return columnWidths(plan, fitted(plan, TWIPS));
  const widths = columnWidths(plan, NARROW_TWIPS);
  const fixed = drawnColumns(plan).map((c) => c === "deadline" || c === "number" || typeof c !== "string");
  const rest = widths.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
  const room = PAGE_TWIPS - widths.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
  return widths.map((w, i) => (fixed[i] ? w : Math.floor((w * room) / rest)));
}

/** The text's width on the landscape page below (16838 less the margins). */
const PAGE_TWIPS = 14854;
/** The text's width on a portrait page with the same margins (11906 less them). */
const PORTRAIT_TWIPS = 9922;

/**
 * Widths scaled down to a portrait page, the same share each but the № column's (the first), which stays as wide:
 * scaled, it leaves «1.1.1.» no room (Writer breaks it into «1.1.» over «1.») and a number's end within a font size of
 * the name's start, so that pdftotext glues them; both are other shapes' matter.
 */
function toPortrait(widths: readonly number[]): number[] {
  const rest = widths.slice(1).reduce((a, b) => a + b, 0);
  return widths.map((w, i) => (i === 0 ? w : Math.floor((w * (PORTRAIT_TWIPS - widths[0])) / rest)));
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A table sized to its text (`toEdge`): Arial 9 pt (Liberation Sans in Writer, the font the corpus measures with),
 * cell margins of 0.1 cm, each column as wide as widthsFilledToEdge makes it, half a point to spare for rounding; the
 * header not bold, so that no caption's word is wider than its column (Writer would break it).
 */
const EDGE = { size: 9, margin: 57, spare: 0.5 };
const EDGE_RUN = `<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="${2 * EDGE.size}"/>`;

/** The table's column widths in twips, each column sized to its text (as Word's autofit leaves it), by the plan's own seed. */
async function edgeWidths(plan: TruthPlan, rows: readonly DrawnRow[]): Promise<number[]> {
  const { font } = await corpusPdf();
  const words = new Map<string, number>();
  const word = (w: string) => words.get(w) ?? words.set(w, font.widthOfTextAtSize(w, EDGE.size)).get(w)!;
  const measure = (s: string) => s.split(" ").reduce((sum, w, i) => sum + (i ? word(" ") : 0) + (w ? word(w) : 0), 0);
  const twips = fitted(plan, TWIPS);
  const inner = Object.fromEntries(Object.entries(twips).map(([k, w]) => [k, (w - 2 * EDGE.margin) / 20])) as unknown as Widths;
  const r = makeRng(plan.seed * 6007 + 3);
  const sized = widthsFilledToEdge(plan, rows, inner, measure, () => r.pick(EDGE_SHARES));
  return columnWidths(plan, sized).map((w) => Math.ceil((w + EDGE.spare) * 20) + 2 * EDGE.margin);
}

/** A paragraph; line breaks inside a cell are <w:br/>, as Word writes Shift+Enter. `run`: the runs' font, where set. */
function para(text: string, opts: { bold?: boolean; center?: boolean; right?: boolean; run?: string; tabAt?: number } = {}): string {
  const props = `${opts.bold ? "<w:b/>" : ""}${opts.run ?? ""}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : "";
  const tabbed = (t: string) => t.split("\t").map((part, k) => `${k ? "<w:tab/>" : ""}<w:t xml:space="preserve">${escapeXml(part)}</w:t>`).join("");
  const runs = text.split("\n").map((t, i) => `<w:r>${rPr}${i ? "<w:br/>" : ""}${tabbed(t)}</w:r>`).join("");
  const jc = opts.center ? '<w:jc w:val="center"/>' : opts.right ? '<w:jc w:val="right"/>' : "";
  // A tab in the text goes to a right tab stop at `tabAt` (twips from the left margin), as a signature's name is set.
  const tabs = opts.tabAt !== undefined && text.includes("\t") ? `<w:tabs><w:tab w:val="right" w:pos="${opts.tabAt}"/></w:tabs>` : "";
  return `<w:p>${tabs || jc ? `<w:pPr>${tabs}${jc}</w:pPr>` : ""}${runs}</w:p>`;
}

type VAlign = "top" | "center" | "bottom";

/** `vMerge`: the cell starts a merge down into the row under it, or continues the one above (as Word writes them). */
const cell = (content: string, width: number, span = 1, vAlign: VAlign = "top", vMerge?: "restart" | "continue") =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : vMerge ? "<w:vMerge/>" : ""}${vAlign !== "top" ? `<w:vAlign w:val="${vAlign}"/>` : ""}</w:tcPr>${content}</w:tc>`;

/**
 * The executors' cells merged down (`vMerge`): over each run of consecutive items naming the same executors, the first
 * starts the merge and the others continue it (undefined for every other row).
 */
function mergedExecutors(drawn: readonly DrawnRow[], column: number): ({ column: number; merge: "restart" | "continue" } | undefined)[] {
  const key = (row: DrawnRow) => (row.kind === "item" && row.cells[column] ? row.cells[column] : null);
  return drawn.map((row, at) => {
    const k = key(row);
    if (k === null || column < 0) return undefined;
    if (at > 0 && key(drawn[at - 1]) === k) return { column, merge: "continue" };
    return at + 1 < drawn.length && key(drawn[at + 1]) === k ? { column, merge: "restart" } : undefined;
  });
}

/**
 * How the plan's author aligned the cells vertically: Word users centre a whole table (or put it at the bottom) as
 * often as they leave it at the top, and now and then align rows one by one. Drawn from the plan's own seed, so that
 * every shape made from this document (and the one PDF printed from it) sees the same table.
 */
function cellAlignment(plan: TruthPlan): () => VAlign {
  const r: Rng = makeRng(plan.seed * 7727 + 13);
  const table = r.pick<VAlign | "per row">(["top", "center", "bottom", "per row"]);
  return table === "per row" ? () => r.pick<VAlign>(["top", "center", "bottom"]) : () => table;
}

/** Whether the author centred the section headings in their merged rows (as often as not), by the plan's own seed. */
const centredSections = (plan: TruthPlan): boolean => makeRng(plan.seed * 7919 + 29).chance(0.5);

const borders = (size: number) => ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="single" w:sz="${size}" w:space="0" w:color="000000"/>`).join("");
const BORDERS = borders(4);

/**
 * A table typed as HTML and saved by Writer as .docx (the plan's `tight`, tightRows.ts), as the official fixtures were:
 * Times New Roman 12 pt, cells padded 2 pt above and below and 4 pt at the sides, hairline borders (¼ pt). A row's last
 * baseline then stands about one and a half font sizes above the next row's first, and two cells' text 8 pt apart:
 * right at pdftotext's thresholds for growing one block of text, so that some rows come out baseline by baseline across
 * their cells and others column block by column block.
 */
const TIGHT = { run: '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/>', margins: '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>', borders: borders(2) };

/**
 * The plan as an official types it in Word: title block and title as paragraphs, a bordered table whose header row
 * repeats on every printed page, section rows merged across the table (their headings at the left or centred), cells
 * at the top, centred or at the bottom of their rows, signatures below. `aligned: false`: cells at the top, headings
 * at the left (as tables were drawn before).
 */
export async function planDocx(plan: TruthPlan, opts: { aligned?: boolean; numbered?: boolean; toEdge?: boolean; mergeExecutors?: boolean; tablePerSection?: boolean } = {}): Promise<Uint8Array> {
  const drawn = drawnRows(plan, { numbered: opts.numbered, merges: true });
  const merged = opts.mergeExecutors ? mergedExecutors(drawn, drawnColumns(plan).indexOf("responsible")) : drawn.map(() => undefined);
  const widths = opts.toEdge ? await edgeWidths(plan, drawn) : plan.tight?.portrait ? toPortrait(docxWidths(plan)) : docxWidths(plan);
  const total = widths.reduce((a, b) => a + b, 0);
  const run = opts.toEdge ? EDGE_RUN : plan.tight ? TIGHT.run : undefined;
  const alignment = plan.centredCells ? () => "center" as const : opts.aligned === false ? () => "top" as const : cellAlignment(plan);
  const centred = plan.centredSections ?? (opts.aligned !== false && centredSections(plan));
  const rows = drawn.map((row, at) => {
    if (row.kind === "section" && row.numbered) {
      const { number, title } = row.numbered;
      return `<w:tr>${cell(para(number, { bold: true, run }), widths[0], 1)}${cell(para(title, { bold: true, run }), total - widths[0], widths.length - 1)}</w:tr>`;
    }
    if (row.kind === "section") return `<w:tr>${cell(para(row.text, { bold: true, center: centred, run }), total, widths.length)}</w:tr>`;
    const trPr = row.kind === "header" ? "<w:trPr><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit w:val=\"false\"/></w:trPr>";
    const vAlign = row.kind === "header" ? (opts.aligned === false ? "top" : "center") : alignment();
    const down = merged[at];
    const vMerge = (i: number) => (row.kind !== "header" ? (down?.column === i ? down.merge : undefined) : row.down?.[i] ? "restart" : row.up?.[i] ? "continue" : undefined);
    const spans = row.spans ?? row.cells.map(() => 1);
    // A merged executors' cell is centred over its rows, as a browser prints a rowspan; the rows it continues are empty.
    const text = (c: string, i: number) => (vMerge(i) === "continue" && row.kind !== "header" ? "" : c);
    const cells = row.cells.map((c, i) =>
      spans[i] === 0
        ? ""
        : cell(
            para(text(c, i), { bold: (row.kind === "header" && !opts.toEdge) || row.kind === "sums", center: row.kind === "header", run }),
            widths.slice(i, i + spans[i]).reduce((a, b) => a + b, 0),
            spans[i],
            down?.column === i ? "center" : vAlign,
            vMerge(i),
          ),
    );
    return `<w:tr>${trPr}${cells.join("")}</w:tr>`;
  });
  const tableOf = (trs: readonly string[]) => `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${plan.tight ? TIGHT.borders : BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>${opts.toEdge ? `<w:tblCellMar><w:left w:w="${EDGE.margin}" w:type="dxa"/><w:right w:w="${EDGE.margin}" w:type="dxa"/></w:tblCellMar>` : plan.tight ? TIGHT.margins : ""}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${trs.join("")}</w:tbl>`;
  const body = [
    ...plan.titleBlock.map((l) => para(l, { right: true })),
    para(""),
    para(plan.title, { bold: true, center: true }),
    para(""),
    ...(opts.tablePerSection ? tablesPerSection(drawn, rows, tableOf, run) : [tableOf(rows)]),
    para(""),
    ...plan.signatures.map((l) => para(l, { tabAt: plan.tight?.portrait ? PORTRAIT_TWIPS : PAGE_TWIPS })),
  ].join("");
  const page = plan.tight?.portrait ? '<w:pgSz w:w="11906" w:h="16838"/>' : '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>';
  const sectPr = `<w:sectPr>${page}<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}${sectPr}</w:body></w:document>`;
  return makeDocx({ document });
}

/**
 * The plan typed as one table per section, as officials often type it: each heading a bold paragraph, the table of
 * its items under it, the header row in the first table only (the first heading stands above that table's header).
 * Every table has the same columns and widths.
 */
function tablesPerSection(drawn: readonly DrawnRow[], rows: readonly string[], tableOf: (trs: readonly string[]) => string, run?: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) out.push(tableOf(current));
    current = [];
  };
  const headerRows = drawn.findIndex((row) => row.kind !== "header");
  drawn.forEach((row, at) => {
    if (row.kind !== "section") return void current.push(rows[at]);
    // The first heading, right under the header, goes above the first table.
    if (at === headerRows) return void out.push(para(row.text, { bold: true, run }));
    close();
    out.push(para(row.text, { bold: true, run }));
  });
  close();
  return out;
}
