/**
 * What an extra column's caption says its values are. Where a row fills one of two extra columns side by side and no
 * row fills both, a copy without cells gives the value at the first one's place whichever it is; the caption then
 * tells: a budget goes under «Источник финансирования», «выполнено» under «Отметка о выполнении», a share under
 * «Показатель», not under a «Примечание», which takes any text.
 */
interface CaptionFamily {
  readonly caption: RegExp;
  readonly value: RegExp;
}

const FAMILIES: readonly CaptionFamily[] = [
  { caption: /финансир|источник/iu, value: /бюджет|финансир|средств|не требуется|без затрат/iu },
  { caption: /отметк|исполнени|выполнени/iu, value: /^(?:не\s+)?(?:выполнен|исполнен)|^в (?:работе|процессе)/iu },
  { caption: /показател|индикатор/iu, value: /%|процент|не менее \d|не более \d/iu },
];

/** Whether the caption names a family of values the text belongs to (false for a caption of no family). */
export function captionFits(caption: string, text: string): boolean {
  return FAMILIES.some((f) => f.caption.test(caption) && f.value.test(text.trim()));
}
