/**
 * The tokens of an RTF file (RTF 1.9.1 §«Conventions of an RTF reader»): groups, control words with their optional
 * signed parameter, control symbols, a byte given as \'hh, and runs of plain text. Written here rather than taken from
 * a package: the RTF tokenizers on npm are Node streams over Buffers, and the task pane reads files in the browser.
 */
export type RtfToken =
  | { readonly kind: "open" }
  | { readonly kind: "close" }
  | { readonly kind: "word"; readonly word: string; readonly param: number | null }
  | { readonly kind: "symbol"; readonly symbol: string }
  | { readonly kind: "byte"; readonly byte: number }
  | { readonly kind: "text"; readonly text: string };

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const HEX = /^[0-9a-fA-F]{2}$/;

/** RTF is 7-bit text: its bytes are read one to a character (latin1), the 8-bit ones come as \'hh or \uN. */
export function* rtfTokens(bytes: Uint8Array): Generator<RtfToken> {
  const n = bytes.length;
  let i = 0;
  let text = "";
  const flush = function* () {
    if (text !== "") yield { kind: "text", text } as const;
    text = "";
  };
  while (i < n) {
    const c = bytes[i];
    if (c === 0x7b || c === 0x7d) {
      yield* flush();
      yield c === 0x7b ? { kind: "open" } : { kind: "close" };
      i++;
    } else if (c === 0x5c) {
      yield* flush();
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(bytes[j]) && j - i <= 32) j++;
        const word = latin1(bytes, i + 1, j);
        let k = j;
        if (bytes[k] === 0x2d && isDigit(bytes[k + 1] ?? 0)) k++;
        while (k < n && isDigit(bytes[k]) && k - j <= 10) k++;
        const param = k > j ? Number.parseInt(latin1(bytes, j, k), 10) : null;
        // A space after a control word is its delimiter, not text.
        i = bytes[k] === 0x20 ? k + 1 : k;
        if (word === "bin" && param !== null && param > 0) i += param; // binary data: nothing to read
        else yield { kind: "word", word, param };
      } else if (next === 0x27) {
        const hex = latin1(bytes, i + 2, i + 4);
        if (HEX.test(hex)) yield { kind: "byte", byte: Number.parseInt(hex, 16) };
        i += HEX.test(hex) ? 4 : 2;
      } else if (next === 0x0d || next === 0x0a) {
        // A backslash before a line break is \par (RTF 1.9.1).
        yield { kind: "word", word: "par", param: null };
        i += 2;
      } else {
        yield { kind: "symbol", symbol: String.fromCharCode(next) };
        i += 2;
      }
    } else {
      // Line breaks in the file are not text.
      if (c !== 0x0d && c !== 0x0a) text += String.fromCharCode(c);
      i++;
    }
  }
  yield* flush();
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to && i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
