import { columnWidths } from "../../src/core/sheet/layoutHints";
import { planSheet } from "../../src/core/plan/planSheets";
import { BODY_FONT_PT, columnPoints, MIN_PRINT_PT, printLayout } from "../../src/core/sheet/printLayout";
import { text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { SEEDS, seedPlan } from "../helpers/seeds";

const wide = (columns: number): SheetSpec => ({
  name: "Широкий",
  rows: [Array.from({ length: columns }, (_, i) => text(`Графа ${i + 1}`, "header"))],
  columns: Array.from({ length: columns }, () => ({ width: 20 })),
  print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
});

/** Eight report columns, two of them wrapping text: a little too wide for one landscape page at 8 pt. */
const report = (orientation: "portrait" | "landscape", textWidth: number): SheetSpec => ({
  name: "Отчёт",
  rows: [["Показатель", "Группа", "Значение", "Цель", "Итог", "Числитель", "Знаменатель", "Примечание"].map((h) => text(h, "header"))],
  columns: [textWidth, 14, 12, 12, 11, 14, 14, textWidth].map((width) => ({ width, wrap: width >= 20 })),
  print: { orientation, fitToWidth: true, repeatRows: { first: 0, last: 0 } },
});
// The printable width of landscape A4 (margins of half an inch) over the shrink that keeps 11-pt text at 8 pt,
// with the 1.3 reserve for substituted fonts (printLayout.ts).
const LANDSCAPE_AT_8PT = (842 - 72) / ((MIN_PRINT_PT / BODY_FONT_PT) * 1.3);
const printedPoints = (widths: readonly number[]) => widths.reduce((sum, w) => sum + columnPoints(w), 0);

describe("printLayout", () => {
  test("a sheet a little too wide is fitted to one page by narrowing its wrapping columns, never below their header words", () => {
    const spec = report("landscape", 44);
    const layout = printLayout(spec)!;
    expect(layout.scaling).toEqual({ kind: "fitToWidth" });
    expect(printedPoints(layout.widths!)).toBeLessThanOrEqual(LANDSCAPE_AT_8PT);
    // Only the wrapping columns give width; the numbers keep theirs.
    const unprinted = columnWidths(spec);
    expect(layout.widths!.map((w, c) => w < unprinted[c])).toEqual(spec.columns!.map((c) => c.wrap === true));
    // A narrowed column still holds a couple of short words a line and its header's longest word.
    layout.widths!.forEach((w, c) => spec.columns![c].wrap && expect(w).toBeGreaterThanOrEqual(Math.max(14, Math.ceil("Примечание".length * 1.2) + 2)));
  });

  test("a portrait sheet that fits in landscape turns landscape, its columns unchanged", () => {
    const layout = printLayout(report("portrait", 30))!;
    expect(layout).toMatchObject({ orientation: "landscape", scaling: { kind: "fitToWidth" } });
    expect(layout.widths).toBeUndefined();
  });

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
