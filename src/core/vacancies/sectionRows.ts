import { ORG_FORM } from "./tableContext";

/**
 * A row of one label across a vacancy table: what it means. Tables group their rows under such rows — «Городские
 * школы», «Дошкольные образовательные организации», «II. Сельские школы» (a group: no organisation, nothing to
 * count) — or under each organisation's name when no column names it on every row («МБОУ «СОШ № 2»»).
 */
export type SectionRow = { readonly kind: "group" } | { readonly kind: "org"; readonly name: string };

/** An organisation's name: a legal form, a name in quotes, a number, or the word for one school or kindergarten. */
const ORG_NAME = /[«"„]|№\s*\d|(?<!\p{L})(школа|гимназия|лицей|детский сад|сош|оош|нош|цдт|ддт|дюсш|дши)(?!\p{L})/iu;
/** Words that name a group of organisations, or a numbered part of the table. */
const GROUP_WORDS = /(?<!\p{L})(школы|организации|учреждения|сады|оо|доо|удо|до|образование)(?!\p{L})|^(раздел\s|[IVXLC]+\.\s|\d+\.\s)/iu;
const FIGURE = /^[\d\s.,%()-]+$/u;

/**
 * What a row holding one text alone means, with no position (null: a row like any other). In the organisation's
 * column a name that reads as neither a group nor an organisation stays an organisation reporting nothing vacant,
 * as before; elsewhere (the number column a merged row starts in, a table with no organisation column) a label is
 * a group unless it names an organisation, which the rows under it then belong to.
 */
export function sectionRow(cells: readonly string[], columns: { readonly org: number; readonly position: number }): SectionRow | null {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].trim() === "") continue;
    if (at >= 0) return null;
    at = i;
  }
  if (at < 0 || at === columns.position) return null;
  const text = cells[at].trim();
  if (FIGURE.test(text)) return null;
  const named = ORG_FORM.test(text) || ORG_NAME.test(text);
  if (at === columns.org) return !named && GROUP_WORDS.test(text) ? { kind: "group" } : null;
  return named ? { kind: "org", name: text } : { kind: "group" };
}
