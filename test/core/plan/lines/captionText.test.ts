import { captionText } from "../../../../src/core/plan/lines/captionText";

describe("captionText: a caption's lines in text without positions", () => {
  test.each([
    [["Источни", "к", "финанси", "рования"], "Источник финансирования"],
    [["Источники", "финансиро", "вания"], "Источники финансирования"],
    [["Отметка о", "выполнени", "и"], "Отметка о выполнении"],
    [["Срок", "выполнени", "я"], "Срок выполнения"],
    // An ending alone of three letters is no word either.
    [["Ф.И.О.", "ответственн", "ого лица"], "Ф.И.О. ответственного лица"],
  ])("joins a word broken without a hyphen: %j → %s", (lines, text) => {
    expect(captionText(lines)).toBe(text);
  });

  test.each([
    [["Срок", "исполнения"], "Срок исполнения"],
    [["Отметка о", "выполнении"], "Отметка о выполнении"],
    [["Ответственный", "исполнитель"], "Ответственный исполнитель"],
    [["Сроки", "и", "формы"], "Сроки и формы"],
    [["№", "п/п"], "№ п/п"],
  ])("keeps whole words apart: %j → %s", (lines, text) => {
    expect(captionText(lines)).toBe(text);
  });
});
