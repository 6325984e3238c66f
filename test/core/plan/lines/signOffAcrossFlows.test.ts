import { signOffAcrossFlows } from "../../../../src/core/plan/lines/signOffLine";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { isPageFurniture } from "../../../../src/core/table/pageFurniture";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { blankParted } from "./blankParted";
import { DRAWN_HEADER } from "./drawnTwoItems";

const across = (lines: readonly string[], i = 0) => {
  const { texts, parted } = blankParted(lines);
  return signOffAcrossFlows(texts, i, parted, (k) => isPageFurniture(texts[k]));
};

describe("signOffAcrossFlows: the head's position among the first columns' lines, its name at the text's end", () => {
  test("the position ends its block, the later columns' blocks follow, the name alone is the last line", () => {
    expect(across(["Начальник управления образования", "", "март 2027 г.", "", "декабрь 2027 г.", "", "Н.Г. Сорокина"])).toEqual({ position: 1, name: 3 });
    // The name joined to the last column's last cell, the page's number after it.
    expect(across(["Начальник управления образования", "", "Сформирован банк", "данных", "С.А. Миронов", "", "5"])).toEqual({ position: 1, name: 3 });
  });

  test("a position wrapped onto a second line, in lower case or naming the district", () => {
    expect(across(["Начальник управления образования", "администрации Речного муниципального округа", "", "Срок", "исполнения", "", "А.С. Воронцова"])).toEqual({ position: 2, name: 4 });
    expect(across(["Начальник Управления образования администрации", "Горнозаводского муниципального округа", "", "2031", "", "Т.В. Мальцева"])).toEqual({ position: 2, name: 3 });
  });

  test("the signature's executor and phone typed under the position in its block, the name at the text's end", () => {
    const lines = ["Начальник Управления образования", "администрации Сосногорского муниципального округа", "Исп. Рочева Т.А.", "8 (82149) 5-43-21", "", "плану на следующий период", "", "А.С. Лыткин"];
    expect(across(lines)).toEqual({ position: 2, name: 5 });
    expect(across([...lines.slice(0, 4), "", "А.С. Лыткин"])).toEqual({ position: 2, name: 4 });
    // A phone alone under the position is a cell's last line as well: the block goes on with no signature over it.
    expect(across(["Начальник управления образования", "8 (82149) 5-43-21", "", "март 2027 г.", "", "Н.Г. Сорокина"])).toBeNull();
  });

  test("a cell's position: its block goes on, or it ends on a party's «;», or a name follows right under it", () => {
    expect(across(["Начальник отдела кадров", "Подведение итогов", "конкурса", "", "март 2027 г.", "", "Н.Г. Сорокина"])).toBeNull();
    expect(across(["Начальник отдела кадров;", "", "март 2027 г.", "", "Н.Г. Сорокина"])).toBeNull();
    expect(across(["Начальник управления образования", "", "Н.Г. Сорокина"])).toBeNull();
  });

  test("a schedule's marks between them: the rows' lines keep the marks, no block is handed back", () => {
    expect(across(["Начальник управления образования", "", "х", "", "х компенсация", "выплачивается", "", "О.В. Кузнецова"])).toBeNull();
    expect(across(["Начальник Управления образования", "", "+", "+", "переподготовку прошли", "", "Т.В. Кондратьева"])).toBeNull();
  });

  test("no name alone at the text's end, or no head's position with a capital", () => {
    expect(across(["Начальник управления образования", "", "март 2027 г.", "", "Н.Г. Сорокина", "", "отчёт направлен главе"])).toBeNull();
    expect(across(["Начальник управления образования", "", "март 2027 г.", "", "Сорокина Н.Г."])).toBeNull();
    expect(across(["начальник отдела кадров", "", "март 2027 г.", "", "Н.Г. Сорокина"])).toBeNull();
    expect(across(["Управление образования", "", "март 2027 г.", "", "Н.Г. Сорокина"])).toBeNull();
  });
});

/**
 * A plan as pdftotext without -layout gives a Writer print whose deadline and result columns come as blocks after the
 * page's rows: number, name and executors row by row, then the position of the sign-off typed under the table, then
 * the deadlines' and the results' blocks, and last the name, set at a right tab stop on the page's edge, under the
 * result column, with that column's flow.
 */
const ACROSS = [
  ...DRAWN_HEADER,
  "1. Семинар для молодых",
  "учителей района",
  "",
  "Заместитель начальника управления Н.С. Лаптева",
  "",
  "2. Отчёт о выполнении",
  "плана",
  "",
  "Управление образования",
  "",
  "Начальник управления образования",
  "администрации Речного муниципального округа",
  "",
  "март 2027 г.",
  "",
  "декабрь 2027 г.",
  "",
  "программа семинара",
  "",
  "отчёт направлен главе",
  "округа",
  "",
  "А.С. Воронцова",
].join("\n");

describe("a sign-off whose name pdftotext gives at the text's end, after the last page's later columns", () => {
  const plan = structureOrFail(readTextDocument(ACROSS, "plan.raw.txt"));

  test("signs the plan: the name right after its position under the table, in no row", () => {
    expect(plan.meta.signatureBlock.slice(0, 3)).toEqual(["Начальник управления образования", "администрации Речного муниципального округа", "А.С. Воронцова"]);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Заместитель начальника управления Н.С. Лаптева", "Управление образования"]);
    expect(lostWords(ACROSS, plan)).toEqual([]);
  });

  test("the deadlines' and the results' blocks between them go back to the rows", () => {
    expect(plan.items.map((i) => i.deadline.text)).toEqual(["март 2027 г.", "декабрь 2027 г."]);
    expect(plan.items.map((i) => i.result)).toEqual(["программа семинара", "отчёт направлен главе округа"]);
  });
});

// An executors' block under its caption after the last page's rows, a name alone ending it, is the rows' executors and
// no sign-off across the flows either: signOffAmidFlows.test.ts structures that text (EXECUTORS_BLOCK) whole.
