import { splitCaptions } from "../../../../src/core/plan/columns/splitCaptions";

describe("splitCaptions", () => {
  test("cuts before each caption the synonym catalogue knows, wherever its naming word stands", () => {
    expect(splitCaptions("№ п/п Мероприятия Срок Ответственные Итоговый документ")).toEqual(["№ п/п ", "Мероприятия ", "Срок ", "Ответственные ", "Итоговый документ"]);
    // «Форма» names the result only with «отчётности» after it.
    expect(splitCaptions("Исполнитель Форма отчётности")).toEqual(["Исполнитель ", "Форма отчётности"]);
  });

  test("a capitalised word naming no column, or a word in lower case, goes on with the caption before it", () => {
    expect(splitCaptions("Ответственный исполнитель Примечание Срок")).toEqual(["Ответственный исполнитель Примечание ", "Срок"]);
    expect(splitCaptions("План мероприятий на 2026 год")).toEqual(["План мероприятий на 2026 год"]);
  });

  test("the pieces joined are the text again", () => {
    const text = "  Наименование  мероприятия\tСрок исполнения  Отметка о выполнении ";
    expect(splitCaptions(text).join("")).toBe(text);
  });
});
