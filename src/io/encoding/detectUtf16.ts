/**
 * UTF-16 without a byte order mark (Notepad's "Unicode" without BOM, some exports). Russian and ASCII text in
 * UTF-16 has a telltale high byte in almost every code unit: 0x00 for ASCII, 0x04 for Cyrillic (dashes and
 * quotes, 0x20, are too few to matter). Low bytes are rarely 0x00 or 0x04 (only U+0400, U+0404 and controls).
 * When those bytes sit on one parity only, the text is UTF-16 and the parity gives the byte order.
 */
const isHighByte = (b: number): boolean => b === 0x00 || b === 0x04;
const SAMPLE = 1 << 16;
/** Share of code units whose high byte is typical, and the most the other parity may have. */
const MIN_TYPICAL = 0.7;
const MAX_OTHER = 0.1;

export function detectUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (isHighByte(bytes[i])) even++;
    if (isHighByte(bytes[i + 1])) odd++;
  }
  const units = n / 2;
  if (odd / units >= MIN_TYPICAL && even / units <= MAX_OTHER) return "utf-16le";
  if (even / units >= MIN_TYPICAL && odd / units <= MAX_OTHER) return "utf-16be";
  return null;
}
