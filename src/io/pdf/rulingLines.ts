import type { RulingLine } from "../../core/table/positioned";
import type { PdfPage } from "./pdfjsApi";

/** A PDF transformation matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `ctm` (the PDF's `cm` operator: the new matrix is m × ctm). */
const concat = (m: Matrix, ctm: Matrix): Matrix => [
  m[0] * ctm[0] + m[1] * ctm[2],
  m[0] * ctm[1] + m[1] * ctm[3],
  m[2] * ctm[0] + m[3] * ctm[2],
  m[2] * ctm[1] + m[3] * ctm[3],
  m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
  m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
];

/**
 * Cell borders drawn on a page: thin rectangles and straight path segments of the operator list, in page coordinates
 * (top-left origin). pdfjs 5 hands each path over as one constructPath with its drawing ops flattened into a
 * Float32Array ([op, x, y, …]) in the current user space: the transformation matrix in force (save, restore and
 * transform before it) takes them to the page's. Writer draws in the page's own space; Chromium (Skia) flips and
 * scales it first, so without the matrix its borders land off the page. A closed subpath (a rectangle: move, three
 * lines, close) has its closing side too. Anything not recognised is skipped: ruling lines only help.
 */
export async function rulingLines(page: PdfPage, n: number, OPS: Readonly<Record<string, number>>): Promise<RulingLine[]> {
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const out: RulingLine[] = [];
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  const point = (x: number, y: number) => viewport.convertToViewportPoint(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const [a, b] = point(x0, y0);
    const [c, d] = point(x1, y1);
    if (Math.abs(a - c) < 1 || Math.abs(b - d) < 1) out.push({ page: n, x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) });
  };
  list.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? IDENTITY;
    else if (fn === OPS.transform) {
      const m = list.argsArray[i] as unknown;
      if (Array.isArray(m) && m.length === 6 && m.every((v) => typeof v === "number")) ctm = concat(m as unknown as Matrix, ctm);
    }
    if (fn !== OPS.constructPath) return;
    const args = list.argsArray[i] as unknown[];
    // A path ended unpainted is a clip. Writer clips every page to its size («W n»): its sides are the page's edges, no
    // rules, and taken for two row borders they made the whole page one row of a table drawn without borders.
    const clip = args?.[0] === OPS.endPath;
    const filled = args?.[0] === OPS.fill || args?.[0] === OPS.eoFill;
    const data = args?.[1];
    const path = Array.isArray(data) ? data[0] : data;
    if (!(path instanceof Float32Array) && !Array.isArray(path)) return;
    const ops = path as ArrayLike<number>;
    let k = 0;
    let last: [number, number] | null = null;
    let start: [number, number] | null = null;
    // A filled shape is a border only where it is thin (Chromium fills a rectangle a pixel wide for each cell side); a
    // wider one is a background (the page's, a shaded cell's), whose sides are no rules.
    let sides: [number, number, number, number][] = [];
    const flush = () => {
      const xs = sides.flatMap((q) => [point(q[0], q[1])[0], point(q[2], q[3])[0]]);
      const ys = sides.flatMap((q) => [point(q[0], q[1])[1], point(q[2], q[3])[1]]);
      const thin = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) <= THIN_FILL;
      const wholePage = Math.max(...xs) - Math.min(...xs) >= PAGE_SHARE * viewport.width && Math.max(...ys) - Math.min(...ys) >= PAGE_SHARE * viewport.height;
      if ((!filled || thin) && !(clip && wholePage)) for (const q of sides) add(...q);
      sides = [];
    };
    while (k < ops.length) {
      const op = ops[k];
      if (op === DRAW.moveTo) {
        flush();
        last = start = [ops[k + 1], ops[k + 2]];
        k += 3;
      } else if (op === DRAW.lineTo) {
        if (last) sides.push([last[0], last[1], ops[k + 1], ops[k + 2]]);
        last = [ops[k + 1], ops[k + 2]];
        k += 3;
      } else if (op === DRAW.curveTo) {
        last = [ops[k + 5], ops[k + 6]];
        k += 7;
      } else if (op === DRAW.quadraticCurveTo) {
        last = [ops[k + 3], ops[k + 4]];
        k += 5;
      } else if (op === DRAW.closePath) {
        if (last && start && (last[0] !== start[0] || last[1] !== start[1])) sides.push([last[0], last[1], start[0], start[1]]);
        last = start;
        k += 1;
      } else break;
    }
    flush();
  });
  return joinCollinear(out);
}

/** A share of the page's width and height a clip covers that is the page's own (no cell's, no table's). */
const PAGE_SHARE = 0.95;

/** How far apart (in points) two pieces of one rule may end and start, and how far off its line they may lie. */
const JOIN_GAP = 1.5;
const SAME_LINE = 0.5;

/**
 * A row's border drawn in pieces, one a cell's side (Chromium draws every cell's border of its own), joined into the
 * line it makes across the table, as Writer draws it in one stroke. Column borders stay as drawn: Writer draws them
 * row by row, and where they stop tells the reader where a row ends.
 */
function joinCollinear(rules: readonly RulingLine[]): RulingLine[] {
  const horizontal = (r: RulingLine) => r.y1 - r.y0 <= r.x1 - r.x0;
  const join = (pieces: readonly RulingLine[]): RulingLine[] => {
    const sorted = [...pieces].sort((a, b) => a.page - b.page || a.y0 - b.y0 || a.x0 - b.x0);
    const out: RulingLine[] = [];
    for (const r of sorted) {
      const last = out[out.length - 1];
      if (last && last.page === r.page && Math.abs(last.y0 - r.y0) <= SAME_LINE && r.x0 <= last.x1 + JOIN_GAP) out[out.length - 1] = { ...last, x1: Math.max(last.x1, r.x1) };
      else out.push(r);
    }
    return out;
  };
  return [...join(rules.filter(horizontal)), ...rules.filter((r) => !horizontal(r))];
}

/** How thin (in points) a filled shape is at most to be a border drawn as a fill. */
const THIN_FILL = 3;

/** pdfjs 5's DrawOPS: the codes inside a constructPath's flattened path. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
