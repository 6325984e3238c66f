/**
 * Lines a page puts around a table that belong to no table: page numbers, «Продолжение таблицы», running heads.
 * A catalogue of patterns, tested on the trimmed line.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
  /^стр(\.|аница)\s*\d+(\s*(из|\/)\s*\d+)?$/i,
  /^(продолжение|окончание)(\s+таблицы)?(\s+\d+)?\.?$/i,
  /^(продолжение|окончание)\s+(приложения|плана)(\s+\d+)?\.?$/i,
  /^таблица\s+\d+\s*\((продолжение|окончание)\)$/i,
  /^\d{1,3}\s*(из|\/)\s*\d{1,3}$/,
];

export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && PAGE_FURNITURE.some((p) => p.test(t));
}
