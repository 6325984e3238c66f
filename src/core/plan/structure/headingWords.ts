/**
 * Words that open a heading above plan items, with their rank: a smaller rank heads a larger part. Programmes and
 * road maps nest «Подпрограмма» over «Направление», «Цель» over «Задача», «Раздел» over «Подраздел». The level a
 * heading gets comes from the ranks a document actually uses (a plan of «Задача» headings alone is one level).
 */
export interface HeadingWord {
  /** Lower-case stem; any ending follows (раздел, разделу; цель, цели). */
  readonly stem: string;
  readonly rank: number;
}

export const HEADING_WORDS: readonly HeadingWord[] = [
  { stem: "подпрограмм", rank: 0 },
  { stem: "раздел", rank: 1 },
  { stem: "глав", rank: 1 },
  { stem: "част", rank: 1 },
  { stem: "цел", rank: 1 },
  { stem: "блок", rank: 1 },
  { stem: "модуль", rank: 1 },
  { stem: "подраздел", rank: 2 },
  { stem: "задач", rank: 2 },
  { stem: "направлени", rank: 2 },
  { stem: "параграф", rank: 3 },
  { stem: "подзадач", rank: 3 },
];

/** The rank of a heading word (any case, any ending), or null. Longest stem first: подраздел is not раздел. */
export function headingRank(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, "е");
  let best: HeadingWord | null = null;
  for (const h of HEADING_WORDS) if (w.startsWith(h.stem) && (!best || h.stem.length > best.stem.length)) best = h;
  return best && w.length - best.stem.length <= 3 ? best.rank : null;
}

/** Regex source of any heading word, for the section marker. */
export const HEADING_WORD_SOURCE = `(?:${[...HEADING_WORDS].sort((a, b) => b.stem.length - a.stem.length).map((h) => h.stem).join("|")})\\p{L}{0,3}`;
