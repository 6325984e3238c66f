import { spawnSync } from "child_process";
import * as path from "path";
import { keepBuiltins } from "../../../src/io/pdf/restoreBuiltins";
import { ensureBuiltCli } from "../../helpers/builtCli";

const ROOT = path.join(__dirname, "..", "..", "..");

describe("keepBuiltins", () => {
  it("puts back a built-in that was replaced and leaves what was added", () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const restore = keepBuiltins();
    try {
      Array.prototype.push = function slowPush(this: unknown[], ...items: unknown[]) {
        for (const item of items) this[this.length] = item;
        return this.length;
      };
      JSON.parse = (text: string) => parse(text);
      (Promise as unknown as Record<string, unknown>).addedByTest = () => 1;
      expect(restore().sort()).toEqual(["Array.prototype.push", "JSON.parse"]);
      expect(Array.prototype.push).toBe(push);
      expect(JSON.parse).toBe(parse);
      expect(typeof (Promise as unknown as Record<string, unknown>).addedByTest).toBe("function");
    } finally {
      Array.prototype.push = push;
      JSON.parse = parse;
      delete (Promise as unknown as Record<string, unknown>).addedByTest;
    }
  });

  it("leaves the process's push, JSON.parse and JSON.stringify native after pdfjs-dist is loaded (in a Node process of its own)", () => {
    ensureBuiltCli();
    const script = `
      const { loadPdfjs } = require(${JSON.stringify(path.join(ROOT, "build", "src", "io", "pdf", "loadPdfjs.js"))});
      loadPdfjs().then((pdfjs) => {
        const native = (f) => /\\[native code\\]/.test(Function.prototype.toString.call(f));
        console.log(JSON.stringify({ push: native([].push), parse: native(JSON.parse), stringify: native(JSON.stringify), withResolvers: typeof Promise.withResolvers, ops: typeof pdfjs.OPS.constructPath }));
      });`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ push: true, parse: true, stringify: true, withResolvers: "function", ops: "number" });
  });
});
