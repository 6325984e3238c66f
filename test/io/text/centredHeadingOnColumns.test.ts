import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-centred-heading-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells at these characters, as a fixed-width report sets them. */
const COLUMNS = [0, 6, 21, 51, 70];
const row = (cells: readonly string[]) => cells.reduce((s, t, i) => s.padEnd(COLUMNS[i]) + t, "").trimEnd();

test("a heading centred over fixed-width columns that happens to start at a column's edge, its words clear of the boundaries, is a section", async () => {
  const text = [
    "План мероприятий на 2027 год",
    "",
    row(["№", "Мероприятие", "Ответственный исполнитель", "Срок", "Результат"]),
    "",
    row(["1.1", "Семинар для", "Управление образования", "до 1 июня", "Протокол"]),
    row(["", "педагогов", "администрации округа", "2027 г.", ""]),
    "",
    row(["1.2", "Мониторинг", "Петрова А.А., методист", "ежемесячно", "Справка"]),
    "",
    " ".repeat(COLUMNS[2]) + "Задача 2.1. Подготовка кадров для школ",
    "",
    row(["2.1.1", "Конкурс", "Иванов И.И., директор", "в течение года", "Приказ"]),
  ].join("\n");
  const file = path.join(dir, "plan.txt");
  writeFileSync(file, text + "\n");
  const plan = structureOrFail((await readInputAnywhere(file)).documents[0]);
  expect(plan.sections.map((s) => s.title)).toEqual(["Задача 2.1. Подготовка кадров для школ"]);
  expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text])).toEqual([
    ["1.1", "Управление образования администрации округа", "до 1 июня 2027 г."],
    ["1.2", "Петрова А.А., методист", "ежемесячно"],
    ["2.1.1", "Иванов И.И., директор", "в течение года"],
  ]);
});
