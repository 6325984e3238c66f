/**
 * HTML remnants inside cell text (`<p>`, `<ul><li>`, `<br>`, entities), as they arrive from web pages and from
 * Word tables exported to text. Block tags become line breaks, list items get "- ", other tags disappear.
 * Pure string work: no DOM, so the same code runs under the CLI, the tests and the task pane.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "\u00A0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", laquo: "«", raquo: "»",
  ndash: "–", mdash: "—", hellip: "…", shy: "\u00AD", bull: "•", middot: "·", laquo_: "«", deg: "°", numero: "№",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
const BLOCK_TAGS = new Set(["p", "div", "br", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** True when the text carries at least one HTML tag we know (not just a "<" in prose). */
export function hasHtml(s: string): boolean {
  return /<\/?(p|br|ul|ol|li|div|span|b|i|u|strong|em|sup|sub|font|a)\b[^<>]*>/i.test(s);
}

/** Turns HTML remnants into plain text with line breaks. Text without tags is returned unchanged. */
export function htmlToText(s: string): string {
  if (!hasHtml(s) && !/&[#a-z0-9]+;/i.test(s)) return s;
  const text = s.replace(TAG, (_tag, name: string) => {
    const tag = name.toLowerCase();
    if (tag === "li") return _tag.startsWith("</") ? "\n" : "\n- ";
    return BLOCK_TAGS.has(tag) ? "\n" : "";
  });
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n")
    .trim();
}
