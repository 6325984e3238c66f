import { PLAN_KEYS, type PlanKey } from "../columns/columnCatalogue";
import { matchHeader, namesWeakly } from "../columns/matchHeader";
import { namesSpanEnds } from "../columns/deadlineEnd";
import { captionText } from "./captionText";
import { subCaptions } from "./spanSubCaptions";
import { yearsOf } from "./yearCaptions";
import { namesExtraColumn, namesReportColumn } from "./extraCaptionFit";

/** A column of the header of a plan without cells: a catalogued key, or an extra column kept by its caption. */
export type HeaderColumn =
  | { readonly key: PlanKey; readonly caption: string }
  | {
      readonly key: null;
      readonly caption: string;
      readonly spanEnd?: boolean;
      /** One of the years under a caption merged over them («Объём финансирования, тыс. руб.» over «2026 г. | 2027 г.»): sums. */
      readonly sums?: boolean;
    };

/** A caption's last word asks for the next line: a preposition («Отметка о»), an adjective («Ответственный»). */
const PREPOSITION_END = /(?:^|\s)(?:о|об|по|в|на|для|с|и)$/iu;
const ADJECTIVE_END = /\p{L}{3,}(?:ый|ий|ой|ая|ые|ое)$/iu;
/**
 * A noun that a caption never ends on, which a noun in the genitive goes on: a programme's funding columns
 * («Источник» / «финансирования», «Объём» / «финансирования», «Размер» / «финансирования»), a report's form
 * («Форма» / «отчётности»), a mark («Отметка» / «исполнения»), an event's name or place («Наименование» /
 * «мероприятия», «Место» / «проведения»).
 */
const HEAD_NOUN_END = /(?:^|\s)(?:источник|источники|объ[её]м|размер|форма|отметка|наименование|место)$/iu;
/** A noun in the genitive («финансирования», «исполнения») goes on a noun, never an adjective («Ответственные»). */
const GENITIVE = /(?:ия|ии|ости|ства|ов)$/iu;
const firstWord = (line: string): string => /^[(«"]?(\p{L}+)/u.exec(line)?.[1] ?? "";
/** The caption's last word wants this line: an adjective a word not in the genitive, a head noun one in the genitive. */
const wants = (caption: string, line: string) => (ADJECTIVE_END.test(caption) && !GENITIVE.test(firstWord(line))) || (HEAD_NOUN_END.test(caption) && GENITIVE.test(firstWord(line)));
/** A preposition asks for any next line, whatever its case. */
const asksFor = (caption: string, line: string) => PREPOSITION_END.test(caption) || wants(caption, line);
/** A caption's later line opens in lower case, maybe inside brackets or quotes («Ожидаемый результат» / «(показатель)»). */
const STARTS_LOWER = /^[(«"]?\p{Ll}/u;

/**
 * The header's columns in order, extra columns included, when the column numbers under it say how many there are
 * (`count`). A copy without cells gives a header row as it gives every row: the first line of each caption, left to
 * right, then the second lines of the captions that wrap, and so on. The first `count` lines are the captions'
 * first lines; each later line continues a caption at or right of the one the line before continued: one that names
 * no catalogued column before the first one that reads unfinished, else that one, else the first it may follow. The
 * catalogued keys must be those the header search found (`named`), each once; a key named only weakly beside a column
 * naming it plainly («Показатель» beside «Результат») is an extra column. Null when the lines do not give `count`
 * captions that agree so.
 */
export function headerColumns(lines: readonly string[], count: number, named: ReadonlySet<PlanKey>): HeaderColumn[] | null {
  const texts = lines.map((l) => l.trim()).filter((l) => l !== "");
  return count < 2 ? null : columnsOf(captionsRowMajor(texts, count), named);
}

/**
 * The header's columns when its lines come as a PDF draws them (captionsInDrawingOrder), else null. A two-row header
 * whose last lines are years alone («2026 год 2027 год») has a caption merged over them: the one caption no
 * catalogue names («Объём финансирования, тыс. руб.») is a column per year, each named by both, as a sheet names them.
 */
export function drawnHeaderColumns(lines: readonly string[], count: number, named: ReadonlySet<PlanKey>): HeaderColumn[] | null {
  const texts = lines.map((l) => l.trim()).filter((l) => l !== "");
  if (count < 2) return null;
  const years = trailingYears(texts);
  const byYear = years && years.years.length < count ? underYears(columnsOf(captionsInDrawingOrder(texts.slice(0, years.from), count - years.years.length + 1, true), named), years.years) : null;
  const span = byYear ? null : trailingSpanEnds(texts);
  const bySpan = span ? underSpan(columnsOf(captionsInDrawingOrder(span.captions, count - 1, true), named), span.subs) : null;
  // A caption's later line may run on into the first line of the caption beside it on their baseline with no
  // sub-captions under them either («завершения Примечание»): its capitals part them where nothing else counts.
  return byYear ?? bySpan ?? columnsOf(captionsInDrawingOrder(texts, count), named) ?? columnsOf(captionsInDrawingOrder(texts, count, true), named);
}

/**
 * How many columns a header counts where no row of numbers under it does: each caption opens a line of its own with a
 * capital and its wrapped lines go on in lower case («Источник» / «финансирования»), whole one after another, row by
 * row, or run together with captions on the same baseline. Counted only where the captions read so hold every column
 * the header search named and more that no catalogue names but that name a column officials print beside them and
 * fill (a source of funding, a target, a note among them: namesExtraColumn, namesReportColumn); without such a column
 * the catalogued ones count the table as well, and null is returned.
 */
export function drawnCaptionCount(lines: readonly string[], named: ReadonlySet<PlanKey>): number | null {
  const texts = lines.map((l) => l.trim()).filter((l) => l !== "");
  const opened = texts.filter((t, i) => i === 0 || !STARTS_LOWER.test(t)).length;
  // Captions of one line drawn on one baseline come run together on a line («п/п Мероприятие Исполнитель Срок»), and a
  // caption's later line may run on into the next caption's first line («реализации Содержание работы»): each capital
  // there may open one too. The fewest captions that read so are taken.
  const capitals = opened + texts.reduce((n, t) => n + t.split(CAPITALISED_WORD).length - 1, 0);
  for (let count = named.size + 1; count <= capitals; count++) {
    // Row by row, the captions' first lines come first and their wrapped lines after them all.
    const columns = [captionsInDrawingOrder(texts, count), captionsInDrawingOrder(texts, count, true), captionsRowMajor(texts, count)].map((c) => columnsOf(c, named)).find((c) => c !== null);
    const extras = columns?.filter((c) => c.key === null && !("spanEnd" in c && c.spanEnd)) ?? [];
    // A report's column printed last is mostly empty: it counts beside a filled one only.
    const filled = extras.filter((c) => !(c === columns![columns!.length - 1] && namesReportColumn(c.caption)));
    if (filled.length && extras.every((c) => namesExtraColumn(c.caption))) return columns!.length;
  }
  return null;
}

/**
 * A two-row header whose second row holds a span's sub-captions alone («начала окончания» under «Срок реализации»),
 * drawn after the first row's captions, on their own line or run on after a caption's last line: the captions' lines
 * without them, and the two sub-captions.
 */
function trailingSpanEnds(texts: readonly string[]): { captions: string[]; subs: readonly [string, string] } | null {
  const last = texts[texts.length - 1] ?? "";
  const { rest, subs } = subCaptions(last);
  if (!subs || !last.trim().endsWith(subs[1])) return null;
  return { captions: [...texts.slice(0, -1), rest.trim()].filter((t) => t !== ""), subs };
}

/** The columns with the deadline's spread over the span's two sub-captions: the start the deadline's, the end its own. */
function underSpan(columns: readonly HeaderColumn[] | null, subs: readonly [string, string]): HeaderColumn[] | null {
  if (!columns?.some((c) => c.key === "deadline")) return null;
  return columns.flatMap((c): HeaderColumn[] =>
    c.key === "deadline" ? [{ key: c.key, caption: `${c.caption} ${subs[0]}` }, { key: null, caption: `${c.caption} ${subs[1]}`, spanEnd: true }] : [c],
  );
}

/** The header's last lines when they are years alone, two or more (sub-captions under one caption), and where they start. */
function trailingYears(texts: readonly string[]): { from: number; years: string[] } | null {
  let from = texts.length;
  while (from > 0 && yearsOf(texts[from - 1])) from--;
  const years = texts.slice(from).flatMap((t) => yearsOf(t) ?? []);
  return years.length >= 2 ? { from, years } : null;
}

/** The columns with the one extra column among them spread over the years under it; null unless exactly one is extra. */
function underYears(columns: readonly HeaderColumn[] | null, years: readonly string[]): HeaderColumn[] | null {
  const extra = columns?.filter((c) => c.key === null) ?? [];
  if (!columns || extra.length !== 1) return null;
  return columns.flatMap((c): HeaderColumn[] => (c === extra[0] ? years.map((y) => ({ key: null, caption: `${c.caption} ${y}`, sums: true })) : [c]));
}

/**
 * Row-major captions: the first `count` lines open them, each later line continues one (see headerColumns). The later
 * lines come in rows of their own as the first lines do: the second lines of the captions that wrap, left to right,
 * then their third lines. A line no caption right of the last one continued can take, where that row's captions can,
 * opens the next row («Источники» / «Объём», then «финансирования» / «финансирования», then «(тыс. рублей)»).
 */
function captionsRowMajor(texts: readonly string[], count: number): string[][] | null {
  if (texts.length < count || texts.slice(0, count).some((t) => STARTS_LOWER.test(t))) return null;
  const captions = texts.slice(0, count).map((t) => [t]);
  let from = 0;
  // The captions the row before continued (every caption under the first row), and those this row continues.
  let above = new Set(captions.keys());
  let row: number[] = [];
  for (const line of texts.slice(count)) {
    if (!STARTS_LOWER.test(line)) return null;
    let at = captionFor(captions, line, from, above);
    const next = at === null && row.length > 0 ? captionFor(captions, line, 0, new Set(row)) : null;
    if (next !== null) {
      above = new Set(row);
      row = [];
      at = next;
    }
    at ??= Math.min(from, count - 1);
    captions[at].push(line);
    row.push(at);
    from = at + 1;
  }
  return captions;
}

/**
 * The caption at or right of `from` among `open` that a line continues: the first whose last word wants it (wants),
 * else one that asks for it (a preposition), or before that one no catalogue names; null when none does. A caption no catalogue names wraps as likely as one that asks for more; of two
 * such, which one wraps is a guess: the right one, whose line break came later.
 */
function captionFor(captions: readonly string[][], line: string, from: number, open: ReadonlySet<number>): number | null {
  const wanting = captions.findIndex((c, k) => k >= from && open.has(k) && wants(c[c.length - 1], line));
  if (wanting >= 0) return wanting;
  const asking = captions.findIndex((c, k) => k >= from && open.has(k) && asksFor(c[c.length - 1], line));
  const until = asking >= 0 ? asking : captions.length;
  const uncatalogued = captions.reduce((last, c, k) => (k >= from && k < until && open.has(k) && planKey(c.join(" ")) === null ? k : last), -1);
  return uncatalogued >= 0 ? uncatalogued : asking >= 0 ? asking : null;
}

/** A word in capitals or opening with one inside a line: where a caption drawn on the same baseline may begin. */
const CAPITALISED_WORD = /\s+(?=[\p{Lu}№])/u;

/**
 * Captions in the order a PDF draws them (text copied from a browser's viewer, pdftotext -raw): each caption's lines
 * together, captions left to right. A caption opens with a capital and its later lines are in lower case; captions
 * of one line that stand on the same baseline come run together on one line («Мероприятие Исполнитель Срок»), and
 * are parted before their capitals when that makes exactly `count` captions. Null otherwise.
 */
function captionsInDrawingOrder(texts: readonly string[], count: number, laterLines = false): string[][] | null {
  const captions: string[][] = [];
  for (const t of texts) {
    if (!STARTS_LOWER.test(t)) {
      captions.push([t]);
    } else if (captions.length) {
      // Over a row of sub-captions, a caption's later line runs on into the first line of the caption drawn beside it
      // on its baseline («тыс. руб. Результат»): its capitals part them.
      const [own, ...others] = laterLines ? t.split(CAPITALISED_WORD) : [t];
      captions[captions.length - 1].push(own);
      for (const o of others) captions.push([o]);
    }
    // The header search may leave out a first caption's first line («№» above «п/п»): its later lines open it.
    else captions.push([t]);
  }
  if (captions.length === count) return captions;
  // Each caption's first line may hold several captions; all its capitals part them, or none does.
  const parts = captions.map((c) => c[0].split(CAPITALISED_WORD));
  if (captions.length + parts.reduce((n, p) => n + p.length - 1, 0) !== count) return null;
  return captions.flatMap((c, k) => [...parts[k].slice(0, -1).map((p) => [p]), [parts[k][parts[k].length - 1], ...c.slice(1)]]);
}

/** The header's columns from its captions' lines, when their catalogued keys are those the header search found. */
function columnsOf(captions: readonly (readonly string[])[] | null, named: ReadonlySet<PlanKey>): HeaderColumn[] | null {
  if (!captions) return null;
  const joined = captions.map(captionText);
  const keys = joined.map(planKey);
  // A key named twice: the weak naming gives way to the plain one; a deadline's second caption right after its first,
  // naming the span's end, is the end's column.
  const spanEnd = keys.findIndex((k, i) => i > 0 && k === "deadline" && keys[i - 1] === "deadline" && namesSpanEnds([joined[i - 1], joined[i]]));
  if (spanEnd > 0) keys[spanEnd] = null;
  keys.forEach((k, i) => {
    if (k !== null && keys.some((o, j) => j !== i && o === k) && namesWeakly(joined[i], k)) keys[i] = null;
  });
  const found = keys.filter((k): k is PlanKey => k !== null);
  if (new Set(found).size !== found.length || found.length !== named.size || !found.every((k) => named.has(k))) return null;
  return joined.map((caption, i) => (i === spanEnd ? { key: null, caption, spanEnd: true } : { key: keys[i], caption }));
}

function planKey(caption: string): PlanKey | null {
  const key = matchHeader(caption);
  return key !== null && (PLAN_KEYS as readonly string[]).includes(key) ? (key as PlanKey) : null;
}

/**
 * The header's columns in order when its captions name a deadline printed in two columns (LinesHeader.spanEnd) and no
 * column numbers count them: the columns the header names, the end's right after the deadline's.
 */
export function spanColumns(order: readonly PlanKey[], named: ReadonlySet<PlanKey>, cells: Readonly<Record<PlanKey, string>>, spanEnd: string): HeaderColumn[] {
  return order.filter((k) => k === "number" || named.has(k)).flatMap((k): HeaderColumn[] => (k === "deadline" ? [{ key: k, caption: cells[k] }, { key: null, caption: spanEnd, spanEnd: true }] : [{ key: k, caption: cells[k] }]));
}
