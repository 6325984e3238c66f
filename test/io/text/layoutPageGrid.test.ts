import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));
const cells = (plan: Plan) => plan.items.map((i) => [i.number, i.name, i.result, i.deadline.text]);

/**
 * `pdftotext -layout` sets every page at a character grid of its own: where a later page's text is wider, its
 * columns stand further right, the more so the further right they are. A Word table whose header row does not
 * repeat leaves such a page nothing but its own lines to show where its columns went.
 */
describe("fixed-width text: a later page with no header, set at a grid of its own", () => {
  test("a row cut by the page break keeps its cell's last word, though it runs past where the next column stood on the header's page", () => {
    // Page 2 moved the deadline column two characters right. Row 3's result goes on there, its line full to the
    // column's new edge; its deadline ended on page 1, so nothing of the row stands in the deadline column: the
    // empty cell is the page break's, no sign that the result's line took the deadline's words.
    const text = [
      "№     Мероприятие                   Результат                     Срок",
      "1     Семинар для молодых           Протокол семинара             май",
      "      педагогов района              и план работы",
      "2     Конкурс мастерства            Приказ об итогах              июнь",
      "3     Слёт наставников              Участие не менее 40           июль",
      "      и молодых                     педагогов района",
      "",
      "                                 1",
      "\f      педагогов                     педагогов и наставников из школ",
      "4     Отчёт о выполнении            Отчёт размещён                  декабрь",
    ].join("\n");
    const plan = read(text);
    expect(cells(plan)[2]).toEqual(["3", "Слёт наставников и молодых педагогов", "Участие не менее 40 педагогов района педагогов и наставников из школ", "июль"]);
    expect(cells(plan)[3]).toEqual(["4", "Отчёт о выполнении", "Отчёт размещён", "декабрь"]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a column only one of the page's rows shows moves at least as far as the page moved the one before it", () => {
    // Page 2: a row carried over from page 1 (its name and executors), then row 2.2. Both show the executors' column
    // seven characters right of page 1's; only row 2.2 has results, ten characters right, further than a row may
    // move a column on its own. Its executors' second line reaches past where page 1's results start.
    const text = [
      "   № п/п  Срок исполнения       Наименование мероприятия                Ответственный исполнитель   Ожидаемый результат",
      "   1.1    Ежегодно              Организация мастерства в аттестации     Отдел кадров управления     Приказ об утверждении",
      "   1.2    ежемесячно до 5 числа Сопровождение аттестации мастерства     МБОУ «СОШ № 5»              Проведено не менее 3",
      "   1.3    Постоянно             Организация методическое школ кадрового Петров П.П., заместитель    Отчёт о мониторинге",
      "",
      "                                                                 1",
      "\f",
      "                                   работников в                                начальника управления",
      "   2.2    В течение года           Организация вакансий школ и резерва         Центр оценки качества          Доля участников не менее 60%",
      "                                   мониторинга школ педагогов                  образовательные организации    методическое области",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.name, i.responsible.text, i.result])).toEqual([
      ["1.1", "Ежегодно", "Организация мастерства в аттестации", "Отдел кадров управления", "Приказ об утверждении"],
      ["1.2", "ежемесячно до 5 числа", "Сопровождение аттестации мастерства", "МБОУ «СОШ № 5»", "Проведено не менее 3"],
      ["1.3", "Постоянно", "Организация методическое школ кадрового работников в", "Петров П.П., заместитель начальника управления", "Отчёт о мониторинге"],
      ["2.2", "В течение года", "Организация вакансий школ и резерва мониторинга школ педагогов", "Центр оценки качества образовательные организации", "Доля участников не менее 60% методическое области"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a page of one row takes its columns from that row: its executors' last word stays theirs", () => {
    // Page 2 holds one row, its columns three to ten characters right of page 1's, the further right the more: the
    // executors' second line reaches past where page 1's results start, and its results start further off than a
    // row may move a column on its own.
    const text = [
      "   № п/п  Срок исполнения       Наименование мероприятия                Ответственный исполнитель   Ожидаемый результат",
      "   1.1    Ежегодно              Организация мастерства в аттестации     Отдел кадров управления     Приказ об утверждении",
      "   1.2    ежемесячно до 5 числа Сопровождение аттестации мастерства     МБОУ «СОШ № 5»              Проведено не менее 3",
      "   1.3    Постоянно             Организация методическое школ кадрового Петров П.П., заместитель    Отчёт о мониторинге",
      "",
      "                                                                 1",
      "\f",
      "   2.2    В течение года           Организация вакансий школ и резерва         Центр оценки качества          Доля участников не менее 60%",
      "                                   мониторинга школ педагогов                  образовательные организации    методическое области",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.name, i.responsible.text, i.result])).toEqual([
      ["1.1", "Ежегодно", "Организация мастерства в аттестации", "Отдел кадров управления", "Приказ об утверждении"],
      ["1.2", "ежемесячно до 5 числа", "Сопровождение аттестации мастерства", "МБОУ «СОШ № 5»", "Проведено не менее 3"],
      ["1.3", "Постоянно", "Организация методическое школ кадрового", "Петров П.П., заместитель", "Отчёт о мониторинге"],
      ["2.2", "В течение года", "Организация вакансий школ и резерва мониторинга школ педагогов", "Центр оценки качества образовательные организации", "Доля участников не менее 60% методическое области"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a row shows its columns moved: a column it shows too far off to find alone is looked for as far off as the one before it", () => {
    // Page 2: the end of a name carried over from page 1, then row 3.5, whose results start five characters right
    // of page 1's, its deadline nine: further than a row may move a column on its own. Its results' «60%» stands
    // where page 1's deadline column started.
    const text = [
      "   № п/п  Наименование мероприятия                Ожидаемый результат           Срок исполнения       Ответственный исполнитель",
      "   1.1    Проведение и проведение школ            Приказ об утверждении для     Постоянно             Иванова А.А., методист",
      "   1.2    Разработка методическое семинара        Приказ об утверждении области Ежегодно              МБОУ «СОШ № 5»",
      "",
      "                                                                 1",
      "\f",
      "          сопровождение города и резерва",
      "   3.5    Проведение резерва области организация       Доля участников не менее 60%     Постоянно               МБОУ «СОШ № 5»",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.result, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1", "Проведение и проведение школ", "Приказ об утверждении для", "Постоянно", "Иванова А.А., методист"],
      ["1.2", "Разработка методическое семинара сопровождение города и резерва", "Приказ об утверждении области", "Ежегодно", "МБОУ «СОШ № 5»"],
      ["3.5", "Проведение резерва области организация", "Доля участников не менее 60%", "Постоянно", "МБОУ «СОШ № 5»"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("a page that holds only the end of a row cut by the page break takes its columns from that end", () => {
    // Page 2 goes on with row 4.1: its name, executors and results, the executors eight characters right of page
    // 1's, the results eleven; the executors' last line reaches past where page 1's results start.
    const text = [
      "   № п/п  Наименование мероприятия                Срок исполнения       Ответственный исполнитель   Ожидаемый результат",
      "   1.1    Организация для работников              II полугодие 2025     Отдел кадров управления     Проведено не менее 3",
      "   4.1    Мониторинг мастерства проведение в      ежемесячно до 5 числа Центр оценки качества       Доля участников не менее 60%",
      "",
      "                                                                 1",
      "\f",
      "          работников для педагогических молодых                                 образования,                   организация наставничества",
      "          конкурсе педагогических                                               образовательные организации    школ и профессионального для",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Организация для работников", "II полугодие 2025", "Отдел кадров управления", "Проведено не менее 3"],
      [
        "4.1",
        "Мониторинг мастерства проведение в работников для педагогических молодых конкурсе педагогических",
        "ежемесячно до 5 числа",
        "Центр оценки качества образования, образовательные организации",
        "Доля участников не менее 60% организация наставничества школ и профессионального для",
      ],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("under the column numbers repeated with the header, the rest of a row cut by the page break keeps its words", () => {
    // A Writer table through pdftotext -layout: page 2 repeats the header and its column numbers, each centred in its
    // column; under them go on row 1.5's name and results. The numbers start nowhere near where their columns do: the
    // move of one column they show says nothing of the next.
    const text = [
      "                                                  Источники                         Отметка о",
      "          Сроки                                                  Ответственный",
      "N п/п                   Содержание работы         финансиро                         выполнени      Результаты",
      "        реализации                                                исполнитель",
      "                                                     вания                              и",
      "  1         2                      3                   4                5               6                7",
      "Раздел 1. Работа с кадровым резервом руководителей",
      "1.1.  не позднее    Разработка и утверждение      средства     Павлова Т.И.,                     Заключено не",
      "      30.01.2026    персонифицированной           муниципаль   методист                          менее 10",
      "                    программы наставничества в    ного                                           договоров о",
      "                    общеобразовательных           бюджета                                        целевом",
      "                    организациях района                                                          обучении",
      "1.2.  согласно      Актуализация базы данных      в рамках     УО                                Заключено не",
      "      плану         вакантных должностей          текущего                                       менее 10",
      "                    педагогических работников     финансиров                                     договоров о",
      "                    совместно с педагогическим    ания                                           целевом",
      "                    колледжем и центром занятости                                                обучении",
      "                    населения",
      "1.5.  2026 – 2027   Подготовка и направление базы не           Новикова А.В.                     Доля педагогов,",
      "      годы          данных вакантных должностей   требуется                                      прошедших",
      "\f                                                   Источники                        Отметка о",
      "          Сроки                                                  Ответственный",
      "N п/п                    Содержание работы         финансиро                        выполнени    Результаты",
      "        реализации                                                исполнитель",
      "                                                     вания                              и",
      " 1          2                      3                   4                 5              6              7",
      "                     педагогических работников                                                  обучение, не",
      "                                                                                                менее 70 %",
      "Раздел 2. Меры социальной поддержки педагогов",
      "2.1.  не позднее   Реализация кадрового резерва    местный      Управление                      Протокол",
      "      23.03.2026   руководителей                   бюджет       образования                     заседания",
      "                   образовательных организаций                                                  комиссии",
      "                   для педагогов дошкольных",
      "                   образовательных организаций",
      "2.2.  Декабрь      Обеспечение участия курсов      без          Павлова А.В.,       выполнено   Сформирован",
      "      2026 года –  повышения квалификации          финансиров   методист            частично    банк данных",
      "      январь 2027 руководящих работников           ания         директор МКУ",
      "      года         совместно с педагогическим                   «ЦРО»",
      "                   колледжем и центром занятости",
      "                   населения",
    ].join("\n");
    const plan = read(text);
    const row = plan.items.find((i) => i.number === "1.5")!;
    expect([row.name, row.result]).toEqual(["Подготовка и направление базы данных вакантных должностей педагогических работников", "Доля педагогов, прошедших обучение, не менее 70 %"]);
    expect(plan.dropped.filter((d) => d.reason === "column_numbers")).toHaveLength(2);
  });
});

