import { readFileSync } from "fs";
import * as path from "path";
import { preferredReading, recoverFromLines } from "../../../../src/core/plan/lines/recoverFromLines";
import type { Line } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * pdftotext without layout gives a table's cells one after another, parted by blank lines, row after row; a section
 * heading spans the row, so its line runs on into the number's line, and a page break repeats the header.
 */
const HEADER = ["№ п/п", "", "Срок", "", "Мероприятие", "", "Ответственный", "", "Результат", ""];
const row = (n: string, ...cells: string[][]) => [n, "", ...cells.flatMap((c) => [...c, ""])];
const RAW = [
  "План мероприятий на 2026 год",
  "",
  ...HEADER,
  "Раздел 1. Работа с молодыми специалистами",
  ...row("1.1.", ["до 1 марта"], ["Мониторинг потребности школ", "в молодых специалистах"], ["Смирнова Е.А., методист"], ["Аналитическая справка"]),
  ...row("1.2.", ["ежемесячно"], ["Формирование банка вакансий"], ["Отдел кадров"], ["Банк вакансий"]),
  "1",
  "",
  ...HEADER,
  ...row("1.3.", ["в течение года"], ["Проведение семинаров для наставников"], ["Иванова О.П."], ["Протокол семинара"]),
  "Раздел 2. Наставничество",
  ...row("2.1.", ["II квартал"], ["Закрепление наставников", "за молодыми педагогами"], ["руководители ОО"], ["Приказ о закреплении"]),
  ...row("2.2.", ["до 15 мая"], ["Организация конкурса «Педагог года»"], ["Управление образования"], ["Положение о конкурсе"]),
].join("\n");

const EXPECTED = [
  ["1.1", "Мониторинг потребности школ в молодых специалистах", "до 1 марта", "Смирнова Е.А., методист", "Аналитическая справка"],
  ["1.2", "Формирование банка вакансий", "ежемесячно", "Отдел кадров", "Банк вакансий"],
  ["1.3", "Проведение семинаров для наставников", "в течение года", "Иванова О.П.", "Протокол семинара"],
  ["2.1", "Закрепление наставников за молодыми педагогами", "II квартал", "руководители ОО", "Приказ о закреплении"],
  ["2.2", "Организация конкурса «Педагог года»", "до 15 мая", "Управление образования", "Положение о конкурсе"],
];

const linesOf = (text: string): Line[] => text.split("\n").flatMap((t, i) => (t.trim() ? [{ row: i + 1, text: t.trim() }] : []));

describe("a PDF's raw text: cells parted by blank lines, row after row", () => {
  test("every row is read, not only those a one-cell-per-line reading kept after the page break (1 item before)", () => {
    const plan = structureOrFail(readTextDocument(RAW, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual(EXPECTED);
    expect(plan.items.filter((i) => i.notes?.length)).toEqual([]);
    expect(lostWords(RAW, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("a title naming a column before the header's captions is no caption: the header gives the columns' order", () => {
    const table = recoverFromLines(linesOf(RAW))!.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.grid.rows[0].cells).toEqual(["№ п/п", "Срок", "Мероприятие", "Ответственный", "Результат"]);
    expect(table?.kind === "table" && table.grid.rows[2].cells).toEqual(["1.1.", "до 1 марта", "Мониторинг потребности школ в молодых специалистах", "Смирнова Е.А., методист", "Аналитическая справка"]);
  });

  test("a caption wrapped over two lines is one caption, not a column named twice", () => {
    const text = ["Наименование", "мероприятия", "Срок", "исполнения", "Ответственный", "исполнитель", "1. Семинар для наставников", "май", "Иванова О.П.", "2. Конкурс «Педагог года»", "октябрь", "Отдел кадров"].join("\n");
    const table = recoverFromLines(linesOf(text))!.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.grid.rows[0].cells.slice(0, 4)).toEqual(["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"]);
  });
});

describe("a sheet printed by Calc, its PDF through pdftotext without layout", () => {
  // Page 1 gives its rows' cells one after another; a few rows take other rows' cells into them (pdftotext's reading
  // order), and such a row reads far better one way by chance. Page 2 is a one-cell-per-line table. The way most rows
  // read better is the document's: one row's chance must not outvote them (before: 1.1 and 1.2 read row by row).
  const raw = readFileSync(path.join(__dirname, "fixtures", "calc-pdftotext-raw.txt"), "utf8");

  test("the rows whose cells are all there are read whole, cell after cell", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    const row = (n: string) => plan.items.find((i) => i.number === n);
    expect([row("1.1"), row("1.2"), row("3.3")].map((i) => i && [i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["Формирование диагностики профессиональных дефицитов учителей в общеобразовательных организациях района", "О.С. Павлова, начальник отдела кадров, директор МКУ «ЦРО»", "по мере необходимости", "Сформирован банк данных"],
      ["Актуализация работы муниципальных методических объединений на территории муниципального округа", "образовательные организации; заместитель начальника управления образования", "ежемесячно до 5 числа", "Утверждённый план-график"],
      ["Организация и проведение работы муниципальных методических объединений", "Орлов О.С., главный специалист отдела общего образования, А.В. Соколов", "2026 год", "Аналитическая справка"],
    ]);
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("each row votes for the reading that reads it best, by its margin up to a cap", () => {
    // Two rows prefer reading 0 by 10 each, one prefers reading 1 by 25: summed, reading 1 wins; by votes, reading 0.
    expect(preferredReading([[20, 20, 0], [10, 10, 25]])).toBe(0);
    expect(preferredReading([[0, 0, 1], [1, 1, 0]])).toBe(1);
  });

  test("readings that read the rows alike share their votes: a third way that equals one of two does not void the vote", () => {
    // Rows without blank lines read by flows read as row by row: both beat cell by cell, the first of them is kept.
    expect(preferredReading([[0, 0], [5, 5], [5, 5]])).toBe(1);
    expect(preferredReading([[5, 5], [0, 0], [5, 5]])).toBe(0);
  });
});

describe("a Writer print's raw text: a row's close cells one flow, read baseline by baseline, flows parted by blank lines", () => {
  // Each header cell a flow; a row's name and deadline stand close and come as one flow (the name's first line, the
  // deadline beside it, the name's other lines below), the executors and the result flows of their own or one flow
  // together. A tall name beside a one-line deadline is what such a flow holds: before, that height was charged as in
  // a mouse copy, the document read cell by cell, and 1.1 and 1.3 lost their names to the executors.
  const raw = [
    "ПЛАН мероприятий по кадровому обеспечению на 2027 год",
    "№",
    "п/п",
    "",
    "Наименование",
    "мероприятия",
    "",
    "Срок",
    "",
    "Ответственные",
    "",
    "Ожидаемый",
    "результат",
    "",
    "1.1 Составление",
    "до 20.11.2027",
    "плана",
    "аттестации",
    "педагогических",
    "работников",
    "",
    "МКУ",
    "«Центр",
    "образования»",
    "(Жукова Т.В.)",
    "",
    "план",
    "утверждён",
    "",
    "1.2 Ведение реестра",
    "свободных",
    "должностей",
    "учителей и его",
    "публикация на сайте",
    "управления",
    "",
    "ежемесячно",
    "до 5 числа",
    "",
    "Отдел кадров реестр",
    "управления",
    "обновлён",
    "(Белова Н.А.)",
    "",
    "1.3 Организация",
    "II квартал",
    "стажировок",
    "выпускников",
    "педагогических",
    "колледжей",
    "",
    "руководители",
    "школ",
    "",
    "стажировки",
    "организованы",
    "",
    "1.4 Проведение опроса",
    "молодых учителей",
    "о трудностях",
    "первого года",
    "работы в школе",
    "",
    "ежегодно,",
    "до 1 октября",
    "",
    "Отдел кадров справка по",
    "управления",
    "итогам",
    "опроса",
  ].join("\n");

  test("a tall name beside a one-line deadline in one flow stays the name", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    const row = (n: string) => plan.items.find((i) => i.number === n);
    expect([row("1.1"), row("1.3")].map((i) => i && [i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["Составление плана аттестации педагогических работников", "до 20.11.2027", "МКУ «Центр образования» (Жукова Т.В.)", "план утверждён"],
      ["Организация стажировок выпускников педагогических колледжей", "II квартал", "руководители школ", "стажировки организованы"],
    ]);
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("a Writer print's raw text whose second page gives its first rows' numbers as a block, then their names", () => {
  // Page 1 reads baseline by baseline (name and executors interleaved). Page 2 opens with the header again, the
  // numbers «3.2.» «3.3.» «3.4.» one under another, then under «Мероприятие» the end of 3.1's name (cut by the page)
  // and the names of 3.2 and 3.3; 3.4's name stands after a blank line. Before, only bare integers were read as such a
  // block: 3.2 and 3.3 had no name, and 3.4 took all of them.
  const raw = readFileSync(path.join(__dirname, "fixtures", "writer-pdftotext-raw.txt"), "utf8");

  test("each number of the block takes its name whole, noted as matched by order, and page 1 still reads row by row", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    const row = (n: string) => plan.items.find((i) => i.number?.replace(/\.$/, "") === n);
    expect([row("3.2"), row("3.3")].map((i) => i?.name)).toEqual([
      "Формирование аттестации педагогических работников на квалификационные категории по результатам независимой оценки качества по итогам учебного года",
      "Организация и проведение работы муниципальных методических объединений",
    ]);
    expect([row("3.2"), row("3.3")].map((i) => i?.notes?.some((n) => n.text?.includes("по порядку")))).toEqual([true, true]);
    expect([row("1.1"), row("1.2")].map((i) => i && [i.name, i.responsible.text])).toEqual([
      ["Формирование диагностики профессиональных дефицитов учителей в общеобразовательных организациях района", "О.С. Павлова, начальник отдела кадров, директор МКУ «ЦРО»"],
      ["Актуализация работы муниципальных методических объединений на территории муниципального округа", "образовательные организации; заместитель начальника управления образования"],
    ]);
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("a raw text whose header is parted by blank lines, as paragraphs of one cell each, and whose rows are not", () => {
  // pdftotext without layout parts the header's captions by blank lines, so the text reads as one cell per
  // paragraph; but a section heading comes in the same paragraph as the first number under it, and a row whose cells
  // share baselines comes as one paragraph of interleaved lines. Read as paragraphs joined into lines, the heading
  // took the number and the row under it (1.1 and 2.1 were lost into the sections' titles). The source's lines are
  // read again, a paragraph one line as before but cut before a line that opens with a number.
  const raw = [
    "ПЛАН МЕРОПРИЯТИЙ",
    "по кадровому обеспечению образовательных организаций на 2027 год",
    "№", "п/п", "",
    "Наименование", "мероприятия", "",
    "Срок", "исполнения", "",
    "Ответственные", "исполнители", "",
    "Раздел 1. Мониторинг потребности в кадрах", "1.1.", "",
    "Мониторинг вакансий", "ежемесячно Отдел", "педагогических работников", "образования", "",
    "1.2.", "",
    "Анализ возрастного состава", "до", "педагогических работников 01.03.2027", "",
    "МБУ «Центр", "методического", "сопровождения»", "",
    "Раздел 2. Привлечение молодых специалистов", "2.1.", "",
    "Выплата единовременного", "пособия молодым", "специалистам", "",
    "в течение", "2027 года", "",
    "Финансовое управление", "",
    "2.2.", "",
    "Организация наставничества", "для молодых педагогов", "",
    "сентябрь 2027 г.", "",
    "руководители ОО",
  ].join("\n");

  test("its paragraphs are read again cut before each number: every row is found, each section keeps its title alone", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Раздел 1. Мониторинг потребности в кадрах"],
      ["2", "Раздел 2. Привлечение молодых специалистов"],
    ]);
    expect(plan.items.map((i) => [i.number, i.section])).toEqual([["1.1", "1"], ["1.2", "1"], ["2.1", "2"], ["2.2", "2"]]);
    expect([0, 2, 3].map((k) => plan.items[k].deadline.text)).toEqual(["ежемесячно", "в течение 2027 года", "сентябрь 2027 г."]);
    expect(plan.items[2].name).toBe("Выплата единовременного пособия молодым специалистам");
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("a ruled PDF's raw text: a section's number in the № column's flow, its title in the names' flow", () => {
  // The section row «1. | Развитие системы наставничества» (its title merged over the other columns) comes apart:
  // the № column's first lines «1.» «1.1.», then the names' caption and the title as the first line of the names,
  // before 1.1's name. Read by the numbering, the title opened 1.1's name and section 1 had none.
  const raw = [
    "План работы по развитию кадрового потенциала на 2026 год",
    "N п/п",
    "1.",
    "1.1.",
    "",
    "Мероприятие",
    "Развитие системы наставничества",
    "Разработка и утверждение базы данных вакантных",
    "должностей педагогических работников",
    "1.2.",
    "Организация методических семинаров для",
    "молодых специалистов",
    "Раздел 2. Привлечение молодых специалистов",
    "2.1.",
    "Формирование диагностики профессиональных дефицитов",
    "учителей",
    "",
    "Срок",
    "",
    "в течение года",
    "",
    "ежемесячно",
    "",
    "до 1 мая",
  ].join("\n");

  test("the title goes to its section, the row keeps its own name and notes the move", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Развитие системы наставничества"],
      ["2", "Раздел 2. Привлечение молодых специалистов"],
    ]);
    expect(plan.items.map((i) => [i.number, i.section, i.name])).toEqual([
      ["1.1", "1", "Разработка и утверждение базы данных вакантных должностей педагогических работников"],
      ["1.2", "1", "Организация методических семинаров для молодых специалистов"],
      ["2.1", "2", "Формирование диагностики профессиональных дефицитов учителей"],
    ]);
    expect(plan.items[0].notes?.some((n) => n.text?.includes("Развитие системы наставничества"))).toBe(true);
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("where the page's numbers came as a block (rows above the section with no line of their own), nothing moves", () => {
    const block = [
      "План работы по развитию кадрового потенциала на 2026 год",
      "N п/п",
      "1.",
      "1.1.",
      "1.2.",
      "2.",
      "2.1.",
      "",
      "Мероприятие",
      "Повышение профессионального мастерства",
      "Формирование диагностики профессиональных дефицитов",
      "учителей",
      "Организация методических семинаров для",
      "молодых специалистов",
      "Развитие системы наставничества",
      "Разработка и утверждение базы данных вакантных",
      "должностей педагогических работников",
      // The deadlines' flow: numbers and names alone, with no deadline or executor, are no plan (issue 13, holdsPlan).
      "",
      "Срок",
      "март 2026 года",
      "ежеквартально",
      "в течение года",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(block, "plan.txt"));
    expect(plan.sections.find((s) => s.number === "2")?.title ?? "").not.toContain("Повышение профессионального мастерства");
    expect(lostWords(block, plan)).toEqual([]);
  });
});

describe("a ruled PDF's raw text: a section's number, then its rows' numbers as a block, then their names' flow", () => {
  // «1.» «1.1» «1.2» «1.3» come one under another; the names' flow under its caption opens with the section's title,
  // then the three names: one cell more than the numbers. Matched by order, the title became 1.1's name and each name
  // went a row down, all guessed.
  const raw = [
    "План мероприятий по кадровому обеспечению на 2027 год",
    "№ п/п",
    "1.", "1.1", "1.2", "1.3", "",
    "Содержание работы",
    "Меры социальной поддержки педагогов",
    "Актуализация целевого обучения выпускников",
    "общеобразовательных организаций района",
    "Проведение муниципального конкурса профессионального",
    "мастерства «Педагог года»",
    "Мониторинг курсов повышения квалификации руководящих",
    "работников", "",
    "1.4", "",
    "Обеспечение участия кадрового резерва руководителей",
    "образовательных организаций", "",
    "Срок", "",
    "в течение года", "", "ежемесячно", "", "до 1 мая", "", "постоянно",
  ].join("\n");

  test("the count gives the first cell to the section as its title, and each row its own name", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Меры социальной поддержки педагогов"]]);
    expect(plan.items.map((i) => [i.number, i.name])).toEqual([
      ["1.1", "Актуализация целевого обучения выпускников общеобразовательных организаций района"],
      ["1.2", "Проведение муниципального конкурса профессионального мастерства «Педагог года»"],
      ["1.3", "Мониторинг курсов повышения квалификации руководящих работников"],
      ["1.4", "Обеспечение участия кадрового резерва руководителей образовательных организаций"],
    ]);
    expect(plan.items[0].notes?.some((n) => n.text?.includes("Меры социальной поддержки педагогов"))).toBe(true);
    expect(lostWords(raw, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("pdftotext without layout: a flow of close cells read baseline by baseline", () => {
  test("a paragraph holding several cells' lines side by side is read line by line, not joined into one cell", () => {
    // Writer's print: close columns share baselines, so a row comes as one paragraph whose lines alternate between
    // its cells; blank lines part the numbers from the rows as they part a cell-per-line text's cells.
    const raw = [
      "План мероприятий на 2027 год", "№ п/п", "", "Содержание мероприятия", "", "Срок исполнения", "", "Форма завершения", "",
      "1.", "", "Разработка положения о", "до 1 марта", "приказ отдела", "наставничестве", "2027 г.", "образования", "",
      "2.", "", "Проведение семинара для", "май 2027 г.", "протокол", "молодых педагогов", "семинара", "",
      "3.", "", "Анализ вакансий в школах", "ежемесячно", "справка", "района", "",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    expect(plan.items.map((it) => [it.number, it.name, it.deadline.text, it.result])).toEqual([
      ["1", "Разработка положения о наставничестве", "до 1 марта 2027 г.", "приказ отдела образования"],
      ["2", "Проведение семинара для молодых педагогов", "май 2027 г.", "протокол семинара"],
      ["3", "Анализ вакансий в школах", "ежемесячно", "справка района"],
    ]);
  });
});

describe("a Writer print's raw text, cells centred: the numbers a block, then the rows whole, baseline by baseline", () => {
  // Writer centres each cell in its row, so pdftotext gives the № column's numbers first, then the rows' other cells
  // baseline by baseline (rowsBlock). Row 2's name runs six lines and its executor's two lines start on its fourth:
  // the reading that gives «семинаров для молодых специалистов» to the executor came only a little ahead of others
  // before the widths learnt from that very reading were weighed.
  const raw = readFileSync(path.join(__dirname, "fixtures", "writer-raw-centred-rows-block.txt"), "utf8");

  test("a row read one way where another came close is right or carries a note, never silently wrong", () => {
    const plan = structureOrFail(readTextDocument(raw, "plan.txt"));
    const item = plan.items.find((i) => i.name.startsWith("Организация и проведение методических") && i.name.includes("дистанционных"));
    expect(item).toBeDefined();
    const right = item!.responsible.text.replace(/\s+/g, " ") === "директор МКУ «ЦРО» ЦРО" && item!.name.includes("семинаров для молодых специалистов для педагогов дошкольных");
    expect(right || (item!.notes ?? []).some((n) => n.code === "column_uncertain")).toBe(true);
    expect(lostWords(raw, plan)).toEqual([]);
  });
});
