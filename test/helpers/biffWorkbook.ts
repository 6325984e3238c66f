import * as CFB from "cfb";

/**
 * A minimal Excel 97–2003 workbook written record by record ([MS-XLS]), for tests of the .xls reader on what Calc
 * does not write by choice: a shared string cut by CONTINUE records anywhere (its characters going on in the other
 * width), numbers as RK, MULRK and NUMBER, a formula's cached string, booleans and errors, hidden rows, merges.
 */
export type BiffCell =
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "label"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly as: "number" | "rk" }
  | { readonly kind: "formulaString"; readonly text: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: number };

export interface BiffSheet {
  readonly name: string;
  /** Rows of cells (null: no cell), 0-based. */
  readonly rows: readonly (readonly (BiffCell | null)[])[];
  readonly hiddenRows?: readonly number[];
  readonly merges?: readonly { top: number; bottom: number; left: number; right: number }[];
}

export interface BiffOptions {
  /** Where the SST record is cut into CONTINUEs: byte counts of the pieces (the rest in the last). */
  readonly sstCuts?: readonly number[];
  readonly encrypted?: boolean;
  /** The BOF's BIFF version (0x0600, BIFF8, unless said). */
  readonly version?: number;
}

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (n: number) => [...new Uint8Array(new Float64Array([n]).buffer)];
const record = (type: number, data: readonly number[]) => [...u16(type), ...u16(data.length), ...data];

/** Characters one byte each when they all fit Latin-1, else UTF-16. */
function wide(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) > 0xff);
}

function charBytes(text: string, high: boolean): number[] {
  return [...text].flatMap((c) => (high ? u16(c.charCodeAt(0)) : [c.charCodeAt(0)]));
}

function unicodeString(text: string): number[] {
  const high = wide(text);
  return [...u16(text.length), high ? 1 : 0, ...charBytes(text, high)];
}

/**
 * The SST and its CONTINUEs, cut after the given byte counts. Where a cut falls inside a string's characters the
 * CONTINUE opens with the width of the rest — one byte each when the rest fits Latin-1, as Excel writes it — and a cut
 * inside a character moves back to its start.
 */
function sstRecords(strings: readonly string[], cuts: readonly number[]): number[] {
  const out: number[][] = [[...u32(strings.length), ...u32(strings.length)]];
  let cut = 0;
  const room = (bytes: number) => out[out.length - 1].length + bytes <= (cuts[cut] ?? Infinity) || out[out.length - 1].length === 0;
  for (const s of strings) {
    let high = wide(s);
    const header = [...u16(s.length), high ? 1 : 0];
    if (!room(header.length)) {
      out.push([]);
      cut++;
    }
    out[out.length - 1].push(...header);
    const chars = [...s];
    chars.forEach((c, i) => {
      if (!room(high ? 2 : 1)) {
        high = wide(chars.slice(i).join(""));
        out.push([high ? 1 : 0]);
        cut++;
      }
      out[out.length - 1].push(...charBytes(c, high));
    });
  }
  return out.flatMap((data, i) => record(i === 0 ? 0x00fc : 0x003c, data));
}

function cellRecords(sheet: BiffSheet, sst: Map<string, number>): number[] {
  const out: number[] = [];
  sheet.rows.forEach((row, r) => {
    if (sheet.hiddenRows?.includes(r)) out.push(...record(0x0208, [...u16(r), ...u16(0), ...u16(row.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0x20 | 0x100), ...u16(0x0f)]));
    // Runs of RK numbers go in one MULRK, as Excel writes them.
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const at = [...u16(r), ...u16(c), ...u16(0)];
      switch (cell.kind) {
        case "string":
          out.push(...record(0x00fd, [...at, ...u32(sst.get(cell.text)!)]));
          break;
        case "label":
          out.push(...record(0x0204, [...at, ...unicodeString(cell.text)]));
          break;
        case "number": {
          if (cell.as === "number") {
            out.push(...record(0x0203, [...at, ...f64(cell.value)]));
            break;
          }
          let end = c;
          while (end + 1 < row.length && row[end + 1]?.kind === "number" && (row[end + 1] as { as: string }).as === "rk") end++;
          const rk = (v: number) => u32(((v << 2) | 0x02) >>> 0);
          if (end === c) out.push(...record(0x027e, [...at, ...rk(cell.value)]));
          else {
            const cells = row.slice(c, end + 1).flatMap((x) => [...u16(0), ...rk((x as { value: number }).value)]);
            out.push(...record(0x00bd, [...u16(r), ...u16(c), ...cells, ...u16(end)]));
            c = end;
          }
          break;
        }
        case "formulaString":
          out.push(...record(0x0006, [...at, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]), ...record(0x0207, unicodeString(cell.text)));
          break;
        case "bool":
          out.push(...record(0x0205, [...at, cell.value ? 1 : 0, 0]));
          break;
        case "error":
          out.push(...record(0x0205, [...at, cell.code, 1]));
          break;
      }
    }
  });
  if (sheet.merges?.length) out.push(...record(0x00e5, [...u16(sheet.merges.length), ...sheet.merges.flatMap((m) => [...u16(m.top), ...u16(m.bottom), ...u16(m.left), ...u16(m.right)])]));
  return out;
}

/** The workbook stream: globals (BOF, SST, XF, BOUNDSHEETs, EOF), then each sheet's BOF … EOF; in a compound file. */
export function biffWorkbook(sheets: readonly BiffSheet[], opts: BiffOptions = {}): Uint8Array {
  const strings = [...new Set(sheets.flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (c?.kind === "string" ? [c.text] : [])))))];
  const sst = new Map(strings.map((s, i) => [s, i]));
  const bof = (type: number) => record(0x0809, [...u16(opts.version ?? 0x0600), ...u16(type), ...u16(0), ...u16(0), ...u32(0), ...u32(0)]);
  const xf = record(0x00e0, [...u16(0), ...u16(0), ...new Array(16).fill(0)]);
  const bodies = sheets.map((s) => [...bof(0x0010), ...cellRecords(s, sst), ...record(0x000a, [])]);
  const head = (offsets: readonly number[]) => [
    ...bof(0x0005),
    ...(opts.encrypted ? record(0x002f, [0, 0]) : []),
    ...xf,
    ...sheets.flatMap((s, i) => record(0x0085, [...u32(offsets[i]), 0, 0, s.name.length, wide(s.name) ? 1 : 0, ...charBytes(s.name, wide(s.name))])),
    ...sstRecords(strings, opts.sstCuts ?? []),
    ...record(0x000a, []),
  ];
  // The globals' length does not depend on the offsets they hold: measure once with zeros.
  const globalsLength = head(sheets.map(() => 0)).length;
  const offsets: number[] = [];
  let at = globalsLength;
  for (const b of bodies) {
    offsets.push(at);
    at += b.length;
  }
  const stream = Uint8Array.from([...head(offsets), ...bodies.flat()]);
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, "/Workbook", stream);
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayLike<number>);
}
