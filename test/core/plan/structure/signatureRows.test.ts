import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../../helpers/seeds";

/** A plan made in a spreadsheet: the footnote and the signature typed in the table's own columns under its rows. */
const WORKBOOK_PLAN = [
  "| № | Мероприятие | Срок | Исполнитель | Ожидаемый результат |",
  "|---|---|---|---|---|",
  "| 1.1 | Мониторинг вакантных должностей | ежеквартально | Управление образования | сводная информация |",
  "| 1.2 | Заключение договоров о целевом обучении | до 01.07.2032 | ГБПОУ «Камышинский педагогический колледж»* | заключено 5 договоров |",
  "| * по согласованию | | | | |",
  "| | | | | |",
  "| Начальник управления образования | | ____________ | В.А. Шевченко | |",
].join("\n");

test("a footnote and a signature in three cells under the table sign it, the last item keeps only its own cells", () => {
  const plan = structureOrFail(readTextDocument(WORKBOOK_PLAN, "plan.md"));
  expect(plan.items.map((it) => [it.number, it.name, it.deadline.text, it.result])).toEqual([
    ["1.1", "Мониторинг вакантных должностей", "ежеквартально", "сводная информация"],
    ["1.2", "Заключение договоров о целевом обучении", "до 01.07.2032", "заключено 5 договоров"],
  ]);
  expect(plan.meta.signatureBlock).toEqual(["* по согласованию", "Начальник управления образования | ____________ | В.А. Шевченко"]);
});

test("a footnote with no signature under it is no signature", () => {
  const text = WORKBOOK_PLAN.split("\n").slice(0, 5).join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.md"));
  expect(plan.meta.signatureBlock).toEqual([]);
});

/**
 * The head's sign-off typed in the table's columns over two rows, the position in the first cell and its end with
 * the name set right under it, and the executor's phone on a row of its own under «Исп. …».
 */
const SIGNED_OVER_ROWS = [
  ...WORKBOOK_PLAN.split("\n").slice(0, 4),
  "| | | | | |",
  "| Начальник Управления образования | | | | |",
  "| администрации Речного муниципального округа | | | А.С. Лыткин | |",
  "| Исп. Рочева Т.А. | | | | |",
  "| 8 (82149) 5-43-21 | | | | |",
].join("\n");

test("a sign-off over two rows and a phone under «Исп. …» sign the table: no section, no item takes them", () => {
  const plan = structureOrFail(readTextDocument(SIGNED_OVER_ROWS, "plan.md"));
  expect(plan.items.map((it) => [it.number, it.name, it.result])).toEqual([
    ["1.1", "Мониторинг вакантных должностей", "сводная информация"],
    ["1.2", "Заключение договоров о целевом обучении", "заключено 5 договоров"],
  ]);
  expect(plan.sections).toEqual([]);
  expect(plan.meta.signatureBlock).toEqual(["Начальник Управления образования", "администрации Речного муниципального округа | А.С. Лыткин", "Исп. Рочева Т.А.", "8 (82149) 5-43-21"]);
});

test("a phone alone under the last item, with no signature above it, stays the item's", () => {
  const text = [...WORKBOOK_PLAN.split("\n").slice(0, 4), "| | | | 8 (82149) 5-43-21 | |"].join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.md"));
  expect(plan.meta.signatureBlock).toEqual([]);
  expect(plan.items[1].responsible.text).toContain("5-43-21");
});
