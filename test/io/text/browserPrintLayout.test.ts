import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A web page's table printed by a browser (Chromium) and read by `pdftotext -layout`: cells centred vertically (the
 * browser's default), no blank line between rows, the № column centred, one number cell with a remark under its
 * number, numbered headings written across the table where the layout sets them (not centred), and the print's head
 * and foot on every page, the foot right under the table's last line (as ozyorsky-2033 prints).
 */
const PAGE = [
    "                 Наименование             Ответственный        Срок              Показатель",
    " № п/п",
    "                 мероприятия              исполнитель          исполнения        (индикатор)",
    "                               1. Организационные меры",
    "                 Разработка и",
    "                 утверждение                                                     постановление",
    "        1.1.     комплекса мер            Отдел кадров         до 1 марта        администрации",
    "                 по развитию                                                     округа",
    "                 кадров",
    "https://example.ru/documents/plan/                                                       1/3",
    "\f20.03.2033, 09:15      План мероприятий",
    "",
    "",
    "                 Актуализация",
    "                 банка данных о                                ежемесячно,       банк вакансий",
    "        1.2.     потребности в            Управление           до 5 числа        размещён на",
    "     (в ред. от   педагогических           образования                            сайте",
    "     14.03.2033)  работниках",
    "                 округа",
    "                 Подготовка",
    "        1.3.     предложений в            Отдел кадров         II полугодие      предложения",
    "                 программу                                                       внесены",
    "https://example.ru/documents/plan/                                                       2/3",
    "\f20.03.2033, 09:15      План мероприятий",
    "",
    "",
    "                       2. Привлечение кадров",
    "                 Проведение",
    "        2.1.     профориентационных       Центр                ежегодно          охват не менее",
    "                 мероприятий              методический                           300 обучающихся",
    "                 Организация",
    "                 работы клуба             Центр                                  не менее 25",
    "        2.2.     «Будущий педагог»        методический         с 01.09.2033      участников",
    "                 на базе школы",
    "                 № 2",
    "https://example.ru/documents/plan/                                                       3/3",
].join("\n");

describe("layout text of a browser's print: centred № column, rows with no blank line between them", () => {
  test("every row reads whole: its number, its cells above and below it, the remark under its number", () => {
    const plan = structureOrFail(readText(PAGE, "plan.txt", ".txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Организационные меры"],
      ["2", "Привлечение кадров"],
    ]);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Разработка и утверждение комплекса мер по развитию кадров", "до 1 марта", "Отдел кадров", "постановление администрации округа"],
      ["1.2", "Актуализация банка данных о потребности в педагогических работниках округа", "ежемесячно, до 5 числа", "Управление образования", "банк вакансий размещён на сайте"],
      ["1.3", "Подготовка предложений в программу", "II полугодие", "Отдел кадров", "предложения внесены"],
      ["2.1", "Проведение профориентационных мероприятий", "ежегодно", "Центр методический", "охват не менее 300 обучающихся"],
      ["2.2", "Организация работы клуба «Будущий педагог» на базе школы № 2", "с 01.09.2033", "Центр методический", "не менее 25 участников"],
    ]);
    expect(plan.items[1].extra).toEqual({ "Примечание к номеру": "(в ред. от 14.03.2033)" });
    expect(lostWords(PAGE, plan)).toEqual([]);
  });
});
