import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A name that fills its column to the edge, in the PDF less than a character from the executors' text: pdftotext
 * -layout prints the executors one space after the name, before their column («дефицитов ИРО»). The executors'
 * column holds text in every item's row; section rows, a number and a title beside it, hold none in it and say
 * nothing of how full it is.
 */
describe("layout text: a full name glued by one space to the executors, with numbered section rows", () => {
  test("«дефицитов ИРО»: the executors' one word set two characters before their column is theirs", () => {
    const lines = [
      "N    Мероприятие                                           Исполнитель                       Срок",
      "1.   Развитие системы наставничества",
      "1.1. Разработка и утверждение базы данных вакантных        руководители образовательных      в течение года",
      "     должностей педагогических работников                  организаций",
      "1.2. Организация и проведение методических семинаров для   директор МКУ «ЦРО»                ежемесячно",
      "     молодых специалистов",
      "2.   Привлечение молодых специалистов",
      "2.1  Формирование диагностики профессиональных дефицитов ИРО                                 ежегодно",
      "     учителей",
      "2.2  Мониторинг аттестации педагогических работников на    УО, О.С. Гусева, методист         не позднее",
      "     квалификационные категории                                                              11.05.2026",
      "3.   Повышение профессионального мастерства",
      "3.1  Актуализация курсов повышения квалификации            Волкова М.Ю., методист            по плану",
    ];
    const text = lines.join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1.1", "Разработка и утверждение базы данных вакантных должностей педагогических работников", "руководители образовательных организаций"],
      ["1.2", "Организация и проведение методических семинаров для молодых специалистов", "директор МКУ «ЦРО»"],
      ["2.1", "Формирование диагностики профессиональных дефицитов учителей", "ИРО"],
      ["2.2", "Мониторинг аттестации педагогических работников на квалификационные категории", "УО, О.С. Гусева, методист"],
      ["3.1", "Актуализация курсов повышения квалификации", "Волкова М.Ю., методист"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
