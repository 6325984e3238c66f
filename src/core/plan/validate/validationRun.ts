import { findAbbreviations } from "../responsible";
import type { Plan } from "../types";
import { foldText, words } from "../../text/normalize";
import { plainFold, plainWords } from "./text/plainFold";

/** Whether a BMP character is upper case (\p{Lu}), by code: 1 yes, 0 no, -1 not asked yet. */
const UPPER_CASE = new Int8Array(0x10000).fill(-1);
const ONE_CAPITAL = /^\p{Lu}$/u;

function isCapital(code: number): boolean {
  let known = UPPER_CASE[code];
  if (known < 0) UPPER_CASE[code] = known = ONE_CAPITAL.test(String.fromCharCode(code)) ? 1 : 0;
  return known === 1;
}

/**
 * Two capital letters: every abbreviation findAbbreviations can find has them (МОУО, ЦТриГО), and most texts do
 * not. A text with a character outside the BMP (a surrogate half) is searched too: its letters are not judged here.
 * A loop over character codes, each judged by \p{Lu} once and remembered: the regular expression
 * /\p{Lu}[^]*?\p{Lu}/u took several times as long over the names of a 10,000-item plan, each with one capital.
 */
function mayHaveAbbreviation(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (isCapital(code) && ++capitals === 2) return true;
  }
  return false;
}

/** The answer for the texts with no abbreviation, most of them: one list for all, not a new empty one per text. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * What several rules derive from the same plan texts, derived once per validation run: folded texts, words,
 * abbreviations, and plan-wide facts such as the numbering scopes three rules share. A plan of 10,000 items spent
 * most of its validation deriving the same things again rule by rule and cell by cell (executors repeat, deadlines
 * repeat, every name is read by four rules).
 */
export class ValidationRun {
  private readonly wordsOf = new Map<string, readonly string[]>();
  private readonly foldedOf = new Map<string, string>();
  private readonly abbreviationsOf = new Map<string, readonly string[]>();
  private readonly facts = new Map<(plan: Plan, run: ValidationRun) => unknown, unknown>();

  constructor(readonly plan: Plan) {}

  /** words(text) of src/core/text/normalize (through the one-pass plainWords where it can). */
  words(text: string): readonly string[] {
    // Words read in one pass are not kept: remembering 20,000 names and results cost more than reading each again.
    const plain = plainWords(text);
    if (plain) return plain;
    let out = this.wordsOf.get(text);
    if (out === undefined) this.wordsOf.set(text, (out = words(text)));
    return out;
  }

  /** foldText(text) of src/core/text/normalize (through the one-pass plainFold where it can). */
  folded(text: string): string {
    // Folded in one pass, not kept: as for words, reading again costs less than remembering tens of thousands of texts.
    const plain = plainFold(text);
    if (plain !== null) return plain;
    let out = this.foldedOf.get(text);
    if (out === undefined) this.foldedOf.set(text, (out = foldText(text)));
    return out;
  }

  /** findAbbreviations(text) of src/core/plan/responsible. */
  abbreviations(text: string): readonly string[] {
    // Tested before the look-up: most names have no abbreviation and are read once, not worth keeping.
    if (!mayHaveAbbreviation(text)) return NONE;
    let out = this.abbreviationsOf.get(text);
    if (out === undefined) this.abbreviationsOf.set(text, (out = findAbbreviations(text)));
    return out;
  }

  /** What `derive` gives for the plan, derived on the first call of the run (`derive` is the key: a module-level function). */
  fact<T>(derive: (plan: Plan, run: ValidationRun) => T): T {
    if (!this.facts.has(derive)) this.facts.set(derive, derive(this.plan, this));
    return this.facts.get(derive) as T;
  }
}
