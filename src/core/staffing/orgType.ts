import { words } from "../text/normalize";
import type { OrgType } from "./types";
import { classify, valueName } from "./valueVocab";

/**
 * The type of an organisation from its name when no type column says it: legal forms and usual words.
 * МБДОУ / «Детский сад» → ДОО; МБУ ДО, ЦДТ, ДЮСШ, ДШИ → ДО; МБОУ, СОШ, гимназия, лицей → ОО. Kindergartens are
 * checked first (ДОУ ends like ОУ), then additional education ("МБОУ ДО" is ДО), then schools.
 */
const NAME_RULES: readonly (readonly [OrgType, RegExp])[] = [
  ["ДОО", /(^|\s)([мгч]?[бка]?доу|доо|детск\S* сад\S*|д\/с|ясли|дошкольн\S*)(\s|$)/],
  ["ДО", /(^|\s)(до|удо|додо|ддт|ддют|цдт|цдо|црт|цтт|дюсш|сдюсшор|дши|дхш|дмш|дэбц|сют|стю|дополнительн\S*)(\s|$)/],
  ["ОО", /(^|\s)([мгч]?[бка]?оу|сош|оош|нош|сш|оош|школа|школа-интернат|гимназия|лицей|кадетск\S*|общеобразовательн\S*)(\s|$)/],
];

export function typeFromName(org: string): OrgType | null {
  const text = words(org).join(" ");
  for (const [type, rule] of NAME_RULES) if (rule.test(text)) return type;
  return null;
}

/** The type cell asked last and its answer: a staff list repeats its type cell row after row. */
let lastCell: string | null = null;
let lastType: OrgType | null | "unknown" = null;

/** A type cell ("ОО", "дошкольная", "УДО"): the type, null when blank, "unknown" when unreadable. */
export function typeFromCell(cell: string): OrgType | null | "unknown" {
  if (cell === lastCell) return lastType;
  const code = classify("type", cell);
  lastCell = cell;
  lastType = code === 0 ? null : code < 0 ? "unknown" : (valueName("type", code) as OrgType);
  return lastType;
}
