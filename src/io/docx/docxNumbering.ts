import { child, childrenNamed, val, type XmlElement } from "./parseXml";

/**
 * Word's automatic numbering (word/numbering.xml): list paragraphs carry no number in their text, only a numPr
 * (numId + level), and Word draws "1.", "1.2.", "а)" or a bullet. Plan tables are often numbered this way, so the
 * numbers are recomputed here; bullets become "- ". Without numbering.xml every list paragraph gets "- ".
 * Paragraph styles may carry the numPr too (styles.xml, following basedOn).
 */
interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

interface NumDef {
  /** Counters are shared by every num of one abstractNum unless the num restarts them. */
  readonly counterKey: string;
  readonly levels: ReadonlyMap<number, Level>;
}

export interface NumberingRef {
  readonly numId: string;
  readonly level: number;
}

const ROMAN: readonly [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];
const RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
const LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Formats a counter value by Word's numFmt; unknown formats fall back to decimal. */
export const FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, "0"),
  lowerLetter: (n) => letters(n, LATIN_LETTERS),
  upperLetter: (n) => letters(n, LATIN_LETTERS).toUpperCase(),
  russianLower: (n) => letters(n, RUSSIAN_LETTERS),
  russianUpper: (n) => letters(n, RUSSIAN_LETTERS).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  none: () => "",
};

/**
 * Word repeats the letter past the alphabet (я, аа, бб …): a list starting at 2,000,000,000 would make a label of
 * 71 million letters per paragraph. Past MAX_LETTER_REPEAT letters the number is shown in digits instead.
 */
const MAX_LETTER_REPEAT = 8;

function letters(n: number, alphabet: string): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > alphabet.length * MAX_LETTER_REPEAT) return String(n);
  const i = (n - 1) % alphabet.length;
  return alphabet[i].repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

/** Word's levels are 0–8; anything else in a file (ilvl="4294967295") names no level. */
const MAX_LEVEL = 8;
/** A marker is a few characters; a lvlText of thousands of "%1" is cut here. */
const MAX_MARKER = 64;

function roman(n: number): string {
  let out = "";
  let rest = Math.max(1, Math.min(n, 3999));
  for (const [value, digits] of ROMAN) while (rest >= value) [out, rest] = [out + digits, rest - value];
  return out;
}

export class DocxNumbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly styleNumbering = new Map<string, NumberingRef>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: XmlElement | undefined, styles: XmlElement | undefined) {
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of childrenNamed(numbering ?? { name: "", attribs: {}, children: [] }, "w:abstractNum")) {
      abstracts.set(a.attribs["w:abstractNumId"] ?? "", levelsOf(a));
    }
    for (const num of numbering ? childrenNamed(numbering, "w:num") : []) {
      const abstractId = val(child(num, "w:abstractNumId")) ?? "";
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const overrides = childrenNamed(num, "w:lvlOverride");
      for (const o of overrides) {
        const ilvl = Number(o.attribs["w:ilvl"] ?? 0);
        const base = child(o, "w:lvl") ? levelsOf({ ...o, children: childrenNamed(o, "w:lvl") }).get(ilvl) : levels.get(ilvl);
        const start = val(child(o, "w:startOverride"));
        if (base) levels.set(ilvl, start === undefined ? base : { ...base, start: Number(start) || 0 });
      }
      const numId = num.attribs["w:numId"] ?? "";
      this.nums.set(numId, { counterKey: overrides.length > 0 ? `num:${numId}` : `abstract:${abstractId}`, levels });
    }
    if (styles) this.readStyles(styles);
  }

  /** The numbering of a paragraph: its own numPr, else its style's. numId 0 switches numbering off. */
  refOf(pPr: XmlElement | undefined): NumberingRef | undefined {
    const numPr = child(pPr, "w:numPr");
    const numId = val(child(numPr, "w:numId"));
    const ref = numId !== undefined ? { numId, level: Number(val(child(numPr, "w:ilvl")) ?? 0) || 0 } : this.styleNumbering.get(val(child(pPr, "w:pStyle")) ?? "");
    return ref && ref.numId !== "0" ? ref : undefined;
  }

  /** The marker Word would draw for the next paragraph of this list ("1.2. ", "а) ", or "- " for bullets). */
  next(ref: NumberingRef): string {
    const num = this.nums.get(ref.numId);
    const level = num?.levels.get(ref.level);
    if (!num || !level || level.format === "bullet" || ref.level > MAX_LEVEL || ref.level < 0) return "- ";
    const counts = this.counters.get(num.counterKey) ?? [];
    counts[ref.level] = counts[ref.level] === undefined ? level.start : counts[ref.level] + 1;
    counts.length = ref.level + 1; // deeper levels restart
    this.counters.set(num.counterKey, counts);
    const text = level.text.replace(/%(\d)/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const lvl = num.levels.get(i);
      return (FORMATS[lvl?.format ?? "decimal"] ?? String)(counts[i] ?? lvl?.start ?? 1);
    });
    return text.trim() === "" ? "- " : `${text.trim().slice(0, MAX_MARKER)} `;
  }

  private readStyles(styles: XmlElement): void {
    const based = new Map<string, string>();
    const own = new Map<string, NumberingRef>();
    for (const s of childrenNamed(styles, "w:style")) {
      const id = s.attribs["w:styleId"] ?? "";
      const parent = val(child(s, "w:basedOn"));
      if (parent) based.set(id, parent);
      const numPr = child(child(s, "w:pPr"), "w:numPr");
      const numId = val(child(numPr, "w:numId"));
      if (numId !== undefined) own.set(id, { numId, level: Number(val(child(numPr, "w:ilvl")) ?? 0) || 0 });
    }
    for (const id of new Set([...based.keys(), ...own.keys()])) {
      let at: string | undefined = id;
      for (let hops = 0; at !== undefined && hops < 20; hops++, at = based.get(at)) {
        const ref = own.get(at);
        if (ref) {
          this.styleNumbering.set(id, ref);
          break;
        }
      }
    }
  }
}

function levelsOf(abstractNum: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abstractNum, "w:lvl")) {
    const ilvl = Number(lvl.attribs["w:ilvl"] ?? 0);
    if (!(ilvl >= 0 && ilvl <= MAX_LEVEL)) continue;
    levels.set(ilvl, {
      format: val(child(lvl, "w:numFmt")) ?? "decimal",
      text: (val(child(lvl, "w:lvlText")) ?? "").slice(0, MAX_MARKER),
      start: Number(val(child(lvl, "w:start")) ?? 1),
    });
  }
  return levels;
}
