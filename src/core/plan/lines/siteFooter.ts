/**
 * What a site prints under a document it publishes as a web page: the files attached to it («Прикреплённые файлы:»,
 * «Вложения:»), its view count («Просмотров: 1 247»), the site's copyright («© 2012–2033 Управление образования …»).
 * A copy of the page's print in drawing order (pdftotext -raw, Firefox's pdf.js) gives them right after the last row's
 * last cell, which would take them in; a plan's cell says none of them. The body ends at the first such line.
 */
const SITE_FOOTER: readonly RegExp[] = [
  /^(?:прикрепл[её]нные\s+файлы|вложени[яе]|файлы\s+для\s+скачивания|документы\s+для\s+скачивания)\s*:?$/iu,
  /^(?:просмотров|количество\s+просмотров|просмотры)\s*:\s*\d[\d\s\u00a0]*$/iu,
  /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?\s+)?\p{L}/iu,
];

export function isSiteFooter(text: string): boolean {
  const t = text.trim();
  return SITE_FOOTER.some((p) => p.test(t));
}
