/**
 * ts-jest, plus one line per module that binds the built-in objects it uses (Math, Number, Array…) as locals.
 *
 * Why: Jest runs every test file in a `vm` context, and there each lookup of a global name goes through Node's
 * contextify interceptor in C++ instead of V8's inline cache (jestjs/jest#5163, nodejs/node#31658). Measured here:
 * `Math.max` in a loop 35 ms in Node, 1,150 ms under Jest; the readers' row scoring (`Math.max`, `Number.isNaN` in
 * inner loops) ran 5.6× slower under Jest than in Node, and the corpus floors test took 12 of CI's 18 minutes.
 * A local binding is looked up in the module's own scope, at Node's speed. The objects are the context's own, so
 * nothing a test sees changes; names Jest may replace during a test (Date, timers, fetch) are never bound.
 */
const { createTransformer: createTsJest } = require("ts-jest").default;

/** Built-ins that Jest never swaps out during a test: safe to read once when a module loads. */
const INTRINSICS = [
  "Math", "Number", "Array", "Object", "String", "Boolean", "Symbol", "JSON", "RegExp", "Map", "Set", "WeakMap",
  "WeakSet", "Int8Array", "Int16Array", "Int32Array", "Uint8Array", "Uint16Array", "Uint32Array", "Float32Array",
  "Float64Array", "ArrayBuffer", "DataView", "Reflect", "Intl", "Error", "TypeError", "RangeError",
];
/**
 * Global values and functions read bare, as the readers' scoring does in its inner loops (`-Infinity` as the score
 * of no reading, `isNaN`): under Jest each read went through the interceptor too, 100× slower than a local
 * (measured: 2·10⁷ comparisons with `Infinity` 3,340 ms under Jest, 34 ms against a local).
 */
const GLOBAL_VALUES = ["Infinity", "NaN", "isFinite", "isNaN", "parseInt", "parseFloat"];
const VERSION = "local-globals-2";

/** The name is declared by the module itself, at any level: its own binding, not the global. */
const declares = (code, name) => new RegExp(`\\b(?:var|let|const|class|function)\\s+${name}\\b`).test(code);

/** The binding line for the intrinsics and global values a module mentions and does not declare itself. */
function bindingsFor(code) {
  const used = [
    ...INTRINSICS.filter((name) => new RegExp(`\\b${name}\\s*[.([]`).test(code)),
    // Read bare, not as a property («Number.NaN», «x.isNaN»).
    ...GLOBAL_VALUES.filter((name) => new RegExp(`(?<![.\\w$])${name}(?![\\w$])`).test(code)),
  ].filter((name) => !declares(code, name));
  return used.length ? `var ${used.map((name) => `${name} = globalThis.${name}`).join(", ")};` : "";
}

/** The line goes after the leading "use strict" on line 1, so every source-map line stays where it was. */
function withBindings(code) {
  const line = bindingsFor(code);
  if (!line) return code;
  const strict = /^(["'])use strict\1;/.exec(code);
  return strict ? `${strict[0]} ${line}${code.slice(strict[0].length)}` : `${line} ${code}`;
}

function createTransformer(options) {
  const tsJest = createTsJest(options);
  const wrap = (result) => (typeof result === "string" ? withBindings(result) : { ...result, code: withBindings(result.code) });
  return {
    canInstrument: tsJest.canInstrument,
    process: (...args) => wrap(tsJest.process(...args)),
    processAsync: async (...args) => wrap(await tsJest.processAsync(...args)),
    getCacheKey: (...args) => `${tsJest.getCacheKey(...args)}:${VERSION}`,
    getCacheKeyAsync: async (...args) => `${await tsJest.getCacheKeyAsync(...args)}:${VERSION}`,
  };
}

module.exports = { createTransformer, bindingsFor, withBindings };
