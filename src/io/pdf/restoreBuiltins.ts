/**
 * pdfjs-dist's legacy build carries core-js, which on some engines (Node 20's V8 among them) replaces built-ins that
 * already exist with its own JavaScript versions, for the whole process: Array.prototype.push (for an edge case of
 * arrays with a read-only length) and JSON.parse/stringify (for proposals pdfjs never uses). Every push of every
 * module then runs through a polyfill: measured on a 300-page PDF, a sixth of the reader's CPU time, and the plan
 * structuring after it slows as much. `keepBuiltins` takes a snapshot of the built-ins, and the returned function
 * puts back those that were replaced; what the library added (Promise.withResolvers, Map.prototype.getOrInsert…)
 * stays, since it needs them.
 */
const OWNERS: readonly (readonly [string, object])[] = [
  ["Array.prototype", Array.prototype],
  ["Array", Array],
  ["Object", Object],
  ["JSON", JSON],
  ["String.prototype", String.prototype],
  ["Promise", Promise],
  ["Map.prototype", Map.prototype],
  ["Set.prototype", Set.prototype],
  ["Math", Math],
];

export function keepBuiltins(): () => string[] {
  const saved = OWNERS.map(([name, owner]) => {
    const descriptors = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) {
      const d = Object.getOwnPropertyDescriptor(owner, key);
      if (d && typeof d.value === "function") descriptors.set(key, d);
    }
    return { name, owner, descriptors };
  });
  return () => {
    const restored: string[] = [];
    for (const { name, owner, descriptors } of saved) {
      for (const [key, d] of descriptors) {
        const now = Object.getOwnPropertyDescriptor(owner, key);
        if (now?.value === d.value || !now?.configurable) continue;
        Object.defineProperty(owner, key, d);
        restored.push(`${name}.${String(key)}`);
      }
    }
    return restored;
  };
}
