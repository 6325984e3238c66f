import { planSheet } from "../../src/core/plan/planSheets";
import { BODY_FONT_PT, printLayout } from "../../src/core/sheet/printLayout";
import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SEEDS, seedPlan } from "../helpers/seeds";

const wide = (columns: number): SheetSpec => ({
  name: "Широкий",
  rows: [Array.from({ length: columns }, (_, i) => text(`Графа ${i + 1}`, "header"))],
  columns: Array.from({ length: columns }, () => ({ width: 20 })),
  print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
});

describe("printLayout", () => {
  test("a sheet that fits at a readable size is fitted to one page width", () => {
    expect(printLayout(wide(4))?.scaling).toEqual({ kind: "fitToWidth" });
  });

  test("a sheet that would shrink below 8 pt prints at a readable scale instead of one page wide", () => {
    const scaling = printLayout(wide(14))!.scaling;
    expect(scaling.kind).toBe("scale");
    if (scaling.kind === "scale") expect((BODY_FONT_PT * scaling.percent) / 100).toBeGreaterThanOrEqual(8);
  });

  test("the plan prints its reader's columns, fitted at 9 pt or more, with the page footer", () => {
    const spec = planSheet(seedPlan(SEEDS.omsk));
    const layout = printLayout(spec)!;
    const header = spec.rows[4].map((c) => (c.value.kind === "text" ? c.value.text : ""));
    expect(header.slice(layout.area!.left, layout.area!.right + 1)).toEqual(["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок", "Результат", "Статус"]);
    expect(header.length).toBeGreaterThan(layout.area!.right + 1);
    expect(layout).toMatchObject({ orientation: "landscape", scaling: { kind: "fitToWidth" }, repeatRows: { first: 4, last: 4 }, footer: "Страница &P из &N" });
  });
});
