/**
 * How wide each character is set, relative to the others (advance widths of Arial / Liberation Sans, in thousandths
 * of an em): pdfjs gives a text run's width, not its letters', and a word's place inside the run is estimated from
 * the letters before it. Counting characters as equal puts a word after narrow letters («II», «г.», «1.1.») too far
 * to the right and one after capitals («МКУ «РМК»») too far to the left, by enough to cut a run of two cells at the
 * wrong gap. Serif fonts differ from these figures in detail, not in which letters are wide.
 */
const WIDTHS: ReadonlyArray<readonly [string, number]> = [
  [" !,./:;[\\]ijlI|ftі", 278],
  ["'", 191],
  ['"', 355],
  ["()-r`{}", 333],
  ["*", 389],
  ["+<=>~", 584],
  ["#$0123456789?_abdeghnopquL«»–аеорё", 556],
  ["cksvxyzJсух", 500],
  ["%", 889],
  ["&ABEKPSVXYАВЕКРХЁ", 667],
  ["CDHNRUwСНЯ", 722],
  ["FTZТ", 611],
  ["GOQО", 778],
  ["MmМ", 833],
  ["W", 944],
  ["@", 1015],
  ["—", 1000],
  ["№", 1073],
  ["б", 573], ["в", 531], ["г", 365], ["д", 583], ["ж", 669], ["з", 458], ["ий", 559], ["к", 438], ["л", 583],
  ["м", 688], ["н", 552], ["п", 542], ["т", 458], ["фщ", 823], ["ц", 573], ["ч", 521], ["ш", 802], ["ъ", 625],
  ["ы", 719], ["ь", 521], ["э", 510], ["ю", 750], ["я", 542],
  ["Б", 656], ["Г", 542], ["Д", 677], ["Ж", 923], ["З", 604], ["ИЙП", 719], ["Л", 656], ["У", 635], ["Ф", 760],
  ["Ц", 740], ["Ч", 667], ["Ш", 917], ["Щ", 938], ["Ъ", 792], ["Ы", 885], ["Ь", 656], ["Э", 719], ["Ю", 1010],
];
const BY_CHAR = new Map(WIDTHS.flatMap(([chars, width]) => [...chars].map((c) => [c, width] as const)));
const USUAL = 556;

/** The width a character is set at, relative to the others. */
export const glyphWidth = (c: string): number => BY_CHAR.get(c) ?? USUAL;

/**
 * Where each UTF-16 unit of a run starts, as a share of the run's width (one entry more: the end), so that a regex
 * match's index finds its place; a character outside the BMP counts as two units of the usual width.
 */
export function characterOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) out.push(out[i] + glyphWidth(text[i]));
  const total = out[out.length - 1] || 1;
  return out.map((x) => x / total);
}
