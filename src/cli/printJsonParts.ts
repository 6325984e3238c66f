import type { CliContext } from "./context";

/** Text handed to the output at once: large enough to cost nothing, small enough to hold nothing of note. */
const PART_CHARS = 1 << 14;
/** Elements printed by one JSON.stringify call: few enough that their text stays a small string. */
const BATCH = 64;

/**
 * Prints an object as printJson does (JSON.stringify with two spaces, the same text to the character), but its
 * arrays one element at a time: the vacancy report of a national table holds a million rows of sums, whose JSON as
 * one string would take more memory than everything read to make them. `each` turns an array's elements into what
 * is printed (the issues into their messages) as they are written, so no second array is made either. Any other
 * iterable value (not a string) is printed as the array it would give, each element as it is made: a list made as
 * it is walked is never held whole.
 */
export function printJsonParts(ctx: CliContext, value: Readonly<Record<string, unknown>>, each: Readonly<Record<string, (element: never) => unknown>> = {}): void {
  // Bytes where the host writes them: the parts encoded once into megabyte chunks (a part a write cost more).
  const sink = ctx.outChunks?.() ?? { write: ctx.out, end: () => undefined };
  let part = "";
  const write = (s: string) => {
    part += s;
    if (part.length >= PART_CHARS) {
      sink.write(part);
      part = "";
    }
  };
  const indented = (v: unknown, pad: string): string | undefined => JSON.stringify(v, null, 2)?.replace(/\n/g, `\n${pad}`);
  let fields = 0;
  for (const [key, v] of Object.entries(value)) {
    // Own keys only: a field named "toString" or "__proto__" is data, not a mapping.
    const map = Object.hasOwn(each, key) ? (each[key] as (element: unknown) => unknown) : undefined;
    if (!isList(v)) {
      const text = indented(v, "  ");
      if (text === undefined) continue;
      write(`${fields++ === 0 ? "{\n" : ",\n"}  ${JSON.stringify(key)}: ${text}`);
      continue;
    }
    const head = () => `${fields++ === 0 ? "{\n" : ",\n"}  ${JSON.stringify(key)}: [`;
    let started = false;
    let batch: unknown[] = [];
    const flush = () => {
      // [[a, b]] with two spaces puts a and b where the elements of a field's array go (four spaces in, their own
      // fields six): cut out of it, a batch is printed by one call instead of a call and a replace an element.
      const text = JSON.stringify([batch], null, 2);
      write(`${started ? ",\n" : `${head()}\n`}${text.slice(6, -6)}`);
      started = true;
      batch = [];
    };
    for (const element of v) {
      batch.push(map ? map(element) : element);
      if (batch.length === BATCH) flush();
    }
    if (batch.length > 0) flush();
    write(started ? "\n  ]" : `${head()}]`);
  }
  write(fields === 0 ? "{}\n" : "\n}\n");
  if (part !== "") sink.write(part);
  sink.end();
}

/** An array, or another iterable that JSON would not print as an object of its own (a generator's list). */
function isList(v: unknown): v is Iterable<unknown> {
  return Array.isArray(v) || (typeof v === "object" && v !== null && typeof (v as Partial<Iterable<unknown>>)[Symbol.iterator] === "function" && typeof (v as { toJSON?: unknown }).toJSON !== "function");
}
