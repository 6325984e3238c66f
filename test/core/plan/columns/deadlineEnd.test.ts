import { deadlineEndColumn, joinDeadlineSpan } from "../../../../src/core/plan/columns/deadlineEnd";
import { layoutFromHeader } from "../../../../src/core/plan/columns/detectHeader";

const layoutOf = (cells: readonly string[]) => layoutFromHeader({ cells, row: 0 }, 0);

describe("a deadline printed in two columns, start and end", () => {
  test("an end captioned «окончание» alone, right after the start's caption, is the span's end, not the add-in's derived column", () => {
    // A positioned reader that put the caption «Срок выполнения», printed at the left of its merged cell, with the start.
    const layout = layoutOf(["№ п/п", "Срок выполнения начало", "окончание", "Содержание работы", "Ответственный исполнитель"]);
    expect(layout.index.deadline).toBe(1);
    expect(layout.extra).toEqual([{ index: 2, header: "окончание" }]);
    expect(deadlineEndColumn(layout)).toBe(2);
    expect(layoutOf(["№", "Срок исполнения с", "по", "Мероприятие", "Исполнитель"]).extra).toEqual([{ index: 2, header: "по" }]);
  });

  test("the add-in's own sheet read back: «Начало» and «Окончание» after its «Срок» stay derived columns", () => {
    const layout = layoutOf(["№", "Мероприятие", "Ответственный", "Срок", "Вид срока", "Начало", "Окончание"]);
    expect(layout.extra).toEqual([]);
    expect(deadlineEndColumn(layout)).toBeUndefined();
  });

  test("a cell merged over start and end that layout text cut at the edge between them reads on as one text", () => {
    // «по мере обращения» merged over both sub-columns, its words one space apart across their edge.
    expect(joinDeadlineSpan("по мере", "обращения")).toBe("по мере обращения");
    // A period written in one merged cell, cut after its dash.
    expect(joinDeadlineSpan("февраль –", "март 2027 г.")).toBe("февраль – март 2027 г.");
    // Two ends are a span, whatever else.
    expect(joinDeadlineSpan("январь 2027 г.", "март 2027 г.")).toBe("январь 2027 г. – март 2027 г.");
    expect(joinDeadlineSpan("01.02.2027", "30.04.2027")).toBe("01.02.2027 – 30.04.2027");
  });
});
