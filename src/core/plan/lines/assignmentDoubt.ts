import { cutSpan } from "./spanCut";
import { DANGLING_PHRASES, DANGLING_WORDS } from "../structure/markCutOff";
import { joinParts } from "../../text/joinParts";
import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import type { Assignment } from "./assignColumns";
import { endsOnBodilessPosition, endsOpen, endsWithAdjective, opensExecutor, quoteBalance, startsMidPhrase } from "./continuesLine";
import { lineEvidence, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import { holdsPredicate } from "./outcomeWords";

/**
 * Where a row of a plan read from lines without cells is a guess, and what to tell the user. The reading (assignColumns)
 * picks the best way to give the row's lines to columns; this weighs what it saw against what it chose, each doubt
 * from evidence any reading leaves: how close the other readings came for a line, what the line's own words say,
 * which columns the header names and the row left empty, lines that read as the header, a deadline cell that reads
 * only in part.
 * Nothing here changes the reading; each doubt becomes a `column_uncertain` note naming the words and where else
 * they could go.
 */
export interface RowPiece {
  readonly texts: readonly string[];
  readonly assignment: Assignment;
}

export interface RowContext {
  /** Columns the header names (none when the lines had no header): a row without any line of one is a doubt. */
  readonly named: ReadonlySet<TextColumn>;
  /** Columns filled from outside the row's lines (a column's block printed after the table). */
  readonly given: ReadonlySet<TextColumn>;
  /** The number of the item just above when it has nothing but its number. */
  readonly bareAbove?: string;
  /** The header's words in lower case: a row's line made only of them is the header again, not a cell. */
  readonly headerWords: ReadonlySet<string>;
  /**
   * Captions of the header that name no column the lines are read into (a column the plan has no place for, or one
   * the header reader ran into its neighbour's caption): every row's lines of that column went to other columns.
   */
  readonly unplaced: readonly string[];
  /** Columns no line is read into (a schedule grid stands in the deadline's place): a line's words name none of them. */
  readonly unread?: ReadonlySet<TextColumn>;
  /** The deadline is printed in two columns, its start and its end, and the row's deadline lines may hold both (spanCut). */
  readonly span?: boolean;
}

export type Doubt =
  /** Another reading, scoring within CLOSE, gives the line to `other`. */
  | { readonly kind: "close"; readonly text: string; readonly chosen: TextColumn; readonly other: TextColumn }
  /** The line's own words speak for `other` far more than for the column the row's layout gave it. */
  | { readonly kind: "contradicts"; readonly text: string; readonly chosen: TextColumn; readonly other: TextColumn }
  /** The line's last words read as a deadline on their own: two cells printed on one line. */
  | { readonly kind: "glued"; readonly text: string; readonly tail: string; readonly chosen: TextColumn }
  /** The cell's last line stops mid-phrase: its end went to another column. */
  | { readonly kind: "cut"; readonly column: TextColumn; readonly last: string }
  /** The cell opens on words no such cell opens with (see HEADLESS): its beginning went to another column or row. */
  | { readonly kind: "headless"; readonly column: TextColumn; readonly first: string }
  /** A line of the name after its first opens a new phrase with a capital: another cell, row or heading ran in. */
  | { readonly kind: "capital_inside"; readonly column: TextColumn; readonly text: string }
  /** The header has a column the reading has no place for: its lines went to the columns beside it. */
  | { readonly kind: "unplaced"; readonly caption: string }
  /** The header names the column and no line of the row went there. */
  | { readonly kind: "missing"; readonly column: TextColumn }
  /** The row has nothing but its number: its lines went to another row, or it is a heading whose title stands apart. */
  | { readonly kind: "bare_number" }
  /** The item above has nothing but its number: this row may hold its lines. */
  | { readonly kind: "after_bare_number"; readonly number: string }
  /** A line of the header's captions inside the row: the row took in lines of another page or row. */
  | { readonly kind: "caption"; readonly text: string }
  /** The deadline cell does not read as a deadline though a line of it does: it holds lines of another cell. */
  | { readonly kind: "mixed_deadline"; readonly cell: string; readonly line: string }
  /** The row's brackets close, the column's do not: a bracketed phrase was parted between this column and another. */
  | { readonly kind: "split_bracket"; readonly column: TextColumn }
  /** The executors' last line, a noun alone, reads as the subject of the predicate the result opens with. */
  | { readonly kind: "subject_apart"; readonly subject: string; readonly predicate: string };

/** A reading scoring within this of the best makes the lines it places differently guesses. */
const CLOSE = 1;
/**
 * How far a rival may score for a short line that nothing but its neighbours places (see lineDoubt). Measured on the
 * corpus's mouse copies: 1.5 notes 4 of 10 silent errors more for 11 notes on right items; 2 notes 7 for 24.
 */
const WIDE = 1.5;
/** Such a line is a word or two: a longer one carries its width, which the reading weighs. */
const BARE_WORDS = 2;
/** Clue weights (lineEvidence) for another column exceeding the chosen column's by this much: the line reads as that column. */
const CONTRADICTS = 3;
/** Words at a line's end read for a deadline of their own (a deadline's wording is short: «по графику», «ежемесячно»). */
const TAIL_WORDS = 3;
/**
 * Columns whose absence from a row the header says is a doubt: a row with no name lost its lines to a row beside it,
 * or to a column printed apart. So does a row with no result, mostly: in the official corpus's copies without cells
 * every row read with no result under a header naming one (16 rows read right otherwise) had lost its result to the
 * row above or below; a plan that leaves a result empty is rarer than a reading that moves it.
 */
const EXPECTED: readonly TextColumn[] = ["name", "deadline", "responsible", "result"];

/**
 * What the document says around its rows: the columns its header names and the captions of columns printed apart
 * from it (a text flow that gives a column's caption with the column's block, after the rows), and the header's words.
 */
export function documentContext(named: Iterable<TextColumn>, headerLines: readonly string[], body: readonly string[], captions: readonly string[] = []): Omit<RowContext, "given"> {
  const columns = new Set<TextColumn>(named);
  for (const text of body) {
    const key = captionKey(text.trim());
    if (key) columns.add(key);
  }
  const unplaced = captions.flatMap((c) => {
    const rest = unplacedCaption(c);
    return rest ? [rest] : [];
  });
  return { named: columns, headerWords: new Set(headerLines.join(" ").toLowerCase().split(/\s+/).filter(Boolean)), unplaced };
}

/**
 * What a column's caption holds after its own words, from the first capitalised word on: another column's caption
 * («Исполнитель Источник финансирования», «Ожидаемый результат I II III IV»). A caption's own words after the first
 * are in lower case («Ответственный исполнитель»); a quoted or bracketed name inside it is its own.
 */
function unplacedCaption(caption: string): string | null {
  const words = caption.replace(/[«(][^»)]*[»)]/gu, " ").split(/\s+/).filter(Boolean);
  const k = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  if (k < 0) return null;
  const from = caption.indexOf(words[k], caption.indexOf(words[k - 1]) + words[k - 1].length);
  return caption.slice(from).trim();
}

/** The doubts of one item's row: its pieces (split by page breaks) as read, and what the document says around it. */
export function assignmentDoubts(pieces: readonly RowPiece[], ctx: RowContext): Doubt[] {
  const out: Doubt[] = [];
  const filled = new Set<TextColumn>(ctx.given);
  const deadlineLines: string[] = [];
  pieces.forEach(({ texts, assignment }, k) => {
    texts.forEach((raw, j) => {
      const text = raw.trim();
      const chosen = assignment.columns[j];
      filled.add(chosen);
      // The number's line opens the row's first cell: its words («Ежегодный мониторинг…») do not move it.
      const own = lineDoubt(text, j, assignment, k === 0 && j === 0, ctx.unread);
      if (own) out.push(own);
      if (isCaption(text, ctx.headerWords)) out.push({ kind: "caption", text });
      if (chosen === "deadline") deadlineLines.push(text);
    });
  });
  // A result may end on a genitive that reads as an adjective («банк данных»); a name or an executor rarely does.
  // The line before the last tells whether the last word is whole («Классные» / «руководители»).
  // A name or an executors' list does not end on a semicolon, nor an executors' cell on a body's head alone («Отдел»).
  // A cell ends on no phrase that needs more after it («на базе», «не менее»), nor on an academic year without its noun.
  for (const [column, [before, last]] of lastLines(pieces)) if (endsOpen(last) || endsOnDanglingPhrase(last) || (column !== "deadline" && BARE_SCHOOL_YEAR.test(last)) || endsOnBodilessPosition(`${before} ${last}`) || (column !== "result" && (endsWithAdjective(last) || last.endsWith(";"))) || (column === "responsible" && endsOnBareBody(`${before} ${last}`))) out.push({ kind: "cut", column, last });
  const inside = capitalInside(pieces, "name");
  if (inside !== null) out.push({ kind: "capital_inside", column: "name", text: inside });
  for (const [column, headless] of Object.entries(HEADLESS) as [TextColumn, (line: string) => boolean][]) {
    const first = firstLine(pieces[0], column);
    if (first !== null && headless(first)) out.push({ kind: "headless", column, first });
  }
  const cell = joinParts(deadlineLines, { sentences: false });
  const line = deadlineLines.find(isDeadline);
  // Two cells of a span read as a deadline each where they are cut so: the lines hold the start and the end.
  if (line && deadlineLines.length > 1 && parseDeadline(cell).kind === "unparsed" && !(ctx.span && cutSpan(deadlineLines))) out.push({ kind: "mixed_deadline", cell, line });
  for (const caption of ctx.unplaced) out.push({ kind: "unplaced", caption });
  for (const column of splitBrackets(pieces)) out.push({ kind: "split_bracket", column });
  const apart = subjectApart(pieces);
  if (apart) out.push(apart);
  for (const column of EXPECTED) if (ctx.named.has(column) && !filled.has(column) && pieces.length > 0) out.push({ kind: "missing", column });
  // Cells given back from a block do not make the row's own lines more than its number: its name is still missing.
  if (!pieces.some((p) => p.texts.some((t) => t.trim()))) out.push({ kind: "bare_number" });
  if (ctx.bareAbove !== undefined) out.push({ kind: "after_bare_number", number: ctx.bareAbove });
  return out;
}

/**
 * The first line of the column's cell, after its first, that opens with a capitalised word where the line before
 * ends no sentence: a name wraps mid-phrase in lower case, so such a line is another cell's, another row's or a
 * section's heading run into it («… руководящих работников» / «Информационное сопровождение»). An abbreviation
 * («ЦРО») or a quote («Педагог года») is no capitalised word, nor is a line inside a quote a line above opened
 * («на портале «Работа» / «России» и сайте»).
 */
function capitalInside(pieces: readonly RowPiece[], column: TextColumn): string | null {
  const lines = pieces.flatMap(({ texts, assignment }) => texts.filter((_, j) => assignment.columns[j] === column).map((t) => t.trim()));
  let depth = 0;
  for (const [i, t] of lines.entries()) {
    if (i > 0 && depth === 0 && CAPITALISED.test(t) && !/[.!?]$/u.test(lines[i - 1]) && !phraseGoesOn(lines[i - 1], t)) return t;
    depth = Math.max(0, depth + quoteBalance(t).depth);
  }
  return null;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** An adjective in a case no cell, row or heading opens with («Всероссийского конкурса», «Российским»). */
const OBLIQUE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ого|его|ому|ему|ых|их|ым|им|ыми|ими)(?!\p{L})/u;

/**
 * The capitalised line goes on the phrase above: the line above ends on a word that needs one after it («в рамках» /
 * «Года педагога и наставника», «для» / «Министерства»), or the line opens with an adjective in an oblique case
 * («Российской Федерации» after a genitive is not caught; «Всероссийского» is). A proper name inside a name wraps there.
 */
function phraseGoesOn(above: string, line: string): boolean {
  const words = above.toLowerCase().replace(/[«»"„“”()]/gu, "").split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1] ?? "";
  return DANGLING_WORDS.has(last) || DANGLING_PHRASES.has(words.slice(-2).join(" ")) || OBLIQUE_ADJECTIVE.test(line);
}

/**
 * The columns whose round brackets do not close within their own lines while the row's lines together close them: a
 * bracketed phrase («(Гусева Т.Н.)», «(по согласованию)») printed over two lines of which the reading gave one to each
 * of two columns. A row whose own brackets do not close (a typo, a list marker «1)») says nothing of its columns.
 */
function splitBrackets(pieces: readonly RowPiece[]): TextColumn[] {
  const depth = new Map<TextColumn, number>();
  let row = 0;
  for (const { texts, assignment } of pieces)
    texts.forEach((t, j) => {
      const b = bracketBalance(t);
      row += b;
      depth.set(assignment.columns[j], (depth.get(assignment.columns[j]) ?? 0) + b);
    });
  return row === 0 ? [...depth].filter(([, d]) => d !== 0).map(([c]) => c) : [];
}

/** Opened minus closed round brackets, a list marker's bracket («1)», «а)» opening a line or a clause) left out. */
function bracketBalance(line: string): number {
  const text = line.replace(/(?<![\p{L}\d(])[\p{L}\d]\)/gu, " ");
  return (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
}

/**
 * The executors' cell ends on a line of one word in lower case that no comma on the line above lists as a party, and
 * the result opens with a predicate («… руководители» / «вакансии» | «представлены на ярмарке»; «… организаций» /
 * «наставники» | «закреплены за …»): the word is the predicate's subject, the result's first line, that the reading
 * left with the executors. Text without cells prints the two cells' lines one under the other, and a noun in lower
 * case reads on after a position or a body's genitive as well as it opens a result. A party on its own line after a
 * comma («ОО,» / «наставники») is the executors' own; so is a result that opens with its subject («выплаты
 * произведены»).
 */
function subjectApart(pieces: readonly RowPiece[]): Doubt | null {
  const executors = pieces.flatMap(({ texts, assignment }) => texts.filter((_, j) => assignment.columns[j] === "responsible").map((t) => t.trim()));
  const result = pieces.flatMap(({ texts, assignment }) => texts.filter((_, j) => assignment.columns[j] === "result").map((t) => t.trim()));
  const subject = executors[executors.length - 1];
  const above = executors[executors.length - 2];
  if (subject === undefined || above === undefined || result.length === 0 || !LONE_NOUN.test(subject) || /[,;:(]$/u.test(above)) return null;
  const predicate = result[0].split(/\s+/u)[0];
  return holdsPredicate(predicate) && PLURAL_PREDICATE.test(predicate) ? { kind: "subject_apart", subject, predicate: result[0] } : null;
}

/**
 * One word in lower case ending as a noun's nominative plural does («вакансии», «наставники», «отзывы»): a subject
 * alone on its line. «организаций», «образования» are genitives, no predicate's subject.
 */
const LONE_NOUN = /^\p{Ll}{2,}[ыи]$/u;
/**
 * A predicate in the plural, as a plural subject takes: a short participle («представлены», «закреплены»), the past
 * («прошли») or the present («получают», «участвуют»). An impersonal one («проведено», «заключено») takes none.
 */
const PLURAL_PREDICATE = /(?:ы|ли|[ую]т|[ая]т|тся)$/u;

/** The line's last two words are a phrase that needs a word after it (DANGLING_PHRASES: «на базе», «в рамках»). */
function endsOnDanglingPhrase(line: string): boolean {
  const words = line.toLowerCase().replace(/ё/gu, "е").split(/\s+/u).filter(Boolean);
  return DANGLING_PHRASES.has(words.slice(-2).join(" "));
}

/**
 * An academic year at the line's end, its noun not after it («на 2026/2027» / «учебный год»): the year written with a
 * slash names a school year, and a name or a result says which one («учебный год», «уч. г.») after it.
 */
const BARE_SCHOOL_YEAR = /(?<![\d/])\d{4}\/(?:\d{2}|\d{4})$/u;

/**
 * Heads of a body's name that name no body by themselves («Отдел» / «образования», «Управление» / «культуры»): an
 * executors' cell whose last party is one of them alone lost the rest of the name. «Финансовое управление» is whole,
 * wrapped or not (the cell's last two lines, so «Финансово-экономический» / «отдел» is one party).
 */
const BODY_HEADS: ReadonlySet<string> = new Set(["отдел", "управление", "департамент", "комитет", "министерство"]);

function endsOnBareBody(cell: string): boolean {
  const party = cell.split(/[,;]/u).pop()!.trim().toLowerCase();
  return BODY_HEADS.has(party);
}

/** Each column's last line in the row (after a page break a cell goes on, so the last piece that has the column). */
function lastLines(pieces: readonly RowPiece[]): Map<TextColumn, readonly [string, string]> {
  const out = new Map<TextColumn, readonly [string, string]>();
  for (const { texts, assignment } of pieces) texts.forEach((t, j) => out.set(assignment.columns[j], [out.get(assignment.columns[j])?.[1] ?? "", t.trim()]));
  return out;
}

/** The first line the row's first piece gives the column (after a page break a cell goes on: only the first piece opens it). */
function firstLine(piece: RowPiece | undefined, column: TextColumn): string | null {
  const j = piece?.assignment.columns.indexOf(column) ?? -1;
  return j < 0 ? null : piece!.texts[j].trim();
}

/**
 * First lines a cell of the column does not open with. An item's name opens with a capital. An executors' cell opens
 * in lower case only with a position, an adjective in the nominative, a body in the nominative or what a clue reads as
 * an executor: «управления образования, РМО» is the rest of a position whose head («заместитель начальника») went to
 * the cell above or beside it. The reading weighs such an opening against it (assignColumns' firstLine) and may still
 * take it: the item then says so.
 */
const HEADLESS: Partial<Record<TextColumn, (line: string) => boolean>> = {
  name: startsMidPhrase,
  responsible: (line) => startsMidPhrase(line) && !opensExecutor(line) && !BODY_FIRST.test(line) && lineEvidence(line).responsible <= 0,
};

/** A body named in lower case in the nominative opens an executors' cell as well («отдел кадров», «управление образования»). */
const BODY_FIRST = /^(?:отдел|управление|департамент|комитет|министерство|администрация|центр|совет|комиссия|служба)(?!\p{L})/u;

/** The doubt of one line, the strongest first: its words against its column, a glued deadline, a close reading. */
function lineDoubt(text: string, j: number, a: Assignment, opensRow: boolean, unread?: ReadonlySet<TextColumn>): Doubt | null {
  const chosen = a.columns[j];
  const e = lineEvidence(text);
  const other = (Object.keys(e) as TextColumn[]).filter((c) => c !== chosen && !unread?.has(c)).reduce((x, y) => (e[y] > e[x] ? y : x));
  if (!opensRow && e[other] - e[chosen] >= CONTRADICTS) return { kind: "contradicts", text, chosen, other };
  if (chosen !== "deadline" && !unread?.has("deadline")) {
    const tail = deadlineTail(text);
    if (tail) return { kind: "glued", text, tail, chosen };
  }
  // A word or two no clue speaks for, in lower case, goes on whichever cell it follows: a reading that has it go on
  // another cell is a rival further off.
  const bare = (Object.values(e) as number[]).every((v) => v <= 0) && startsMidPhrase(text) && text.split(/\s+/).length <= BARE_WORDS;
  const rival = closestRival(j, a, bare ? WIDE : CLOSE);
  return rival ? { kind: "close", text, chosen, other: rival } : null;
}

/** The column the best reading within `within` of the chosen one gives line j, when it differs. */
function closestRival(j: number, a: Assignment, within: number): TextColumn | null {
  const top = a.alternatives?.[0]?.score ?? a.score;
  for (const alt of a.alternatives ?? []) {
    if (top - alt.score >= within) break;
    // Further off than CLOSE, only a continuation elsewhere: the rival column has a line before this one. Within
    // CLOSE a rival is one whatever it does with the line («первая декада» opening the deadline's cell).
    if (within > CLOSE && top - alt.score >= CLOSE && !alt.columns.slice(0, j).includes(alt.columns[j])) continue;
    if (alt.columns[j] !== a.columns[j]) return alt.columns[j];
  }
  // Without alternatives (a row too long to weigh whole) the reading's own guesses stand.
  return a.alternatives ? null : (a.doubtful.find((d) => d.line === j)?.other ?? null);
}

/** The line, short enough to be a deadline's cell, is one by itself. */
function isDeadline(text: string): boolean {
  return text.length <= 60 && parseDeadline(text).kind !== "unparsed";
}

/**
 * The last one to three words of a longer line, when they read as a deadline by themselves and the rest does not:
 * a line where the text flow ran a deadline's cell on after another cell («Курсы повышения по графику»).
 */
function deadlineTail(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length < 2 || isDeadline(text)) return null;
  for (let k = Math.min(TAIL_WORDS, words.length - 1); k >= 1; k--) {
    const tail = words.slice(words.length - k).join(" ").replace(/[,;]$/, "");
    // A name often ends on its year («Анализ кадров на 2026 год»): a glued deadline names a time in words alone,
    // or a year where the word before it takes no year («наставничества для» / «2027 г.»).
    const year = /\d{4}/.test(tail);
    if (year ? !YEARLESS.has(words[words.length - k - 1].toLowerCase()) : !/\p{L}{3,}/u.test(tail)) continue;
    if (isDeadline(tail)) return tail;
  }
  return null;
}

/**
 * Words that need a word after them but never a year: a year after one is a deadline's cell the text flow ran on
 * («Организация наставничества для 2027 г.»). Prepositions of time («в», «на», «до», «к», «с») take a year and stay out.
 */
const YEARLESS: ReadonlySet<string> = new Set(["для", "о", "об", "обо", "при", "между", "без", "у", "среди", "вокруг", "путем", "путём", "который", "которые", "которых"]);

/**
 * A short line naming a plan column in the header's own words, or a caption by itself («Ответственный исполнитель»,
 * «Сроки»): the header again, not a row's cell.
 */
function isCaption(text: string, headerWords: ReadonlySet<string>): boolean {
  if (captionKey(text) !== null) return true;
  if (headerWords.size === 0 || text.length > 40) return false;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => headerWords.has(w)) && (matchHeader(text) !== null || words.some((w) => /^(п\/п|№|n)$/u.test(w)));
}

/** The text column a caption names: a capitalised line of one to three words the header synonyms know. */
function captionKey(text: string): TextColumn | null {
  if (text.length > 30 || text.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(text)) return null;
  const key = matchHeader(text);
  return key !== null && (TEXT_COLUMNS as readonly string[]).includes(key) ? (key as TextColumn) : null;
}

/** The note a doubt gives its item, in Russian: which words were placed by guess and where else they could go. */
export function doubtText(d: Doubt, names: Readonly<Record<TextColumn, string>>): string {
  switch (d.kind) {
    case "close":
      return `«${short(d.text)}» отнесено к столбцу «${names[d.chosen]}» по догадке (возможно, «${names[d.other]}»)`;
    case "contradicts":
      return `«${short(d.text)}» по словам похоже на столбец «${names[d.other]}», но отнесено к столбцу «${names[d.chosen]}» по порядку строк`;
    case "glued":
      return `в строке «${short(d.text)}» (столбец «${names[d.chosen]}») конец «${d.tail}» похож на срок: в одной строке могли оказаться два столбца`;
    case "cut":
      return `столбец «${names[d.column]}» обрывается на «${short(d.last)}»: его продолжение могло попасть в другой столбец`;
    case "capital_inside":
      return `строка «${short(d.text)}» внутри столбца «${names[d.column]}» начинается с заглавной буквы: это может быть начало другого пункта, раздела или столбца`;
    case "headless":
      return `столбец «${names[d.column]}» начинается с «${short(d.first)}»: его начало могло попасть в другой столбец или пункт`;
    case "unplaced":
      return `в шапке есть столбец «${short(d.caption)}», для которого при чтении строк нет места: его строки отнесены к соседним столбцам по догадке`;
    case "missing":
      return `в строках пункта нет текста для столбца «${names[d.column]}», который есть в шапке: он мог попасть в другой столбец или напечатан отдельно`;
    case "bare_number":
      return "в строке пункта нет ничего, кроме номера: её текст мог попасть в соседний пункт, или это заголовок раздела, напечатанный отдельно";
    case "after_bare_number":
      return `у пункта «${d.number}» выше нет ничего, кроме номера: его текст мог попасть в этот пункт`;
    case "caption":
      return `строка «${short(d.text)}» похожа на заголовок столбца: в пункт могли попасть строки другой страницы или пункта`;
    case "split_bracket":
      return `скобки в столбце «${names[d.column]}» не закрываются, хотя в строках пункта закрыты: часть текста в скобках могла попасть в другой столбец`;
    case "subject_apart":
      return `«${short(d.subject)}» в конце столбца «${names.responsible}» может быть началом столбца «${names.result}» («${short(`${d.subject} ${d.predicate}`)}»)`;
    case "mixed_deadline":
      return `срок «${short(d.cell)}» не читается целиком, хотя «${short(d.line)}» — срок: в столбец «${names.deadline}» могли попасть строки другого столбца или пункта`;
  }
}

function short(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
