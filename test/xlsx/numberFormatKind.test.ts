import { numberFormatKind } from "../../src/xlsx/read/numberFormatKind";

describe("numberFormatKind", () => {
  it.each([
    [undefined, { kind: "general" }],
    ["General", { kind: "general" }],
    ["@", { kind: "general" }],
    ["0", { kind: "general" }],
    ["#,##0.00", { kind: "general" }],
    ['0 "days"', { kind: "general" }],
    ["0.0%", { kind: "percent", decimals: 1 }],
    ["0%", { kind: "percent", decimals: 0 }],
    ["0.00%;[Red]-0.00%", { kind: "percent", decimals: 2 }],
    ["dd.mm.yyyy", { kind: "date", time: false }],
    ["[$-419]d mmmm yyyy", { kind: "date", time: false }],
    ["mmm-yy", { kind: "date", time: false }],
    ["yyyy-mm-dd hh:mm", { kind: "date", time: true }],
    ["h:mm", { kind: "time" }],
    ["mm:ss", { kind: "time" }],
    ["[h]:mm:ss", { kind: "time" }],
    ["h:mm AM/PM", { kind: "time" }],
  ])("%s", (format, expected) => {
    expect(numberFormatKind(format)).toEqual(expected);
  });
});
