/**
 * Numbers as Russian offices write them: "34,4%", "1 234" (NBSP or thin space), "0,5 ст.", "-", "нет".
 * `asText` tells the caller the source was text, so it can report `number_as_text`.
 */

export interface ParsedNumber {
  readonly value: number;
  readonly percent: boolean;
  readonly asText: boolean;
}

const ZERO_WORDS = new Set(["-", "–", "—", "нет", "0"]);
const UNIT_SUFFIX = /\s*(ст\.?|ставк[аи]?|ставок|чел\.?|человек[а]?|час(ов|а)?\.?|ч\.?|шт\.?|ед\.?|руб\.?)$/i;

/** Reads a number from a cell value. Returns null when the text is not a number. */
export function parseNumber(input: unknown): ParsedNumber | null {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input, percent: false, asText: false } : null;
  if (typeof input !== "string") return null;
  const raw = input.replace(/[\u00A0\u2009\u202F]/g, " ").trim();
  if (raw === "") return null;
  if (ZERO_WORDS.has(raw.toLowerCase())) return { value: 0, percent: false, asText: raw !== "0" };
  let s = raw.replace(UNIT_SUFFIX, "");
  const percent = /%\s*$/.test(s);
  s = s.replace(/%\s*$/, "").trim();
  // Thousands separated by spaces: "1 234", "12 345,5"
  if (/^[-+]?\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, "");
  if (!/^[-+−]?\d+([.,]\d+)?$/.test(s)) return null;
  const value = Number(s.replace("−", "-").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  return { value, percent, asText: true };
}
