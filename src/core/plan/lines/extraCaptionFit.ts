/**
 * What an extra column's caption says its values are. Where a row fills one of two extra columns side by side and no
 * row fills both, a copy without cells gives the value at the first one's place whichever it is; the caption then
 * tells: a budget goes under «Источник финансирования», «выполнено» under «Отметка о выполнении», a share under
 * «Показатель», not under a «Примечание», which takes any text.
 */
interface CaptionFamily {
  readonly caption: RegExp;
  readonly value: RegExp;
  /** How such a value opens: its first words («местный бюджет», «средства областного бюджета», «не требуется»). */
  readonly opens: RegExp;
}

const FAMILIES: readonly CaptionFamily[] = [
  {
    caption: /финансир|источник/iu,
    value: /бюджет|финансир|средств|не требуется|без затрат/iu,
    opens: /^(?:(?:местн|областн|федеральн|муниципальн|региональн|краев|республиканск|внебюджетн|собственн)\p{L}*|бюджет|средств|финансир|не требуется|без затрат|без финансир|в рамках|за сч[её]т)/iu,
  },
  { caption: /отметк|исполнени|выполнени/iu, value: /^(?:не\s+)?(?:выполнен|исполнен)|^в (?:работе|процессе)/iu, opens: /^(?:не\s+)?(?:выполнен|исполнен)|^в (?:работе|процессе)/iu },
  { caption: /показател|индикатор/iu, value: /%|процент|не менее \d|не более \d/iu, opens: /^(?:\d|не менее|не более|доля|количество)/iu },
];

/** Whether the caption names a family of values the text belongs to (false for a caption of no family). */
export function captionFits(caption: string, text: string): boolean {
  return FAMILIES.some((f) => f.caption.test(caption) && f.value.test(text.trim()));
}

/** Of the captions, the place of the one that names a family the text belongs to (captionFits); null where none or several do. */
export function captionColumn(captions: readonly string[], text: string): number | null {
  const fitting = captions.flatMap((c, g) => (captionFits(c, text) ? [g] : []));
  return fitting.length === 1 ? fitting[0] : null;
}

/** Whether the text opens as a value of the family its caption names (captionFits, from its first words on). */
export function opensCaptionValue(caption: string, text: string): boolean {
  return FAMILIES.some((f) => f.caption.test(caption) && f.value.test(text.trim()) && f.opens.test(text.trim()));
}

/** An adjective in an oblique case opening a line in lower case («профессиональных дефицитов»): a phrase going on. */
const OBLIQUE_START = /^\p{Ll}\p{L}+(?:ых|их|ого|его|ому|ему|ыми|ими|ной|ней)(?!\p{L})/u;

/**
 * Whether the text is surely none of the caption's values: the caption names a family of values, the text is none
 * of it and opens as the rest of another cell's phrase.
 */
export function foreignTo(caption: string, text: string): boolean {
  return FAMILIES.some((f) => f.caption.test(caption)) && !captionFits(caption, text) && OBLIQUE_START.test(text.trim());
}

/**
 * Captions of the columns officials print beside a plan's own (DESIGN.md §3 keeps them as extra columns): funding and
 * its sum, a target, the place, the participants, notes, a mark of completion. A text's line under the header that no
 * column numbers count is taken for such a caption only so: the first row's centred deadline («В течении года») or a
 * section's title without a number («Информационное сопровождение») stands there as well.
 */
const EXTRA_CAPTION = /^(?:источник|объ[её]м|сумма|стоимост|финансир|показател|целев|индикатор|место\s+проведени|участник|категори\p{L}*\s+участник|ресурсн|затрат|примечани|отметк|информаци\p{L}*\s+о\s+(?:выполнени|исполнени))/iu;

/**
 * A column left for the report on the plan («Отметка о выполнении», «Примечание»): printed last, it is mostly empty,
 * and text without cells gives nothing of it there but its caption (reportCaption.ts reads that).
 */
const REPORT_CAPTION = /^(?:примечани|отметк|информаци\p{L}*\s+о\s+(?:выполнени|исполнени))/iu;

/** Whether the caption names a column officials print beside the plan's own (EXTRA_CAPTION). */
export function namesExtraColumn(caption: string): boolean {
  return EXTRA_CAPTION.test(caption.trim());
}

/** Whether the caption names a column left for the report on the plan (REPORT_CAPTION). */
export function namesReportColumn(caption: string): boolean {
  return REPORT_CAPTION.test(caption.trim());
}
