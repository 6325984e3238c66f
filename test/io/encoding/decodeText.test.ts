import * as fc from "fast-check";
import * as iconv from "iconv-lite";
import { decodeText, detectEncoding, looksBinary, normalizeNewlines, type TextEncoding } from "../../../src/io/encoding/decodeText";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";

/** The seeds, read directly (test/helpers/seeds.ts pulls in the plan core, which this test does not need). */
const SEED_DIR = path.join(__dirname, "..", "..", "fixtures", "seeds");
const SEED_FILES = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt"));
const seedText = (file: string): string => readFileSync(path.join(SEED_DIR, file), "utf8");

/** Encodes with iconv-lite, the reference implementation; `bom` prepends the encoding's byte order mark. */
function encode(text: string, encoding: TextEncoding, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

/** What survives a single-byte code page: characters it lacks (№ « » in KOI8-R) become "?" in the reference too. */
function representable(text: string, encoding: TextEncoding): string {
  return iconv.decode(iconv.encode(text, encoding), encoding);
}

/** Deterministic uniform bytes (mulberry32), so "random" means uniform, not fast-check's biased small values. */
function randomBytes(seed: number, length: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const ROUND_TRIPS: readonly { encoding: TextEncoding; bom: boolean }[] = [
  { encoding: "windows-1251", bom: false },
  { encoding: "koi8-r", bom: false },
  { encoding: "cp866", bom: false },
  { encoding: "utf-16le", bom: true },
  { encoding: "utf-16be", bom: true },
  { encoding: "utf-8", bom: true },
  { encoding: "utf-8", bom: false },
];

describe("seeds re-encoded decode back to the same text", () => {
  for (const file of SEED_FILES) {
    const original = seedText(file);
    for (const { encoding, bom } of ROUND_TRIPS) {
      test(`${file} in ${encoding}${bom ? " with BOM" : ""}`, () => {
        const bytes = encode(original, encoding, bom);
        const result = decodeText(bytes);
        expect(result.encoding).toBe(encoding);
        expect(result.text).toBe(encoding.startsWith("utf") ? original : representable(original, encoding));
        expect(detectEncoding(bytes)).toMatchObject({ encoding, bom });
        expect(looksBinary(bytes)).toBe(false);
      });
    }
  }

  test("the single-byte round trip loses only characters the code page lacks", () => {
    const original = seedText(SEED_FILES[0]);
    const koi = decodeText(encode(original, "koi8-r")).text;
    const lost = new Set([...original].filter((ch, i) => koi[i] !== ch));
    expect([...lost].sort()).toEqual(["«", "»", "–", "№"].sort());
  });
});

describe("short texts", () => {
  const LINES = [
    "План мероприятий на 2025 год",
    "ОТВЕТСТВЕННЫЕ ИСПОЛНИТЕЛИ",
    "директор школы",
    "Иванова Мария Петровна, методист",
    "Сроки реализации",
    "ежемесячно",
    "в течение года",
    "Доля педагогов до 35 лет",
  ];
  for (const line of LINES) {
    for (const encoding of ["windows-1251", "koi8-r"] as const) {
      test(`«${line}» in ${encoding}`, () => {
        const result = decodeText(encode(line, encoding));
        expect(result).toEqual({ text: line, encoding });
      });
    }
  }

  test("UTF-16 without a BOM is recognised by its high bytes", () => {
    const text = "План мероприятий: ответственный — методист, срок 01.09.2024";
    expect(decodeText(encode(text, "utf-16le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(encode(text, "utf-16be"))).toEqual({ text, encoding: "utf-16be" });
  });
});

describe("UTF-8", () => {
  test("pure ASCII is utf-8", () => {
    const bytes = encode("No. | Name | Deadline\n1 | Monitoring | 2024-09-01\n", "utf-8");
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bom: false, confidence: "valid-utf8" });
  });

  test("a file cut in the middle of a character is still utf-8", () => {
    const bytes = encode("Срок исполнения: сентябрь", "utf-8");
    const cut = bytes.subarray(0, bytes.length - 1); // "ь" is two bytes: one is left
    expect(detectEncoding(cut).encoding).toBe("utf-8");
    expect(decodeText(cut).text.startsWith("Срок исполнения: сентяб")).toBe(true);
  });

  test("a stray windows-1251 byte in a long UTF-8 text does not turn it into mojibake", () => {
    const utf8 = encode(seedText(SEED_FILES[2]).slice(0, 2000), "utf-8");
    const bytes = new Uint8Array([...utf8.subarray(0, 500), 0xe0, ...utf8.subarray(500)]);
    const guess = detectEncoding(bytes);
    expect(guess).toEqual({ encoding: "utf-8", bom: false, confidence: "statistical" });
  });

  test("overlong and surrogate forms are not valid UTF-8", () => {
    expect(detectEncoding(new Uint8Array([0x41, 0xc0, 0xaf, 0x42])).confidence).toBe("statistical");
    expect(detectEncoding(new Uint8Array([0x41, 0xed, 0xa0, 0x80, 0x42])).confidence).toBe("statistical");
  });

  test("an override wins over detection", () => {
    const bytes = encode("привет", "utf-8");
    expect(decodeText(bytes, "windows-1251")).toEqual({ text: iconv.decode(Buffer.from(bytes), "windows-1251"), encoding: "windows-1251" });
  });
});

describe("binary data", () => {
  test("uniform random bytes look binary", () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 256, max: 8192 }), (seed, n) => looksBinary(randomBytes(seed, n))));
  });

  test("an archive header with NUL bytes is binary; text with a page break is not", () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe(true);
    expect(looksBinary(encode("Раздел 1\fРаздел 2\r\n", "windows-1251"))).toBe(false);
  });

  test("UTF-16 with a BOM but random content is binary", () => {
    const bytes = randomBytes(7, 4096);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    expect(looksBinary(bytes)).toBe(true);
  });
});

test("decodeText and looksBinary never throw", () => {
  const encodings = fc.constantFrom<TextEncoding | undefined>(undefined, "utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r");
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), encodings, (bytes, override) => {
      const { text } = decodeText(bytes, override);
      looksBinary(bytes);
      return typeof text === "string";
    }),
  );
});

test("normalizeNewlines turns CRLF and CR into LF and keeps LF", () => {
  expect(normalizeNewlines("a\r\nb\rc\nd\r\n\r\n")).toBe("a\nb\nc\nd\n\n");
});
