import fc from "fast-check";
import * as iconv from "iconv-lite";
import { bestCodePage, detectEncoding, type EncodingGuess } from "../../../src/io/encoding/detectEncoding";
import { detectUtf16 } from "../../../src/io/encoding/detectUtf16";
import { looksBinary } from "../../../src/io/encoding/looksBinary";
import { scanUtf8 } from "../../../src/io/encoding/scanUtf8";
import { DELIMITER_SAMPLE_BYTES, detectDelimiter } from "../../../src/io/csv/detectDelimiter";
import { delimiterSample } from "../../../src/io/csv/streamCsv";

/**
 * detectEncoding asks the platform's strict decoder before it scans (a millisecond instead of a cold loop over the
 * sample): its answer must be the scan's on every input. The reference is the decision made from scanUtf8 alone.
 */
function byScanAlone(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bom: true, confidence: "bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: true, confidence: "bom" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: true, confidence: "bom" };
  const utf16 = detectUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: false, confidence: "statistical" };
  const sample = bytes.subarray(0, 256 * 1024);
  const scan = scanUtf8(sample);
  if (scan.invalid === 0) return { encoding: "utf-8", bom: false, confidence: "valid-utf8" };
  if (scan.multibyte >= 10 * scan.invalid) return { encoding: "utf-8", bom: false, confidence: "statistical" };
  return { encoding: bestCodePage(sample), bom: false, confidence: "statistical" };
}

/** Text as files hold it: Latin, Cyrillic, signs, four-byte characters, line breaks. */
const text = fc.array(fc.constantFrom("a", "Я", "ё", "№", "«", "€", "😀", "\n", ";", "1", " ", "\u07ff", "\uffff"), { maxLength: 80 }).map((cs) => cs.join(""));

/** UTF-8 of the text, cut anywhere (a sample ends mid-character), some bytes replaced by any byte. */
const bytes = fc
  .tuple(text, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
  .map(([t, cut, edits]) => {
    const whole = Buffer.from(t, "utf8");
    const b = Uint8Array.from(whole.subarray(0, whole.length === 0 ? 0 : cut % (whole.length + 1)));
    for (const [at, value] of edits) if (b.length > 0) b[at % b.length] = value;
    return b;
  });

describe("detectEncoding's fast check of well-formed UTF-8", () => {
  test("gives the scan's answer on cut and damaged UTF-8", () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(detectEncoding(b)).toEqual(byScanAlone(b));
      }),
      { numRuns: 3000 },
    );
  });

  test("gives the scan's answer on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        expect(detectEncoding(b)).toEqual(byScanAlone(b));
      }),
      { numRuns: 3000 },
    );
  });

  test("a sample cut inside its last character is still well-formed; a bad byte before it is not", () => {
    const cut = Buffer.from("Вакансии 😀", "utf8").subarray(0, -2);
    expect(detectEncoding(cut)).toEqual({ encoding: "utf-8", bom: false, confidence: "valid-utf8" });
    const damaged = Uint8Array.from(cut);
    damaged[1] = 0xff;
    expect(detectEncoding(damaged).confidence).toBe("statistical");
  });

  test("looksBinary given the guess answers as it does guessing itself", () => {
    fc.assert(
      fc.property(fc.oneof(bytes, fc.uint8Array({ maxLength: 60 })), (b) => {
        expect(looksBinary(b, detectEncoding(b))).toBe(looksBinary(b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the delimiter of a streamed file's head", () => {
  /** Records of long cells (few fit in the characters judged), in any encoding streamed. */
  const records = fc.array(fc.tuple(fc.constantFrom(";", "\t", ",", "|"), fc.integer({ min: 1, max: 4 }), fc.constantFrom("Я", "a", "😀", "1,5", "«№»")), { minLength: 1, maxLength: 12 });

  test("is the one of the whole head, from its first DELIMITER_SAMPLE_BYTES bytes decoded", () => {
    fc.assert(
      fc.property(records, fc.constantFrom("utf-8", "windows-1251", "utf-16le") as fc.Arbitrary<"utf-8" | "windows-1251" | "utf-16le">, fc.integer({ min: 1000, max: 40000 }), (recs, encoding, width) => {
        const lines = recs.map(([d, cells, ch]) => Array.from({ length: cells + 1 }, () => ch.repeat(Math.ceil(width / ch.length))).join(d));
        const head = iconv.encode(lines.join("\r\n"), encoding, { addBOM: encoding === "utf-8" });
        const whole = detectDelimiter(iconv.decode(head, encoding, { stripBOM: true }));
        expect(detectDelimiter(iconv.decode(head.subarray(0, DELIMITER_SAMPLE_BYTES), encoding, { stripBOM: true }))).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });

  test("streamCsv's sample reads as the whole head's text where the delimiter is judged, in any encoding, damaged or not", () => {
    fc.assert(
      fc.property(
        records,
        fc.constantFrom("utf-8", "utf-8 with BOM", "windows-1251", "utf-16le") as fc.Arbitrary<"utf-8" | "utf-8 with BOM" | "windows-1251" | "utf-16le">,
        fc.integer({ min: 1000, max: 40000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 2 }),
        (recs, kind, width, damage) => {
          const encoding = kind === "utf-8 with BOM" ? "utf-8" : kind;
          const lines = recs.map(([d, cells, ch]) => Array.from({ length: cells + 1 }, () => ch.repeat(Math.ceil(width / ch.length))).join(d));
          const head = Uint8Array.from(iconv.encode(lines.join("\n"), encoding, { addBOM: kind === "utf-8 with BOM" }).subarray(0, 1 << 20));
          for (const [at, value] of damage) head[3 + (at % (head.length - 3))] = value;
          const whole = iconv.decode(Buffer.from(head), encoding, { stripBOM: true });
          const sample = delimiterSample(head, encoding, detectEncoding(head));
          expect(sample.slice(0, 64 * 1024)).toBe(whole.slice(0, 64 * 1024));
          expect(detectDelimiter(sample)).toBe(detectDelimiter(whole));
        },
      ),
      { numRuns: 60 },
    );
  });
});
