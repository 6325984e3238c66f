import ExcelJS from "exceljs";
import * as path from "path";
import { exampleWorkbook } from "../../src/cli/commands/demo";
import { catalogue } from "../../src/core/issues/catalogue";
import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../src/i18n";

/** Issue codes are stable identifiers of the contract (DESIGN §5), written as they are in every language. */
const ISSUE_CODES: ReadonlySet<string> = new Set(Object.keys(catalogue));

/** Every word of a text, folded: lower case, ё as е (the structuring folds them too). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, "е").match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Tokens that are no words of a language: numbers, dates, cell addresses (C8) and column letters, issue codes. */
function isWord(token: string, codes: ReadonlySet<string>): boolean {
  return /\p{L}/u.test(token) && !/\p{N}/u.test(token) && !/^[a-z]$/.test(token) && !codes.has(token);
}

const INNERMOST = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, "gu");

/**
 * What of a pseudo-locale text no catalogue text explains: the text with every marked span taken out (inner spans
 * first: a value filled into a message may itself be a catalogue text), reduced to the words the input does not
 * hold. Numbers, dates and punctuation carry no words; data from the input carries only the input's words.
 */
export function wordsOutsideCatalogue(text: string, inputWords: ReadonlySet<string>, codes: ReadonlySet<string> = ISSUE_CODES): string[] {
  let rest = text;
  for (let before = ""; before !== rest; ) {
    before = rest;
    rest = rest.replace(INNERMOST, " ");
  }
  const tokens = wordsOf(rest);
  // A long text cut for display ends in part of an input word.
  const cut = (w: string, i: number) => i === tokens.length - 1 && [...inputWords].some((x) => x.startsWith(w));
  return tokens.filter((w, i) => isWord(w, codes) && !inputWords.has(w) && !cut(w, i));
}

/** Where a piece of text was found and what in it is outside the catalogue, for a failure message. */
export interface Stray {
  readonly where: string;
  readonly text: string;
  readonly words: readonly string[];
}

export function strays(pieces: readonly { where: string; text: string }[], inputWords: ReadonlySet<string>): Stray[] {
  return pieces.flatMap(({ where, text }) => {
    const words = wordsOutsideCatalogue(text, inputWords);
    return words.length ? [{ where, text, words }] : [];
  });
}

/** Every word of the example workbook the demo and the web tabs read: its file name, sheet names and cell texts. */
export async function exampleWorkbookWords(): Promise<Set<string>> {
  const words = new Set<string>();
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(exampleWorkbook());
  for (const w of wordsOf(path.basename(exampleWorkbook()))) words.add(w);
  input.eachSheet((ws) => {
    for (const w of wordsOf(ws.name)) words.add(w);
    ws.eachRow((row) => row.eachCell((cell) => wordsOf(cell.text).forEach((w) => words.add(w))));
  });
  return words;
}
