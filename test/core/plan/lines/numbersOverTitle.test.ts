import { lineReadsAsDeadline, strongestColumn } from "../../../../src/core/plan/lines/lineEvidence";

// The reading of a page's numbers over a section's title as whole rows was taken out: it gave a caption printed after
// the last number twice (furnitureOnce.test). Its tests went with it; what came with it besides stays tested here.

describe("a frequency adjective qualifying a noun tells no deadline", () => {
  test.each(["Проведение ежегодного мониторинга", "Ежемесячная доплата молодым", "с еженедельным обновлением"])("«%s»", (line) => {
    expect(lineReadsAsDeadline(line)).toBe(false);
  });

  test("a name's first line that says how often its action recurs reads as a name's", () => {
    expect(strongestColumn("Проведение ежегодного мониторинга")).toBe("name");
  });

  test.each(["ежегодно, до 1 октября", "ежемесячно", "ежеквартальный"])("«%s» is still a deadline", (line) => {
    expect(lineReadsAsDeadline(line)).toBe(true);
  });
});
