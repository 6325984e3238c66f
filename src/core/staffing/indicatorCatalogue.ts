import type { Condition, CountSum, IndicatorDefinition, Population } from "./indicatorSchema";

/**
 * The default indicators (DESIGN §5, §10) as data. Person-level definitions count the default population —
 * педагог + АУП, main place of work (an internal part-time row is merged into the person), on staff on the as-of
 * date; aggregated tables divide by педагогов + АУП (seed 002: 194 of 263 + 28).
 */
export const STAFF: Population = { groups: ["pedagogue", "admin"], employment: ["main", "internal"], status: "active" };

const STAFF_COUNT: CountSum = { plus: ["teachers", "admin"] };
const ALL_COUNT: CountSum = { plus: ["staffTotal"] };
/**
 * A table of pedagogues alone («Всего педагогических работников», no column of АУП nor of all staff), as municipal
 * reports on teachers are drawn: its shares are of the pedagogues it counts.
 */
const TEACHERS_COUNT: CountSum = { plus: ["teachers"] };

/** A share of the population meeting a condition, or the same share of an aggregated table's staff. */
function share(id: string, ru: string, en: string, where: Condition, numerator: CountSum | null, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition {
  return {
    id,
    title: { ru, en },
    unit: "%",
    target: null,
    direction: ">=",
    persons: { numerator: { where }, denominator: {} },
    counts: numerator ? [{ numerator, denominator: STAFF_COUNT }, { numerator, denominator: ALL_COUNT }, { numerator, denominator: TEACHERS_COUNT }] : undefined,
    ...extra,
  };
}

/** Pension age as a simple rule of 2026: women from 58, men from 63; without a sex column, from 60. */
const PENSION_AGE: Condition = {
  any: [
    { all: [{ field: "sex", in: ["female"] }, { field: "age", gte: 58 }] },
    { all: [{ field: "sex", in: ["male"] }, { field: "age", gte: 63 }] },
    { all: [{ not: { field: "sex", in: ["female", "male"] } }, { field: "age", gte: 60 }] },
  ],
};

const DEFAULTS: readonly IndicatorDefinition[] = [
  share("higher_education", "Доля работников с высшим образованием", "Share with higher education", { field: "education", in: ["higher", "higher_pedagogical"] }, { plus: ["higherEducation"] }),
  share("higher_pedagogical_education", "Доля работников с высшим педагогическим образованием", "Share with higher pedagogical education", { field: "education", in: ["higher_pedagogical"] }, { plus: ["higherPedagogical"] }),
  share("category_highest", "Доля работников с высшей квалификационной категорией", "Share with the highest category", { field: "category", in: ["highest"] }, { plus: ["categoryHighest"] }),
  share("category_first", "Доля работников с первой квалификационной категорией", "Share with the first category", { field: "category", in: ["first"] }, { plus: ["categoryFirst"] }),
  share("category_highest_or_first", "Доля работников с высшей и первой категориями", "Share with the highest or first category", { field: "category", in: ["highest", "first"] }, { plus: ["categoryHighest", "categoryFirst"] }, { target: 60, direction: ">=" }),
  share("szd", "Доля работников, аттестованных на соответствие занимаемой должности", "Share certified as fit for the position (СЗД)", { field: "category", in: ["szd"] }, { plus: ["szd"] }, { direction: null }),
  {
    id: "staffing_rate",
    title: { ru: "Укомплектованность (занято ставок / ставок по штату)", en: "Staffing rate (rates filled / rates in the schedule)" },
    unit: "%",
    target: null,
    direction: ">=",
    counts: [
      { numerator: { plus: ["occupied"] }, denominator: { plus: ["positions"] } },
      { numerator: { plus: ["positions"], minus: ["vacancies"] }, denominator: { plus: ["positions"] } },
    ],
  },
  {
    id: "vacancy_rate",
    title: { ru: "Доля вакантных ставок", en: "Share of vacant rates" },
    unit: "%",
    target: null,
    direction: "<=",
    counts: [
      { numerator: { plus: ["vacancies"] }, denominator: { plus: ["positions"] } },
      { numerator: { plus: ["positions"], minus: ["occupied"] }, denominator: { plus: ["positions"] } },
    ],
  },
  share("under_35", "Доля работников в возрасте до 35 лет", "Share under 35", { field: "age", lt: 35 }, { plus: ["under35"] }),
  share("pension_age", "Доля работников пенсионного возраста", "Share of pension age", PENSION_AGE, { plus: ["pensionAge"] }, {
    direction: null,
    note: { ru: "Женщины с 58 лет, мужчины с 63 лет (2026 год); без столбца «пол» — с 60 лет", en: "Women from 58, men from 63 (2026); without a sex column, from 60" },
  }),
  share("young_specialists", "Доля молодых специалистов", "Share of young specialists", { field: "youngSpecialist", is: true }, { plus: ["youngSpecialists"] }),
  share("mentoring", "Доля работников, охваченных наставничеством", "Share covered by mentoring", { field: "mentoring", is: true }, { plus: ["mentoring"] }),
  share("training_3y", "Доля работников, прошедших КПК за последние 3 года", "Share trained (КПК) in the last 3 years", { field: "yearsSinceTraining", lt: 3 }, { plus: ["training3y"] }),
  {
    id: "avg_rate",
    title: { ru: "Средняя нагрузка (ставок на одного работника)", en: "Average load (rates per person)" },
    unit: "ст.",
    target: null,
    direction: null,
    persons: { numerator: { sum: "rate" }, denominator: {} },
  },
  {
    id: "turnover",
    title: { ru: "Текучесть кадров (уволено за 12 месяцев / численность)", en: "Turnover (left in 12 months / headcount)" },
    unit: "%",
    target: null,
    direction: "<=",
    persons: { numerator: { population: { ...STAFF, status: "left_12m" } }, denominator: {} },
    counts: [{ numerator: { plus: ["dismissed"] }, denominator: STAFF_COUNT }],
  },
];

/** The default indicator definitions, as data. */
export function indicatorCatalogue(): readonly IndicatorDefinition[] {
  return DEFAULTS;
}
