import { readFileSync } from "fs";
import * as path from "path";
import { findExplicitDates, parseDeadline, periodFromTitle } from "../../../src/core/plan/deadline";

const seed = (file: string): string => readFileSync(path.join(__dirname, "..", "..", "fixtures", "seeds", file), "utf8");
const OMSK = seed("001_116feb1af0268eee.txt");
const ZIMA = seed("002_0d097b86713ddf9c.txt");
const MINISTRY = seed("003_81521e60eded8e9c.txt");

/** The text above a seed's plan table: what structurePlan hands to periodFromTitle. */
const above = (text: string, marker: string): string => text.slice(0, text.indexOf(marker));

describe("periodFromTitle", () => {
  test.each([
    ["План мероприятий на 2025 год", "2025-01-01", "2025-12-31"],
    ["План работы … Иркутской области в 2022 году", "2022-01-01", "2022-12-31"],
    ["Дорожная карта на 2023–2024 годы", "2023-01-01", "2024-12-31"],
    ["План на 2023 - 2025 гг.", "2023-01-01", "2025-12-31"],
    ["План мероприятий на 2024/2025 учебный год", "2024-09-01", "2025-08-31"],
    ["План на 2024-2025 уч. год", "2024-09-01", "2025-08-31"],
    ["ПЛАН реализации Стратегии с 2019 по 2021 год", "2019-01-01", "2021-12-31"],
    ["Распоряжение 24.04.2018\nПЛАН реализации Стратегии на период до 2020 года", "2018-01-01", "2020-12-31"],
    ["План на 2022 г.", "2022-01-01", "2022-12-31"],
  ])("%s", (title, start, end) => {
    expect(periodFromTitle(title)).toEqual({ start, end });
  });

  test.each([
    "План мероприятий (дорожная карта), направленных на достижение основных кадровых показателей",
    "ПЛАН реализации Стратегии на период до 2020 года", // no earlier year to start from
    "Утвержден приказом от 27.01.2022 № 37", // a document's date is not its period
    "",
  ])("none in %j", (title) => {
    expect(periodFromTitle(title)).toBeNull();
  });

  test("seed 002: «… в 2022 году», beside the order «от 27.01.2022»", () => {
    expect(periodFromTitle(above(ZIMA, "Раздел 1."))).toEqual({ start: "2022-01-01", end: "2022-12-31" });
  });

  test("seed 003: «на период до 2020 года» in a document dated 24.04.2018", () => {
    expect(periodFromTitle(above(MINISTRY, "№ п/п"))).toEqual({ start: "2018-01-01", end: "2020-12-31" });
  });

  test("seed 001 names no period", () => {
    expect(periodFromTitle(above(OMSK, "| № п/п"))).toBeNull();
  });
});

describe("findExplicitDates", () => {
  test("full dates in order, with their place in the source text", () => {
    const text = "Семинары: 29.03.2022, 05.04.2022 и «20» Декабря 2024 г.; сверка 5.9.24";
    const found = findExplicitDates(text);
    expect(found.map((f) => f.iso)).toEqual(["2022-03-29", "2022-04-05", "2024-12-20", "2024-09-05"]);
    const written = found.map((f) => text.slice(f.index, f.index + f.length));
    expect(written).toEqual(["29.03.2022", "05.04.2022", "«20» Декабря 2024 г.", "5.9.24"]);
  });

  test('"20 декабря 2024 г." keeps its year word; "01 января 2022года" is one date', () => {
    const text = "до 20 декабря 2024 г. или 01 января 2022года";
    expect(findExplicitDates(text)).toEqual([
      { iso: "2024-12-20", index: 3, length: "20 декабря 2024 г.".length },
      { iso: "2022-01-01", index: 26, length: "01 января 2022года".length },
    ]);
  });

  test("no dates where there are none or they do not exist", () => {
    expect(findExplicitDates("до 20 декабря")).toEqual([]);
    expect(findExplicitDates("31.02.2024, 29.02.2023")).toEqual([]);
    expect(findExplicitDates("Сентябрь – октябрь 2023 года")).toEqual([]);
    expect(findExplicitDates("2018 – 2020 годы")).toEqual([]);
  });

  test("seed 002 sub-event cells", () => {
    expect(findExplicitDates("15.03.2022 14.06.2022 11.10.2022 13.12.2022").map((d) => d.iso)).toEqual(["2022-03-15", "2022-06-14", "2022-10-11", "2022-12-13"]);
  });
});

/** Every deadline cell of the three seeds, with its kind in those plans (periods: 002 is 2022, 003 is 2018–2020). */
describe("seed deadline cells", () => {
  const cases: readonly [string, string, ReturnType<typeof parseDeadline>["kind"]][] = [
    [OMSK, "Ежемесячно", "recurring"],
    [OMSK, "Ежегодно", "recurring"],
    [OMSK, "Постоянно", "ongoing"],
    [OMSK, "Согласно плану", "on_demand"],
    [OMSK, "По плану заседаний РУМО", "on_demand"],
    [OMSK, "В течении года (ежеквартально)", "recurring"],
    [OMSK, "Ноябрь – декабрь (ежегодно)", "recurring"],
    [OMSK, "Сентябрь – октябрь 2023 года", "period"],
    [OMSK, "Декабрь 2023 года – январь 2024 года", "period"],
    [OMSK, "Июнь 2024 года", "period"],
    [ZIMA, "В течение года", "ongoing"],
    [ZIMA, "08.02.2022", "date"],
    [ZIMA, "Апрель-май 2022 года", "period"],
    [ZIMA, "В соответствии с графиком проведения конкурсов", "on_demand"],
    [ZIMA, "Согласно планам работы Советов", "on_demand"],
    [ZIMA, "В течение года в соответствии с планом работы «Школы резерва управленческих кадров»", "ongoing"],
    [ZIMA, "29.03.2022 05.04.2022 18.10.2022 22.11.2022", "period"],
    [MINISTRY, "2018 – 2020 годы", "period"],
    [MINISTRY, "2018 год", "period"],
  ];
  test.each(cases.map(([seedText, text, kind]) => [text, kind, seedText] as const))("%s → %s", (text, kind, seedText) => {
    expect(seedText).toContain(text);
    expect(parseDeadline(text).kind).toBe(kind);
  });
});
