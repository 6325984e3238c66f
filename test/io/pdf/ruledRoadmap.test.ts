import * as path from "path";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A road map as a district office makes it: an HTML table opened in Writer, saved as .docx, printed to PDF (landscape,
 * ruled, the header and its column numbers repeated on every page, a row broken by the page), numbering that starts
 * again in every section, executors before deadlines and a last column «Источник финансирования». With the PDF's
 * text as `pdftotext -raw` saves it (.stream.txt: each cell whole, cell after cell) and those lines pasted into column A
 * of a workbook (.stream-column-a.xlsx), as a browser's PDF viewer copies it (.pdfjs.txt: cells drawn on one baseline
 * run together, «договоров ежегодно местный бюджет»), and `pdftotext -layout` (.layout.txt). Made by hand
 * (test/fixtures/plans/roadmap-ruled).
 */
const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "plans", "roadmap-ruled", "severny-staffing-2027");

const U = "Управление образования администрации округа";
const TRUTH = [
  ["I.1", "Мониторинг укомплектованности общеобразовательных организаций педагогическими кадрами с учётом учебной нагрузки и внешних совместителей", `${U} (Белова Т.Н.), руководители общеобразовательных организаций`, "2027–2029 гг., ежегодно до 1 февраля", "Аналитическая справка; доля организаций, представивших сведения, – 100 %", "не требуется"],
  ["I.2", "Формирование прогноза потребности в учителях по предметам на три года", "МКУ «Центр развития образования»", "IV квартал 2027 г.", "Прогноз утверждён приказом управления образования", "не требуется"],
  ["I.3", "Ведение реестра вакантных должностей и размещение сведений о вакансиях на портале «Работа России»", "Руководители общеобразовательных организаций", "ежеквартально, до 10 числа месяца, следующего за отчётным", "Сведения о 100 % вакансий размещены", "не требуется"],
  ["II.1", "Заключение договоров о целевом обучении с выпускниками школ округа, поступающими на педагогические направления подготовки", `${U}, ФГБОУ ВО «Северный педагогический университет» (по согласованию)`, "ежегодно, июнь – август", "Заключено не менее 8 договоров ежегодно", "местный бюджет"],
  ["II.2", "Предоставление служебного жилья педагогам, прибывшим на работу в сельские школы", `Комитет по управлению муниципальным имуществом, ${U}`, "по мере необходимости", "Жильё предоставлено всем нуждающимся педагогам", "местный бюджет"],
  ["II.3", "Выплата подъёмных молодым специалистам в размере 50 тыс. рублей", U, "не позднее 01.09.2027", "Выплата получена 100 % молодых специалистов", "областной бюджет, местный бюджет"],
  ["II.4", "Организация стажировок студентов старших курсов в общеобразовательных организациях округа", "Руководители общеобразовательных организаций; МКУ «Центр развития образования» (Ершова Л.П.)", "январь – март 2028 г.", "Стажировку прошли не менее 15 студентов", "не требуется"],
  ["III.1", "Реализация программы наставничества «Учитель – учителю» для педагогов со стажем работы до трёх лет", "МКУ «Центр развития образования», заместители директоров по учебно-воспитательной работе", "в течение 2027–2029 гг.", "Наставниками закреплены 100 % молодых педагогов", "не требуется"],
  ["III.2", "Повышение квалификации учителей, ведущих предметы не по специальности", "ГАУ ДПО «Институт развития образования» (по согласованию)", "по графику курсовой подготовки", "Прошли обучение не менее 20 педагогов в год", "областной бюджет"],
  ["III.3", "Проведение муниципального конкурса профессионального мастерства «Педагог года»", U, "февраль – март, ежегодно", "Участие не менее 12 педагогов", "местный бюджет"],
  ["III.4", "Подготовка отчёта о выполнении дорожной карты", `${U} (Белова Т.Н.)`, "до 25 декабря 2027 г., до 25 декабря 2028 г., до 25 декабря 2029 г.", "Отчёт представлен главе округа", "не требуется"],
];

const SECTIONS = ["Прогнозирование потребности в педагогических кадрах", "Привлечение молодых специалистов", "Развитие кадрового потенциала"];

async function rowsOf(ext: string) {
  const plan = structureOrFail((await readInputAnywhere(FIXTURE + ext)).documents[0]);
  const rows = plan.items.map((i) => [i.qualifiedNumber ?? i.number, i.name, i.responsible.text, i.deadline.text, i.result, i.extra["Источник финансирования"] ?? ""]);
  return { plan, rows };
}

describe("a ruled road map printed to PDF by Writer", () => {
  test.each([".pdf", ".docx", ".layout.txt"])("its %s reads as the plan: every row, its funding, every section", async (ext) => {
    const { plan, rows } = await rowsOf(ext);
    expect(plan.sections.map((s) => s.title)).toEqual(SECTIONS);
    expect(rows).toEqual(TRUTH);
  });

  // Given cell after cell, the last column's values are known by what the caption names (a budget under «Источник
  // финансирования»), on lines of their own or glued after the result's last words; the row the page breaks reads its first page right (the deadline's cell ends at «месяца,»
  // there), and its lines after the break go partly astray: that row says so.
  test.each([".stream.txt", ".stream-column-a.xlsx", ".pdfjs.txt"])("its %s: every row but the one the page breaks, which is noted", async (ext) => {
    const { plan, rows } = await rowsOf(ext);
    expect(plan.sections.map((s) => s.title)).toEqual(SECTIONS);
    const broken = TRUTH.findIndex((r) => r[0] === "I.3");
    expect(rows.filter((_, k) => k !== broken)).toEqual(TRUTH.filter((_, k) => k !== broken));
    expect(rows[broken][3]).toBe(TRUTH[broken][3]);
    expect(plan.items[broken].notes?.some((n) => n.code === "column_uncertain")).toBe(true);
  });
});
