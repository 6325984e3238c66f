import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));
const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Word and Writer repeat the header rows on every page, the row of column numbers with them; the row the page break
 * cut goes on under that repeat. In layout text the numbers «1 2 3 4» look like an item «1» whose cells are numbers,
 * and the cut row's last lines were taken into it.
 */
describe("layout text: a row cut by a page break goes on under the repeated header and its column numbers", () => {
  const header = [
    "№      Наименование мероприятия       Срок исполнения   Ответственный исполнитель",
    "",
    "1                  2                         3                      4",
  ];
  const text = [
    ...header,
    "1.1.   Мониторинг вакансий            ежемесячно        Отдел образования",
    "       педагогических работников                        (Крылова И.П.)",
    "1.2.   Проведение муниципального      до 20 декабря     МБУ «Центр",
    "       конкурса профессионального     2027 года         методического",
    "       мастерства «Педагогический                       сопровождения»",
    "\f" + header[0],
    ...header.slice(1),
    "       дебют»",
    "1.3.   Подготовка отчёта о            до 25 декабря     Отдел образования",
    "       выполнении плана               2027 г.",
  ].join("\n");

  test("the cut row's last line joins its row; the column numbers are dropped, no item «1»", () => {
    const plan = read(text);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3"]);
    expect(squeeze(plan.items[1].name)).toBe("Проведение муниципального конкурса профессионального мастерства «Педагогический дебют»");
    expect(plan.dropped.filter((d) => d.reason === "column_numbers")).toHaveLength(2);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
