import type { PlanKey } from "../columns/columnCatalogue";
import type { PlanColumns, PlanItem } from "../types";

/**
 * Words a complete phrase never ends on: prepositions, conjunctions and particles that need a word after them.
 * A cell that ends on one was cut (a missing page, an excerpt copied from the middle of a document).
 */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  "в", "во", "на", "и", "для", "по", "с", "со", "к", "ко", "о", "об", "обо", "от", "из", "за", "при", "а", "или", "между",
  "через", "над", "под", "без", "до", "у", "как", "что", "также", "том", "числе", "не", "ни", "либо", "чем", "где", "который",
  "которые", "которых", "согласно", "среди", "вокруг", "после", "перед", "около", "путем", "путём",
]);

/** Two-word endings that need a figure or a word after them («не менее» 60 %). */
export const DANGLING_PHRASES: ReadonlySet<string> = new Set([
  "не менее", "не более", "не позднее", "не ранее", "не реже", "не ниже", "не выше", "а также", "в том", "в рамках", "в целях", "в части", "в соответствии",
  "на базе", "на основе", "в ходе", "с участием", "при участии",
]);

/** Punctuation that promises more: a comma, a colon, an opening bracket or quote, a word broken by a hyphen. */
const OPEN_ENDINGS: readonly RegExp[] = [/[,:;(«„"]$/, /\p{L}-$/u, /\s[-–—]$/];

export interface CutOffContext {
  readonly columns: PlanColumns;
  /** Lines under the table that sign it: the document's end is there. */
  readonly signed: boolean;
  /** The table ran over several pages (repeated headers, page furniture, page numbers of rows). */
  readonly paged: boolean;
}

/** Columns an item fills: name, responsible, deadline, result (those the table has). */
const FILLED: Readonly<Record<Exclude<PlanKey, "number">, (it: PlanItem) => string>> = {
  name: (it) => it.name,
  responsible: (it) => it.responsible.text,
  deadline: (it) => it.deadline.text,
  result: (it) => it.result,
};

/** Other items that must agree before an empty cell of the last item counts as evidence. */
const MIN_OTHERS = 3;

/**
 * Marks the last item {code: "possibly_incomplete"} when the document looks cut after it: a cell ending mid-phrase,
 * or columns every other item fills left empty. Only an unsigned document can be cut at its end; that a paged table
 * has no signature is said in the note, but is never evidence alone (many plans end without one).
 */
export function markCutOff(items: readonly PlanItem[], ctx: CutOffContext): PlanItem[] {
  if (items.length === 0 || ctx.signed) return [...items];
  const last = items[items.length - 1];
  const reasons = [...danglingTexts(last), ...emptyColumns(items, ctx.columns)];
  if (reasons.length === 0) return [...items];
  if (ctx.paged) reasons.push("после таблицы на нескольких страницах нет подписи");
  const note = { code: "possibly_incomplete" as const, text: `пункт, возможно, обрезан: ${reasons.join("; ")}` };
  return [...items.slice(0, -1), { ...last, notes: [...(last.notes ?? []), note] }];
}

function danglingTexts(item: PlanItem): string[] {
  const out: string[] = [];
  for (const [key, text] of Object.entries(FILLED) as [keyof typeof FILLED, (it: PlanItem) => string][]) {
    const t = text(item).trim();
    if (t === "") continue;
    const words = t.toLowerCase().replace(/ё/g, "е").split(/\s+/);
    const lastWord = words[words.length - 1];
    const lastTwo = words.slice(-2).join(" ");
    const dangling = OPEN_ENDINGS.some((p) => p.test(t)) || DANGLING_PHRASES.has(lastTwo) ? lastTwo : DANGLING_WORDS.has(lastWord) ? lastWord : null;
    if (dangling !== null) out.push(`${LABEL[key]} обрывается на «${t.split(/\s+/).slice(-dangling.split(" ").length).join(" ")}»`);
  }
  return out;
}

function emptyColumns(items: readonly PlanItem[], columns: PlanColumns): string[] {
  const others = items.slice(0, -1);
  if (others.length < MIN_OTHERS) return [];
  const last = items[items.length - 1];
  const empty = (Object.keys(FILLED) as (keyof typeof FILLED)[]).filter(
    (key) => columns[key] !== null && FILLED[key](last).trim() === "" && others.every((it) => FILLED[key](it).trim() !== ""),
  );
  return empty.length === 0 ? [] : [`пусты графы ${empty.map((k) => `«${columns[k]}»`).join(", ")}, заполненные у всех остальных пунктов`];
}

const LABEL: Readonly<Record<keyof typeof FILLED, string>> = {
  name: "наименование",
  responsible: "графа исполнителей",
  deadline: "срок",
  result: "результат",
};
