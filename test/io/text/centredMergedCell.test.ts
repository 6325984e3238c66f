import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A Writer print through pdftotext -layout with cells centred in their rows: «Срок реализации» over «начало» and
 * «окончание», a deadline of no two dates in a cell merged over both, printed half a line between the other cells'
 * lines (the row's four lines each beside it), and the executors' column narrow enough that Writer broke
 * «Информационн» / «о-методический» with no hyphen.
 */
const TEXT = [
  "№          Наименование            Срок реализации   Ответственный       Ожидаемый",
  "п/п        мероприятия            начало   окончание исполнитель          результат",
  "1.   Закрепление педагогических кадров",
  "      Организация наставничества",
  "                                                      Руководители    приказы о",
  " 1.1. в отношении молодых         01.09.2027 31.08.2028               закреплении",
  "                                                      ОО",
  "      педагогов в первые годы                                         наставников",
  "      Освещение в средствах                         МКУ               публикации на",
  "      массовой информации                           «Информационн     сайте и в газете",
  " 1.2.                               в течение 2027–2028 гг.",
  "      лучших практик педагогов                      о-методический    «Каменский",
  "      округа                                        центр»            вестник»",
  "      Подведение итогов                             Отдел общего      отчёт главе",
  " 1.3.                             ежеквартально",
  "      реализации дорожной карты                     образования       округа",
].join("\n");

describe("a cell merged over two columns, centred half a line between its row's other lines", () => {
  test("is the row's cell, not a title across the table: the row stays whole and its broken word is joined", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Организация наставничества в отношении молодых педагогов в первые годы", "01.09.2027 – 31.08.2028", "Руководители ОО", "приказы о закреплении наставников"],
      ["1.2", "Освещение в средствах массовой информации лучших практик педагогов округа", "в течение 2027–2028 гг.", "МКУ «Информационно-методический центр»", "публикации на сайте и в газете «Каменский вестник»"],
      ["1.3", "Подведение итогов реализации дорожной карты", "ежеквартально", "Отдел общего образования", "отчёт главе округа"],
    ]);
  });
});
