/** A1 helpers for the adapter (0-based areas, as in SheetSpec). */
import { areaAddress, cellAddress, columnLetters, type Area } from "../core/sheet/sheetSpec";

export { areaAddress, cellAddress, columnLetters };

/** "Лист1!B2:C3" or "'My sheet'!B2" → the area part; null when it is not a plain cell/area reference. */
export function parseArea(address: string): Area | null {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

/** Row number (1-based) of a cell address such as "Лист1!A17". */
export function rowOfAddress(address: string): number {
  return Number(/(\d+)$/.exec(address)?.[1] ?? NaN);
}

export function intersect(a: Area, b: Area): Area | null {
  const area = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** The 2-byte-per-UTF-16-unit size of a JSON document: the strict measure the payload limit is checked with. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/** Requests and responses are kept under this, leaving room under Excel on the web's 5 MB for the envelope. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
