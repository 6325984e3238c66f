/** A 50,000-row plan of Cyrillic text: chunked by measured size, every request under Excel on the web's 5 MB. */
import { num, text, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { writeSheet } from "../../src/excel";
import { fakeHost } from "./fakeHost";

test("50,000 rows are written in several chunks with a constant number of extra syncs", async () => {
  const { host, fake } = fakeHost();
  const rows = Array.from({ length: 50_000 }, (_, i) => [
    text(`${1 + Math.floor(i / 100)}.${(i % 100) + 1}`),
    text(`Проведение совещания с руководителями образовательных организаций № ${i}`),
    text("Начальник отдела кадров Иванова И.И."),
    text("в течение года"),
    num(i, "integer"),
  ]);
  const spec: SheetSpec = { name: "План", rows: [[text("№", "header"), text("Мероприятие", "header"), text("Ответственный", "header"), text("Срок", "header"), text("Код", "header")], ...rows], table: { name: "План", area: { top: 0, left: 0, bottom: 50_000, right: 4 } }, freeze: { rows: 1, cols: 0 } };
  const result = await writeSheet(host, spec);
  expect(result.chunks).toBeGreaterThan(1);
  expect(result.syncs).toBeLessThanOrEqual(6 + result.chunks);
  expect(fake.stats.syncs).toBe(result.syncs);
  expect(fake.stats.maxRequestBytes()).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(fake.workbook.valueAt("План", 50_000, 1)).toBe("Проведение совещания с руководителями образовательных организаций № 49999");
  expect(fake.workbook.valueAt("План", 50_000, 4)).toBe(49_999);
}, 120_000);
