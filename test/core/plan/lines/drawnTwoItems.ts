import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/** A plan's title and its table's header as text in drawing order gives them: each caption on a line of its own. */
export const DRAWN_HEADER = ["План мероприятий на 2027 год", "№", "п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок", "Ожидаемый результат"] as const;

/**
 * A plan of two items in drawing order (a PDF copied as pdftotext -raw or pdf.js give it: each cell's lines in turn),
 * and the lines a test sets under its last row: what follows a table must not join that row.
 */
export function drawnTwoItems(ending: readonly string[], firstExecutor = "Заместитель начальника управления Н.С. Лаптева"): string {
  return [
    ...DRAWN_HEADER,
    "1. Семинар для молодых",
    "учителей района",
    firstExecutor,
    "март 2027 г.",
    "программа семинара",
    "2. Отчёт о выполнении",
    "плана",
    "Управление образования",
    "декабрь 2027 г.",
    "отчёт направлен главе",
    "округа",
    ...ending,
  ].join("\n");
}

/** The two items' results stand whole, the lines under the table are kept in its signature block, no word is lost. */
export function expectEndingKept(text: string, kept: string): void {
  const plan = structureOrFail(readTextDocument(text, "plan.txt"));
  expect(plan.items.map((i) => i.result)).toEqual(["программа семинара", "отчёт направлен главе округа"]);
  expect(plan.meta.signatureBlock.join(" ")).toContain(kept);
  expect(lostWords(text, plan)).toEqual([]);
}
