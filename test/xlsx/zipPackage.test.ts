import JSZip from "jszip";
import { crc32, hostDeflateRaw, streamDeflateRaw, zipPackage } from "../../src/xlsx/write/zipPackage";

describe("zipPackage: the workbook's zip, deflated by the host", () => {
  test("CRC-32 is the zip one (check value of «123456789»)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  test("JSZip reads every part back byte for byte, checking each CRC, names in UTF-8 and empty parts included", async () => {
    const deflate = hostDeflateRaw();
    expect(deflate).not.toBeNull();
    const big = new TextEncoder().encode(Array.from({ length: 20000 }, (_, i) => `<c r="A${i + 1}" s="${i % 7}"><v>${i}</v></c>`).join(""));
    const random = Uint8Array.from({ length: 20000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff);
    const entries = [
      { path: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
      { path: "xl/worksheets/sheet1.xml", data: big },
      { path: "xl/пустой.bin", data: new Uint8Array(0) },
      { path: "xl/media/random.bin", data: random },
    ];
    const bytes = await zipPackage(entries, deflate!);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.path));
    for (const e of entries) expect(Buffer.from(await zip.file(e.path)!.async("uint8array")).equals(e.data)).toBe(true);
    // Deflated, not stored: the repetitive sheet shrinks.
    expect(bytes.length).toBeLessThan(big.length / 5);
  });
});

describe("zipPackage with the browser's deflate", () => {
  test("CompressionStream deflates parts JSZip reads back (the web page's path; Node takes zlib)", async () => {
    const deflate = streamDeflateRaw();
    expect(deflate).not.toBeNull();
    const sheet = new TextEncoder().encode(Array.from({ length: 5000 }, (_, i) => `<c r="B${i + 1}" t="s"><v>${i % 13}</v></c>`).join(""));
    const bytes = await zipPackage([{ path: "xl/worksheets/sheet1.xml", data: sheet }], deflate!);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Buffer.from(await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array")).equals(sheet)).toBe(true);
    expect(bytes.length).toBeLessThan(sheet.length / 5);
  });
});
