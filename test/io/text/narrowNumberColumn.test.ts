import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result]);

/**
 * A table of many columns printed to PDF, its text saved with its layout: the № column is scaled down until its
 * numbers fill it, one space before the name, and Writer breaks a number that does not fit at all («3.1» over «.»).
 */
describe("fixed-width text: a № column its numbers fill", () => {
  test("«1.1.1 Мониторинг»: the number ends where the name's caption starts, one space before the name", () => {
    const text = [
      "№    Мероприятие                    Ответственный        Срок            Ожидаемый результат",
      "1.1.1 Мониторинг потребности в      Управление           ежегодно        аналитическая справка",
      "      кадрах                        образования",
      "1.1.2 Выплата надбавки молодым      МКУ «ЦБ»             2026–2027 гг.   выплаты получают",
      "      специалистам                                                       40 педагогов",
      "1.2.1 Конкурс «Педагогический       Методический центр   март 2026 г.    участие 15",
      "      дебют»                                                             педагогов",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)).toEqual([
      ["1.1.1", "Мониторинг потребности в кадрах", "Управление образования", "ежегодно", "аналитическая справка"],
      ["1.1.2", "Выплата надбавки молодым специалистам", "МКУ «ЦБ»", "2026–2027 гг.", "выплаты получают 40 педагогов"],
      ["1.2.1", "Конкурс «Педагогический дебют»", "Методический центр", "март 2026 г.", "участие 15 педагогов"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("«3.1» over «.»: the rest of a broken number opens no row", () => {
    const text = [
      " N                               Ответственный                      Срок",
      "п/п        Мероприятие            исполнитель        Результат      исполнения",
      "3.1  Мониторинг потребности      Управление         аналитическая   ежегодно",
      ".    в кадрах                    образования        справка",
      "3.2  Выплата надбавки молодым    МКУ «ЦБ»           выплаты         2026–2027",
      ".    специалистам                                   получают        гг.",
      "3.3  Конкурс «Педагогический     Методический       участие 15      март 2026 г.",
      ".    дебют»                      центр              педагогов",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["Мониторинг потребности в кадрах", "Управление образования", "ежегодно", "аналитическая справка"],
      ["Выплата надбавки молодым специалистам", "МКУ «ЦБ»", "2026–2027 гг.", "выплаты получают"],
      ["Конкурс «Педагогический дебют»", "Методический центр", "март 2026 г.", "участие 15 педагогов"],
    ]);
    // As «3.1.» printed whole reads.
    expect(plan.items.map((i) => i.number)).toEqual(["3.1", "3.2", "3.3"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a sum one space after the name, its thousands parted by a space, stays whole in its column", () => {
    const text = [
      "№     Мероприятие                 Сумма, тыс. руб.   Ответственный        Срок",
      "1.1   Проведение работы           –                  Управление           ежегодно",
      "      муниципальных                                  образования",
      "1.2   методических объединений 14 811,0              МКУ «ЦБ»             2026 год",
      "1.3   Выплата надбавки молодым    1 440,0            МКУ «ЦБ»             март 2026 г.",
      "      специалистам",
    ].join("\n");
    const plan = read(text);
    const sum = plan.columns.extra[0];
    expect(plan.items.map((i) => [i.number, i.name, i.extra[sum]])).toEqual([
      ["1.1", "Проведение работы муниципальных", "–"],
      ["1.2", "методических объединений", "14 811,0"],
      ["1.3", "Выплата надбавки молодым специалистам", "1 440,0"],
    ]);
  });
});
