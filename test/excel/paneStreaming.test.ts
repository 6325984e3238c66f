/**
 * The pane's indicator and vacancy commands stream big sheets chunk by chunk into the one-pass engines: the results
 * equal the whole read's (readUsedRange into a Grid, then computeIndicators / consolidateVacancies, as the pane did
 * before), the progress moves with the rows, the syncs stay one per chunk, and a cancel stops between chunks.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { PaneError } from "../../src/app/errorMessage";
import { sheetDocument, type SourceDocument } from "../../src/core/grid";
import { computeIndicators, type IndicatorsOptions } from "../../src/core/staffing";
import { consolidateVacancies } from "../../src/core/vacancies";
import { DEFAULT_HOURS_PER_RATE } from "../../src/core/vacancies";
import { readUsedRange } from "../../src/excel";
import type { ExcelHost } from "../../src/excel/excelHost";
import type { PaneServices, StreamSheetOptions } from "../../src/app/services";
import { type Message, renderMessage } from "../../src/i18n";
import { computeFromSheets } from "../../src/taskpane/actions/indicatorActions";
import { consolidateSheets } from "../../src/taskpane/actions/vacancyActions";
import type { OpContext } from "../../src/taskpane/hooks/useOperation";
import { generatePersons, prng } from "../fixtures/staffing/generatePersons";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderSheetPerMonth } from "../fixtures/vacancies/renderVacancies";
import type { FakeExcel } from "../fake-excel";
import { fakeServices } from "./fakeServices";
import { loadXlsxIntoFake, typeSheet } from "./sheetsIntoFake";

const EXAMPLE = path.join(__dirname, "../../examples/example.xlsx");
const WORKBOOK = "эта книга";

interface Recorded {
  readonly ctx: OpContext;
  readonly events: { text: string; fraction: number | undefined }[];
  readonly abort: AbortController;
}

function recorder(): Recorded {
  const abort = new AbortController();
  const events: Recorded["events"] = [];
  return { abort, events, ctx: { signal: abort.signal, progress: (m: Message, fraction?: number) => events.push({ text: renderMessage("ru", m), fraction }) } };
}

/** The services with the streamed reads counted: calls and chunks. */
function counted(services: PaneServices): { services: PaneServices; streamed: string[]; chunks: () => number } {
  const streamed: string[] = [];
  let chunks = 0;
  const wrapped: PaneServices = {
    ...services,
    streamSheet: (name: string, opts: StreamSheetOptions) => {
      streamed.push(name);
      return services.streamSheet(name, { ...opts, onRows: (rows, read, total) => (chunks++, opts.onRows(rows, read, total)) });
    },
  };
  return { services: wrapped, streamed, chunks: () => chunks };
}

/** Today's path: every sheet read whole into a Grid. */
async function wholeDocs(host: ExcelHost, names: readonly string[]): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const name of names) {
    const read = await readUsedRange(host, { sheet: name });
    docs.push(sheetDocument(read.sheet, read.sheet, read.grid));
  }
  return docs;
}

async function indicatorsBothWays(fake: FakeExcel, host: ExcelHost, services: PaneServices, names: readonly string[], asOf: string | null = null) {
  const opts: IndicatorsOptions = { asOf: asOf ?? undefined, today: services.today() };
  const whole = computeIndicators(await wholeDocs(host, names), opts);
  if (!whole.ok) throw new Error(`not staffing: ${JSON.stringify(whole.issues)}`);
  const c = counted(services);
  const rec = recorder();
  fake.stats.reset();
  const streamed = await computeFromSheets(c.services, { sheets: names, asOf, configText: "" }, "ru", rec.ctx);
  return { whole: whole.report, streamed, counted: c, rec, syncs: fake.stats.syncs };
}

async function vacanciesBothWays(fake: FakeExcel, host: ExcelHost, services: PaneServices, names: readonly string[]) {
  const options = { hoursPerRate: DEFAULT_HOURS_PER_RATE, today: services.today() };
  const whole = consolidateVacancies((await wholeDocs(host, names)).map((doc) => ({ doc, file: WORKBOOK })), options);
  if (!whole.ok) throw new Error(`not vacancies: ${JSON.stringify(whole.issues)}`);
  const c = counted(services);
  const rec = recorder();
  fake.stats.reset();
  const streamed = await consolidateSheets(c.services, names, { hoursPerRate: DEFAULT_HOURS_PER_RATE, workbook: WORKBOOK, locale: "ru" }, rec.ctx);
  return { whole: whole.report, streamed, counted: c, rec, syncs: fake.stats.syncs };
}

/** Rows of the document as a sheet holds them, from A1. */
function sheetRows(doc: SourceDocument): string[][] {
  const rows: string[][] = [];
  for (const b of doc.blocks) if (b.kind === "table") for (const r of b.grid.rows) rows[r.row - 1] = [...r.cells];
  return Array.from(rows, (r) => r ?? []);
}

describe("the example workbook", () => {
  test("indicators over every sheet: streamed as the whole read gives them, the staff list through chunks", async () => {
    const { fake, host, services } = await fakeServices();
    const names = await loadXlsxIntoFake(fake, EXAMPLE);
    const r = await indicatorsBothWays(fake, host, services, names);
    expect(r.streamed).toEqual(r.whole);
    expect(r.streamed.indicators.length).toBeGreaterThan(5);
    // «Кадры» (151 rows) is longer than its head; the short sheets were read whole with their head.
    expect(r.counted.streamed).toEqual(["Кадры"]);
  });

  test("vacancies of its three monthly sheets: the same consolidated report", async () => {
    const { fake, host, services } = await fakeServices();
    const names = (await loadXlsxIntoFake(fake, EXAMPLE)).filter((n) => n.startsWith("Вакансии"));
    const r = await vacanciesBothWays(fake, host, services, names);
    expect(r.streamed).toEqual(r.whole);
    expect(r.streamed.periods).toEqual(["2026-09", "2026-10", "2026-11"]);
  });
});

test("a generated staff list with the mess of real lists gives the same indicators and issues", async () => {
  const { fake, host, services } = await fakeServices();
  const list = generatePersons({ seed: 20260901, wrongSubtotals: 1 });
  typeSheet(fake, "Кадры", list.values);
  const r = await indicatorsBothWays(fake, host, services, ["Кадры"], list.asOf);
  expect(r.streamed).toEqual(r.whole);
  expect(r.counted.streamed).toEqual(["Кадры"]);
});

describe.each([
  ["one long table", renderLongTable],
  ["a sheet per month", renderSheetPerMonth],
])("vacancies, %s", (_, render) => {
  test("the same report streamed as read whole", async () => {
    const { fake, host, services } = await fakeServices();
    const rendered = render(generateVacancies(20260915, 6));
    const names = rendered.inputs.map((i) => i.doc.sheet!);
    for (const input of rendered.inputs) typeSheet(fake, input.doc.sheet!, sheetRows(input.doc));
    const r = await vacanciesBothWays(fake, host, services, names);
    expect(r.streamed).toEqual(r.whole);
    expect(r.streamed.issues.length).toBeGreaterThan(0);
  });
});

test("a staffing sheet whose two-row header reads otherwise without its merged caption is read whole", async () => {
  const { fake, host, services } = await fakeServices();
  // «С высшим образованием» over «всего» and «из них педагогическим»: without the merge the second column is only
  // «из них педагогическим» and the header is read as one row.
  const rows = [
    ["Сведения о кадрах по состоянию на 01.09.2026"],
    ["Организация", "Тип", "Педагогических работников", "С высшим образованием", ""],
    ["", "", "", "всего", "из них педагогическим"],
    ...Array.from({ length: 60 }, (_, i) => [`МБОУ «СОШ № ${i + 1}»`, "ОО", String(20 + (i % 7)), String(10 + (i % 5)), String(8 + (i % 3))]),
  ];
  typeSheet(fake, "Свод", rows);
  fake.workbook.sheetByName("Свод")!.merges.push({ top: 1, left: 3, bottom: 1, right: 4 });
  const r = await indicatorsBothWays(fake, host, services, ["Свод"]);
  expect(r.streamed).toEqual(r.whole);
  expect(r.counted.streamed).toEqual([]);
  // What a stream without the merge would have given: other indicators.
  const unmerged = (await wholeDocs(host, ["Свод"])).map((d) => sheetDocument(d.name, d.sheet, { rows: d.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows : [])), merges: [] }));
  expect(computeIndicators(unmerged, { today: services.today() })).not.toEqual({ ok: true, report: r.whole });
  // The whole read still shows its rows moving.
  expect(r.rec.events.some((e) => /прочитано строк: 63 из 63/.test(e.text))).toBe(true);
});

describe("a 50,000-row staff list", () => {
  // 1,750 organisations of 18–40 persons each, with subtotal rows: over 50,000 rows.
  const list = generatePersons({ seed: 20261001, orgs: { ОО: 800, ДОО: 700, ДО: 250 } });

  test("streamed in chunks with the progress bar moving: the same indicators, one sync per chunk", async () => {
    expect(list.values.length).toBeGreaterThan(50_000);
    const { fake, host, services } = await fakeServices();
    typeSheet(fake, "Кадры", list.values);
    const r = await indicatorsBothWays(fake, host, services, ["Кадры"], list.asOf);
    expect(r.streamed).toEqual(r.whole);
    expect(r.counted.streamed).toEqual(["Кадры"]);
    const chunks = r.counted.chunks();
    expect(chunks).toBeGreaterThan(3);
    // The head (extent and merges, then its rows), the extent of the stream, one sync per chunk.
    expect(r.syncs).toBe(2 + 1 + chunks);
    expect(fake.stats.maxResponseBytes()).toBeLessThanOrEqual(5 * 1024 * 1024);
    const rows = r.rec.events.filter((e) => /прочитано строк/.test(e.text));
    expect(rows.length).toBeGreaterThanOrEqual(chunks);
    const fractions = rows.map((e) => e.fraction!);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    expect(new Set(fractions).size).toBeGreaterThan(chunks - 1);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(rows[rows.length - 1].text).toBe(`Лист 1 из 1: «Кадры», прочитано строк: ${list.values.length.toLocaleString("ru-RU")} из ${list.values.length.toLocaleString("ru-RU")}`);
  }, 180_000);

  test("a cancel stops the reading between chunks", async () => {
    const { fake, services } = await fakeServices();
    typeSheet(fake, "Кадры", list.values);
    const c = counted(services);
    const rec = recorder();
    let seen = 0;
    const cancelling: PaneServices = {
      ...c.services,
      streamSheet: (name, opts) =>
        c.services.streamSheet(name, {
          ...opts,
          onRows: (rows, read, total) => {
            if (++seen === 2) rec.abort.abort();
            return opts.onRows(rows, read, total);
          },
        }),
    };
    await expect(computeFromSheets(cancelling, { sheets: ["Кадры"], asOf: list.asOf, configText: "" }, "ru", rec.ctx)).rejects.toMatchObject({ name: "AbortError" });
    expect(c.chunks()).toBe(2);
  }, 180_000);
});

test("a 50,000-row vacancy table over 24 months: streamed, the same report", async () => {
  const { fake, host, services } = await fakeServices();
  const random = prng(24);
  const rows: string[][] = [["Сведения о вакансиях педагогических работников"], ["Период", "Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия", "Статус"]];
  const subjects = ["математика", "русский язык", "физика", "английский язык", "история"];
  for (let m = 0; m < 24; m++) {
    const period = `${2025 + Math.floor((8 + m) / 12)}-${String(((8 + m) % 12) + 1).padStart(2, "0")}`;
    for (let o = 0; rows.length < 2 + ((m + 1) * 50_000) / 24 && o < 1_000; o++) {
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const rates = [0.5, 1, 1.5][Math.floor(random() * 3)];
        rows.push([period, `МБОУ «СОШ № ${o + 1}»`, "учитель", subjects[k], String(rates), String(rates * 18), "01.09.2025", "открыта"]);
      }
    }
  }
  typeSheet(fake, "Вакансии", rows);
  const r = await vacanciesBothWays(fake, host, services, ["Вакансии"]);
  expect(r.streamed).toEqual(r.whole);
  expect(r.streamed.periods).toHaveLength(24);
  expect(r.counted.streamed).toEqual(["Вакансии"]);
  expect(r.counted.chunks()).toBeGreaterThan(3);
}, 180_000);

describe("a staff list or a vacancy table pasted into column A out of a PDF copied with the mouse (no cells)", () => {
  const FIXTURES = path.join(__dirname, "../fixtures");
  const columnA = (file: string) => readFileSync(path.join(FIXTURES, file), "utf8").split("\n").map((line) => [line]);
  const shown = async (run: Promise<unknown>) => {
    const err = await run.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(PaneError);
    return renderMessage("ru", (err as PaneError).message_);
  };

  test("«Вакансии»: the pane says the table lost its cells and what to open, not «not found» over it", async () => {
    const { fake, services } = await fakeServices();
    typeSheet(fake, "Лист1", columnA("vacancies/writer-school-report/report.raw.txt"));
    const text = await shown(consolidateSheets(services, ["Лист1"], { hoursPerRate: DEFAULT_HOURS_PER_RATE, workbook: WORKBOOK, locale: "ru" }, recorder().ctx));
    expect(text).toMatch(/^Заголовок таблицы найден \(строки 4–12\), но её ячейки в тексте не разделены.*Откройте сам PDF-файл/u);
    expect(text).not.toMatch(/не найдены/u);
  });

  test("«Показатели»: the same for a staff list", async () => {
    const { fake, services } = await fakeServices();
    typeSheet(fake, "Лист1", columnA("staffing/writer-staff-list/staff.raw.txt"));
    const text = await shown(computeFromSheets(services, { sheets: ["Лист1"], asOf: null, configText: "" }, "ru", recorder().ctx));
    expect(text).toMatch(/^Заголовок таблицы найден \(строки 3\), но её ячейки в тексте не разделены.*Откройте сам PDF-файл/u);
    expect(text).not.toMatch(/Нужен список работников/u);
  });
});
