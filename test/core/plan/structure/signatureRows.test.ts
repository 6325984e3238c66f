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
