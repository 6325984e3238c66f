import type { PdfPage } from "../../../src/io/pdf/pdfjsApi";
import { rulingLines } from "../../../src/io/pdf/rulingLines";

/** The operator codes rulingLines reads (pdfjs 5's values; the test passes them as the reader is passed pdfjs's OPS). */
const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, fill: 22, eoFill: 23, stroke: 20, endPath: 28 };
const MOVE = 0;
const LINE = 1;
const CLOSE = 4;
const HEIGHT = 842;

/** A rectangle as pdfjs 5 flattens it into a constructPath: move, three lines, close. */
const rect = (x: number, y: number, w: number, h: number) => [MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE];

function page(ops: [number, unknown][]): PdfPage {
  return {
    getViewport: () => ({ width: 595, height: HEIGHT, convertToViewportPoint: (x: number, y: number) => [x, HEIGHT - y] }),
    getTextContent: async () => ({ items: [] }),
    getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
    cleanup: () => undefined,
  };
}

const path = (paint: number, data: number[]): [number, unknown] => [OPS.constructPath, [paint, [new Float32Array(data)], null]];

describe("ruling lines of a page drawn as a browser prints it (Chromium, Skia)", () => {
  // Skia draws in CSS pixels, the page flipped: y' = -0.75·y + 814, x' = 0.75·x + 28. Each cell's border is a filled
  // rectangle one pixel wide of its own; the page's background is a filled rectangle too.
  const skia: [number, unknown][] = [
    [OPS.save, null],
    [OPS.transform, [0.75, 0, 0, -0.75, 28, 814]],
    path(OPS.fill, rect(0, 0, 720, 1000)),
    // Row border under the header: two cells' pieces, end to end.
    path(OPS.fill, rect(0, 100, 300, 1)),
    path(OPS.fill, rect(300, 100, 420, 1)),
    // The column border between them, down the row.
    path(OPS.fill, rect(300, 100, 1, 80)),
    [OPS.restore, null],
  ];

  test("are placed by the transformation matrix in force, a cell's pieces joined into one rule, the background left out", async () => {
    const lines = await rulingLines(page(skia), 1, OPS);
    const rounded = lines.map((l) => [l.x0, l.y0, l.x1, l.y1].map((v) => Math.round(v * 10) / 10));
    // The header's bottom: one rule across both cells, at y = 842 − (814 − 0.75·100) = 103 (and its rectangle's other side).
    expect(rounded).toContainEqual([28, 103, 568, 103]);
    // The column border: x = 28 + 0.75·300 = 253, from the header's bottom down 60 points.
    expect(rounded.some(([x0, y0, x1, y1]) => x0 === 253 && x1 === 253 && y0 <= 103.8 && y1 >= 163)).toBe(true);
    // Nothing from the background: its sides would be 750 points tall, its top and bottom at y = 28 and 778.
    expect(rounded.filter(([, y0, , y1]) => y1 - y0 > 600 || y0 === 28 || y0 === 778)).toEqual([]);
  });

  test("a stroked rectangle's four sides are rules, its closing side too; the matrix is restored after", async () => {
    const ops: [number, unknown][] = [[OPS.save, null], [OPS.transform, [2, 0, 0, 2, 0, 0]], [OPS.restore, null], path(OPS.stroke, rect(100, 100, 200, 50))];
    const lines = await rulingLines(page(ops), 1, OPS);
    expect(lines.map((l) => [l.x0, l.y0, l.x1, l.y1])).toEqual(
      expect.arrayContaining([
        [100, 692, 300, 692],
        [100, 742, 300, 742],
        [100, 692, 100, 742],
        [300, 692, 300, 742],
      ]),
    );
  });
});
