import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

/**
 * Layout text of a Writer print whose sections are numbered headings merged over the table and centred in it
 * («1. Меры социальной поддержки педагогов»): set right of the name column, over the other columns' edges, with rows
 * at the bottom of their cells and no blank line between them.
 */
const TEXT = [
  "№                                 Ответственные                 Форма",
  "        Содержание работы                         Срок",
  "п/п                                исполнители                отчётности",
  " 1                2                      3             4           5",
  "                                    1. Меры социальной поддержки педагогов",
  "      Актуализация целевого",
  "      обучения выпускников        МКУ «Центр                      Утверждённый",
  "1.1   организаций района          развития          Ежемесячно    план-график",
  "      Актуализация",
  "      муниципального конкурса                                     Приказ",
  "1.2   «Педагог года»              ОО                май           управления",
  "                                         2. Информационное сопровождение",
  "      Публикация сведений         Отдел",
  "2.1   о вакансиях                 кадров            июнь          Реестр",
].join("\n");

describe("a numbered heading centred over the table in layout text", () => {
  test("is its section's row: its title whole, the rows under it its items, none of its words in a cell of theirs", () => {
    const plan = structureOrFail(readText(TEXT, "plan.txt", ".txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Меры социальной поддержки педагогов"],
      ["2", "Информационное сопровождение"],
    ]);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Ежемесячно", "МКУ «Центр развития", "Утверждённый план-график"],
      ["1.2", "май", "ОО", "Приказ управления"],
      ["2.1", "июнь", "Отдел кадров", "Реестр"],
    ]);
  });
});
