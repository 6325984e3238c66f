import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const flat = (s: string | null) => (s ?? "").replace(/\s+/g, " ");
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result].map(flat));

/**
 * `pdftotext -layout` of a Word table printed at the top with no blank line between rows, where a few rows have
 * their cells centred («по центру» set on them, not on the table): such a row's number stands beside its name's
 * middle line, in lowercase, with the name's first lines above it; the rows around it start at their numbers.
 */
describe("layout text: a row centred in a table printed at the top", () => {
  const header = "№    Наименование мероприятия    Срок           Исполнители            Результат";
  const before = [
    "1.   Сверка штатных расписаний   ежегодно, до   Отдел образования      штаты сверены",
    "     общеобразовательных         15 сентября    администрации",
    "     организаций                                района",
    "2.   Ведение электронного        постоянно      МКУ «Центр»            реестр ведётся",
    "     реестра педагогических",
    "     работников",
  ];
  const after = [
    "4.   Анкетирование педагогов     1 раз в        МКУ «Центр»            опрошено не",
    "     в возрасте до 35 лет        полугодие                             менее 80 %",
    "5.   Подготовка аналитической    IV квартал     Отдел образования      записка",
    "     записки о составе           2030 г.                               направлена",
    "     учителей",
  ];

  test("its number beside a line in lowercase: the name's lines above it are its row's", () => {
    const text = [
      header,
      ...before,
      "     Открытие и работа",
      "     психолого-педагогического                  Директор МБОУ          в классе",
      "3.   класса на базе МБОУ         с 1 сентября   «Листвянская СОШ       обучаются не",
      "     «Листвянская средняя                       № 1» Галкин В.М.       менее 20 учащихся",
      "     общеобразовательная школа»",
      ...after,
    ].join("\n");
    const plan = read(text);
    expect(cells(plan).map((c) => c[1])).toEqual([
      "Сверка штатных расписаний общеобразовательных организаций",
      "Ведение электронного реестра педагогических работников",
      "Открытие и работа психолого-педагогического класса на базе МБОУ «Листвянская средняя общеобразовательная школа»",
      "Анкетирование педагогов в возрасте до 35 лет",
      "Подготовка аналитической записки о составе учителей",
    ]);
    expect(cells(plan)[2]).toEqual(["3", "Открытие и работа психолого-педагогического класса на базе МБОУ «Листвянская средняя общеобразовательная школа»", "с 1 сентября", "Директор МБОУ «Листвянская СОШ № 1» Галкин В.М.", "в классе обучаются не менее 20 учащихся"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a number beside its name's first word opens its row, though a cell below it goes on in lowercase", () => {
    const text = [
      header,
      ...before,
      "3.   Проведение районного слёта  II полугодие   МКУ «Центр»            в слёте",
      "     молодых педагогов           2031 г.        Сергеева Т.А.          участвуют",
      "4.   Подготовка доклада о ходе   до 20 января   начальник отдела       доклад",
      "     реализации плана                           кадров                 направлен",
      ...after.slice(2),
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[2]).toEqual(["3", "Проведение районного слёта молодых педагогов", "II полугодие 2031 г.", "МКУ «Центр» Сергеева Т.А.", "в слёте участвуют"]);
    expect(cells(plan)[3]).toEqual(["4", "Подготовка доклада о ходе реализации плана", "до 20 января", "начальник отдела кадров", "доклад направлен"]);
  });
});
