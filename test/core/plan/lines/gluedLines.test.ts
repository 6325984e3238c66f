import { gluedCuts } from "../../../../src/core/plan/lines/gluedLines";
import { captionAfterCaption } from "../../../../src/core/plan/lines/recoverFromLines";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/**
 * A Writer table printed to PDF, its text through pdftotext without layout, as officials' plans come: the cells of a
 * row that stand close are one flow, read baseline by baseline; where a cell's line runs to its column's edge, the
 * next cell's piece on that baseline is glued to it by one space («…о вакантных Отдел»), where it does not, the piece
 * comes as a line of its own («до 10 числа»). The header's captions are parted by blank lines.
 */
const RAW = [
  "ПЛАН",
  "мероприятий по кадровому обеспечению на 2027 год",
  "№",
  "п/п",
  "",
  "Содержание мероприятия",
  "",
  "Исполнители",
  "",
  "Сроки",
  "",
  "Результат",
  "",
  "1",
  "",
  "Мониторинг кадров",
  "",
  "1.1",
  "",
  // The name's lines run to the column's edge: the executors' pieces are glued to them; the deadline stands apart.
  "Сбор сведений о вакантных Отдел",
  "до 10 числа",
  "должностях педагогических образования",
  "каждого",
  "работников в школах района (Петрова А.В.),",
  "месяца",
  "руководители ОО",
  "",
  "банк вакансий",
  "",
  "1.2",
  "",
  "Анкетирование молодых",
  "педагогов об условиях труда",
  "",
  "МКУ «Методический центр»",
  "",
  "ежегодно, октябрь",
  "",
  "аналитическая справка",
  "",
  "1.3",
  "",
  "Подготовка прогноза",
  "потребности в учителях",
  "",
  // The executors' first line runs to its edge: the deadline's piece is glued to it.
  "Отдел образования ежегодно,",
  "администрации",
  "до 1 июля",
  "(Соколова Т.Н.)",
  "",
  "прогноз потребности",
  "",
  "Начальник управления образования И.И. Иванов",
].join("\n");

describe("pdftotext without layout: two cells' pieces glued on one line (officials' plans)", () => {
  test("each piece goes to its cell (before: the glued lines stayed whole in one cell)", () => {
    const plan = structureOrFail(readTextDocument(RAW, "plan.raw.txt"));
    const row = (n: string) => plan.items.find((i) => i.number === n);
    expect(["1.1", "1.2", "1.3"].map((n) => row(n) && [row(n)!.name, row(n)!.responsible.text, row(n)!.deadline.text, row(n)!.result])).toEqual([
      ["Сбор сведений о вакантных должностях педагогических работников в школах района", "Отдел образования (Петрова А.В.), руководители ОО", "до 10 числа каждого месяца", "банк вакансий"],
      ["Анкетирование молодых педагогов об условиях труда", "МКУ «Методический центр»", "ежегодно, октябрь", "аналитическая справка"],
      ["Подготовка прогноза потребности в учителях", "Отдел образования администрации (Соколова Т.Н.)", "ежегодно, до 1 июля", "прогноз потребности"],
    ]);
    expect(lostWords(RAW, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

/**
 * The same table where most rows have no blank line among their cells (pdftotext puts none where all the cells stand
 * close): such a row is one flow, read baseline by baseline across all its cells, each cell's piece on a baseline
 * after its left neighbour's; a piece glued to a full line is cut as in the flows above.
 */
const ONE_FLOW = [
  "ПЛАН",
  "мероприятий по кадровому обеспечению на 2027 год",
  "№",
  "п/п",
  "Содержание мероприятия",
  "Исполнители",
  "Сроки",
  "Результат",
  "1",
  "Мониторинг кадров",
  "1.1",
  "Сбор сведений о вакантных Отдел",
  "до 10 числа",
  "банк вакансий",
  "должностях педагогических образования",
  "каждого",
  "работников в школах района (Петрова А.В.),",
  "месяца",
  "руководители ОО",
  "1.2",
  // A name far from the cells beside it stands as a flow of its own, parted by a blank line, as in the rows above.
  "Анкетирование молодых",
  "педагогов об условиях труда",
  "",
  "МКУ «Методический центр»",
  "ежегодно, октябрь",
  "аналитическая справка",
  "1.3",
  "Подготовка прогноза",
  "Отдел образования ежегодно,",
  "прогноз потребности",
  "потребности в учителях",
  "администрации",
  "до 1 июля",
  "(Соколова Т.Н.)",
  "1.4",
  "Обновление банка вакансий",
  "Отдел образования",
  "ежемесячно",
  "банк обновлён",
  "1.5",
  "Участие в ярмарке вакансий",
  "Отдел образования",
  "апрель 2027 г.",
  "вакансии представлены",
  "Начальник управления образования И.И. Иванов",
].join("\n");

describe("pdftotext without layout, few blank lines: a row is one flow, its glued lines cut", () => {
  test("each piece goes to its cell (before: a text whose rows seldom had a blank line was never searched for glued lines)", () => {
    const plan = structureOrFail(readTextDocument(ONE_FLOW, "plan.raw.txt"));
    const row = (n: string) => plan.items.find((i) => i.number === n);
    expect(["1.1", "1.3"].map((n) => row(n) && [row(n)!.name, row(n)!.responsible.text, row(n)!.deadline.text, row(n)!.result])).toEqual([
      ["Сбор сведений о вакантных должностях педагогических работников в школах района", "Отдел образования (Петрова А.В.), руководители ОО", "до 10 числа каждого месяца", "банк вакансий"],
      ["Подготовка прогноза потребности в учителях", "Отдел образования администрации (Соколова Т.Н.)", "ежегодно, до 1 июля", "прогноз потребности"],
    ]);
    expect(lostWords(ONE_FLOW, plan)).toEqual([]);
  });
});

/**
 * pdftotext without layout where no line is glued: Writer's cells centred vertically come as flows, the three cells
 * of a row interleaved line by line («Администрация» / «не менее 10» / «в течение 2026–»), and the last row's later
 * cells after the head's signature, its position and name parted by a blank line as two flows. The source's lines one
 * by one read those no better than the cells do; counted by items whole (a deadline and an executor read), they took
 * the signature for the last row's executors and the row's own executors into its name.
 */
const UNGLUED = [
  "ПЛАН МЕРОПРИЯТИЙ",
  "по кадровому обеспечению школ Северного округа на 2026–2027 годы",
  "№ п/п",
  "",
  "Наименование",
  "мероприятия",
  "",
  "Ответственные",
  "исполнители",
  "",
  "Срок",
  "исполнения",
  "",
  "Ожидаемый",
  "результат",
  "",
  "I. Организационные меры",
  "",
  "1",
  "",
  "Формирование банка",
  "вакансий",
  "",
  "Управление",
  "образования",
  "",
  "ежемесячно",
  "",
  "банк вакансий",
  "размещён на сайте",
  "",
  "2",
  "",
  "Разработка положения о",
  "наставничестве",
  "",
  "ИМЦ, Орлова О.П.",
  "",
  "I квартал 2026 г.",
  "",
  "положение утверждено",
  "приказом",
  "",
  "II. Привлечение молодых специалистов",
  "",
  "1",
  "",
  "Выплата подъёмных",
  "молодым педагогам,",
  "прибывшим в сельские",
  "школы округа",
  "",
  "Администрация",
  "не менее 10",
  "в течение 2026–",
  "округа, финансовое",
  "педагогов получили",
  "2027 гг.",
  "управление",
  "выплату",
  "",
  "2",
  "",
  "Компенсация найма жилья",
  "",
  "Администрация",
  "округа",
  "",
  "3",
  "",
  "Организация профильных",
  "педагогических классов",
  "",
  "руководители ОО",
  "",
  "открыто 2 класса",
  "",
  "Начальник управления образования",
  "",
  "Т.В. Белова",
  "",
  "по мере",
  "поступления",
  "заявлений",
  "",
  "с 01.09.2026",
  "",
  "компенсация",
  "выплачена",
].join("\n");

describe("pdftotext without layout, no line glued: the lines one by one stand as the other readings do", () => {
  test("the last row keeps its executors (before: the signature, the row's executors in its name)", () => {
    const plan = structureOrFail(readTextDocument(UNGLUED, "plan.raw.txt"));
    const last = plan.items[plan.items.length - 1];
    expect([last.name, last.responsible.text]).toEqual(["Организация профильных педагогических классов", "руководители ОО"]);
    expect(lostWords(UNGLUED, plan)).toEqual([]);
  });
});

/**
 * pdftotext without layout of a ruled table whose last column keeps a flow of its own: the page's results come after
 * the page's rows, under their caption again («Ожидаемый» / «результат»), and the rows' lines hold none of them. A row
 * read baseline by baseline still tempted the glued search to cut «Петрова А.В., главный» before «главный», as the
 * first line of a result opening in lower case with its adjective, though the result's cell stands in the block.
 */
const RESULTS_APART = [
  "УТВЕРЖДЕН",
  "приказом управления образования",
  "администрации Южного района",
  "от 15.01.2026 № 10",
  "План мероприятий («дорожная карта») по привлечению и закреплению педагогических кадров в",
  "образовательных организациях Южного района на 2027 год",
  "№",
  "Наименование мероприятия",
  "Срок",
  "Ответственные",
  "п/п",
  "исполнения",
  "исполнители",
  "I. Анализ кадровой ситуации и прогнозирование потребности в кадрах",
  "1.",
  "Ежегодный мониторинг потребности",
  "до 1 февраля",
  "Отдел кадрового",
  "образовательных организаций округа в",
  "обеспечения управления",
  "педагогических кадрах на 2026/2027",
  "образования;",
  "учебный год",
  "руководители",
  "образовательных",
  "организаций",
  "2.",
  "Ведение банка вакантных должностей",
  "ежемесячно до 10",
  "Петрова А.В., главный",
  "педагогических работников и его",
  "числа",
  "специалист",
  "размещение на официальном сайте",
  "управления образования",
  "3.",
  "Анализ возрастного состава и",
  "I квартал",
  "МКУ «Информационноквалификации педагогических",
  "методический центр»",
  "работников округа",
  "II. Привлечение молодых специалистов",
  "1.",
  "Заключение договоров о целевом",
  "июнь – август",
  "Руководители",
  "обучении с выпускниками",
  "2026 года",
  "образовательных",
  "общеобразовательных организаций,",
  "организаций, отдел",
  "поступающими на педагогические",
  "кадрового обеспечения",
  "специальности",
  "2.",
  "Участие в ярмарке вакансий",
  "март 2027 года",
  "Управление образования",
  "педагогического колледжа и областном",
  "форуме «Педагогический старт»",
  "3.",
  "Выплата единовременного пособия",
  "по мере",
  "Финансовый",
  "молодым специалистам, поступившим на",
  "необходимости",
  "отдел",
  "работу в образовательные организации",
  "округа",
  "",
  "Ожидаемый",
  "результат",
  "Сводная информация о",
  "потребности",
  "направлена в",
  "министерство",
  "образования",
  "Актуальный банк",
  "вакансий на сайте",
  "Аналитическая справка",
  "",
  "Заключено не менее 10",
  "договоров",
  "",
  "Участие не менее 5",
  "образовательных",
  "организаций",
  "Пособие выплачено",
  "всем обратившимся",
  "",
  "\f№",
  "п/п",
  "Начальник управления образования ______________ И.И. Иванов"

].join("\n");

describe("pdftotext without layout, the results as a block after the page's rows", () => {
  test("no row's line is cut before a result's piece (before: «главный» cut off the executors as a result's first line)", () => {
    const plan = structureOrFail(readTextDocument(RESULTS_APART, "plan.raw.txt"));
    const row = plan.items.find((i) => i.qualifiedNumber === "I.2")!;
    expect([row.deadline.text, row.responsible.text.startsWith("Петрова А.В., главный специалист")]).toEqual(["ежемесячно до 10 числа", true]);
    expect(row.name.startsWith("Ведение банка вакантных должностей педагогических работников и его размещение")).toBe(true);
    expect(lostWords(RESULTS_APART, plan)).toEqual([]);
  });
});

describe("gluedCuts", () => {
  const order = ["name", "responsible", "deadline", "result"] as const;
  const lines = (...texts: string[]) => texts.map((t) => ({ text: t.replace(/^\|/u, ""), gapBefore: t.startsWith("|") }));

  test("a name's full lines with the executors' pieces glued to them are cut before the executors", () => {
    const cuts = gluedCuts(lines("Сбор сведений о вакантных Отдел", "до 10 числа", "должностях педагогических образования", "каждого", "работников в школах района (Петрова А.В.),", "месяца", "руководители ОО"), order, { first: true });
    expect([...cuts]).toEqual([
      [0, ["Сбор сведений о вакантных", "Отдел"]],
      [2, ["должностях педагогических", "образования"]],
      [4, ["работников в школах района", "(Петрова А.В.),"]],
    ]);
  });

  test("a cell's own lines are not cut: a short piece fills no column, and two pieces of one cell are one line", () => {
    // «за» / «2025 год» would read as a deadline, but «за» is far from its column's width: the name goes on.
    expect([...gluedCuts(lines("Подготовка отчёта о выполнении плана", "Отдел общего", "за 2025 год", "образования комитета"), order, { first: true })]).toEqual([]);
    expect([...gluedCuts(lines("Составление графика аттестации", "Руководители ОУ", "педагогических работников на", "соответствие занимаемой должности"), order, { first: true })]).toEqual([]);
  });

  test("a row of as many flows as columns, or more, has no glued line: each flow is a cell (before: «жилья молодым» / «педагогам,» cut)", () => {
    // olkhovsky-2028's raw text: the row's flows parted by blank lines, a funding column the header did not name.
    const row = lines("|Предоставление служебного", "жилья молодым педагогам,", "прибывшим на работу в", "|по мере", "Администрация", "поступления Ольховского", "заявлений", "района, Комитет", "|жильё", "предоставлено", "всем", "|районны", "й", "бюджет", "|№");
    expect([...gluedCuts(row, ["name", "deadline", "responsible", "result"], { first: true })]).toEqual([]);
    // A web page copied as text, each cell a paragraph.
    expect([...gluedCuts(lines("|1.1.", "|Мониторинг кадровых потребностей образовательных организаций района", "|Отдел образования", "|ежегодно, до 1 марта"), order, { first: true })]).toEqual([]);
  });
});

/**
 * Writer's table in drawing order (pdftotext -raw, a browser's copy): each cell's lines whole, cell after cell; a cell
 * of one line stands on the row's first baseline with the next cell's first line, and the two come as one line.
 */
describe("gluedCuts in drawing order", () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text, gapBefore: false }));

  test("a deadline of one line is cut from the result's first line glued to it, however short", () => {
    const order = ["name", "deadline", "result", "responsible"] as const;
    const cuts = gluedCuts(lines("Размещение информации о мерах", "поддержки молодых педагогов на", "официальных сайтах", "постоянно информация размещена и", "актуализирована", "Управление образования,", "руководители ОО"), order, { first: true, drawn: true });
    expect([...cuts]).toEqual([[3, ["постоянно", "информация размещена и"]]]);
  });

  test("a row's one line before a page break holds every cell's first line: each set of cuts is tried", () => {
    const order = ["name", "responsible", "deadline", "result"] as const;
    const cuts = gluedCuts(lines("Выявление муниципальных образований Министерство образования март 2029 г."), order, { first: true, drawn: true });
    expect([...cuts]).toEqual([[0, ["Выявление муниципальных образований", "Министерство образования", "март 2029 г."]]]);
  });

  test("no cell opens on the rest of a phrase: an adjective in an oblique case, a deadline's year", () => {
    const order = ["name", "deadline", "responsible", "result"] as const;
    expect([...gluedCuts(lines("Выплата ежемесячной", "надбавки молодым", "2027–2029 гг.", "Отдел образования", "администрации", "доля молодых", "специалистов"), order, { first: true, drawn: true })]).toEqual([]);
    const quarter = gluedCuts(lines("Участие в ярмарке вакансий", "«Учитель для села»", "II квартал 2028 г. трудоустроено не менее 5", "молодых специалистов", "Управление образования"), ["name", "deadline", "result", "responsible"], { first: true, drawn: true });
    expect(quarter.get(2)?.[0]).toBe("II квартал 2028 г.");
  });

  // Cells centred vertically (Word's «по центру»): a one-line cell stands a line or half a line above a taller cell's
  // last line, and a viewer's copy (pdf.js) joins lines less than a line apart.
  test("centred: a taller name's last line, then one-line executors and a one-line deadline, are cut apart", () => {
    const order = ["name", "responsible", "deadline", "result"] as const;
    const cuts = gluedCuts(lines("Актуализация муниципального конкурса", "профессионального мастерства «Педагог", "года» ОО Ежемесячно", "Приказ управления", "образования"), order, { first: true, drawn: true });
    expect([...cuts]).toEqual([[2, ["года»", "ОО", "Ежемесячно"]]]);
  });

  test("centred: a deadline whole between a name's last line and the executors' first is cut off at both ends at once", () => {
    const order = ["name", "deadline", "responsible", "result"] as const;
    const cuts = gluedCuts(lines("Проведение семинара для руководителей ОО", "«Аттестация: новые требования» 15.10.2027 Управление", "образования"), order, { first: true, drawn: true });
    expect([...cuts]).toEqual([[1, ["«Аттестация: новые требования»", "15.10.2027", "Управление"]]]);
  });

  test("a name's last line is not cut before a figure that no one-line cell opens with («в размере» / «200 тыс. рублей»)", () => {
    const order = ["name", "responsible", "deadline", "result"] as const;
    expect([...gluedCuts(lines("Предоставление единовременной", "выплаты молодым специалистам в", "размере 200 тыс. рублей"), order, { first: true, drawn: true })]).toEqual([]);
  });
});

describe("captionAfterCaption", () => {
  test("a header drawn caption after caption runs a caption of one line into the next one's first line", () => {
    expect(captionAfterCaption(["№", "п/п", "Наименование мероприятия Срок", "реализации", "Ожидаемый результат Ответственные", "исполнители"])).toBe(true);
    expect(captionAfterCaption(["N п/п Мероприятие Исполнитель Срок Результат"])).toBe(true);
  });

  test("captions wrapped whole one after another, none on another's baseline (Word's header centred), are drawn so", () => {
    expect(captionAfterCaption(["№", "п/п", "Содержание", "мероприятия", "Срок", "реализации", "Ответственный исполнитель", "Ожидаемый", "результат"])).toBe(true);
    // Row by row: the captions' first lines together, their wrapped lines after them.
    expect(captionAfterCaption(["№", "Содержание", "Срок", "Ответственный исполнитель", "Ожидаемый", "п/п", "мероприятия", "реализации", "результат"])).toBe(false);
    // Captions no catalogue names are captions, not the wrapped lines of the caption before them.
    expect(captionAfterCaption(["№ п/п", "Период реализации", "Примечания", "Наименование мероприятия", "Исполнитель", "Отметка об", "Результаты", "исполнении"])).toBe(false);
  });

  test("a caption per line, as a mouse copy or a cell per line gives a header, is no such header", () => {
    expect(captionAfterCaption(["N п/п", "Мероприятие", "Исполнитель", "Срок", "Результат"])).toBe(false);
  });
});
