import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * Text copied from a PDF without layout gives the header's captions as lines right under the title, on the rows that
 * follow it: they are the table's header, not more of the title.
 */
describe("lines without cells: the header's lines under the title", () => {
  const title = ["УТВЕРЖДАЮ", "Начальник управления образования", "", "ПЛАН МЕРОПРИЯТИЙ", "по сопровождению молодых педагогов на 2027 год"];
  const rows = ["1.", "Закрепление наставников", "Руководители ОО", "сентябрь 2027 г.", "2.", "Мониторинг вакансий", "Отдел образования", "ежемесячно", "3.", "Конкурс «Педагог года»", "МКУ «ИМЦ»", "ноябрь 2027 г."];

  test("captions one per line, parted by blank lines: the title ends before them and the columns are named by them", () => {
    const text = [...title, "№", "п/п", "", "Мероприятия", "", "Ответственные", "", "Сроки", "", ...rows].join("\n");
    const plan = read(text);
    expect(plan.title).toBe("ПЛАН МЕРОПРИЯТИЙ по сопровождению молодых педагогов на 2027 год");
    expect([plan.columns.name, plan.columns.responsible, plan.columns.deadline]).toEqual(["Мероприятия", "Ответственные", "Сроки"]);
    // The plan has no result column: none is made up.
    expect(plan.columns.result).toBeNull();
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Руководители ОО", "Отдел образования", "МКУ «ИМЦ»"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("the captions on one line: the same", () => {
    const text = [...title, "№ Мероприятия Ответственные Сроки", ...rows].join("\n");
    const plan = read(text);
    expect(plan.title).toBe("ПЛАН МЕРОПРИЯТИЙ по сопровождению молодых педагогов на 2027 год");
    expect(lostWords(text, plan)).toEqual([]);
  });
});
