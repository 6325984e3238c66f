import { isCleanLine } from "../text/cleanLine";
import { oneLine } from "../text/normalize";
import { parseNumber } from "../text/numbers";
import { readDateCell } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { classify, readYes, type VocabularyField } from "./valueVocab";

/**
 * How the cells of staffing rows are read. A cell that cannot be read is UNREADABLE; the row reader turns it into
 * a row_invalid issue (row + column) and keeps the rest of the row.
 */

/** A number cell as read; asText when a spreadsheet would not sum it ("34,4", "0,5 ст.", "1 234", "-"). */
export interface NumberCell {
  readonly value: number;
  readonly asText: boolean;
  readonly text: string;
}

/** How the readers write a number cell: plain digits with a dot. Anything else was typed as text. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** What a cell reader returns for text it cannot read: the row reader reports it (row_invalid) and keeps the rest. */
export const UNREADABLE: unique symbol = Symbol("unreadable");
type CellReader<T> = (s: string) => T | typeof UNREADABLE;

/** Number cells repeat too ("1", "0,5", "1 ст."); their read cells are immutable and shared. */
const NUMBER_CACHE_LIMIT = 10000;
const numberCache = new Map<string, NumberCell | null | typeof UNREADABLE>();
function readNumberCell(s: string): NumberCell | null | typeof UNREADABLE {
  const known = numberCache.get(s);
  if (known !== undefined) return known;
  const value = readNumberText(s);
  if (numberCache.size < NUMBER_CACHE_LIMIT) numberCache.set(s, value);
  return value;
}

function readNumberText(s: string): NumberCell | null | typeof UNREADABLE {
  const text = s.trim();
  if (text === "") return null;
  const parsed = parseNumber(text);
  if (!parsed || parsed.percent || parsed.value < 0) return UNREADABLE;
  return { value: parsed.value, asText: !PLAIN_NUMBER.test(text), text };
}

/** Date columns repeat the same few thousand dates over a million rows: remember each text's answer. */
const DATE_CACHE_LIMIT = 100000;
const dateCache = new Map<string, number | typeof UNREADABLE>();
function readDate(s: string): number | typeof UNREADABLE {
  const known = dateCache.get(s);
  if (known !== undefined) return known;
  const d = readDateCell(s);
  const value = d === "invalid" ? UNREADABLE : (d ?? 0);
  if (dateCache.size < DATE_CACHE_LIMIT) dateCache.set(s, value);
  return value;
}

function vocabularyReader(field: VocabularyField): CellReader<number> {
  return (s) => {
    const code = classify(field, s);
    return code < 0 ? UNREADABLE : code;
  };
}

const readText = (s: string): string => (isCleanLine(s) ? s : oneLine(s));
const asIs = (s: string): string => s;

/**
 * How each column's cells are read. Plain functions, not zod objects, because they run on every cell of a
 * million-row list (a zod object parse per row was most of the time).
 */
export const CELL_READERS = {
  org: readText,
  type: asIs,
  position: readText,
  fio: readText,
  group: vocabularyReader("group"),
  employment: vocabularyReader("employment"),
  rate: readNumberCell,
  education: vocabularyReader("education"),
  category: vocabularyReader("category"),
  birthDate: readDate,
  sex: vocabularyReader("sex"),
  experience: readNumberCell,
  youngSpecialist: readYes,
  mentor: readYes,
  training: readDate,
  hireDate: readDate,
  dismissalDate: readDate,
  teachers: readNumberCell,
  admin: readNumberCell,
  staffTotal: readNumberCell,
  higherEducation: readNumberCell,
  higherPedagogical: readNumberCell,
  categoryHighest: readNumberCell,
  categoryFirst: readNumberCell,
  szd: readNumberCell,
  positions: readNumberCell,
  occupied: readNumberCell,
  vacancies: readNumberCell,
  under35: readNumberCell,
  pensionAge: readNumberCell,
  youngSpecialists: readNumberCell,
  mentoring: readNumberCell,
  training3y: readNumberCell,
  dismissed: readNumberCell,
  number: asIs,
} satisfies Record<StaffingColumn, CellReader<unknown>>;


type CellOutputs = { [K in StaffingColumn]: Exclude<ReturnType<(typeof CELL_READERS)[K]>, typeof UNREADABLE> };
/** A parsed row: the columns the table has; a column whose cell could not be read is absent. */
export type ParsedRow = Partial<CellOutputs>;

export interface RowProblem {
  readonly column: StaffingColumn;
  readonly value: string;
}

const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

/**
 * A row reader over the columns a table has (`keys`, read from the cells at `at`): every readable cell, and (column,
 * value) for each unreadable one. Each column's last text and what it read are kept: a staff list repeats the row
 * above in most of its columns (the organisation, its type, a rate), and the readers are functions of the text
 * alone. Every row read is a copy of one shape with the table's columns (undefined where a cell is unreadable): rows
 * built key by key took as many shapes as there were orders of keys, and every read of them was a slow lookup.
 */
export function rowParser(keys: readonly StaffingColumn[]): (cells: readonly (string | undefined)[], at: readonly number[]) => { row: ParsedRow; problems: readonly RowProblem[] } {
  const readers = keys.map((k) => CELL_READERS[k] as CellReader<unknown>);
  const lastText: (string | null)[] = keys.map(() => null);
  const lastValue: unknown[] = keys.map(() => UNREADABLE);
  const shape: Record<string, unknown> = {};
  for (const k of keys) shape[k] = undefined;
  return (cells, at) => {
    const row: Record<string, unknown> = { ...shape };
    let problems = NO_PROBLEMS as RowProblem[];
    for (let i = 0; i < keys.length; i++) {
      const text = cells[at[i]] ?? "";
      let v = lastValue[i];
      if (text !== lastText[i]) {
        v = lastValue[i] = readers[i](text);
        lastText[i] = text;
      }
      if (v !== UNREADABLE) row[keys[i]] = v;
      else (problems === NO_PROBLEMS ? (problems = []) : problems).push({ column: keys[i], value: text });
    }
    return { row: row as ParsedRow, problems };
  };
}
