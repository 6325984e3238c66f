import { signOffAcrossMarks, signOffBlocksAmidRows } from "../../../../src/core/plan/lines/signOffBlock";
import type { Line, Segment } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";
import { DRAWN_HEADER } from "./drawnTwoItems";

/** Lines with "" for a blank line, each at its own row: a blank line parts the lines round it by their rows. */
const linesOf = (texts: readonly string[]): Line[] => texts.flatMap((text, row) => (text === "" ? [] : [{ row, text }]));
/** Items whose numbers stand on the lines `at` (indices into the lines). */
const itemsAt = (...at: number[]): Segment[] => at.map((k, i) => ({ kind: "item", number: `${i + 1}.`, at: k, pieces: [] }));

describe("signOffBlocksAmidRows: the head's sign-off on one line after the last row's number", () => {
  const lines = linesOf(["1. Семинар", "", "Управление образования", "", "2. Отчёт", "", "отчёт направлен", "", "Начальник управления образования Н.Г. Сорокина", "", "март 2027 г."]);

  test("a block of its own after the last number, among the later columns' blocks", () => {
    expect(signOffBlocksAmidRows(lines, itemsAt(0, 2), 0)).toEqual([4]);
  });

  test("not before the last number, nor run into the lines round it where the text keeps its blank lines", () => {
    expect(signOffBlocksAmidRows(lines, itemsAt(0, 5), 0)).toEqual([]);
    const run = linesOf(["1. Семинар", "", "2. Отчёт", "", "отчёт направлен", "Начальник управления образования Н.Г. Сорокина", "", "март 2027 г."]);
    expect(signOffBlocksAmidRows(run, itemsAt(0, 1), 0)).toEqual([]);
  });

  test("where a row before the last holds such a block, the plan's executors are typed so: no sign-off", () => {
    const typed = linesOf(["1. Семинар", "", "Заместитель начальника управления Н.С. Лаптева", "", "2. Отчёт", "", "Начальник управления образования Н.Г. Сорокина", "", "март 2027 г."]);
    expect(signOffBlocksAmidRows(typed, itemsAt(0, 2), 0)).toEqual([]);
  });

  test("lines pasted into a sheet's column, no blank line left after the last number: read by the line's shape", () => {
    const pasted = [{ row: 1, text: "1. Семинар" }, { row: 2, text: "2. Отчёт" }, { row: 3, text: "отчёт направлен" }, { row: 4, text: "Начальник управления образования Н.Г. Сорокина" }, { row: 5, text: "март 2027 г." }];
    expect(signOffBlocksAmidRows(pasted, itemsAt(0, 1), 0)).toEqual([3]);
  });
});

describe("signOffBlocksAmidRows: the head's position and its name pushed right, another column's block between", () => {
  test("the position and the name alone, each a block of its own after the last number, come out of the rows", () => {
    const apart = linesOf(["1. Семинар", "", "2. Отчёт", "", "отчёт направлен", "", "Начальник отдела образования", "", "до 20 декабря", "", "Н.Г. Сорокина", "", "март 2027 г."]);
    expect(signOffBlocksAmidRows(apart, itemsAt(0, 1), 0)).toEqual([3, 5]);
  });

  test("right one after the other, or with a position before the last row, they are left to the rows", () => {
    const next = linesOf(["1. Семинар", "", "2. Отчёт", "", "Начальник отдела образования", "", "Н.Г. Сорокина", "", "март 2027 г."]);
    expect(signOffBlocksAmidRows(next, itemsAt(0, 1), 0)).toEqual([]);
    // The name at the text's end is signOffAcrossFlows' to read: the rows end at the position there.
    const atEnd = linesOf(["1. Семинар", "", "2. Отчёт", "", "отчёт направлен", "", "Начальник отдела образования", "", "до 20 декабря", "", "Н.Г. Сорокина"]);
    expect(signOffBlocksAmidRows(atEnd, itemsAt(0, 1), 0)).toEqual([]);
    const typed = linesOf(["1. Семинар", "", "Заместитель начальника управления", "", "2. Отчёт", "", "Начальник отдела образования", "", "до 20 декабря", "", "Н.Г. Сорокина", "", "март 2027 г."]);
    expect(signOffBlocksAmidRows(typed, itemsAt(0, 2), 0)).toEqual([]);
  });
});

/**
 * The same print with the sign-off's name pushed right to the deadline column's edge: pdftotext gives the position
 * before the deadlines' block and the name after its first deadline.
 */
const NAME_APART = [
  ...DRAWN_HEADER,
  "1. Семинар для молодых",
  "учителей района",
  "",
  "Управление образования",
  "",
  "программа семинара",
  "",
  "2. Отчёт о выполнении",
  "плана",
  "",
  "Управление образования",
  "",
  "отчёт направлен главе",
  "округа",
  "",
  "Начальник управления образования",
  "",
  "март 2027 г.",
  "",
  "Н.Г. Сорокина",
  "",
  "декабрь 2027 г.",
].join("\n");

describe("a sign-off whose name pdftotext gives after another column's block", () => {
  const plan = structureOrFail(readTextDocument(NAME_APART, "plan.raw.txt"));

  test("signs the plan: position and name kept under the table, in no row, no word lost", () => {
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["Начальник управления образования", "Н.Г. Сорокина"]);
    expect(plan.items.map((i) => `${i.name} ${i.responsible.text} ${i.result}`).join(" ")).not.toMatch(/Сорокина|Начальник/);
    expect(lostWords(NAME_APART, plan)).toEqual([]);
  });
});

/**
 * A plan as pdftotext without -layout gives a Writer print whose deadline column comes as a block after the page's
 * rows, the sign-off typed under the table on one line (the name pushed right by spaces) between the rows' blocks and
 * the deadlines.
 */
const FLOWS = [
  ...DRAWN_HEADER,
  "1. Семинар для молодых",
  "учителей района",
  "",
  "Управление образования",
  "",
  "программа семинара",
  "",
  "2. Отчёт о выполнении",
  "плана",
  "",
  "Управление образования",
  "",
  "отчёт направлен главе",
  "округа",
  "",
  "Начальник управления образования Н.Г. Сорокина",
  "",
  "март 2027 г.",
  "",
  "декабрь 2027 г.",
].join("\n");

describe("a one-line sign-off amid the last page's flows in pdftotext's text without layout", () => {
  const plan = structureOrFail(readTextDocument(FLOWS, "plan.raw.txt"));

  test("signs the plan: kept under the table, in no row, no word lost", () => {
    expect(plan.meta.signatureBlock[0]).toBe("Начальник управления образования Н.Г. Сорокина");
    expect(plan.items.map((i) => `${i.name} ${i.responsible.text} ${i.result}`).join(" ")).not.toMatch(/Сорокина/);
    expect(lostWords(FLOWS, plan)).toEqual([]);
  });
});

describe("signOffAcrossMarks: the head's position amid the flows, a schedule's marks between it and the name at the end", () => {
  const signed = ["1. Семинар", "", "2. Отчёт", "", "Начальник Управления образования", "", "+", "", "переподготовку прошли", "", "___________", "", "+", "", "Т.В. Кондратьева"];

  test("the position, the blank to sign on alone between, and the name come out of the rows", () => {
    expect(signOffAcrossMarks(linesOf(signed), itemsAt(0, 1))).toEqual([2, 5, 7]);
  });

  test("no marks between: the rows end at the position (signOffAcrossFlows), nothing comes out here", () => {
    expect(signOffAcrossMarks(linesOf(signed.map((t) => (t === "+" ? "март 2027 г." : t))), itemsAt(0, 1))).toEqual([]);
  });

  test("no name alone at the text's end, or the position before the last number: nothing comes out", () => {
    expect(signOffAcrossMarks(linesOf([...signed, "", "отчёт"]), itemsAt(0, 1))).toEqual([]);
    expect(signOffAcrossMarks(linesOf(signed), itemsAt(0, 3))).toEqual([]);
  });
});
