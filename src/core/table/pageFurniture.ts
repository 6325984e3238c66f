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

/**
 * The head and foot a browser prints on every page of a web page (Chromium's defaults: «20.03.2033, 09:15  <title>» at
 * the top, «<address>  1/5» at the bottom; a browser in English dates it «3/20/33, 9:15 AM»). Text without positions
 * (pdftotext -raw, a copy from the PDF) gives them as lines among the rows, as long as the page's title (taken as 20
 * characters at least) or address makes them. A time on the 12-hour clock is no Russian plan's: with it the date needs
 * no title (a page without one prints the date alone).
 */
const BROWSER_PRINT: readonly RegExp[] = [
  /^\d{1,2}\.\d{1,2}\.\d{2,4},\s\d{1,2}:\d{2}\s+\S.{19,}$/u,
  /^\d{1,2}\/\d{1,2}\/\d{2,4},\s\d{1,2}:\d{2}\s?[AP]M(?:\s+\S.*)?$/u,
  /^(?:https?|file):\/\/\S+\s+\d{1,3}\/\d{1,3}$/u,
];

export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return (t.length <= 60 && PAGE_FURNITURE.some((p) => p.test(t))) || BROWSER_PRINT.some((p) => p.test(t));
}
