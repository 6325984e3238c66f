import { InputError } from "../inputError";
import { operandSize } from "./docParagraphs";
import { FC, type DocStreams } from "./docStreams";

/**
 * Text deleted with changes tracked ([MS-DOC] 2.6.1 sprmCFRMarkDel): Word keeps it in the text stream, struck through,
 * until the change is accepted. As the .docx reader skips <w:del>, these characters are not the document's text.
 * Character properties come in formatted disk pages as paragraphs' do (2.9.33 ChpxFkp): runs of bytes, each a grpprl.
 */
const SPRM_DELETED = 0x0800;
const PAGE = 512;

export interface DeletedRuns {
  /** Whether the character stored at byte `fc` of WordDocument is deleted text; false everywhere when none is. */
  at(fc: number): boolean;
  readonly any: boolean;
}

export function deletedRuns({ word, table, fib }: DocStreams): DeletedRuns {
  const { fc, lcb } = fib.fcLcb(FC.plcfBteChpx);
  if (lcb < 4 || fc + lcb > table.length || (lcb - 4) % 8 !== 0) return { at: () => false, any: false };
  const view = new DataView(table.buffer, table.byteOffset + fc, lcb);
  const n = (lcb - 4) / 8;
  const runs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const offset = (view.getUint32((n + 1) * 4 + i * 4, true) & 0x3fffff) * PAGE;
    if (offset + PAGE > word.length) throw new InputError("bad_doc", "ChpxFkp");
    const page = new DataView(word.buffer, word.byteOffset + offset, PAGE);
    const crun = page.getUint8(PAGE - 1);
    for (let k = 0; k < crun && (crun + 1) * 4 + k < PAGE; k++) {
      const at = page.getUint8((crun + 1) * 4 + k) * 2;
      if (at > 0 && deleted(page, at)) runs.push([page.getUint32(k * 4, true), page.getUint32((k + 1) * 4, true)]);
    }
  }
  runs.sort((a, b) => a[0] - b[0]);
  return {
    any: runs.length > 0,
    at: (f) => {
      let lo = 0;
      let hi = runs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (runs[mid][1] <= f) lo = mid + 1;
        else if (runs[mid][0] > f) hi = mid - 1;
        else return true;
      }
      return false;
    },
  };
}

/** A Chpx (a size byte and its grpprl) that marks its run deleted: the toggle on (1, or 0x81 against the style). */
function deleted(page: DataView, at: number): boolean {
  const end = Math.min(PAGE, at + 1 + page.getUint8(at));
  for (let i = at + 1; i + 2 <= end; ) {
    const sprm = page.getUint16(i, true);
    const size = operandSize(page, sprm, i + 2, end);
    if (size < 0 || i + 2 + size > end) return false;
    if (sprm === SPRM_DELETED) return (page.getUint8(i + 2) & 0x01) === 1;
    i += 2 + size;
  }
  return false;
}
