import type { CliContext } from "./context";

/** Text handed to the output at once: large enough to cost nothing, small enough to hold nothing of note. */
const PART_CHARS = 1 << 20;

/**
 * Prints an object as printJson does (JSON.stringify with two spaces, the same text to the character), but its
 * arrays one element at a time: the vacancy report of a national table holds a million rows of sums, whose JSON as
 * one string would take more memory than everything read to make them. `each` turns an array's elements into what
 * is printed (the issues into their messages) as they are written, so no second array is made either.
 */
export function printJsonParts(ctx: CliContext, value: Readonly<Record<string, unknown>>, each: Readonly<Record<string, (element: never) => unknown>> = {}): void {
  let part = "";
  const write = (s: string) => {
    part += s;
    if (part.length >= PART_CHARS) {
      ctx.out(part);
      part = "";
    }
  };
  const indented = (v: unknown, pad: string): string | undefined => JSON.stringify(v, null, 2)?.replace(/\n/g, `\n${pad}`);
  let fields = 0;
  for (const [key, v] of Object.entries(value)) {
    // Own mappers only: a field named like an Object.prototype member («__proto__», «constructor») maps nothing.
    const map = Object.prototype.hasOwnProperty.call(each, key) ? (each[key] as (element: unknown) => unknown) : undefined;
    if (!Array.isArray(v) || v.length === 0) {
      const text = indented(map && Array.isArray(v) ? v.map(map) : v, "  ");
      if (text === undefined) continue;
      write(`${fields++ === 0 ? "{\n" : ",\n"}  ${JSON.stringify(key)}: ${text}`);
      continue;
    }
    write(`${fields++ === 0 ? "{\n" : ",\n"}  ${JSON.stringify(key)}: [`);
    v.forEach((element: unknown, i) => write(`${i === 0 ? "\n" : ",\n"}    ${indented(map ? map(element) : element, "    ") ?? "null"}`));
    write("\n  ]");
  }
  write(fields === 0 ? "{}\n" : "\n}\n");
  if (part !== "") ctx.out(part);
}
