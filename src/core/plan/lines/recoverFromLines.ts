import type { Block, GridRow } from "../../grid";
import { isPageFurniture } from "../../table/pageFurniture";
import { joinParts } from "../../text/joinParts";
import { matchHeader } from "../columns/matchHeader";
import { PLAN_KEYS, type PlanKey } from "../columns/columnCatalogue";
import { isSignatureText } from "../structure/rowShapes";
import { parseDeadline } from "../deadline";
import { lineRole } from "./lineRoles";

/**
 * A plan that arrives as lines without cells (a PDF copied with the mouse, lines pasted into one column): the rows
 * come from the plan's own numbering, the columns from what each line is (lineRoles) and from the header's column
 * order. A line whose column is a guess gives its row a `column_uncertain` note; no line is dropped.
 */
export interface Line {
  readonly row: number;
  readonly text: string;
}

const DEFAULT_HEADERS: Readonly<Record<PlanKey, string>> = {
  number: "№ п/п",
  name: "Наименование мероприятия",
  responsible: "Ответственный исполнитель",
  deadline: "Срок исполнения",
  result: "Ожидаемый результат",
};

/** What follows a number when it is a quantity: a percent sign or a unit (a result line, not an item). */
const QUANTITY_AFTER = /^(%|‰|процент|чел(\.|овек)|ед(\.|иниц)|руб|тыс|млн|раз(а)?\b)/iu;
const NUMBERED = /^((?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6})[.)]?)(?:\s+(.*))?$/u;
const SECTION_WORD = /^(раздел|глава|подпрограмма|направление)\s+(\d{1,3}|[IVXLC]{1,6})(?!\p{L})/iu;
const HEADER_WORD = /(№|наименовани|мероприяти|срок|ответствен|исполнител|результат)/giu;

/** Blocks with a recovered plan table in place of the lines, or null when the lines hold no numbered items. */
export function recoverFromLines(lines: readonly Line[]): Block[] | null {
  const header = findHeader(lines);
  const bodyStart = header ? header.end : 0;
  const starts: number[] = [];
  for (let i = bodyStart; i < lines.length; i++) if (numbered(lines[i].text)) starts.push(i);
  if (starts.length < 2) return null;
  const end = bodyEnd(lines, starts[starts.length - 1]);
  const order = header?.order ?? (["number", "name", "deadline", "responsible", "result"] as PlanKey[]);
  const header0: GridRow = { cells: order.map((k) => DEFAULT_HEADERS[k]), row: lines[starts[0]].row };
  // Page furniture among the rows (page numbers, the header again) splits the table in parts, as a page break
  // does in other readers; the parts are joined again and the furniture is recorded.
  const blocks: Block[] = lines.slice(0, starts[0]).map(textBlock);
  let part: GridRow[] = [header0];
  const flush = () => {
    if (part.length) blocks.push({ kind: "table", format: "lines", grid: { rows: part, merges: [] } });
    part = [];
  };
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s];
    const to = s + 1 < starts.length ? starts[s + 1] : end;
    const own: Line[] = [];
    const furniture: Line[] = [];
    for (const l of lines.slice(from, to)) {
      const repeated = header !== null && l !== lines[from] && headerWords(l.text) >= 2;
      (l !== lines[from] && (isPageFurniture(l.text) || repeated) ? furniture : own).push(l);
    }
    part.push(rowOf(own, order, isSection(lines, starts, s)));
    if (furniture.length) {
      flush();
      blocks.push(...furniture.map(textBlock));
    }
  }
  flush();
  return [...blocks, ...lines.slice(end).map(textBlock)];
}

function textBlock(l: Line): Block {
  return { kind: "text", row: l.row, text: l.text };
}

function numbered(text: string): boolean {
  const m = NUMBERED.exec(text.trim());
  if (SECTION_WORD.test(text.trim())) return true;
  if (!m) return false;
  // "II квартал", "1 марта": a number without its dot that starts a deadline is no item number.
  if (!/[.)]$/.test(m[1]) && parseDeadline(text).kind !== "unparsed") return false;
  // "100 % молодых специалистов…", "15 чел.": a quantity that starts a result line, not an item number.
  if (!/[.)]$/.test(m[1]) && m[2] !== undefined && QUANTITY_AFTER.test(m[2])) return false;
  // "2025 год", "15.03.2025" are no numbers of items; a bare number alone is a page number unless text follows.
  return !/^\d{4}/.test(m[1]) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text.trim()) && (m[2] !== undefined || /\./.test(m[1]));
}

/** A numbered line is a section when the next numbered line is inside it ("2." then "2.1") or it says "Раздел". */
function isSection(lines: readonly Line[], starts: readonly number[], s: number): boolean {
  const text = lines[starts[s]].text.trim();
  if (SECTION_WORD.test(text) || /^[IVXLC]{1,6}\.\s/.test(text)) return true;
  const own = NUMBERED.exec(text)?.[1].replace(/[.)]$/, "");
  const next = s + 1 < starts.length ? NUMBERED.exec(lines[starts[s + 1]].text.trim())?.[1].replace(/[.)]$/, "") : undefined;
  return own !== undefined && next !== undefined && next.startsWith(own + ".");
}

/** Where the last item ends: before the signature block or trailing furniture. */
function bodyEnd(lines: readonly Line[], last: number): number {
  for (let i = last + 1; i < lines.length; i++) if (isSignatureText(lines[i].text)) return i;
  return lines.length;
}

function headerWords(text: string): number {
  return new Set((text.toLowerCase().match(HEADER_WORD) ?? []).map((w) => w.slice(0, 5))).size;
}

/** The header lines before the first item and the order of the columns they name. */
function findHeader(lines: readonly Line[]): { end: number; order: PlanKey[] } | null {
  for (let i = 0; i < lines.length; i++) {
    // Header lines are short captions (a title naming "мероприятия" is no header line).
    const caption = (t: string) => t.length <= 60 && !numbered(t) && (headerWords(t) >= 1 || t.length < 30);
    if (headerWords(lines[i].text) < 1 || !caption(lines[i].text)) continue;
    let j = i;
    const parts: string[] = [];
    while (j < lines.length && j - i < 10 && caption(lines[j].text)) parts.push(lines[j++].text);
    const order = columnOrder(parts);
    if (order.length >= 3) return { end: j, order };
  }
  return null;
}

/** Column keys in the order the header names them; number first, missing plan keys appended. */
function columnOrder(parts: readonly string[]): PlanKey[] {
  const found: { key: PlanKey; at: number }[] = [];
  const text = parts.join(" ");
  const pieces = text.split(/(?=№|Наименование|Мероприяти|Срок|Ответствен|Исполнител|Результат|Ожидаем|Планируем|Форма|Дата|Период)/u);
  let at = 0;
  for (const piece of pieces) {
    const key = matchHeader(piece);
    if (key && (PLAN_KEYS as readonly string[]).includes(key) && !found.some((f) => f.key === key)) found.push({ key: key as PlanKey, at });
    at += piece.length;
  }
  if (found.length < 3) return [];
  // The number opens every row of the recovered table, whatever the header's order.
  const order: PlanKey[] = ["number", ...found.map((f) => f.key).filter((k) => k !== "number")];
  for (const k of PLAN_KEYS) if (!order.includes(k)) order.push(k);
  return order;
}

/** One item (or section) from its lines: each line to the column its content names; the rest to name or result. */
function rowOf(own: readonly Line[], order: readonly PlanKey[], section: boolean): GridRow {
  const first = own[0];
  if (section) return { cells: [joinParts(own.map((l) => l.text))], row: first.row };
  const m = NUMBERED.exec(first.text.trim());
  const parts: Record<PlanKey, string[]> = { number: [m?.[1] ?? ""], name: [], responsible: [], deadline: [], result: [] };
  const notes: { code: "column_uncertain"; text: string }[] = [];
  const texts = [...(m?.[2] ? [m[2]] : []), ...own.slice(1).map((l) => l.text.trim())];
  let lastText: "name" | "result" = "name";
  for (const text of texts) {
    const role = lineRole(text);
    if (role === "result") lastText = "result";
    if (role) {
      parts[role].push(text);
      continue;
    }
    // A line that is none of the known kinds: the name goes on, unless a result has started and the line reads
    // as the rest of its sentence. Which of the two is a guess once both have text.
    const target: "name" | "result" = lastText === "result" && /^\p{Ll}/u.test(text) ? "result" : "name";
    if (parts.name.length > 0 && parts.result.length > 0) notes.push({ code: "column_uncertain", text: `«${short(text)}» отнесено к столбцу «${target === "name" ? "Наименование" : "Результат"}» по догадке` });
    parts[target].push(text);
  }
  const cells = order.map((k) => joinParts(parts[k], { sentences: false }));
  return { cells, row: first.row, ...(notes.length ? { notes } : {}) };
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
