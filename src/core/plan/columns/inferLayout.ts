import type { GridRow } from "../../grid";
import { parseDeadline } from "../deadline";
import { parseItemNumber } from "../structure/numbering";
import type { ColumnKey } from "./columnCatalogue";
import type { ColumnLayout } from "./detectHeader";

/**
 * Columns recognised by what they hold, for a plan pasted without its header row. Each logical column has a test of
 * its cells; the column where most cells pass wins, in the order below, each column used once.
 */
const PERSON = /[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+/u;
const ORG = /(^|[\s«"])(МБОУ|МАОУ|МКОУ|МБДОУ|МКДОУ|БОУ|ГАУ|ГБУ|ДО|ОО|ДОО|СОШ)(?![\p{L}])|отдел|управлени|департамент|комитет|министерств|администрац|организаци|учреждени|руководител|методист|директор|заместител|специалист/iu;

interface ColumnTest {
  readonly key: ColumnKey;
  readonly passes: (cell: string) => boolean;
  readonly threshold: number;
}

const TESTS: readonly ColumnTest[] = [
  { key: "number", passes: (c) => parseItemNumber(c) !== null, threshold: 0.6 },
  { key: "deadline", passes: (c) => parseDeadline(c).kind !== "unparsed", threshold: 0.5 },
  { key: "responsible", passes: (c) => c.length < 250 && (PERSON.test(c) || ORG.test(c)), threshold: 0.5 },
];

export function inferLayout(rows: readonly GridRow[], sample = 200): ColumnLayout | null {
  const body = rows.slice(0, sample);
  const width = body.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const columns = Array.from({ length: width }, (_, c) => body.map((r) => (r.cells[c] ?? "").trim()).filter(Boolean));
  const index: Partial<Record<ColumnKey, number>> = {};
  const used = new Set<number>();
  for (const t of TESTS) {
    let best = -1;
    let bestShare = t.threshold;
    columns.forEach((cells, c) => {
      if (used.has(c) || cells.length < 2) return;
      const share = cells.filter(t.passes).length / cells.length;
      if (share >= bestShare) [best, bestShare] = [c, share];
    });
    if (best >= 0) {
      index[t.key] = best;
      used.add(best);
    }
  }
  // The longest texts are the names; the next longest, the results.
  const byLength = columns
    .map((cells, c) => ({ c, avg: cells.length ? cells.reduce((n, s) => n + s.length, 0) / cells.length : 0 }))
    .filter((x) => !used.has(x.c) && x.avg >= 12)
    .sort((a, b) => b.avg - a.avg || a.c - b.c);
  const [name, result] = byLength.length >= 2 && byLength[1].c < byLength[0].c ? [byLength[1], byLength[0]] : byLength;
  if (name) index.name = name.c;
  if (result) index.result = result.c;
  if (index.name === undefined || (index.deadline === undefined && index.responsible === undefined)) return null;
  const known = new Set(Object.values(index));
  const extra = Array.from({ length: width }, (_, c) => c)
    .filter((c) => !known.has(c) && columns[c].length > 0)
    .map((c) => ({ index: c, header: `Столбец ${c + 1}` }));
  return { headerRow: -1, index, headers: [], extra, score: Object.keys(index).length, notAPlan: false };
}
