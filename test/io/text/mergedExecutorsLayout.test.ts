import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A web page's table printed by a browser and read back by `pdftotext -layout` (ozyorsky-2033): cells centred in
 * their rows, and one executors' cell merged down over items 1.1–1.3 (rowspan), its text printed once in the middle
 * of the three rows. Layout text draws no rules: the items above and below show an empty cell.
 */
const TEXT = [
  " №       Наименование мероприятия      Ответственный исполнитель    Срок исполнения    Показатель",
  " 1. Кадровое обеспечение",
  "         Проведение профориентационных                                ежегодно,        охват не менее",
  " 1.1.    мероприятий для обучающихся                                  февраль          300 обучающихся",
  "         8–11 классов",
  "         Организация работы клуба      МКУ «Центр                     с 01.09.2033     не менее 25",
  " 1.2.    «Будущий педагог» на базе     методического                  по 31.05.2034    участников",
  "         МБОУ «Озёрская СОШ № 2»       сопровождения»",
  "         Отбор выпускников для                                        ежегодно,        заключено не",
  " 1.3.    заключения договоров о                                       до 1 июля        менее 6 договоров",
  "         целевом обучении",
  " 1.4.    Заключение соглашения         Управление образования         I квартал        соглашение",
  " 1.5.    Конкурс «Педагогический»      Управление образования         ноябрь           проведён",
  " 1.6.    Слёт молодых педагогов        Совет молодых педагогов        август           проведён",
].join("\n");

describe("layout text: an executors' cell merged down over several items", () => {
  test("every item it spans gets its text, those where the print left the cell empty with a note", () => {
    const plan = read(TEXT);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([
      ["1.1", "МКУ «Центр методического сопровождения»"],
      ["1.2", "МКУ «Центр методического сопровождения»"],
      ["1.3", "МКУ «Центр методического сопровождения»"],
      ["1.4", "Управление образования"],
      ["1.5", "Управление образования"],
      ["1.6", "Совет молодых педагогов"],
    ]);
    const noted = plan.items.filter((i) => (i.notes ?? []).some((n) => n.code === "column_uncertain" && n.text.includes("объединена")));
    expect(noted.map((i) => i.number)).toEqual(["1.1", "1.3"]);
    expect(plan.items[0].deadline.text).toBe("ежегодно, февраль");
    expect(lostWords(TEXT, plan)).toEqual([]);
    // Where the column is mostly empty, an empty cell says nothing of a merge.
    const text = TEXT.split("\n")
      .map((l) => (/Управление образования|Совет молодых/.test(l) ? l.replace(/(Управление образования|Совет молодых педагогов)/, (m) => " ".repeat(m.length)) : l))
      .join("\n");
    expect(read(text).items.map((i) => i.responsible.text)).toEqual(["", "МКУ «Центр методического сопровождения»", "", "", "", ""]);
  });
});
