import { foldText } from "../text/normalize";

/**
 * What the cells of categorical columns say, as catalogues of patterns over folded text (lower case, ё→е, Latin
 * look-alikes fixed: "высшaя" with a Latin a is высшая). Each value has a stable name (used in the indicator
 * catalogue and the user config) and a small code (stored per person, 1-based; 0 = blank).
 * The first value whose pattern matches wins, so more specific values come first.
 */
export interface Vocabulary {
  readonly values: readonly { readonly name: string; readonly patterns: readonly RegExp[] }[];
  /** The value a blank cell means, or null when blank means unknown. */
  readonly blank: string | null;
}

export const VOCABULARIES = {
  group: {
    values: [
      { name: "admin", patterns: [/^ауп/, /руковод/, /административн/, /управленческ/, /^администрац/] },
      { name: "pedagogue", patterns: [/^пед/, /педагог/, /^пр$/, /^учител/] },
      { name: "other", patterns: [/проч/, /^увп/, /^моп/, /вспомогательн/, /обслуживающ/, /технич/, /^иные?/, /^другие/] },
    ],
    blank: null,
  },
  employment: {
    values: [
      { name: "internal", patterns: [/внутр/] },
      { name: "external", patterns: [/внеш/, /^совм/, /^по совместительству/] },
      { name: "gph", patterns: [/гпх/, /гражданско/, /договор/, /подряд/] },
      { name: "main", patterns: [/основн/, /^осн/, /^штатн/, /^постоянн/, /^по основному/] },
    ],
    blank: "main",
  },
  education: {
    values: [
      { name: "higher_pedagogical", patterns: [/высш\S*\s*пед/, /^вп(о)?$/, /высш\S* профессиональн\S* пед/] },
      { name: "higher", patterns: [/высш/, /бакалав/, /магист/, /специалитет/, /^во$/] },
      { name: "secondary", patterns: [/^спо/, /средн\S* (проф|спец)/, /^ср\.? ?проф/, /^ср\.? ?спец/, /^нпо/, /начальн\S* проф/] },
      { name: "none", patterns: [/^нет$/, /^-$/, /^без/] },
      { name: "other", patterns: [/средн/, /общ/, /./] },
    ],
    blank: null,
  },
  category: {
    values: [
      { name: "highest", patterns: [/^высш/, /^вкк$/, /^в$/] },
      { name: "first", patterns: [/^перв/, /^1(\s|$|-)/, /^i$/, /^1кк$/] },
      { name: "szd", patterns: [/^сзд/, /соответстви/, /^созд$/] },
      { name: "none", patterns: [/^нет/, /^-$/, /^без/, /^не (имеет|аттест)/, /^б\/к$/, /^отсутств/] },
    ],
    blank: "none",
  },
  sex: {
    values: [
      { name: "female", patterns: [/^ж/] },
      { name: "male", patterns: [/^м/] },
    ],
    blank: null,
  },
  type: {
    values: [
      { name: "ДОО", patterns: [/^до[оу]$/, /дошкольн/, /детск\S* сад/, /^д\/с/, /^мб?а?доу/] },
      { name: "ДО", patterns: [/^до$/, /^у?до$/, /дополнительн/, /^оодо$/, /^додо$/] },
      { name: "ОО", patterns: [/^о[оу]$/, /общеобразоват/, /^школ/, /^сош/, /^гимнази/, /^лице/] },
    ],
    blank: null,
  },
} as const satisfies Record<string, Vocabulary>;

export type VocabularyField = keyof typeof VOCABULARIES;
export type VocabularyValue<F extends VocabularyField> = (typeof VOCABULARIES)[F]["values"][number]["name"];

/** Code of a value name (1-based), or 0 when the name is not in the vocabulary. */
export function valueCode(field: VocabularyField, name: string): number {
  const i = (VOCABULARIES[field].values as readonly { name: string }[]).findIndex((v) => v.name === name);
  return i + 1;
}

export function valueName(field: VocabularyField, code: number): string | null {
  return (VOCABULARIES[field].values as readonly { name: string }[])[code - 1]?.name ?? null;
}

/**
 * Classifies a cell: the value's code, 0 for a blank cell that means nothing, or -1 for text the vocabulary does
 * not know (reported by the caller).
 */
const CACHE_LIMIT = 10000;
const caches = new Map<VocabularyField, Map<string, number>>();

export function classify(field: VocabularyField, cell: string): number {
  // Staff lists repeat the same few texts on thousands of rows: remember each text's answer.
  let cache = caches.get(field);
  if (!cache) caches.set(field, (cache = new Map()));
  const known = cache.get(cell);
  if (known !== undefined) return known;
  const code = classifyText(field, cell);
  if (cache.size < CACHE_LIMIT) cache.set(cell, code);
  return code;
}

function classifyText(field: VocabularyField, cell: string): number {
  const vocab: Vocabulary = VOCABULARIES[field];
  const folded = foldText(cell).replace(/[.]+$/, "").trim();
  if (folded === "") return vocab.blank === null ? 0 : valueCode(field, vocab.blank);
  for (let i = 0; i < vocab.values.length; i++) {
    for (const p of vocab.values[i].patterns) if (p.test(folded)) return i + 1;
  }
  return -1;
}

/** Yes/no columns (молодой специалист, наставник): a name or a note in the cell means yes. */
const NO = /^(нет|no|-|0|не (является|имеет)|отсутств\S*|н)$/;
const YES_MARKS = /^\s*[+✓✔√vVхХxX]\s*$/;
export function readYes(cell: string): boolean {
  // Ticks and pluses are folded away with punctuation: read them first.
  if (YES_MARKS.test(cell)) return true;
  const folded = foldText(cell);
  return folded !== "" && !NO.test(folded);
}
