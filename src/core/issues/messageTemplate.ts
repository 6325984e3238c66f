import { monthName, type MonthForm } from "../text/monthName";
import type { Locale } from "./issue";
import { pluralForm } from "../../i18n";

/** A placeholder as fill reads it: {name} or {name:forms}. */
const PLACEHOLDER = /\{(\w+)(?::([^{}]*))?\}/g;
/** A placeholder fillTemplate reads first: {name:month}, {name:monthIn}. */
const MONTH_PLACEHOLDER = /^\{(\w+):(month|monthIn)\}$/;
const MONTH_FORMS: Readonly<Record<string, MonthForm>> = { month: "nominative", monthIn: "prepositional" };
/** Templates come from the catalogues: few. The cache is dropped past this many all the same. */
const CACHE_LIMIT = 1000;

type Part =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "month"; readonly key: string; readonly form: MonthForm; readonly whole: string }
  | { readonly kind: "value"; readonly key: string; readonly forms: readonly string[] | undefined; readonly whole: string };

const compiled = new Map<string, readonly Part[] | null>();

/**
 * A message template cut once into its texts and placeholders, or null when cutting it could tell another story than
 * fillTemplate's two passes (months first, then the rest, over the text the first pass made): a brace outside a
 * placeholder could join with an inserted month into a placeholder of its own.
 */
function partsOf(template: string): readonly Part[] | null {
  let parts = compiled.get(template);
  if (parts !== undefined) return parts;
  const cut: Part[] = [];
  let simple = true;
  let at = 0;
  const text = (s: string) => {
    if (s.includes("{") || s.includes("}")) simple = false;
    if (s !== "") cut.push({ kind: "text", text: s });
  };
  for (const m of template.matchAll(PLACEHOLDER)) {
    text(template.slice(at, m.index));
    const whole = m[0];
    const month = MONTH_PLACEHOLDER.exec(whole);
    cut.push(month ? { kind: "month", key: month[1], form: MONTH_FORMS[month[2]], whole } : { kind: "value", key: m[1], forms: m[2]?.split("|"), whole });
    at = m.index + whole.length;
  }
  text(template.slice(at));
  parts = simple ? cut : null;
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

/**
 * fillTemplate's text for a template and its parameters (`param`: what params[key] gives), filled from the template's parts (partsOf) instead of two
 * regular-expression passes a message: a national vacancy report renders thousands of messages. Undefined when the
 * parts cannot tell (the template is not simple, or a month's text has a brace in it): ask fillTemplate's passes.
 */
export function fillParts(template: string, param: (key: string) => string | number | undefined, locale: Locale, formatValue: (n: number, locale: Locale) => string): string | undefined {
  const parts = partsOf(template);
  if (parts === null) return undefined;
  let out = "";
  for (const part of parts) {
    if (part.kind === "text") {
      out += part.text;
      continue;
    }
    const v = param(part.key);
    if (v === undefined) out += part.whole;
    else if (part.kind === "month") {
      const name = monthName(String(v), locale, part.form);
      if (name.includes("{") || name.includes("}")) return undefined;
      out += name;
    } else if (part.forms !== undefined) {
      const n = typeof v === "number" ? v : Number(String(v).replace(/\s/g, "").replace(",", "."));
      out += Number.isFinite(n) ? pluralForm(n, locale, part.forms) : part.whole;
    } else out += typeof v === "number" ? formatValue(v, locale) : v;
  }
  return out;
}
