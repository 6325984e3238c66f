import { type Deadline, type Every, parseDeadline, type Period } from "../../../src/core/plan/deadline";

/**
 * Hand-written expectations, one row per case: [text, plan period, kind, start, end, every].
 * Every phrase quoted in DESIGN §3 "Deadlines (Russian)" is here, and the deadline cells of the three seeds.
 */
const Y2022: Period = { start: "2022-01-01", end: "2022-12-31" };
const Y2025: Period = { start: "2025-01-01", end: "2025-12-31" };
const Y2023_24: Period = { start: "2023-01-01", end: "2024-12-31" };
const Y2018_20: Period = { start: "2018-01-01", end: "2020-12-31" };
const SCHOOL: Period = { start: "2024-09-01", end: "2025-08-31" };

type Row = readonly [text: string, period: Period | null, kind: Deadline["kind"], start: string | null, end: string | null, every?: Every];

const DATES: readonly Row[] = [
  ["08.02.2022", null, "date", "2022-02-08", "2022-02-08"],
  ["27.10.2022", null, "date", "2022-10-27", "2022-10-27"],
  ["5.9.24", null, "date", "2024-09-05", "2024-09-05"],
  ["01.09.24", null, "date", "2024-09-01", "2024-09-01"],
  ["20 декабря 2024 года", null, "date", "2024-12-20", "2024-12-20"],
  ["01 января 2022года", null, "date", "2022-01-01", "2022-01-01"],
  ["20 декабря 2024 г.", null, "date", "2024-12-20", "2024-12-20"],
  ["«20» Декабря 2024 г.", null, "date", "2024-12-20", "2024-12-20"],
  ["29.02.2024", null, "date", "2024-02-29", "2024-02-29"],
  ["2024-09-01", null, "date", "2024-09-01", "2024-09-01"],
  ["до 20 декабря", Y2025, "date", null, "2025-12-20"],
  ["до 20 декабря", null, "date", null, null],
  ["до\u00a020\u00a0декабря", Y2025, "date", null, "2025-12-20"],
  ["не позднее 01.09.2024", null, "date", null, "2024-09-01"],
  ["к 1 сентября", Y2025, "date", null, "2025-09-01"],
  ["к 1 сентября", SCHOOL, "date", null, "2024-09-01"],
  ["до 1 июня", SCHOOL, "date", null, "2025-06-01"],
  ["в срок до 15 мая 2023 г.", null, "date", null, "2023-05-15"],
  ["до декабря 2024", null, "date", null, "2024-12-31"],
  ["до февраля 2024 года", null, "date", null, "2024-02-29"],
  ["не позже 10.01.2025", null, "date", null, "2025-01-10"],
  ["до 20.12", Y2025, "date", null, "2025-12-20"],
  ["до конца 2024 года", null, "date", null, "2024-12-31"],
  ["до конца сентября", Y2025, "date", null, "2025-09-30"],
  ["20 декабря", Y2022, "date", "2022-12-20", "2022-12-20"],
];

const MONTHS: readonly Row[] = [
  ["май 2025 г. (по согласованию)", null, "period", "2025-05-01", "2025-05-31"],
  ["в сентябре", Y2025, "period", "2025-09-01", "2025-09-30"],
  ["в сентябре", null, "period", null, null],
  ["Сентябрь – октябрь 2023 года", null, "period", "2023-09-01", "2023-10-31"],
  ["Декабрь 2023 года – январь 2024 года", null, "period", "2023-12-01", "2024-01-31"],
  ["Декабрь 2023 года –\nянварь 2024 года", null, "period", "2023-12-01", "2024-01-31"],
  ["Апрель-май 2022 года", null, "period", "2022-04-01", "2022-05-31"],
  ["Июнь 2024 года", null, "period", "2024-06-01", "2024-06-30"],
  ["Октябрь 2024 года", null, "period", "2024-10-01", "2024-10-31"],
  ["Ноябрь – декабрь 2023 года", null, "period", "2023-11-01", "2023-12-31"],
  ["Февраль 2024 года", null, "period", "2024-02-01", "2024-02-29"],
  ["Март 2024 года", null, "period", "2024-03-01", "2024-03-31"],
  ["ноябрь – январь", Y2023_24, "period", "2023-11-01", "2024-01-31"],
  ["Декабрь - январь 2024 года", null, "period", "2023-12-01", "2024-01-31"],
  ["ноябрь 2023 — январь", null, "period", "2023-11-01", "2024-01-31"],
  ["СЕНТЯБРЬ 2024", null, "period", "2024-09-01", "2024-09-30"],
  ["в мае", SCHOOL, "period", "2025-05-01", "2025-05-31"],
  ["Ceнтябрь 2024", null, "period", "2024-09-01", "2024-09-30"], // Latin C and e
  ["март, май 2024", null, "period", "2024-03-01", "2024-05-31"],
  ["сент. 2024 г.", null, "period", "2024-09-01", "2024-09-30"],
];

const QUARTERS_AND_HALVES: readonly Row[] = [
  ["I квартал 2025 года", null, "period", "2025-01-01", "2025-03-31"],
  ["I квартал", Y2025, "period", "2025-01-01", "2025-03-31"],
  ["в III квартале 2024 г.", null, "period", "2024-07-01", "2024-09-30"],
  ["IV квартал 2024", null, "period", "2024-10-01", "2024-12-31"],
  ["1-й квартал 2025", null, "period", "2025-01-01", "2025-03-31"],
  ["4 кв. 2024", null, "period", "2024-10-01", "2024-12-31"],
  ["ІІ квартал 2025", null, "period", "2025-04-01", "2025-06-30"], // Cyrillic І
  ["Ш квартал 2025", null, "unparsed", null, null], // Ш is a letter, not III
  ["второй квартал 2024 года", null, "period", "2024-04-01", "2024-06-30"],
  ["четвёртый квартал 2023", null, "period", "2023-10-01", "2023-12-31"],
  // one noun shared by two ordinals: a range or a list of quarters / half-years
  ["II–III квартал 2028 г.", null, "period", "2028-04-01", "2028-09-30"],
  ["III-IV кварталы 2024 года", null, "period", "2024-07-01", "2024-12-31"],
  ["3–4 квартал", Y2025, "period", "2025-07-01", "2025-12-31"],
  ["I и II полугодие 2029 г.", null, "period", "2029-01-01", "2029-12-31"],
  ["III, IV кв. 2028 г.", null, "period", "2028-07-01", "2028-12-31"],
  ["II полугодие", Y2025, "period", "2025-07-01", "2025-12-31"],
  ["первое полугодие 2024 года", null, "period", "2024-01-01", "2024-06-30"],
  ["в 1 полугодии 2023 г.", null, "period", "2023-01-01", "2023-06-30"],
  ["2-е полугодие 2022", null, "period", "2022-07-01", "2022-12-31"],
  ["III полугодие 2024", null, "unparsed", null, null],
  ["9 месяцев", Y2025, "period", "2025-01-01", "2025-09-30"],
  ["9 месяцев 2024 года", null, "period", "2024-01-01", "2024-09-30"],
  ["9 месяцев", null, "period", null, null],
];

const YEARS: readonly Row[] = [
  ["2018 год", null, "period", "2018-01-01", "2018-12-31"],
  ["2018 – 2020 годы", null, "period", "2018-01-01", "2020-12-31"],
  ["2022", null, "period", "2022-01-01", "2022-12-31"],
  ["в 2024 году", null, "period", "2024-01-01", "2024-12-31"],
  ["2023-2025 гг.", null, "period", "2023-01-01", "2025-12-31"],
  ["с 2018 по 2020 год", null, "period", "2018-01-01", "2020-12-31"],
  ["2024/2025 учебный год", null, "period", "2024-09-01", "2025-08-31"],
  ["2024-2025 уч. год", null, "period", "2024-09-01", "2025-08-31"],
  ["2024/25 учебный год", null, "period", "2024-09-01", "2025-08-31"],
  ["2024 – 2025 учебного года", null, "period", "2024-09-01", "2025-08-31"],
  ["2024/2026 учебный год", null, "unparsed", null, null],
];

const PARTS_OF_MONTH: readonly Row[] = [
  ["первая декада сентября", Y2025, "period", "2025-09-01", "2025-09-10"],
  ["вторая декада октября 2024", null, "period", "2024-10-11", "2024-10-20"],
  ["третья декада февраля 2024 года", null, "period", "2024-02-21", "2024-02-29"],
  ["в третьей декаде февраля 2023", null, "period", "2023-02-21", "2023-02-28"],
  ["начало сентября 2024", null, "period", "2024-09-01", "2024-09-10"],
  ["в середине октября 2024 г.", null, "period", "2024-10-11", "2024-10-20"],
  ["конец ноября 2024 года", null, "period", "2024-11-21", "2024-11-30"],
  ["окончание декабря 2024", null, "period", "2024-12-21", "2024-12-31"],
  ["конец месяца", Y2025, "unparsed", null, null],
];

const RANGES_AND_LISTS: readonly Row[] = [
  ["с 1 по 10 сентября 2024 г.", null, "period", "2024-09-01", "2024-09-10"],
  ["с 1 по 10 сентября", Y2025, "period", "2025-09-01", "2025-09-10"],
  ["с 01.09.2024 по 31.05.2025", null, "period", "2024-09-01", "2025-05-31"],
  ["с 15 сентября до 15 октября 2024 года", null, "period", "2024-09-15", "2024-10-15"],
  ["15-30 сентября 2024", null, "period", "2024-09-15", "2024-09-30"],
  ["с 25 декабря 2024 г. по 10 января 2025 г.", null, "period", "2024-12-25", "2025-01-10"],
  ["с 01.09.2024", null, "period", "2024-09-01", null],
  ["Декабрь 2024 – январь 2024", null, "unparsed", null, null],
  ["29.03.2022 05.04.2022 18.10.2022 22.11.2022", null, "period", "2022-03-29", "2022-11-22"],
  ["15.03.2022 14.06.2022 11.10.2022 13.12.2022", null, "period", "2022-03-15", "2022-12-13"],
  ["20.01.2022, 25.01.2022; 03.02.2022", null, "period", "2022-01-20", "2022-02-03"],
  ["08.02.2022\n14.04.2022\n01.11.2022", null, "period", "2022-02-08", "2022-11-01"],
  ["25.08.2022 и 27.10.2022", null, "period", "2022-08-25", "2022-10-27"],
  ["20 и 27 октября 2022 года", null, "period", "2022-10-20", "2022-10-27"],
];

const RECURRING: readonly Row[] = [
  ["Ежемесячно", Y2025, "recurring", "2025-01-01", "2025-12-31", "month"],
  ["Ежемесячно", null, "recurring", null, null, "month"],
  ["Ежегодно", Y2018_20, "recurring", "2018-01-01", "2020-12-31", "year"],
  ["ежеквартально", null, "recurring", null, null, "quarter"],
  ["В течении года (ежеквартально)", Y2025, "recurring", "2025-01-01", "2025-12-31", "quarter"],
  ["В течении года (ежеквартально)", null, "recurring", null, null, "quarter"],
  ["ежегодно, декабрь", Y2025, "recurring", "2025-01-01", "2025-12-31", "year"],
  ["ежемесячно до 5 числа", null, "recurring", null, null, "month"],
  ["Ноябрь – декабрь (ежегодно)", Y2023_24, "recurring", "2023-01-01", "2024-12-31", "year"],
  ["Ноябрь – декабрь 2023 года (ежегодно)", null, "recurring", "2023-11-01", "2023-12-31", "year"],
  ["В течение 2025 года, ежеквартально", null, "recurring", "2025-01-01", "2025-12-31", "quarter"],
  ["ежедневно", null, "recurring", null, null, "day"],
  ["еженедельно", null, "recurring", null, null, "week"],
  ["1 раз в месяц", null, "recurring", null, null, "month"],
  ["раз в полугодие", null, "recurring", null, null, "half_year"],
  ["2 раза в год", null, "recurring", null, null, "half_year"],
  ["1 раз в год", null, "recurring", null, null, "year"],
  ["4 раза в год", null, "recurring", null, null, "quarter"],
  ["Ежегодно (до 20 декабря)", Y2025, "recurring", "2025-01-01", "2025-12-31", "year"],
  // Broken without a hyphen at a narrow deadline column's edge, the break kept as a space by text laid out.
  ["ежекварталь но, до 10 числа месяца, следующего за отчётным кварталом", Y2025, "recurring", "2025-01-01", "2025-12-31", "quarter"],
  ["Ежемесяч но", null, "recurring", null, null, "month"],
  ["ежегод но", Y2025, "recurring", "2025-01-01", "2025-12-31", "year"],
  // A report due after each period: the period is the one «следующего за отчётным» names.
  ["до 20 января года, следующего за отчётным", Y2018_20, "recurring", "2018-01-01", "2020-12-31", "year"],
  ["не позднее 5 числа месяца, следующего за отчетным", Y2025, "recurring", "2025-01-01", "2025-12-31", "month"],
  ["до 10 числа месяца, следующего за отчётным кварталом", Y2025, "recurring", "2025-01-01", "2025-12-31", "quarter"],
  ["до 15 июля и до 15 января года следующего за отчетным полугодием", null, "recurring", null, null, "half_year"],
];

const ONGOING: readonly Row[] = [
  ["Постоянно", Y2025, "ongoing", "2025-01-01", "2025-12-31"],
  ["Постоянно", null, "ongoing", null, null],
  ["В течение года", Y2022, "ongoing", "2022-01-01", "2022-12-31"],
  ["В течение года", null, "ongoing", null, null],
  ["в течение учебного года", SCHOOL, "ongoing", "2024-09-01", "2025-08-31"],
  ["в течении всего периода", Y2018_20, "ongoing", "2018-01-01", "2020-12-31"],
  ["в течение срока реализации программы", Y2018_20, "ongoing", "2018-01-01", "2020-12-31"],
  ["в течение 2025 года", null, "ongoing", "2025-01-01", "2025-12-31"],
  ["в течение 2025 года", Y2023_24, "ongoing", "2025-01-01", "2025-12-31"],
  ["в течение 2023-2024 учебного года", null, "ongoing", "2023-09-01", "2024-08-31"],
  ["В течение года в соответствии с планом работы «Школы резерва управленческих кадров»", Y2022, "ongoing", "2022-01-01", "2022-12-31"],
  ["на постоянной основе", null, "ongoing", null, null],
];

const ON_DEMAND: readonly Row[] = [
  ["по мере необходимости", Y2025, "on_demand", null, null],
  ["по необходимости", null, "on_demand", null, null],
  ["по запросу", null, "on_demand", null, null],
  ["Согласно плану", Y2025, "on_demand", null, null],
  ["Согласно планам работы Советов", null, "on_demand", null, null],
  ["По плану заседаний РУМО", null, "on_demand", null, null],
  ["по графику", null, "on_demand", null, null],
  ["В соответствии с графиком проведения конкурсов", null, "on_demand", null, null],
  ["В соответствии с графиком проведения региональных конкурсов профессионального мастерства и конкурсов методических разработок", null, "on_demand", null, null],
  ["по согласованию", null, "on_demand", null, null],
  ["по согласованию с министерством", null, "on_demand", null, null],
  ["по отдельному плану", null, "on_demand", null, null],
];

const UNPARSED: readonly Row[] = [
  ["после утверждения программы", Y2025, "unparsed", null, null],
  ["", null, "unparsed", null, null],
  ["Срок", null, "unparsed", null, null],
  ["в течение месяца после утверждения", Y2025, "unparsed", null, null],
  ["до 5 числа", Y2025, "unparsed", null, null],
  ["до 20 июня и до 20 декабря", Y2025, "unparsed", null, null],
  ["по итогам года", Y2025, "unparsed", null, null],
  ["2 сентября - 1 сентября 2024", null, "unparsed", null, null],
  ["I полугодие 2024/2025 учебного года", null, "unparsed", null, null],
  ["1500", null, "unparsed", null, null],
  ["29.02.2023", null, "unparsed", null, null],
  ["31.04.2024", null, "unparsed", null, null],
  ["30 февраля", Y2025, "unparsed", null, null],
  // An executor's note in brackets, with the executor's words a line cut from its cell brings along: no deadline.
  ["(по согласованию)", Y2025, "unparsed", null, null],
  ["организаций, ФГБОУ ВО «УрГПУ» (по согласованию)", Y2025, "unparsed", null, null],
  ["района (по согласованию)", Y2025, "unparsed", null, null],
];

const GROUPS = { DATES, MONTHS, QUARTERS_AND_HALVES, YEARS, PARTS_OF_MONTH, RANGES_AND_LISTS, RECURRING, ONGOING, ON_DEMAND, UNPARSED };

describe.each(Object.entries(GROUPS))("%s", (_group, rows) => {
  test.each(rows.map((r) => [JSON.stringify(r[0]), r[1] ? `${r[1].start}…${r[1].end}` : "no period", r] as const))(
    "%s (%s)",
    (_label, _period, [text, period, kind, start, end, every]) => {
      expect(parseDeadline(text, { period })).toEqual({ text: text.trim(), kind, start, end, every: every ?? null });
    },
  );
});

test("the table holds at least 80 cases", () => {
  expect(Object.values(GROUPS).flat().length).toBeGreaterThanOrEqual(80);
});

test("text is the source text, trimmed, not the folded one", () => {
  expect(parseDeadline("  Ежемесячно \n").text).toBe("Ежемесячно");
  expect(parseDeadline("  Сентябрь – октябрь 2023 года ").text).toBe("Сентябрь – октябрь 2023 года");
});

test("a plan period that is no period (end before start, not a date) is ignored", () => {
  expect(parseDeadline("до 20 декабря", { period: { start: "2025-12-31", end: "2025-01-01" } })).toMatchObject({ end: null });
  expect(parseDeadline("Постоянно", { period: { start: "2025-13-01", end: "2025-12-31" } })).toMatchObject({ start: null, end: null });
});
