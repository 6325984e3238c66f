import type { Locale } from "../issues/issue";
import { PAGE_FOOTER } from "../sheet/printLayout";
import { type CellSpec, date, sharedCells, type SheetSpec, text } from "../sheet/sheetSpec";
import { DEADLINE_KIND_LABELS, EVERY_LABELS, STATUS_LABELS } from "./deadlineLabels";
import { sectionMarker } from "./structure/numbering";
import type { Plan, PlanItem, PlanTotal, Section } from "./types";
import { localizeTable, translator } from "../../i18n";

export const PLAN_SHEET = { ru: "План (структура)", en: "Plan (structured)" } as const;
export const SOURCE_SHEET = { ru: "Исходные строки", en: "Source rows" } as const;

/**
 * The reader's columns first (what an official reads and signs: number, name, responsible, deadline, result,
 * status), then the machine columns kept for filtering and reading back; only the first group prints.
 */
const HEADERS = {
  ru: ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок", "Результат", "Статус", "Раздел", "Вид срока", "Начало", "Окончание", "Периодичность", "Подмероприятия"],
  en: ["No.", "Activity", "Responsible", "Deadline", "Result", "Status", "Section", "Deadline kind", "Start", "End", "Repeats", "Sub-events"],
} as const;
const WIDTHS = [7, 40, 24, 16, 32, 10, 28, 14, 11, 11, 14, 36];
/** The last printed column (status); the plan prints at 9 pt or more, as the body of a signed plan should. */
const LAST_READER_COLUMN = 5;
const PLAN_MIN_FONT_PT = 9;

/**
 * Where things are on the structured plan sheet (0-based): a title, the period and source (blank rows between), the header,
 * then one row per item in plan order. Other sheets link to these cells (the validation report, highlights).
 */
export const PLAN_SHEET_LAYOUT = {
  titleRow: 0,
  periodRow: 2,
  headerRow: 4,
  firstItemRow: 5,
  columns: { number: 0, name: 1, responsible: 2, deadline: 3, result: 4, status: 5, section: 6, deadlineKind: 7, start: 8, end: 9, every: 10, subEvents: 11 },
} as const;
const SOURCE_HEADER = { ru: "Строки источника", en: "Source rows" } as const;
/**
 * Columns after the source rows, present only when some item needs them: the number qualified by its section where
 * numbering restarts (II.2 for the printed 2), and what the reader was unsure of. Re-reading the sheet skips both
 * (columnCatalogue "derived"): structuring recomputes them.
 */
const QUALIFIED_HEADER = { ru: "Полный номер", en: "Full number" } as const;
const NOTES_HEADER = { ru: "Примечания разбора", en: "Parsing notes" } as const;

/**
 * Each item's number cell and name cell (wrapped), in the order of plan.items: the plan sheet's, and the same cells in
 * the summary sheets that list every item (by month, the execution report) when they are written with it. A spec's
 * cells live until the workbook is written, a cell is two objects, and every collection of the young generation
 * copies them meanwhile (issue 15): made once, not once a sheet.
 */
export interface ItemCells {
  readonly numbers: readonly CellSpec[];
  readonly names: readonly CellSpec[];
}

export function itemCells(plan: Plan): ItemCells {
  const numbers = new Array<CellSpec>(plan.items.length);
  const names = new Array<CellSpec>(plan.items.length);
  plan.items.forEach((it, i) => {
    numbers[i] = text(it.number);
    names[i] = text(it.name, "wrap");
  });
  return { numbers, names };
}

/**
 * The structured plan as a flat Excel table (one row per item) that the add-in can read back without loss. `items`:
 * the item cells the summary sheets written with it share.
 */
export function planSheet(plan: Plan, locale: Locale = "ru", items: ItemCells = itemCells(plan)): SheetSpec {
  const extras = plan.columns.extra;
  const qualified = plan.items.some((it) => it.qualifiedNumber && it.qualifiedNumber !== it.number);
  const noted = plan.items.some((it) => (it.notes ?? []).length > 0);
  const trailing = [...(qualified ? [localizeTable(QUALIFIED_HEADER, locale)] : []), ...(noted ? [localizeTable(NOTES_HEADER, locale)] : [])];
  const header = [...localizeTable(HEADERS, locale), ...extras, localizeTable(SOURCE_HEADER, locale), ...trailing];
  const sectionLabel = new Map(plan.sections.map((s) => [s.number ?? s.title, sectionHeading(s)]));
  const L = PLAN_SHEET_LAYOUT;
  const rows: CellSpec[][] = [
    [text(plan.title ?? translator(locale)("sheet.planTitle"), "title")],
    [],
    [text(periodLine(plan, locale), "subtitle")],
    [],
    header.map((h) => text(h, "header")),
  ];
  const cells = repeatingCells();
  plan.items.forEach((it, i) => {
    // Put into the item's own row, not spread into a new one: a large plan has tens of thousands of rows.
    const row = itemRow(it, extras, sectionLabel, locale, trailing.length, cells);
    row[PLAN_SHEET_LAYOUT.columns.number] = items.numbers[i];
    row[PLAN_SHEET_LAYOUT.columns.name] = items.names[i];
    let at = row.length - trailing.length;
    if (qualified) row[at++] = text(it.qualifiedNumber && it.qualifiedNumber !== it.number ? it.qualifiedNumber : null);
    if (noted) row[at++] = text((it.notes ?? []).map((n) => n.text).join("\n") || null, "wrap");
    rows.push(row);
  });
  const last = rows.length - 1;
  const body = (col: number) => ({ top: L.firstItemRow, left: col, bottom: last, right: col });
  return {
    name: localizeTable(PLAN_SHEET, locale),
    rows,
    columns: [...WIDTHS, ...extras.map(() => 24), 14, ...(qualified ? [10] : []), ...(noted ? [48] : [])].map((width) => ({ width, wrap: width > 14 })),
    // Title and period wrap over the printed columns, so that they print whole.
    merges: [
      { top: L.titleRow, left: 0, bottom: L.titleRow, right: LAST_READER_COLUMN },
      { top: L.periodRow, left: 0, bottom: L.periodRow, right: LAST_READER_COLUMN },
    ],
    table: { name: "ПланСтруктура", area: { top: L.headerRow, left: 0, bottom: Math.max(last, L.firstItemRow), right: header.length - 1 } },
    freeze: { rows: L.firstItemRow, cols: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: L.headerRow, last: L.headerRow },
      columns: { first: 0, last: LAST_READER_COLUMN },
      minFontPt: PLAN_MIN_FONT_PT,
      footer: localizeTable(PAGE_FOOTER, locale),
    },
    validations: last >= L.firstItemRow
      ? [
          { area: body(L.columns.deadlineKind), list: Object.values(localizeTable(DEADLINE_KIND_LABELS, locale)) },
          { area: body(L.columns.status), list: localizeTable(STATUS_LABELS, locale) },
        ]
      : [],
  };
}

/** A section as a reader names it: "2. Title", or the title alone when it already carries its number («Задача 1.1. …»). */
export function sectionHeading(s: Pick<Section, "number" | "title">): string {
  return s.number && sectionMarker(s.title)?.number !== s.number ? `${s.number}. ${s.title}` : s.title;
}

/** "Период: на 2025 год · источник: plan.txt" — in words the structuring reads back, so the sheet is a plan again. */
function periodLine(plan: Plan, locale: Locale): string {
  const t = translator(locale);
  const source = t("sheet.planSource", { file: `${plan.meta.file}${plan.meta.sheet ? ` (${plan.meta.sheet})` : ""}` });
  return plan.period ? t("sheet.planPeriod", { period: periodPhrase(plan.period, locale), source }) : source;
}

/** The plan's period in the Russian words the structuring reads back, in every locale (the catalogue's en = ru). */
export function periodPhrase(p: { start: string; end: string }, locale: Locale = "ru"): string {
  const t = translator(locale);
  const ys = p.start.slice(0, 4);
  const ye = p.end.slice(0, 4);
  if (p.start.endsWith("-01-01") && p.end.endsWith("-12-31")) return ys === ye ? t("sheet.periodPhrase.year", { year: ys }) : t("sheet.periodPhrase.years", { start: ys, end: ye });
  if (p.start.endsWith("-09-01") && p.end.endsWith("-08-31") && Number(ye) === Number(ys) + 1) return t("sheet.periodPhrase.schoolYear", { start: ys, end: ye });
  const date = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return t("sheet.periodPhrase.range", { start: date(p.start), end: date(p.end) });
}

/**
 * The columns whose values repeat from item to item in most plans (executors, deadlines, sections, kinds, dates), each
 * value's cell made once per sheet. Names and results are mostly the item's own: a cell each.
 */
function repeatingCells() {
  return {
    responsible: sharedCells(text, "wrap"),
    deadline: sharedCells(text, "wrap"),
    section: sharedCells(text),
    label: sharedCells(text),
    date: sharedCells(date),
  };
}
type RepeatingCells = ReturnType<typeof repeatingCells>;

/**
 * An item's row, its number and name (the shared ItemCells) and `trailing` cells left for the caller to fill. Made at its full length: pushed past the twelve cells
 * of a literal, every row's array grew to room for 34 cells, kept as long as the sheet (10,000 rows and more).
 */
function itemRow(it: PlanItem, extras: readonly string[], sectionLabel: ReadonlyMap<string, string>, locale: Locale, trailing: number, cells: RepeatingCells): CellSpec[] {
  const d = it.deadline;
  const C = PLAN_SHEET_LAYOUT.columns;
  const row = new Array<CellSpec>(HEADERS.ru.length + extras.length + 1 + trailing);
  row[C.responsible] = cells.responsible(it.responsible.text);
  row[C.deadline] = cells.deadline(d.text);
  row[C.result] = text(it.result, "wrap");
  row[C.status] = text(null);
  row[C.section] = cells.section(it.section === null ? null : (sectionLabel.get(it.section) ?? it.section));
  row[C.deadlineKind] = cells.label(localizeTable(DEADLINE_KIND_LABELS, locale)[d.kind]);
  row[C.start] = cells.date(d.start);
  row[C.end] = cells.date(d.end);
  row[C.every] = cells.label(d.every ? localizeTable(EVERY_LABELS, locale)[d.every] : null);
  row[C.subEvents] = text(it.subEvents.length ? it.subEvents.map((e) => `${e.deadline.text} — ${e.text}`).join("\n") : null, "wrap");
  let at = HEADERS.ru.length;
  for (const h of extras) row[at++] = text(it.extra[h] ?? null, "wrap");
  row[at] = text(it.source.rows.join(", "));
  return row;
}

const ROLE = {
  ru: { item: "мероприятие", section: "раздел", total: "итоговая строка", repeated_header: "повтор шапки", column_numbers: "номера граф", blank: "пустая строка", title: "заголовок", signature: "подписи", other_table: "другая таблица", page_furniture: "колонтитул" },
  en: { item: "item", section: "section", total: "total row", repeated_header: "repeated header", column_numbers: "column numbers", blank: "blank row", title: "title", signature: "signatures", other_table: "other table", page_furniture: "page furniture" },
} as const;

/** Every source row and what became of it: items, sections, sums and dropped rows with their reason. */
const SOURCE_ROWS_HEADER = { ru: ["Строка источника", "Что это", "Пункт / раздел", "Текст"], en: ["Source row", "Role", "Item / section", "Text"] } as const;

export function sourceRowsSheet(plan: Plan, locale: Locale = "ru"): SheetSpec {
  const role = localizeTable(ROLE, locale);
  const entries: { row: number; what: string; ref: string; text: string }[] = [];
  for (const it of plan.items) for (const r of it.source.rows) entries.push({ row: r, what: role.item, ref: it.number ?? "", text: r === it.source.rows[0] ? it.name : "" });
  for (const s of plan.sections) entries.push({ row: s.row, what: role.section, ref: s.number ?? "", text: s.title });
  for (const t of plan.meta.totals) entries.push({ row: t.row, what: role.total, ref: t.section ?? "", text: totalText(t) });
  for (const d of plan.dropped) entries.push({ row: d.row, what: role[d.reason], ref: "", text: d.text });
  entries.sort((a, b) => a.row - b.row);
  const header = localizeTable(SOURCE_ROWS_HEADER, locale);
  const rows: CellSpec[][] = [header.map((h) => text(h, "header"))];
  for (const e of entries) rows.push([{ value: { kind: "number", value: e.row, format: "integer" } }, text(e.what), text(e.ref), text(e.text.slice(0, 32000), "wrap")]);
  return {
    name: localizeTable(SOURCE_SHEET, locale),
    rows,
    columns: [{ width: 10 }, { width: 18 }, { width: 12 }, { width: 90, wrap: true }],
    table: { name: "ИсходныеСтроки", area: { top: 0, left: 0, bottom: Math.max(rows.length - 1, 1), right: 3 } },
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, repeatRows: { first: 0, last: 0 }, footer: localizeTable(PAGE_FOOTER, locale) },
  };
}

/** «Итого по подпрограмме 1 | Объём финансирования, тыс. руб.: 5 808,5»: the label and every amount with its column. */
function totalText(t: PlanTotal): string {
  return [t.label, ...Object.entries(t.values).map(([k, v]) => `${k}: ${v.replace(/\n/g, "; ")}`)].join(" | ");
}
