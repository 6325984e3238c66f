/**
 * A SheetSpec's cells as the two 2-D arrays written per row chunk: number formats first ("@" for text, so Excel
 * keeps "4.10", "=СУММ", "- пункт" as typed), then values (numbers, serial dates, fractions for percents).
 */
import { excelSerial, NUMBER_FORMATS, type CellValue, type SheetSpec } from "../core/sheet/sheetSpec";
import { jsonBytes } from "./addresses";

/** Excel's limit per cell (OFFICEJS.md §4); longer text is cut and reported. */
export const MAX_CELL_CHARS = 32_767;

export type PayloadValue = string | number;

export interface PayloadRow {
  readonly values: PayloadValue[];
  /** null leaves the cell's format as it is (General on a new sheet). */
  readonly formats: (string | null)[];
}

export interface SheetPayload {
  readonly width: number;
  readonly rows: readonly PayloadRow[];
  /** 0-based cells whose text was cut to MAX_CELL_CHARS. */
  readonly truncated: readonly { row: number; col: number }[];
}

/** value → [what is written, its number format]. */
const CELL_WRITERS: { [K in CellValue["kind"]]: (v: Extract<CellValue, { kind: K }>) => [PayloadValue, string | null] } = {
  empty: () => ["", null],
  text: (v) => [v.text, NUMBER_FORMATS.text],
  link: (v) => [v.text, NUMBER_FORMATS.text],
  number: (v) => [v.value, v.format ? NUMBER_FORMATS[v.format] : null],
  percent: (v) => [v.value, NUMBER_FORMATS.percent1],
  date: (v) => [excelSerial(v.iso), NUMBER_FORMATS.date],
};

function writeCell(value: CellValue): [PayloadValue, string | null] {
  return (CELL_WRITERS[value.kind] as (v: CellValue) => [PayloadValue, string | null])(value);
}

export function sheetPayload(spec: SheetSpec): SheetPayload {
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  const truncated: { row: number; col: number }[] = [];
  const rows = spec.rows.map((cells, r): PayloadRow => {
    const values: PayloadValue[] = [];
    const formats: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const [value, format] = cells[c] ? writeCell(cells[c].value) : (["", null] as [PayloadValue, null]);
      const tooLong = typeof value === "string" && value.length > MAX_CELL_CHARS;
      if (tooLong) truncated.push({ row: r, col: c });
      values.push(tooLong ? value.slice(0, MAX_CELL_CHARS) : value);
      formats.push(format);
    }
    return { values, formats };
  });
  return { width, rows, truncated };
}

/** Bytes a row adds to a request (both arrays, strictly measured). */
export function rowBytes(row: PayloadRow): number {
  return jsonBytes(row.values) + jsonBytes(row.formats);
}

/** Splits rows into [start, end) chunks whose measured size stays under `budget`; a single huge row is its own chunk. */
export function chunkRows(rows: readonly PayloadRow[], budget: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = rowBytes(row);
    if (i > start && bytes + size > budget) {
      chunks.push([start, i]);
      [start, bytes] = [i, 0];
    }
    bytes += size;
  });
  if (rows.length > start) chunks.push([start, rows.length]);
  return chunks;
}
