import { FieldMemo } from "../fieldMemo";
import type { FieldRow } from "../fieldRow";
import { CELL_READERS, type ParsedRow, type RowProblem, UNREADABLE } from "./cellSchemas";
import { plainUtf8Text, utf8KeyHash } from "./personKey";
import type { NameBytes } from "./personKeys";
import { blank, type CellLook, hasDigit, labelColumns, labelMayStartWith, mayBeLabel, surelyData } from "./rowRole";
import type { StaffingColumn } from "./staffingColumns";

/** One field's facts: how rowRole sees it, its text, and what the readers of the table columns there made of it. */
class FieldCell implements CellLook {
  blank = false;
  mayBeLabel = false;
  text = "";
  /** Whether the text has a digit: -1 until asked (surelyData asks only until it has met one in the row). */
  private digits = -1;
  /** One per table column read from this field (FieldCells' keysAt), UNREADABLE included. */
  readonly values: unknown[];

  constructor(private readonly readers: readonly ((s: string) => unknown)[]) {
    this.values = new Array<unknown>(readers.length);
  }

  get digit(): boolean {
    if (this.digits < 0) this.digits = hasDigit(this.text) ? 1 : 0;
    return this.digits === 1;
  }

  /** Works out the facts of `text` (a cell of a column whose fields repeat is worked out once: FieldMemo). */
  read(text: string): this {
    this.blank = blank(text);
    this.mayBeLabel = mayBeLabel(text);
    this.text = text;
    this.digits = -1;
    const { readers, values } = this;
    for (let j = 0; j < readers.length; j++) values[j] = readers[j](text);
    return this;
  }
}

/**
 * The name field of a row read from its bytes, not decoded: bytes utf8KeyHash takes (UTF-8 of Cyrillic letters,
 * ASCII except letters, "<" and "&", single inner spaces), whose text is the cell's text as the readers make it
 * (nothing to clean, nothing to trim) and the name as written. Its facts are those of that text: not blank, a digit
 * when a byte is one, and a label only by its first two characters (all that MAY_BE_LABEL reads of a cell that does
 * not begin with whitespace).
 */
class NameCell implements CellLook, NameBytes {
  readonly blank = false;
  mayBeLabel = false;
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
  hash = 0;

  get digit(): boolean {
    const { bytes, end } = this;
    for (let i = this.start; i < end; i++) if (bytes[i] >= 0x30 && bytes[i] <= 0x39) return true;
    return false;
  }

  /** Takes field i of the row when its bytes are a plain name; false (nothing taken) otherwise. */
  read(row: FieldRow, i: number): boolean {
    const bytes = row.bytes;
    const start = row.starts[i];
    const end = row.ends[i];
    if (start === end) return false;
    const hash = utf8KeyHash(bytes, start, end);
    if (hash === null) return false;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.hash = hash;
    // Only a name beginning with a letter a label may begin with has its first two characters read as text.
    const b0 = bytes[start];
    const first = b0 < 0x80 ? b0 : ((b0 & 0x1f) << 6) | (bytes[start + 1] & 0x3f);
    if (!labelMayStartWith(first)) this.mayBeLabel = false;
    else {
      const second = start + (b0 < 0x80 ? 1 : 2);
      const twoEnd = second >= end ? end : second + (bytes[second] < 0x80 ? 1 : 2);
      this.mayBeLabel = mayBeLabel(plainUtf8Text(bytes, start, twoEnd));
    }
    return true;
  }
}

/** How one field of the rows is worked out: by its bytes when its column repeats, else each time into one cell. */
interface FieldColumn {
  readonly memo: FieldMemo<FieldCell>;
  /** The cell of a column whose fields do not repeat (names): filled anew for each row, nothing made per row. */
  readonly scratch: FieldCell;
}

const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

/**
 * The cells of person rows read straight from a file's fields (FieldRow): each field's facts are worked out once per
 * distinct bytes of its column (FieldMemo), so a row costs a look-up a field and the decoding of what does not
 * repeat (a name). The facts are those of the field's text, by the functions rowRole and rowParser apply to a
 * GridRow's cells, so a row read here is the row the text path reads.
 */
export class FieldCells {
  private readonly columns: FieldColumn[] = [];
  /** The facts of the fields of the row given to `see`, valid until the next row. */
  private readonly cells: (FieldCell | NameCell)[] = [];
  private length = 0;
  /** Table columns read from each field: indexes into keys. */
  private readonly keysAt: number[][] = [];
  /** Where key i's value is among its field's values. */
  private readonly slot: number[];
  private readonly labelAt: readonly (number | undefined)[];
  /** The parsed row, one object reused row after row: it is read before the next row is seen, never kept. */
  private readonly parsed: Record<string, unknown> = {};
  /** The field of the name column (-1: none, or one another column is read from too), and its bytes' facts. */
  private readonly nameAt: number;
  private readonly nameCell = new NameCell();
  /** Whether the row seen last had its name read from bytes (nameCell). */
  private named = false;

  constructor(
    private readonly keys: readonly StaffingColumn[],
    private readonly at: readonly number[],
    columns: ReadonlyMap<StaffingColumn, number>,
  ) {
    this.slot = at.map((c, i) => {
      const list = (this.keysAt[c] ??= []);
      list.push(i);
      return list.length - 1;
    });
    this.labelAt = labelColumns(columns);
    for (const k of keys) this.parsed[k] = undefined;
    const fio = keys.indexOf("fio");
    this.nameAt = fio >= 0 && this.keysAt[at[fio]].length === 1 ? at[fio] : -1;
  }

  /** Works out the facts of every field of `row`; whether rowRole would call it data (false: ask rowRole). */
  see(row: FieldRow): boolean {
    const { cells } = this;
    const n = (this.length = row.length);
    this.named = false;
    for (let c = 0; c < n; c++) {
      const column = this.column(c);
      if (column.memo.repeats) cells[c] = column.memo.of(row, c);
      // Names do not repeat: read from their bytes when they are plain, else decoded as any field.
      else if (c === this.nameAt && row.utf8 && row.plain(c) && this.nameCell.read(row, c)) {
        cells[c] = this.nameCell;
        this.named = true;
      } else cells[c] = column.scratch.read(row.text(c));
    }
    return surelyData(cells, n, this.labelAt);
  }

  /** The name of the row parsed last as its field's bytes, when they were read so (its parsed `fio` is then left out). */
  name(): NameBytes | null {
    return this.named ? this.nameCell : null;
  }

  /** The row seen last, as rowParser reads its cells: every readable cell, and the unreadable ones as problems. */
  parse(row: FieldRow): { row: ParsedRow; problems: readonly RowProblem[] } {
    const { keys, at, slot, parsed } = this;
    let problems = NO_PROBLEMS as RowProblem[];
    for (let i = 0; i < keys.length; i++) {
      const c = at[i];
      // A field past the row's end reads as "" (as GridRow cells do): the memo asks its column's readers.
      const cell = c < this.length ? this.cells[c] : this.column(c).memo.of(row, c);
      if (cell instanceof NameCell) {
        parsed[keys[i]] = undefined;
        continue;
      }
      const v = cell.values[slot[i]];
      if (v !== UNREADABLE) parsed[keys[i]] = v;
      else {
        parsed[keys[i]] = undefined;
        (problems === NO_PROBLEMS ? (problems = []) : problems).push({ column: keys[i], value: cell.text });
      }
    }
    return { row: parsed as ParsedRow, problems };
  }

  private column(c: number): FieldColumn {
    let column = this.columns[c];
    if (column === undefined) {
      const readers = (this.keysAt[c] ?? []).map((i) => CELL_READERS[this.keys[i]] as (s: string) => unknown);
      this.columns[c] = column = { memo: new FieldMemo((text) => new FieldCell(readers).read(text)), scratch: new FieldCell(readers) };
    }
    return column;
  }
}
