import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * Writer wraps a cell's text where the next word no longer fits, so two lines of one cell may each end in a word one
 * space after the word before it, at one x. Such words, glued to the text before them, show no column's start: a row
 * moves its boundary off the page's only to where a word opens a phrase (after a wide gap or at a line's start).
 */
describe("layout text: words glued one space after the text before them start no column of their own", () => {
  test("a result's two lines ending at one x leave the empty column after it empty (sosnogorsky II.1)", () => {
    const text = [
      "№ п/п         Наименование мероприятия            Срок реализации            Ответственные            Ожидаемый результат         Отметка о",
      "                                                                               исполнители                (форма отчёта)         выполнении",
      "  1                         2                              3                          4                         5                    6",
      " 1.    Открытие и организация работы психолого-        2034–2036 гг.,  Управление образования;     не менее 2 психолого-",
      "       педагогических           классов          в      ежегодно до    руководители                педагогических классов; охват",
      "       общеобразовательных организациях округа           1 сентября    общеобразовательных         не менее 40 обучающихся 10–",
      "                                                                       организаций                 11 классов",
      " 2.    Проведение профориентационной акции ежегодно, октябрь – МКУ «Сосногорский ИМЦ»              охват не менее 150",
      "       «Педагогическая смена» для обучающихся              ноябрь      (Рочева Т.А.);              обучающихся ежегодно;",
      "       9–11 классов с участием студентов ГПОУ                          ГПОУ «Сосногорский          информация на сайте",
      "       «Сосногорский педагогический колледж»                           педагогический колледж» (по",
      "                                                                       согласованию)",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.result, Object.values(i.extra ?? {}).join("")])).toEqual([
      ["1", "не менее 2 психолого-педагогических классов; охват не менее 40 обучающихся 10–11 классов", ""],
      ["2", "охват не менее 150 обучающихся ежегодно; информация на сайте", ""],
    ]);
  });
});
