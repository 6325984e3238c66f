import type { Block } from "../../core/grid";
import { cleanText } from "../../core/text/normalize";
import { readPositionedText, type PositionedWord } from "../../core/table/positioned";
import { headerCells } from "../../core/table/positioned/findHeaderBand";
import { groupLines } from "../../core/table/positioned/groupLines";
import { planHeaderVerdict } from "../../core/table/positioned/planHeaderVerdict";

/**
 * Columns aligned with spaces (`pdftotext -layout`, fixed-width reports, Word "save as text"): the positioned-text
 * kernel with x = character offset and y = line, pages split by form feeds. Two spaces part phrases.
 */
const PHRASE_GAP = 1.5;

/** A line that could head an aligned table: phrases parted by wide gaps that, with the next line, name plan columns. */
export function startsAlignedTable(line: string, next: string | undefined): boolean {
  if (!/\S\s{2,}\S.*\S\s{2,}\S/.test(line)) return false;
  const lines = groupLines(lineWords([line, next ?? ""], 1));
  const best = Math.max(...[lines.slice(0, 1), lines].map((band) => planHeaderVerdict(headerCells(band, PHRASE_GAP).map((c) => c.text)).score));
  return best >= 10;
}

/** The lines from a header to the end of the text as blocks: title, table parts, furniture and signatures. */
export function readAlignedText(lines: readonly string[], firstLine: number): Block[] {
  return readPositionedText(lineWords(lines, firstLine), [], "layout", { phraseGap: PHRASE_GAP, headerScanLines: 10, snap: 3 });
}

function lineWords(lines: readonly string[], firstLine: number): PositionedWord[] {
  const words: PositionedWord[] = [];
  let page = 1;
  lines.forEach((raw, i) => {
    page += (raw.match(/\f/g) ?? []).length;
    const line = raw.replace(/\f/g, "");
    for (const m of line.matchAll(/\S+/g)) {
      const text = cleanText(m[0]);
      if (text === "") continue;
      words.push({ text, x: m.index!, y: i, width: m[0].length, height: 1, page, row: firstLine + i });
    }
  });
  return words;
}
