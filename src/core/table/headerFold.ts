import { fixLookalikes, oneLine } from "../text/normalize";

/**
 * The one form header texts are matched in, for plans, staffing and vacancy tables: one line, lower case, ё→е,
 * Latin look-alikes fixed, no trailing punctuation ("Срок исполнения:" and "Срок исполнения" are one header).
 */
export function headerFold(text: string): string {
  return fixLookalikes(oneLine(text)).toLowerCase().replace(/ё/g, "е").replace(/[.:*]+$/, "").trim();
}
