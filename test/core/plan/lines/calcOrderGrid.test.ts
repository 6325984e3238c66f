import { readFileSync } from "fs";
import path from "path";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A Calc план-график in drawing order (uglegorsky-2035.stream.txt, its first page): Calc draws the one-line cells
 * first — each number with its row's marks («1.2. + +») — and the wrapped names, executors and results after them.
 * Under the header the grid's months («янв. фев. … дек. янв. … дек.») are header text, not the first row.
 */
const lines = readFileSync(path.join(__dirname, "../../../fixtures/plans/official/uglegorsky-2035.stream.txt"), "utf8").split("\n");
const page = lines.slice(0, lines.findIndex((l, i) => i > 10 && l.startsWith("№ п/п")) - 1).join("\n");

test("each row's wrapped cells go back under its number; the marks, whose months the text lost, leave the deadline unread with a note", () => {
  const plan = structureOrFail(readTextDocument(page, "uglegorsky-2035.stream.txt"));
  const first = plan.items.slice(0, 3);
  expect(first.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
    ["1.1", "Ведение реестра вакантных должностей педагогических работников муниципальных образовательных организаций, актуализация сведений о вакансиях на сайте Управления образования", "Ерёменко О.П., начальник отдела кадровой политики Управления образования"],
    ["1.2", "Анализ кадрового состава педагогических работников по возрасту, педагогическому стажу и квалификационным категориям", "МКУ «Центр методического сопровождения»"],
    ["1.3", "Разработка и утверждение муниципальной программы «Учитель для Углегорья» с мерами поддержки педагогов, приезжающих в сельские школы округа", expect.stringContaining("Руднева С.А.")],
  ]);
  // No month is guessed: «+ +» could stand under any two months.
  expect(plan.items[1].deadline.kind).toBe("unparsed");
  expect(plan.items[1].notes?.some((n) => n.code === "column_uncertain" && n.text.includes("«+ +»"))).toBe(true);
});
