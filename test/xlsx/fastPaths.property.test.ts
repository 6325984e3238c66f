/**
 * The shortcuts the .xlsx writer takes for the common case (issue 15) must give what the plain way gave, kept here
 * as the reference: a date's serial read by character codes instead of split, a text escaped only when it has
 * something to escape, shared strings rendered in batches instead of one by one.
 */
import fc from "fast-check";
import { escapeXml } from "../../src/xlsx/charts/escapeXml";
import { excelSerial } from "../../src/core/sheet/sheetSpec";
import { joinChunks } from "../../src/xlsx/write/byteChunks";
import { SharedStrings } from "../../src/xlsx/write/sharedStrings";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// eslint-disable-next-line no-control-regex
const referenceEscape = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
const referenceSerial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
};

const isoLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("2026-02-30", "2026-1-05", "2026-01-5", " 2026-01-05", "2026-01-0x", "2026-0 -05", "2026/01/05", "20260105", "", "-", "2026--01-05", "+2026-01-0", "2026-01-05T00", "٢٠٢٦-٠١-٠٥"),
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom("0", "1", "9", "-", " ", "+", ".", "e", "x"), { minLength: 10, maxLength: 10 }).map((cs) => cs.join("")),
);

test("a date's serial is the one split and Number give, for any string", () => {
  fc.assert(
    fc.property(isoLike, (iso) => {
      expect(Object.is(excelSerial(iso), referenceSerial(iso)) || (Number.isNaN(excelSerial(iso)) && Number.isNaN(referenceSerial(iso)))).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("", "План", "«Кавычки» & <теги> \"двойные\" 'одинарные'", " пробел в начале", "в конце ", "две\nстроки", "\u0007звонок", "\uFFFE", "\uD83D", "😀"),
);

test("a text is escaped as the two replacements escape it", () => {
  fc.assert(
    fc.property(text, (s) => expect(escapeXml(s)).toBe(referenceEscape(s))),
    { numRuns: 3000 },
  );
});

test("shared strings render, batch by batch, the markup of each text on its own", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(text, text.map((s) => s.repeat(700))), { maxLength: 80 }), (texts) => {
      const strings = new SharedStrings();
      texts.forEach((t) => strings.index(t));
      const distinct = [...new Set(texts)];
      const head =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${texts.length}" uniqueCount="${distinct.length}">`;
      const items = distinct.map((t) => (/^\s|\n|\s$/.test(t) ? `<si><t xml:space="preserve">${referenceEscape(t)}</t></si>` : `<si><t>${referenceEscape(t)}</t></si>`));
      expect(strings.xml()).toBe(head + items.join("") + "</sst>");
      // Each text encoded on its own, as it was: a lone surrogate half stays U+FFFD, never paired across texts.
      const want = Buffer.concat([head, ...items, "</sst>"].map((part) => new TextEncoder().encode(part)));
      expect(Buffer.from(joinChunks(strings.bytes())).equals(want)).toBe(true);
    }),
    { numRuns: 200 },
  );
});
