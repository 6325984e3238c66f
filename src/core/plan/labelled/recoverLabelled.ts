import type { Block, GridRow, Merge } from "../../grid";
import { joinParts } from "../../text/joinParts";
import type { PlanKey } from "../columns/columnCatalogue";
import { type Line, partedBefore, segmentRows, type Segment, type Segmentation } from "../lines/segmentRows";
import { blockRows } from "./blockRows";
import { sectionRow } from "../lines/sectionRow";
import { columnOf, type FieldColumn, fieldColumns } from "./fieldColumns";
import { labelsIn } from "./fieldLabels";
import { headerFold } from "../columns/matchHeader";
import { isSignatureText } from "../structure/rowShapes";
import { type AcceptLabel, type Field, type ItemLine, itemFields, unwrapped, withoutSeparator } from "./itemFields";
import { labelUse } from "./labelUse";

/**
 * A plan written as numbered paragraphs with labelled fields, not as a table:
 *   «1. Провести мониторинг потребности в педагогических кадрах.
 *    Срок: до 1 марта 2027 г.
 *    Ответственные: Иванова А.П., начальник отдела кадров; МКУ «ИМЦ».»
 * or all on one line («… Срок исполнения — сентябрь 2027 г. Ответственный — Петров И.И.»). The rows come from the
 * numbering (segmentRows, as for a table that lost its cells), the columns from the labels (fieldLabels): the blocks
 * hold a table whose header is the labels, which the plan reader reads as any other. Null where the document is not
 * labelled: fewer than half of its items label a deadline, an executor or a result.
 */
export function recoverLabelled(input: readonly Line[]): Block[] | null {
  const lines = input.flatMap((l) => l.text.split("\n").map((text) => ({ ...l, text })));
  // Two labelled fields at least, before the rows are cut (a signature «Исполнитель: …» alone labels no plan).
  if (lines.filter((l) => labelsIn(l.text).some((x) => x.key !== null && x.key !== "name")).length < 2) return null;
  const seg = rowsOf(lines);
  if (!seg) return null;
  const itemLine = (index: number, text: string): ItemLine => ({ index, text, parted: partedBefore(lines, index) });
  const itemLines = seg.segments.map((s) => (s.kind === "item" ? s.pieces.flat().map((r) => itemLine(r.index, r.text)) : []));
  const last = lastItem(seg.segments);
  const end = fieldsAfterLast(lines, seg.end, itemLines[last], (l) => l.key !== null);
  itemLines[last].push(...lines.slice(seg.end, end).map((l, k) => itemLine(seg.end + k, l.text)));
  itemLines.forEach((l, k) => (itemLines[k] = unwrapped(l)));
  const use = labelUse(itemLines.filter((_, k) => seg.segments[k].kind === "item"));
  const itemCount = seg.segments.filter((s) => s.kind === "item").length;
  if (2 * use.labelledItems < itemCount) return null;
  const tails = itemLines.map((l, k) => (seg.segments[k].kind === "item" ? tailOf(l, lines, use.accept) : 0));
  const signed = tails[last] ? itemLines[last].splice(itemLines[last].length - tails[last]) : [];
  // A heading closes with no sentence's mark; a sentence set apart stays the item's, noted (itemFields).
  const headings = itemLines.map((l, k) => (k === last || /[.;:,]$/.test(l[l.length - 1]?.text.trim() ?? "") ? [] : l.splice(l.length - tails[k])));
  const fields = itemLines.map((l) => itemFields(l, use.accept));
  const columns = fieldColumns(fields.filter((_, k) => seg.segments[k].kind === "item"));
  // A plan that prints no numbers has no number column: its items are told apart by their blocks, not by a number.
  const numbered = seg.segments.some((s) => s.kind === "item" && s.number !== null);
  const header = [...(numbered ? ["№ п/п"] : []), ...columns.map((c) => c.header)];
  const order: PlanKey[] = numbered ? ["number", "name"] : ["name"];
  const blocks: Block[] = lines.slice(0, seg.start).map(textBlock);
  const headerRow: GridRow = { cells: header, row: lines[seg.start].row };
  let part: GridRow[] = [headerRow];
  const flush = () => {
    if (part.length) blocks.push({ kind: "table", format: "labelled", grid: { rows: part, merges: numbered ? [] : headingMerges(part, headerRow) } });
    part = [];
  };
  seg.segments.forEach((s, k) => {
    const first = s.pieces[0]?.[0]?.index ?? s.at;
    const above = seg.segments[k - 1];
    const doubtfulTitle = s.kind === "item" && above?.kind === "section" && seg.doubtful?.has(above.at) ? lines[above.at].text.trim() : null;
    part.push(s.kind === "section" ? sectionRow(s, order, lines[first].row) : itemRow(s, fields[k], columns, lines[first].row, numbered, doubtfulTitle));
    // Lines set apart under an item's fields head the items after them, as a section title typed with no number does.
    if (headings[k].length) part.push({ cells: [joinParts(headings[k].map((l) => l.text))], row: lines[headings[k][0].index].row });
    // Page furniture inside the item's lines (a page break): it parts the table, which the plan reader joins again.
    const to = k + 1 < seg.segments.length ? (seg.segments[k + 1].pieces[0]?.[0]?.index ?? seg.segments[k + 1].at) : seg.end;
    for (let j = first; j < to; j++) {
      if (!seg.furniture.has(j)) continue;
      flush();
      blocks.push(textBlock(lines[j]));
    }
  });
  flush();
  return [...blocks, ...signed.map((l) => textBlock(lines[l.index])), ...lines.slice(end).map(textBlock)];
}

/**
 * How many of an item's last lines stand apart from its fields: after its last labelled line, from the first line a
 * blank line sets apart. Under the plan's last item they sign it; between items they head the items below.
 */
function tailOf(item: readonly ItemLine[], lines: readonly Line[], accept: AcceptLabel): number {
  const labelled = item.map((l, k) => k > 0 && labelsIn(l.text).some((x) => accept(x, { lineStart: x.at === 0, firstLine: false })));
  const lastLabel = labelled.lastIndexOf(true);
  if (lastLabel < 0) return 0;
  for (let k = lastLabel + 1; k < item.length; k++) if (partedBefore(lines, item[k].index)) return item.length - k;
  return 0;
}

/**
 * The last item's fields that a signature's pattern cut off («Исполнитель: …» also signs letters): where the lines
 * under the item open with a catalogued label the item has not used, whose value signs nothing (no phone, no line to
 * sign on) or that another field of the item follows right under, that line and those that follow it up to a blank
 * line or a signature are the item's.
 */
function fieldsAfterLast(lines: readonly Line[], end: number, last: readonly ItemLine[], accept: AcceptLabel): number {
  if (end >= lines.length) return end;
  const used = new Set(itemFields(last, accept).flatMap((f) => (f.label ? [f.label.folded] : [])));
  const text = lines[end].text;
  const label = labelsIn(text).find((l) => l.at === 0 && l.key !== null);
  if (!label || used.has(label.folded)) return end;
  // A name alone signs a letter too («Исполнитель — Т.И. Гусева»); the item's next field right under it says it is one.
  const next = end + 1 < lines.length && !partedBefore(lines, end + 1) ? labelsIn(lines[end + 1].text)[0] : undefined;
  const fieldUnder = next?.at === 0 && next.key !== null && next.key !== "name" && next.folded !== label.folded && !used.has(next.folded);
  if (isSignatureText(text.slice(label.end)) && !fieldUnder) return end;
  let to = end + 1;
  while (to < lines.length && !partedBefore(lines, to) && !isSignatureText(lines[to].text)) to++;
  return to;
}

/**
 * The rows of the plan: by its numbering, or, where blocks open more items than numbers do (a plan that numbers its
 * sections only, or nothing), by its blocks.
 */
function rowsOf(lines: readonly Line[]): (Segmentation & { readonly doubtful?: ReadonlySet<number> }) | null {
  const numbered = segmentRows(lines, 0, []);
  const blocks = blockRows(lines);
  const items = (seg: Segmentation | null) => seg?.segments.filter((s) => s.kind === "item").length ?? 0;
  return blocks && items(blocks) > items(numbered) ? blocks : numbered;
}

/** A heading's row, one cell, spreads over the table as a merged title row does: with no number column, that is what tells it from an item. */
function headingMerges(rows: readonly GridRow[], header: GridRow): Merge[] {
  const width = header.cells.length;
  // A page break parts the table (the plan reader joins its parts): only the first part opens with the header.
  return width < 2 ? [] : rows.flatMap((r, top) => (r !== header && r.cells.length === 1 ? [{ top, left: 0, bottom: top, right: width - 1 }] : []));
}

function lastItem(segments: readonly Segment[]): number {
  for (let k = segments.length - 1; k >= 0; k--) if (segments[k].kind === "item") return k;
  return segments.length - 1;
}

const BARE_ITEM = "в пункте нет ни одного поля с подписью (срок, ответственные, результат): проверьте, не относится ли часть наименования к заголовку или к соседнему пункту";

/** One item's row: its number, each field's text in its column, and notes where a field's place is a reading. */
function itemRow(s: Segment, fields: readonly Field[], columns: readonly FieldColumn[], row: number, numbered: boolean, titleAbove: string | null): GridRow {
  const parts: string[][] = columns.map(() => []);
  const notes: { code: "column_uncertain" | "possibly_incomplete"; text: string }[] = [];
  const seen = new Set<number>();
  for (const f of fields) {
    const c = columnOf(columns, f);
    if (f.label && seen.has(c)) notes.push({ code: "column_uncertain", text: `поле «${f.label.wording}» указано в пункте дважды: тексты объединены` });
    if (f.label && f.label.folded !== headerFold(columns[c].header)) {
      notes.push({ code: "column_uncertain", text: `поле «${f.label.wording}» отнесено к столбцу «${columns[c].header}»` });
    }
    for (const d of f.doubtful) notes.push({ code: "column_uncertain", text: `«${short(d)}» без подписи поля после поля «${f.label?.wording}» отнесено к нему` });
    if (f.label || f.parts.length) seen.add(c);
    parts[c].push(...f.parts);
  }
  // In a plan that labels its items' fields, an item with none is either one its author left bare or one whose lines
  // were read as another's (a heading or a name glued to it): the reader cannot tell, the user can.
  if (!fields.some((f) => f.label && f.label.key !== "name")) notes.push({ code: "possibly_incomplete", text: BARE_ITEM });
  // Nothing parts the items but their fields: a title right above the name may be the name's first line.
  if (titleAbove) notes.push({ code: "column_uncertain", text: `строка «${short(titleAbove)}» над пунктом прочитана как заголовок раздела; она может быть началом наименования пункта` });
  // A field's closing mark is the paragraph's, as the mark before a label on its line is (withoutSeparator).
  const cells = [...(numbered ? [s.number ?? ""] : []), ...parts.map((p) => withoutSeparator(fieldText(p)))];
  return { cells, row, ...(notes.length ? { notes } : {}) };
}

/**
 * A field's lines as one text. The lines a wrap cut are joined already (unwrapped): those left open with a capital
 * and keep their line break, as executors written one per line are parted by it; a word hyphenated at a line's end
 * is whole again.
 */
function fieldText(parts: readonly string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).reduce((out, p) => (out === "" ? p : /\p{L}-$/u.test(out) ? out + p : `${out}\n${p}`), "");
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function textBlock(l: Line): Block {
  return { kind: "text", row: l.row, text: l.text };
}
