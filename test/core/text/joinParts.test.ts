import { joinParts } from "../../../src/core/text/joinParts";

describe("joinParts", () => {
  test("a range broken after its glued dash joins without a space, as it was printed", () => {
    expect(joinParts(["Формирование банка данных обучающихся 9–", "11 классов"])).toBe("Формирование банка данных обучающихся 9–11 классов");
    expect(joinParts(["в течение 2027-", "2028 гг."])).toBe("в течение 2027-2028 гг.");
    expect(joinParts(["I–", "II квартал 2028 г."])).toBe("I–II квартал 2028 г.");
  });

  test("a dash with a space before it keeps the space after it", () => {
    expect(joinParts(["сентябрь –", "октябрь 2027 г."])).toBe("сентябрь – октябрь 2027 г.");
    expect(joinParts(["Классные часы «Профессия –", "учитель»"])).toBe("Классные часы «Профессия – учитель»");
  });

  test("a number ending a line before a word is two words; a hyphenated word is rejoined", () => {
    expect(joinParts(["для обучающихся 9", "классов"])).toBe("для обучающихся 9 классов");
    expect(joinParts(["психолого-", "педагогических классов"])).toBe("психолого-педагогических классов");
  });

  // Writer, with no room for a compound's first half and its hyphen, wraps the hyphen with the second half.
  test("a compound broken before its hyphen is rejoined; a dash that opens a list item is not", () => {
    expect(joinParts(["МБУ «Информационно", "-методический центр»"])).toBe("МБУ «Информационно-методический центр»");
    expect(joinParts(["Управление образования", "- методический отдел"])).toBe("Управление образования - методический отдел");
    expect(joinParts(["Управление образования", "-Методический отдел"])).toBe("Управление образования -Методический отдел");
  });

  // A narrow column of dates: Word and Writer break «21.08.2026» as a word too long for its line.
  test("a date broken inside its year is one date again; a date and a number after it stay two", () => {
    expect(joinParts(["21.08.202", "6"])).toBe("21.08.2026");
    expect(joinParts(["до 01.03.20", "27 г."])).toBe("до 01.03.2027 г.");
    expect(joinParts(["01.09.2026", "18"])).toBe("01.09.2026 18");
    expect(joinParts(["21.08.202", "6,5"])).toBe("21.08.202 6,5");
    expect(joinParts(["п. 2.1", "3 кв."])).toBe("п. 2.1 3 кв.");
  });
});
