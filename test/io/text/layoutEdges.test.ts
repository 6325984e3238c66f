import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result]);

/**
 * `pdftotext -layout` places each row of a table on its own, a character or two off the page's columns: one boundary
 * for the whole page cut a word off its cell. Each row's lines now choose their own cut near the boundary.
 */
describe("fixed-width text: column edges per row", () => {
  test("a deadline shifted left, one space after the name, reads whole («по графику ИРО»)", () => {
    const text = [
      "№     Мероприятие           Срок исполнения   Ответственный            Результат",
      "",
      "1.1   Семинар наставников   март              Отдел образования        Семинар проведён",
      "      молодых педагогов                       администрации района",
      "",
      "1.2   Курсы переподготовки по графику ИРО     Методический центр       Обучены не менее",
      "      учителей физики                         (Орлова Т.В.)            20 педагогов",
      "",
      "1.3   Конкурс «Педагог      ноябрь            Отдел образования,       Конкурс проведён",
      "      года»                                   Совет молодых педагогов",
      "",
      "1.4   Выплата подъёмных     ежемесячно        Финансовое управление,   Выплаты получили",
      "      молодым специалистам                    комиссия по              все молодые",
      "      в сельских школах                       назначению выплат        специалисты",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["1.2", "Курсы переподготовки учителей физики", "по графику ИРО", "Методический центр (Орлова Т.В.)", "Обучены не менее 20 педагогов"]);
    expect(plan.items[1].deadline.kind).toBe("on_demand");
    expect(cells(plan).map((c) => c[2])).toEqual(["март", "по графику ИРО", "ноябрь", "ежемесячно"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a row whose next column starts further right keeps the word at its line's end («комитеты по»)", () => {
    const text = [
      "№     Мероприятие           Срок исполнения   Ответственный            Результат",
      "",
      "1.1   Семинар наставников   март              Отдел образования        Семинар проведён",
      "      молодых педагогов                       администрации района",
      "",
      "1.2   Служебное жильё       по мере           Администрация района,       обеспечены жильём",
      "      молодым педагогам     поступления       отдел туризма и комитеты по",
      "                            заявлений         управлению имуществом       все нуждающиеся",
      "",
      "1.3   Конкурс «Педагог      ноябрь            Отдел образования,       Конкурс проведён",
      "      года»                                   Совет молодых педагогов",
      "",
      "1.4   Выплата подъёмных     ежемесячно        Финансовое управление    Выплаты получили",
      "      молодым специалистам                                             все специалисты",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual([
      "1.2",
      "Служебное жильё молодым педагогам",
      "по мере поступления заявлений",
      "Администрация района, отдел туризма и комитеты по управлению имуществом",
      "обеспечены жильём все нуждающиеся",
    ]);
    expect(cells(plan)[0][4]).toBe("Семинар проведён");
    expect(lostWords(text, plan)).toEqual([]);
  });
  test("two lines of a name parted by one space at one x keep their words, where the next column starts at the page's edge", () => {
    // Row 1.1's name fills its column: «лучших» and «района» both start one space after the word before them, at one
    // x inside the name, and «Ежегодно» follows «лучших» by one space where the deadlines start (seed 15 of the
    // space-aligned property). The row shows no phrase starting anywhere but at the page's edge.
    const text = [
      "   № п/п  Наименование мероприятия                Срок исполнения       Ответственный исполнитель   Ожидаемый результат",
      "   1. Кадровое обеспечение",
      "   1.1    Подготовка и проведение конкурса лучших Ежегодно              Отдел кадров управления     Проведено не менее 3",
      "          практик наставничества в округах района                       образования                 семинаров",
      "   1.2    Семинар для молодых педагогов           Ежегодно              Отдел кадров управления     Проведено не менее 3",
      "                                                                        образования                 семинаров",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)).toEqual([
      ["1.1", "Подготовка и проведение конкурса лучших практик наставничества в округах района", "Ежегодно", "Отдел кадров управления образования", "Проведено не менее 3 семинаров"],
      ["1.2", "Семинар для молодых педагогов", "Ежегодно", "Отдел кадров управления образования", "Проведено не менее 3 семинаров"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a row whose executors pdftotext squeezed into the name's column, a straight gutter down the row, reads them apart", () => {
    // ozyorsky-2033 2.5 and 3.5: the row's executors' lines all start at one x inside the name's column, the name's
    // lines end before it; the executors' column is empty in that row.
    const text = [
      "№     Наименование мероприятия       Ответственный исполнитель   Срок         Результат",
      "1.1   Семинар наставников            Отдел образования           март         проведён",
      "      молодых педагогов              администрации района",
      "1.2   Размещение       Руководители                              постоянно    сведения",
      "      сведений о       общеобразовательных                                    размещены",
      "      вакансиях        организаций",
      "1.3   Конкурс «Педагог года»         Совет молодых педагогов     ноябрь       проведён",
      "1.4   Выплата подъёмных              Финансовое управление       ежемесячно   выплачены",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[1]).toEqual(["1.2", "Размещение сведений о вакансиях", "постоянно", "Руководители общеобразовательных организаций", "сведения размещены"]);
    expect(cells(plan)[0][1]).toBe("Семинар наставников молодых педагогов");
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("an organisation in capitals glued one space after a deadline that reads whole is the executors' («ежемесячно МКУ «РМК»»)", () => {
    // A row pdftotext set left of the page's columns (the name filled its column): the executors' «МКУ» stands one
    // space after «ежемесячно», across the deadline's edge. Capitals belong to a deadline only where it names whose
    // schedule it follows («по графику ИРО»).
    const text = [
      "№   Мероприятие       Сроки      Ответственные Форма отчёта",
      "1. Встреча          сентябрь     Гордеева Т.С.,   протокол",
      "   молодых          2034 г.      начальник",
      "   педагогов                     отдела",
      "2. Назначение       до           руководители     приказы",
      "   наставников      15.09.2034   ОО",
      "3. Анкетирование    по графику   МКУ «РМК»       аналитическая",
      "   молодых          ИРО          (Соколова Е.В.) справка",
      "4. Школа молодого ежемесячно МКУ «РМК»            планы",
      "   педагога: цикл (кроме                          занятий,",
      "   практических   июня–                           листы",
      "   занятий по     августа)                        регистрации",
      "   методике урока",
      "5. Участие в       февраль       Соколова Е.В.,   приказ об",
      "   районном        2034 г.       методист         итогах",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[3]).toEqual(["4", "Школа молодого педагога: цикл практических занятий по методике урока", "ежемесячно (кроме июня–августа)", "МКУ «РМК»", "планы занятий, листы регистрации"]);
    expect(cells(plan)[2][2]).toBe("по графику ИРО");
    expect(lostWords(text, plan)).toEqual([]);
  });
});

describe("fixed-width text: a schedule grid placed by its marks", () => {
  test("quarter captions stacked narrower than the marks under them («I II III IV» over «кв. кв. кв. кв.»)", () => {
    const text = [
      "                                          Срок",
      "                                       исполнения",
      "№     Мероприятие       Исполнитель     (2026 год)          Результат",
      "                                         I II III IV",
      "                                        кв. кв. кв. кв.",
      "",
      "1.    Мониторинг        Отдел            х    х    х   х сведения",
      "      вакансий          образования                      обновлены",
      "",
      "2.    Прогноз           Методический          х           прогноз",
      "      потребности       центр                             утверждён",
      "",
      "3.    Анализ состава    Отдел кадров               х   х справка",
      "      педагогов                                          подготовлена",
      "",
      "4.    Отчёт о           Отдел                           х отчёт",
      "      выполнении        образования                       направлен",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.deadline.kind, i.deadline.start, i.deadline.end, i.deadline.every])).toEqual([
      ["1", "recurring", "2026-01-01", "2026-12-31", "quarter"],
      ["2", "period", "2026-04-01", "2026-06-30", null],
      ["3", "period", "2026-07-01", "2026-12-31", null],
      ["4", "period", "2026-10-01", "2026-12-31", null],
    ]);
    // A mark one space before the result's text stays in the grid.
    expect(plan.items.map((i) => i.result)).toEqual(["сведения обновлены", "прогноз утверждён", "справка подготовлена", "отчёт направлен"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
