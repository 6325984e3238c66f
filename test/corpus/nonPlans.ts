import { makeRng, type Rng } from "./rng";
import { DISTRICTS, SIGNERS } from "./vocabulary";

/**
 * Documents that hold no plan but that a user opens by mistake where a plan is asked for (issue 13): an order
 * («Приказ … О назначении …», numbered paragraphs of prose), a meeting's protocol, a numbered list of organisations,
 * an English form with Latin abbreviations, a staffing table, a vacancy table and a table of numbers. Each is drawn
 * from a seed, as generatePlan draws plans; the words are written for the corpus, not read off the readers'
 * catalogues. None of them has items that are tasks with a deadline and an executor of their own: `plankadry
 * structure` is to answer «не найдено», not give back a plan. A paragraph may still name a person in its prose
 * («Назначить Соколову Е.Н., методиста, ответственной за …») or a date («приказ от 12.03.2025 № 14») — as orders do.
 */
export type NonPlanKind = "order" | "protocol" | "org-list" | "english-form" | "staffing" | "vacancies" | "numbers";

export const NON_PLAN_KINDS: readonly NonPlanKind[] = ["order", "protocol", "org-list", "english-form", "staffing", "vacancies", "numbers"];

/** A paragraph, or a table of cells (its first row the header). */
export type NonPlanBlock = { readonly kind: "paragraph"; readonly text: string } | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] };

export interface NonPlan {
  readonly kind: NonPlanKind;
  readonly seed: number;
  readonly blocks: readonly NonPlanBlock[];
}

const para = (text: string): NonPlanBlock => ({ kind: "paragraph", text });
const blank = para("");

const SURNAMES_ACC = ["Кузнецову", "Морозову", "Волкову", "Новикову", "Фёдорову", "Гусеву", "Павлову", "Соколову"];
const INITIALS = ["А.В.", "Е.Н.", "О.С.", "Т.И.", "Н.П.", "М.Ю."];
const POSITIONS_ACC = ["методиста", "главного специалиста", "специалиста по кадрам", "заместителя директора", "ведущего инспектора"];
const SUBJECTS = [
  "ведение кадрового делопроизводства", "хранение трудовых книжек работников", "работу с персональными данными",
  "организацию аттестации педагогических работников", "ведение электронного документооборота", "охрану труда",
  "подготовку статистической отчётности", "размещение сведений на официальном сайте",
];
const REGULATIONS = [
  "Положение о порядке аттестации педагогических работников", "Положение о комиссии по трудовым спорам",
  "Правила внутреннего трудового распорядка", "Положение об оплате труда работников", "Порядок обработки персональных данных",
  "состав аттестационной комиссии", "форму заявления о приёме на работу",
];
/** Fisher–Yates over the stream: the same seed gives the same order on any engine. */
function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const k = r.int(0, i);
    [out[i], out[k]] = [out[k], out[i]];
  }
  return out;
}
const day = (r: Rng) => `${String(r.int(1, 28)).padStart(2, "0")}.${String(r.int(1, 12)).padStart(2, "0")}.${r.int(2023, 2026)}`;
const person = (r: Rng) => `${r.pick(SURNAMES_ACC)} ${r.pick(INITIALS)}`;

/** The paragraphs an order gives: imperatives of prose, a person or an earlier order named inside a sentence. */
const ORDER_PARAGRAPHS: readonly ((r: Rng) => string)[] = [
  (r) => `Назначить ${person(r)}, ${r.pick(POSITIONS_ACC)}, ответственной за ${r.pick(SUBJECTS)}.`,
  (r) => `Утвердить ${r.pick(REGULATIONS)} (приложение ${r.int(1, 3)}).`,
  (r) => `Признать утратившим силу приказ управления образования от ${day(r)} № ${r.int(2, 140)}-од.`,
  (r) => `Возложить на ${person(r)} обязанности по ${r.pick(["хранению и учёту трудовых книжек", "ведению личных дел работников", "оформлению приказов по личному составу"])}.`,
  () => "Ознакомить работников с настоящим приказом под подпись.",
  () => "Опубликовать настоящий приказ на официальном сайте в сети «Интернет».",
  () => "Настоящий приказ вступает в силу со дня его подписания.",
];

function order(r: Rng): NonPlanBlock[] {
  const district = r.pick(DISTRICTS);
  const paragraphs = shuffled(r, ORDER_PARAGRAPHS).slice(0, r.int(3, 6)).map((f) => f(r));
  const control = r.pick(["Контроль за исполнением настоящего приказа оставляю за собой.", `Контроль за исполнением приказа возложить на ${r.pick(POSITIONS_ACC)} ${person(r)}.`]);
  return [
    para(`АДМИНИСТРАЦИЯ ${district.toUpperCase()}`), para("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"), blank, para("ПРИКАЗ"), blank,
    para(`${day(r)}\t\t\t\t№ ${r.int(2, 300)}-од`), blank,
    para(`О ${r.pick(["назначении ответственных лиц", "внесении изменений в кадровые документы", "утверждении локальных актов"])}`), blank,
    para(`В соответствии с Трудовым кодексом Российской Федерации, в целях ${r.pick(["организации работы с кадрами", "упорядочения кадрового делопроизводства"])}`),
    para("ПРИКАЗЫВАЮ:"),
    ...[...paragraphs, control].map((t, i) => para(`${i + 1}. ${t}`)),
    blank, para(`Начальник управления образования\t\t\t${r.pick(SIGNERS)}`),
  ];
}

const AGENDA = [
  "Об итогах аттестации педагогических работников", "О работе с молодыми специалистами", "О подготовке к новому учебному году",
  "О результатах мониторинга кадрового состава", "Об участии в конкурсе профессионального мастерства",
];

function protocol(r: Rng): NonPlanBlock[] {
  const topics = shuffled(r, AGENDA).slice(0, r.int(2, 4));
  return [
    para(`ПРОТОКОЛ № ${r.int(1, 9)}`), para("заседания методического совета"), para(`от ${day(r)}`), blank,
    para(`Председатель: ${r.pick(SIGNERS)}`), para(`Присутствовали: ${r.int(8, 25)} человек`), blank, para("Повестка дня:"),
    ...topics.map((t, i) => para(`${i + 1}. ${t}.`)), blank,
    ...topics.flatMap((t, i) => [
      para(`${i + 1}. СЛУШАЛИ: ${person(r)}, ${r.pick(POSITIONS_ACC)}, ${t.charAt(0).toLowerCase()}${t.slice(1)}.`),
      para(`РЕШИЛИ: ${r.pick(["Информацию принять к сведению.", "Одобрить представленные материалы.", "Работу признать удовлетворительной."])}`),
    ]),
    blank, para(`Председатель\t\t\t${r.pick(SIGNERS)}`), para(`Секретарь\t\t\t${r.pick(SIGNERS)}`),
  ];
}

const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МКОУ «ООШ № 5»", "МБДОУ «Детский сад № 7 «Солнышко»»", "МАОУ «Лицей № 3»", "МБОУ «Гимназия № 4»", "МБУ ДО «Дом детского творчества»", "МКДОУ «Детский сад № 12»"];
const STREETS = ["ул. Ленина", "ул. Школьная", "ул. Мира", "пр. Победы", "ул. Садовая"];

function orgList(r: Rng): NonPlanBlock[] {
  const orgs = shuffled(r, SCHOOLS).slice(0, r.int(4, 8));
  const withAddress = r.chance(0.5);
  return [
    para(`Перечень образовательных организаций ${r.pick(DISTRICTS)}`), blank,
    ...orgs.map((o, i) => para(`${i + 1}. ${o}${withAddress ? `, ${r.pick(STREETS)}, д. ${r.int(1, 60)}` : ""}`)),
  ];
}

const FIELDS = [
  "Project title", "Principal investigator (PI)", "Organisation", "Department", "E-mail", "Start date", "Duration",
  "Budget requested", "Keywords", "Abstract (max 300 words)", "Co-investigators", "Ethics approval",
];
const VALUES: Readonly<Record<string, (r: Rng) => string>> = {
  "Project title": (r) => r.pick(["Teacher workforce in rural schools", "Retention of early-career teachers", "Mentoring and staff turnover"]),
  "Principal investigator (PI)": (r) => r.pick(["J. Smith", "A. Brown", "M. Garcia"]),
  Organisation: (r) => r.pick(["RGU", "SPbU, Faculty of Education", "HSE University"]),
  Department: (r) => r.pick(["Dept. of Pedagogy", "Institute of Education (IoE)", "School of Social Sciences"]),
  "E-mail": (r) => r.pick(["pi@example.org", "research@uni.example"]),
  "Start date": (r) => day(r),
  Duration: (r) => `${r.int(6, 36)} months`,
  "Budget requested": (r) => `${r.int(1, 30)} 000 USD`,
  Keywords: () => "staffing, rural education, retention",
  "Co-investigators": (r) => r.pick(["M. Garcia (HSE), J. Smith (SPbU)", "A. Brown, RGU"]),
  "Ethics approval": () => "Required (IRB)",
};

function englishForm(r: Rng): NonPlanBlock[] {
  const fields = FIELDS.filter(() => r.chance(0.8));
  const value = (f: string) => VALUES[f]?.(r) ?? "";
  const layout = r.pick(["table", "inline", "lines"] as const);
  const head = [para(r.pick(["RESEARCH PROJECT APPLICATION FORM", "Research Grant Application", "PROJECT PROPOSAL FORM"])), blank];
  if (r.chance(0.5)) head.push(para(`Please complete all sections. Format: A4, Times New Roman ${r.int(11, 14)} pt, single spacing.`), blank);
  const foot = [blank, para("Signature of the PI: ____________"), para("Date: ____________")];
  if (layout === "table") return [...head, { kind: "table", rows: [["No.", "Item", "Details"], ...fields.map((f, i) => [`${i + 1}.`, f, value(f)])] }, ...foot];
  if (layout === "inline") return [...head, ...fields.map((f, i) => para(`${i + 1}. ${f}: ${value(f)}`)), ...foot];
  // A field's caption numbered on its line, the value (or the instructions) on the lines under it, as a form is filled.
  return [...head, ...fields.flatMap((f, i) => [para(`${i + 1}. ${f}`), ...value(f).split(", ").filter(Boolean).map(para)]), ...foot];
}

const STAFF_POSITIONS = ["учитель математики", "учитель русского языка", "воспитатель", "педагог-психолог", "учитель начальных классов", "социальный педагог"];
const NAMES = ["Кузнецова Анна Викторовна", "Соколов Игорь Петрович", "Морозова Елена Сергеевна", "Лебедев Олег Николаевич", "Орлова Татьяна Ивановна"];

function staffing(r: Rng): NonPlanBlock[] {
  const header = ["№", "ФИО", "Должность", "Образование", "Категория", "Дата рождения", "Стаж"];
  const rows = Array.from({ length: r.int(4, 9) }, (_, i) => [
    String(i + 1), r.pick(NAMES), r.pick(STAFF_POSITIONS), r.pick(["высшее педагогическое", "высшее", "СПО"]),
    r.pick(["высшая", "первая", "СЗД", "нет"]), day(r).replace(/\d{4}$/, String(r.int(1960, 1999))), String(r.int(1, 35)),
  ]);
  return [para(`Сведения о педагогических работниках ${r.pick(SCHOOLS)}`), para(`по состоянию на ${day(r)}`), blank, { kind: "table", rows: [header, ...rows] }];
}

function vacancies(r: Rng): NonPlanBlock[] {
  const header = ["№ п/п", "Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия"];
  const rows = Array.from({ length: r.int(3, 8) }, (_, i) => [
    String(i + 1), r.pick(SCHOOLS), r.pick(STAFF_POSITIONS), r.pick(["математика", "русский язык", "—", "физика"]),
    r.pick(["1", "0,5", "1,5"]), String(r.int(6, 36)), day(r),
  ]);
  return [para(`Вакансии педагогических работников на ${day(r)}`), blank, { kind: "table", rows: [header, ...rows] }];
}

function numbers(r: Rng): NonPlanBlock[] {
  const years = Array.from({ length: r.int(2, 4) }, (_, i) => String(2022 + i));
  const header = ["Показатель", ...years];
  const labels = ["Численность педагогов", "Из них до 35 лет", "Вакантных ставок", "Прошли КПК", "Средняя нагрузка"];
  const rows = labels.slice(0, r.int(3, labels.length)).map((l) => [l, ...years.map(() => (r.chance(0.3) ? `${r.int(1, 99)},${r.int(0, 9)}` : String(r.int(1, 900))))]);
  return [{ kind: "table", rows: [header, ...rows] }];
}

const DRAW: Readonly<Record<NonPlanKind, (r: Rng) => NonPlanBlock[]>> = {
  order, protocol, "org-list": orgList, "english-form": englishForm, staffing, vacancies, numbers,
};

/** The document of `kind` drawn from `seed` (a stream of its own per kind, so adding a kind changes no other's). */
export function generateNonPlan(kind: NonPlanKind, seed: number): NonPlan {
  const r = makeRng(seed * 104729 + NON_PLAN_KINDS.indexOf(kind) * 7919 + 0x9e37);
  return { kind, seed, blocks: DRAW[kind](r) };
}

/** Whether the document is a table and nothing else (it can be saved as CSV). */
export const tableOnly = (doc: NonPlan): boolean => doc.blocks.every((b) => b.kind === "table");
