import type { RulingLine } from "../../core/table/positioned";
import type { PdfPage } from "./pdfjsApi";

/**
 * Cell borders drawn on a page: thin rectangles and straight path segments of the operator list, in page coordinates
 * (top-left origin). pdfjs 5 hands each path over as one constructPath with its drawing ops flattened into a
 * Float32Array ([op, x, y, …]); anything it does not recognise is skipped: ruling lines only help.
 */
export async function rulingLines(page: PdfPage, n: number, OPS: Readonly<Record<string, number>>): Promise<RulingLine[]> {
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const out: RulingLine[] = [];
  const point = (x: number, y: number) => viewport.convertToViewportPoint(x, y);
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const [a, b] = point(x0, y0);
    const [c, d] = point(x1, y1);
    if (Math.abs(a - c) < 1 || Math.abs(b - d) < 1) out.push({ page: n, x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) });
  };
  list.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    const args = list.argsArray[i] as unknown[];
    const data = args?.[1];
    const path = Array.isArray(data) ? data[0] : data;
    if (!(path instanceof Float32Array) && !Array.isArray(path)) return;
    const ops = path as ArrayLike<number>;
    let k = 0;
    let last: [number, number] | null = null;
    while (k < ops.length) {
      const op = ops[k];
      if (op === DRAW.moveTo) {
        last = [ops[k + 1], ops[k + 2]];
        k += 3;
      } else if (op === DRAW.lineTo) {
        if (last) add(last[0], last[1], ops[k + 1], ops[k + 2]);
        last = [ops[k + 1], ops[k + 2]];
        k += 3;
      } else if (op === DRAW.curveTo) {
        last = [ops[k + 5], ops[k + 6]];
        k += 7;
      } else if (op === DRAW.quadraticCurveTo) {
        last = [ops[k + 3], ops[k + 4]];
        k += 5;
      } else if (op === DRAW.closePath) {
        k += 1;
      } else return;
    }
  });
  return out;
}

/** pdfjs 5's DrawOPS: the codes inside a constructPath's flattened path. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
