import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { sumRun } from "../../../../src/core/plan/lines/sumCells";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

describe("a run of sums by year in a line", () => {
  test("sums with thousands parted by a space and a decimal comma, and dashes, are told apart one by one", () => {
    // «к 18 августа 10» | «871,0» | «1 080,8» reads as well: the run keeps the doubt (see below).
    expect(sumRun("к 18 августа 10 871,0 1 080,8 Информация на", 2)).toMatchObject({ before: "к 18 августа", sums: ["10 871,0", "1 080,8"], after: "Информация на" });
    expect(sumRun("– 779,1 Приказ", 2)).toEqual({ before: "", sums: ["–", "779,1"], after: "Приказ" });
    expect(sumRun("22 483,0 659,3 1 034,1 методист", 3)?.sums).toEqual(["22 483,0", "659,3", "1 034,1"]);
  });

  test("a run after text whose first sum may begin with that text's last figure is read whole, and the doubt kept", () => {
    const run = sumRun("Заключено не менее 10 175,9 1 353,4 Протокол", 2)!;
    expect(run.sums).toEqual(["10 175,9", "1 353,4"]);
    expect(run.doubt).toContain("«175,9»");
    // At the line's start, or with no group to give away, nothing is in doubt.
    expect(sumRun("10 175,9 1 353,4 Протокол", 2)?.doubt).toBeUndefined();
    expect(sumRun("март – 779,1 Протокол", 2)?.doubt).toBeUndefined();
  });

  test("a dash between words, a share or a run of another length is no run of the years' sums", () => {
    expect(sumRun("Семинар – практикум для педагогов", 2)).toBeNull();
    expect(sumRun("не менее 60,0 % педагогов", 2)).toBeNull();
    expect(sumRun("– – – Протокол", 2)).toBeNull();
    expect(sumRun("ежемесячно до 5 числа", 2)).toBeNull();
  });
});

/**
 * A table Writer printed, in drawing order (a browser's PDF viewer's copy): each cell's lines together, cells left to
 * right; the funding caption merged over its years in a two-row header, its second line run on with the caption
 * drawn beside it on its baseline; each row's sums, one line each, on the baseline of the result's first line.
 */
const TEXT = [
  "План мероприятий на 2027 год",
  "№",
  "п/п",
  "Мероприятие Исполнитель Срок",
  "Объём финансирования,",
  "тыс. руб. Результат",
  "2027 год 2028 год",
  "1 2 3 4 5 6 7",
  "1. Семинар для молодых",
  "учителей района",
  "Отдел",
  "образования",
  "март 2027 г.",
  "– 1 440,0 Приказ отдела",
  "образования",
  "2. Конкурс «Педагогический",
  "старт»",
  "Иванова А.А.,",
  "методист",
  "апрель 2027 г.",
  "12 500,0 – Протокол",
  "конкурса",
  "3. Форум молодых педагогов Петров И.И. май 2027 г. – – Отчёт о форуме",
].join("\n");

describe("sums by year under a merged caption, in drawing order", () => {
  test("each year is a column named by the caption and its year, and each row's sums go to them in order", () => {
    const plan = structureOrFail(readTextDocument(TEXT, "plan.txt"));
    const years = ["Объём финансирования, тыс. руб. 2027 год", "Объём финансирования, тыс. руб. 2028 год"];
    expect(plan.columns.extra).toEqual(years);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text, ...years.map((y) => i.extra[y] ?? ""), i.result])).toEqual([
      ["1", "Отдел образования", "март 2027 г.", "–", "1 440,0", "Приказ отдела образования"],
      ["2", "Иванова А.А., методист", "апрель 2027 г.", "12 500,0", "–", "Протокол конкурса"],
      ["3", "Петров И.И.", "май 2027 г.", "–", "–", "Отчёт о форуме"],
    ]);
    expect(lostWords(TEXT, plan)).toEqual([]);
  });

  test("a sum that may have taken the figure before it is noted on its item", () => {
    const text = TEXT.replace("3. Форум молодых педагогов Петров И.И. май 2027 г. – – Отчёт о форуме", "3. Форум для 20 педагогов Петров И.И. май 2027 г. 1 150,0 – Отчёт о форуме");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    const item = plan.items[2];
    expect(item.extra["Объём финансирования, тыс. руб. 2027 год"]).toBe("1 150,0");
    expect(item.notes?.some((n) => n.text.includes("«150,0»"))).toBe(true);
    expect(plan.items[0].notes ?? []).toEqual([]);
  });
});

/**
 * A header copied baseline by baseline across its captions (the second line holds the second lines of two), over
 * years, on two pages: the captions cannot be spread over the years, and the header ends before them as if it had
 * read none.
 */
const BASELINES = [
  "План мероприятий на 2026 год",
  "№ Содержание работы Сроки Ответственные Результат Объём финансирования, тыс. руб.",
  "п/п реализации",
  "2026 г. 2027 г.",
  "1 2 3 4 5 6 7",
  "1. Семинар для молодых педагогов март 2026 г. Иванов И.И. Приказ – 1 440,0",
  "2. Конкурс «Педагог года» апрель 2026 г. Петров П.П. Протокол – –",
  "- 1 -",
  "№ Содержание работы Сроки Ответственные Результат Объём финансирования, тыс. руб.",
  "п/п реализации",
  "2026 г. 2027 г.",
  "1 2 3 4 5 6 7",
  "3. Форум молодых педагогов май 2026 г. Сидоров С.С. Отчёт – –",
].join("\n");

describe("years under a caption a reading cannot spread over them", () => {
  test("end no table at the next page's column numbers: every page's rows are read", () => {
    const plan = structureOrFail(readTextDocument(BASELINES, "plan.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
  });
});
