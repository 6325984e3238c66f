import { FORMATS } from "../docx/docxNumbering";
import { FC, type DocStreams } from "./docStreams";

/**
 * Word 97–2003's automatic numbering ([MS-DOC] 2.9.147 LSTF, 2.9.150 LVL, 2.9.131 LFO): a numbered paragraph's text
 * holds no number, only the index of an LFO (which list, with which overrides) and a level. The list's level says how
 * it counts (nfc) and prints (a template whose characters 0–8 stand for the levels' counters). The numbers are
 * recomputed here as DocxNumbering does for a .docx; bullets become "- ".
 */
interface Level {
  readonly format: string;
  readonly template: string;
  readonly start: number;
}

interface ListDef {
  readonly levels: readonly Level[];
}

interface Override {
  readonly lsid: number;
  readonly starts: ReadonlyMap<number, number>;
}

/** MSONFC codes ([MS-DOC] 2.9.158) to the formats of docxNumbering. */
const NFC: Readonly<Record<number, string>> = { 0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 22: "decimalZero", 23: "bullet", 58: "russianLower", 59: "russianUpper", 255: "none" };
const LSTF_SIZE = 28;
const LVLF_SIZE = 28;
const MAX_LEVEL = 8;
const MAX_MARKER = 64;

export class DocLists {
  private readonly lists = new Map<number, ListDef>();
  private readonly overrides: Override[] = [];
  private readonly counters = new Map<string, number[]>();

  constructor(streams: DocStreams) {
    try {
      this.readLists(streams);
      this.readOverrides(streams);
    } catch (e) {
      // A damaged list table costs the numbers only: the text is read without them.
      if (!(e instanceof RangeError)) throw e;
    }
  }

  /** The marker Word draws before the next paragraph of list `ilfo` at `level` ("1.2. ", "а) ", "- "), or "". */
  next(ilfo: number, level: number): string {
    const override = this.overrides[ilfo - 1];
    const list = override && this.lists.get(override.lsid);
    const lvl = list?.levels[Math.min(level, list.levels.length - 1)];
    if (!override || !list || !lvl || level > MAX_LEVEL) return ilfo > 0 ? "- " : "";
    if (lvl.format === "bullet") return "- ";
    const key = override.starts.size ? `lfo:${ilfo}` : `lst:${override.lsid}`;
    const counts = this.counters.get(key) ?? [];
    const start = (l: number) => override.starts.get(l) ?? list.levels[l]?.start ?? 1;
    counts[level] = counts[level] === undefined ? start(level) : counts[level] + 1;
    counts.length = level + 1; // deeper levels restart
    this.counters.set(key, counts);
    let text = "";
    for (const ch of lvl.template) {
      const l = ch.charCodeAt(0);
      text += l <= MAX_LEVEL ? (FORMATS[list.levels[l]?.format ?? "decimal"] ?? String)(counts[l] ?? start(l)) : ch;
    }
    return text.trim() === "" ? "- " : `${text.trim().slice(0, MAX_MARKER)} `;
  }

  /** PlfLst: cLst LSTFs, then each list's LVLs (one for a simple list, else nine) in the same order. */
  private readLists({ table, fib }: DocStreams): void {
    const { fc, lcb } = fib.fcLcb(FC.plfLst);
    if (lcb < 2) return;
    const view = new DataView(table.buffer, table.byteOffset, table.length);
    const count = view.getInt16(fc, true);
    let at = fc + 2 + count * LSTF_SIZE;
    for (let i = 0; i < count; i++) {
      const lstf = fc + 2 + i * LSTF_SIZE;
      const lsid = view.getInt32(lstf, true);
      const simple = (view.getUint8(lstf + 26) & 0x01) !== 0;
      const levels: Level[] = [];
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const [level, next] = readLevel(view, at);
        levels.push(level);
        at = next;
      }
      this.lists.set(lsid, { levels });
    }
  }

  /** PlfLfo: lfoMac LFOs (16 bytes), then each one's LFOData: a CP and clfolvl LFOLVLs, each maybe with an LVL. */
  private readOverrides({ table, fib }: DocStreams): void {
    const { fc, lcb } = fib.fcLcb(FC.plfLfo);
    if (lcb < 4) return;
    const view = new DataView(table.buffer, table.byteOffset, table.length);
    const count = view.getInt32(fc, true);
    let at = fc + 4 + count * 16;
    for (let i = 0; i < count; i++) {
      const lfo = fc + 4 + i * 16;
      const lsid = view.getInt32(lfo, true);
      const clfolvl = view.getUint8(lfo + 12);
      const starts = new Map<number, number>();
      at += 4;
      for (let k = 0; k < clfolvl; k++) {
        const startAt = view.getInt32(at, true);
        const flags = view.getUint32(at + 4, true);
        at += 8;
        const level = flags & 0xf;
        if (flags & 0x20) {
          const [lvl, next] = readLevel(view, at);
          at = next;
          starts.set(level, lvl.start);
        }
        if (flags & 0x10) starts.set(level, startAt);
      }
      this.overrides.push({ lsid, starts });
    }
  }
}

/** An LVL: LVLF (start, nfc, …, the sizes of the two grpprls that follow), the grpprls, then the template as an Xst. */
function readLevel(view: DataView, at: number): [Level, number] {
  const start = view.getInt32(at, true);
  const nfc = view.getUint8(at + 4);
  const chpx = view.getUint8(at + 24);
  const papx = view.getUint8(at + 25);
  const xst = at + LVLF_SIZE + papx + chpx;
  const length = view.getUint16(xst, true);
  let template = "";
  for (let k = 0; k < Math.min(length, MAX_MARKER); k++) template += String.fromCharCode(view.getUint16(xst + 2 + k * 2, true));
  return [{ format: NFC[nfc] ?? "decimal", template, start }, xst + 2 + length * 2];
}
