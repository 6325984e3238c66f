/**
 * Text from files, cells, file names and option values reaches a terminal through our output: an ESC or OSC
 * sequence in a cell could recolour, retitle or rewrite the user's screen, a CR or newline could forge a line of
 * the report. Control characters are shown as escapes instead (\x1b, \r, \u009b); nothing is dropped.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const C0_AND_C1 = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex -- as above
const C0_AND_C1_WITH_LINES = /[\x00-\x1f\x7f-\x9f]/g;
/** Characters below U+0020 are already \u-escaped by JSON.stringify; the C1 block and DEL are not. */
const JSON_UNESCAPED = /[\x7f-\x9f]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(ch: string): string {
  return NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
}

/** Report text: line breaks and tabs stay, every other control character is escaped. */
export function escapeText(s: string): string {
  return s.replace(C0_AND_C1, escapeOne);
}

/** One line (an error, a note): line breaks inside it are escaped too, so it stays one line. */
export function escapeLine(s: string): string {
  return s.replace(C0_AND_C1_WITH_LINES, (ch) => (ch === "\t" ? ch : escapeOne(ch)));
}

/** JSON output: DEL and C1 as \u escapes — the same JSON value, harmless on a terminal. */
export function escapeJson(s: string): string {
  return s.replace(JSON_UNESCAPED, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
