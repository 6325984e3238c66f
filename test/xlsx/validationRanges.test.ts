import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { writeXlsx } from "../../src/xlsx";
import { loadWorkbook, partText } from "./helpers/buildWorkbook";

const rows = Array.from({ length: 8 }, (_, r) => Array.from({ length: 6 }, (_, c) => text(`${r}:${c}`)));

describe("dropdown lists over areas", () => {
  test("areas apart: one validation per area, over exactly its cells", async () => {
    const spec: SheetSpec = {
      name: "Списки",
      rows,
      validations: [
        { area: { top: 2, left: 1, bottom: 5, right: 2 }, list: ["да", "нет"] },
        { area: { top: 1, left: 4, bottom: 1, right: 4 }, list: ["выполнено"] },
      ],
    };
    const bytes = await writeXlsx([spec]);
    const xml = (await partText(bytes, "xl/worksheets/sheet1.xml")) ?? "";
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(["B3:C6", "E2"]);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Списки")!;
    for (let r = 1; r <= 8; r++) {
      for (let c = 1; c <= 6; c++) {
        const inFirst = r >= 3 && r <= 6 && c >= 2 && c <= 3;
        const inSecond = r === 2 && c === 5;
        expect([r, c, ws.getCell(r, c).dataValidation?.formulae ?? null]).toEqual([r, c, inFirst ? ['"да,нет"'] : inSecond ? ['"выполнено"'] : null]);
      }
    }
  });

  test("overlapping areas: the later list wins where they meet, and no cell has two", async () => {
    const spec: SheetSpec = {
      name: "Списки",
      rows,
      validations: [
        { area: { top: 0, left: 0, bottom: 3, right: 1 }, list: ["а"] },
        { area: { top: 2, left: 1, bottom: 4, right: 2 }, list: ["б"] },
      ],
    };
    const bytes = await writeXlsx([spec]);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Списки")!;
    expect(ws.getCell("A1").dataValidation?.formulae).toEqual(['"а"']);
    expect(ws.getCell("B3").dataValidation?.formulae).toEqual(['"б"']);
    expect(ws.getCell("C5").dataValidation?.formulae).toEqual(['"б"']);
    const xml = (await partText(bytes, "xl/worksheets/sheet1.xml")) ?? "";
    const covered = [...xml.matchAll(/sqref="([^"]+)"/g)].flatMap((m) => m[1].split(" "));
    expect(covered.filter((ref) => ref === "B3" || ref.startsWith("B3:"))).toHaveLength(1);
  });
});
