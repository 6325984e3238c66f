import { deflateRawSync, inflateRawSync as nodeInflate } from "zlib";
import fc from "fast-check";
import { inflateRawSync } from "../../src/web/shims/zlib";

/** The browser's stand-in for Node's inflateRawSync (the workbook reader's zip-bomb guard depends on its cap). */
describe("web zlib shim", () => {
  test("inflates what Node deflates, byte for byte", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const packed = deflateRawSync(bytes);
        expect(Buffer.compare(inflateRawSync(packed), nodeInflate(packed))).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  test("stops with a RangeError past maxOutputLength, like Node", () => {
    const bomb = deflateRawSync(Buffer.alloc(5_000_000));
    // By name: Node's errors come from another realm than jest's RangeError.
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return (err as Error).name;
      }
      return null;
    };
    expect(thrown(() => nodeInflate(bomb, { maxOutputLength: 1000 }))).toBe("RangeError");
    expect(thrown(() => inflateRawSync(bomb, { maxOutputLength: 1000 }))).toBe("RangeError");
    expect(inflateRawSync(bomb, { maxOutputLength: 5_000_000 }).length).toBe(5_000_000);
  });

  test("corrupt data is an error, not an empty result", () => {
    expect(() => inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00]))).toThrow();
  });
});
