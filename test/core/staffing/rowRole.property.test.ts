import fc from "fast-check";
import type { GridRow } from "../../../src/core/grid";
import { typeFromCell } from "../../../src/core/staffing/orgType";
import { rowRole, type RowRole } from "../../../src/core/staffing/rowRole";
import { matchStaffingHeader, type StaffingColumn } from "../../../src/core/staffing/staffingColumns";
import { foldText } from "../../../src/core/text/normalize";

/** rowRole as it was before its shortcuts: every cell trimmed, the label expression run on every label cell. */
function byExpressions(row: GridRow, columns: ReadonlyMap<StaffingColumn, number>): RowRole {
  const mayBeLabel = /^\s*(?:[иИ][тТTзЗ]|[вВbB][сСcC]|[оОoO][бБ]|[вВbB](?![\p{L}\p{N}]))/u;
  const cells = row.cells as (string | undefined)[];
  const filledCells = cells.filter((c): c is string => !(c === undefined || c === "" || c.trim() === ""));
  if (filledCells.length === 0) return { kind: "blank" };
  for (const c of [...(["org", "fio", "type", "position"] as const).map((k) => columns.get(k)), cells.findIndex((x) => x !== undefined && x.trim() !== "")]) {
    const label = c === undefined || c < 0 ? "" : (cells[c] ?? "");
    if (!mayBeLabel.test(label)) continue;
    const folded = foldText(label);
    if (/^(итого|всего|итог|в целом|общий итог)(\s|$|:|-)/.test(folded)) return { kind: "subtotal", label };
    if (/^(в том числе|в т\.? ?ч\.?|из них|из числа)(\s|$|:)/.test(folded)) return { kind: "breakdown" };
  }
  const only = filledCells[filledCells.length - 1];
  if (filledCells.length === 1 && !/^\s*[\d.,%\s-]+\s*$/.test(only)) {
    const type = typeFromCell(only);
    if (type !== null && type !== "unknown") return { kind: "sectionType", type };
    if (!columns.has("org") || cells[columns.get("org")!]?.trim() === only.trim()) return { kind: "sectionOrg", org: only.trim() };
  }
  if (cells.some((c) => c !== undefined && /\d/.test(c))) return { kind: "data" };
  let headerLike = 0;
  for (const [key, c] of columns) if (matchStaffingHeader(cells[c] ?? "")?.key === key) headerLike += 1;
  return headerLike >= 2 ? { kind: "header" } : { kind: "data" };
}

describe("rowRole says what its expressions said", () => {
  const columns = new Map<StaffingColumn, number>([["org", 0], ["type", 1], ["fio", 2], ["rate", 3]]);
  // Cells from pieces that matter: labels and their look-alikes, every kind of leading space, digits, types.
  const piece = fc.constantFrom("Итого", "итого по ОО", "Всего:", "в том числе", "в т.ч.", "Bсего", "из них", "Иванова", "Волкова", "Об", "В", "b", "ОО", "ДОО", "1", "0,5", "-", " ", "  ", "\t", "\u00a0", "\u2007", "\u3000", "\ufeff", "\u0085", "\u1680", "", "ФИО", "Организация", "Ставка", "٣", "１");
  const cell = fc.oneof(fc.constant(undefined), fc.array(piece, { maxLength: 3 }).map((ps) => ps.join("")));
  test("random rows", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (cells) => {
        const row = { cells: cells as string[], row: 2 };
        expect(rowRole(row, columns)).toEqual(byExpressions(row, columns));
      }),
      { numRuns: 3000 },
    );
  });
});
