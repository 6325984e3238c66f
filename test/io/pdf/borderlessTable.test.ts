import * as path from "path";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A Word table without borders, saved as .docx and printed to PDF by Writer (as officials make their PDFs): its cells
 * centred in their rows, its section rows merged across, no line drawn. Writer clips every page to its size: the clip's
 * sides are no rules, or the page reads as one row. Made by hand (test/fixtures/plans/borderless), with the PDF's text
 * as `pdftotext -layout` saves it (.layout.txt: «до 15 сентября» set one space after the name's full line) and as
 * `pdftotext -raw` does (.stream.txt).
 */
const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "plans", "borderless", "zarechny-youth-2027");

const TRUTH = [
  ["1.1", "Закрепление наставников за каждым молодым педагогом, принятым на работу в текущем учебном году", "Руководители образовательных организаций", "до 15 сентября ежегодно", "Приказы о наставничестве изданы в 100 % организаций"],
  ["1.2", "Проведение районной школы молодого педагога «Первые шаги»", "МКУ «Информационно-методический центр» (Соловьёва Е.А.)", "ежеквартально", "Не менее 4 занятий в год"],
  ["1.3", "Анкетирование молодых педагогов по вопросам профессиональных затруднений", "Педагог-психолог ЦППМСП Рыбакова Н.В.", "октябрь 2027 г., октябрь 2028 г.", "Аналитическая справка"],
  ["2.1", "Выплата единовременного пособия молодым специалистам, впервые приступившим к работе", "Отдел образования, бухгалтерия МКУ «ЦБ»", "в течение 30 дней после заключения трудового договора", "Пособие выплачено всем молодым специалистам"],
  ["2.2", "Компенсация расходов на аренду жилья", "Администрация района", "ежемесячно", "Компенсация выплачена"],
  ["2.3", "Организация участия молодых педагогов в конкурсе «Педагогический дебют»", "Кузьмина О.Л., методист", "II квартал 2027 г.", "Участие не менее 5 педагогов"],
];

describe("a borderless Word table printed to PDF", () => {
  test.each([".pdf", ".docx", ".layout.txt", ".stream.txt"])("its %s reads as the plan: every row, both sections", async (ext) => {
    const plan = structureOrFail((await readInputAnywhere(FIXTURE + ext)).documents[0]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Раздел 1. Адаптация молодых специалистов", "Раздел 2. Меры поддержки"]);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual(TRUTH);
  });
});
