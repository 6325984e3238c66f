import type { Rng } from "./rng";

/**
 * Words of municipal education road maps, written for the corpus (not taken from the seeds). Names and results are
 * built from pieces so that no two plans read alike; executors come in every form DESIGN §3 names.
 */
const ACTIONS = [
  "Проведение", "Организация и проведение", "Разработка и утверждение", "Формирование", "Обеспечение участия",
  "Актуализация", "Мониторинг", "Реализация", "Подготовка и направление", "Информационное сопровождение",
];
const OBJECTS = [
  "муниципального конкурса профессионального мастерства «Педагог года»", "анализа потребности в педагогических кадрах",
  "базы данных вакантных должностей педагогических работников", "методических семинаров для молодых специалистов",
  "целевого обучения выпускников общеобразовательных организаций", "персонифицированной программы наставничества",
  "курсов повышения квалификации руководящих работников", "кадрового резерва руководителей образовательных организаций",
  "диагностики профессиональных дефицитов учителей", "предложений по мерам социальной поддержки педагогов",
  "работы муниципальных методических объединений", "аттестации педагогических работников на квалификационные категории",
];
const COMPLEMENTS = [
  "в общеобразовательных организациях района", "с привлечением ведущих специалистов регионального института",
  "для педагогов дошкольных образовательных организаций", "по итогам учебного года", "на территории муниципального округа",
  "с участием представителей профсоюзной организации", "в сетевом формате с использованием дистанционных технологий",
  "совместно с педагогическим колледжем и центром занятости населения", "по результатам независимой оценки качества",
];
const RESULTS = [
  "Аналитическая справка", "Приказ управления образования", "Информация на официальном сайте",
  "Доля педагогов, прошедших обучение, не менее 70 %", "Проведено не менее 4 семинаров", "Сформирован банк данных",
  "Утверждённый план-график", "Заключено не менее 10 договоров о целевом обучении", "Протокол заседания комиссии",
];
const SECTION_TITLES = [
  "Выявление кадровых потребностей", "Привлечение молодых специалистов", "Повышение профессионального мастерства",
  "Развитие системы наставничества", "Аттестация педагогических работников", "Меры социальной поддержки педагогов",
  "Информационное сопровождение", "Работа с кадровым резервом руководителей",
];
const SURNAMES = ["Кузнецова", "Соколов", "Морозова", "Волкова", "Лебедев", "Новикова", "Фёдорова", "Орлов", "Гусева", "Павлова"];
const INITIALS = ["А.В.", "Е.Н.", "О.С.", "Т.И.", "Н.П.", "М.Ю.", "И.Г.", "Л.А."];
const POSITIONS = [
  "заместитель начальника управления образования", "главный специалист отдела общего образования", "методист",
  "начальник отдела кадров", "руководители образовательных организаций", "директор МКУ «ЦРО»", "ведущий инспектор",
];
const ORGANISATIONS = [
  "Управление образования", "МКУ «Центр развития образования»", "МБОУ «СОШ № 3»", "ГАУ ДПО «Институт развития образования»",
  "образовательные организации", "Территориальная аттестационная комиссия", "Совет молодых педагогов",
];
const ABBREVIATIONS = ["УО", "ЦРО", "ОО", "ДОО", "ИРО", "РМО"];

export const SIGNERS = ["О.В. Лебедева", "С.А. Миронов", "Н.Г. Сорокина"];
export const DISTRICTS = ["Берёзовского муниципального района", "города Каменска", "Озёрного муниципального округа"];

const person = (r: Rng) => (r.chance(0.7) ? `${r.pick(SURNAMES)} ${r.pick(INITIALS)}` : `${r.pick(INITIALS)} ${r.pick(SURNAMES)}`);

/** One executor: a person (with or without a position), a position, an organisation or an abbreviation. */
const EXECUTOR_FORMS: readonly ((r: Rng) => string)[] = [
  (r) => `${person(r)}, ${r.pick(POSITIONS.slice(0, 4))}`,
  person,
  (r) => r.pick(POSITIONS),
  (r) => r.pick(ORGANISATIONS),
  (r) => r.pick(ABBREVIATIONS),
];

export function executors(r: Rng): string[] {
  const count = r.pick([1, 1, 2, 2, 3]);
  const out: string[] = [];
  while (out.length < count) {
    const e = r.pick(EXECUTOR_FORMS)(r);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** An event's name: short ones and long ones that wrap over several lines in every drawn shape. */
export function itemName(r: Rng): string {
  const parts = [r.pick(ACTIONS), r.pick(OBJECTS)];
  if (r.chance(0.6)) parts.push(r.pick(COMPLEMENTS));
  if (r.chance(0.25)) parts.push(r.pick(COMPLEMENTS.filter((c) => !parts.includes(c))));
  return parts.join(" ");
}

export const result = (r: Rng): string => r.pick(RESULTS);
export const sectionTitle = (r: Rng, used: Set<string>): string => {
  const free = SECTION_TITLES.filter((t) => !used.has(t));
  const t = r.pick(free.length ? free : SECTION_TITLES);
  used.add(t);
  return t;
};
export const signer = (r: Rng): string => r.pick(SIGNERS);
export const phoneOf = (r: Rng): string => `8 (3${r.int(100, 999)}) ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`;
export const contact = (r: Rng): string => `${r.pick(SURNAMES)} ${r.pick(INITIALS)}`;
