// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bindingsFor, withBindings } = require("./localGlobalsTransformer") as {
  bindingsFor: (code: string) => string;
  withBindings: (code: string) => string;
};

describe("local bindings of built-ins under Jest", () => {
  test("binds the built-ins a module calls, and none it declares itself", () => {
    const code = `"use strict";\nconst Set = require("./mySet");\nconst a = Math.max(1, 2) + Number.parseInt("3");\nconst s = new Set([a]);`;
    expect(bindingsFor(code)).toBe("var Math = globalThis.Math, Number = globalThis.Number;");
  });

  test("binds the global values a module reads bare, and not a property of the same name", () => {
    const code = `"use strict";\nlet best = -Infinity;\nconst ok = !isNaN(best) && Number.isFinite(best) && x.parseInt;`;
    expect(bindingsFor(code)).toBe("var Number = globalThis.Number, Infinity = globalThis.Infinity, isNaN = globalThis.isNaN;");
  });

  test("binds nothing where nothing is used, and never Date or timers (Jest's fake timers replace them)", () => {
    expect(bindingsFor(`"use strict";\nconst d = Date.now(); setTimeout(() => d, 1);`)).toBe("");
  });

  test("keeps every line where it was, so source maps and stack traces stay right", () => {
    const code = `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.f = () => Math.max(1, 2);\n`;
    const bound = withBindings(code);
    expect(bound.split("\n").slice(1)).toEqual(code.split("\n").slice(1));
    expect(bound.split("\n")[0]).toBe(`"use strict"; var Math = globalThis.Math, Object = globalThis.Object;`);
  });

  test("this file's own stack trace names its own line (the transform runs on it)", () => {
    const line = Number(/localGlobalsTransformer\.test\.ts:(\d+)/.exec(new Error().stack ?? "")?.[1]);
    expect(line).toBe(30);
  });
});
