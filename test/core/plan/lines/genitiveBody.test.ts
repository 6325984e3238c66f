import { assignColumns, type RowLine } from "../../../../src/core/plan/lines/assignColumns";
import { continuation } from "../../../../src/core/plan/lines/continuesLine";
import { lineEvidence, type TextColumn } from "../../../../src/core/plan/lines/lineEvidence";

/**
 * A body's noun capitalised in the genitive («Управления», «Комитета») after a noun in lower case is the rest of a
 * name's or a result's phrase about the body, not the executors' cell opening: executors name parties in the nominative.
 */
const rowLines = (texts: readonly string[]): RowLine[] => texts.map((text) => ({ text, gapBefore: false }));

describe("a body's genitive after a noun goes on the phrase", () => {
  test("the wrap reads through as a lower-case one does; a nominative body after a noun does not", () => {
    expect(continuation("на официальном сайте", "Управления образования и в")).toBeGreaterThan(0);
    expect(continuation("по поручению", "Министерства")).toBeGreaterThan(0);
    expect(continuation("на официальном сайте", "Управления")).toBeGreaterThan(continuation("на официальном сайте", "Управление образования"));
    // After a closed phrase the genitive noun gains nothing: «Управления» opens a line as any capital does.
    expect(continuation("информация размещена.", "Управления")).toBeLessThan(0);
  });

  test("a plural that is a genitive too («Управления», «Администрации») weighs for the executors less than a nominative", () => {
    expect(lineEvidence("Управления образования").responsible).toBeGreaterThan(0);
    expect(lineEvidence("Управления образования").responsible).toBeLessThan(lineEvidence("Управление образования").responsible);
    expect(lineEvidence("Администрации").responsible).toBeLessThan(lineEvidence("Администрация").responsible);
  });

  test("given cell after cell, a name that runs on through «Управления» keeps it; the executors open with the nominative", () => {
    const texts = ["Публикация материалов", "о мерах поддержки", "педагогов на сайте", "Управления", "образования и в", "районной газете", "Управление", "образования,", "редакция газеты", "(по согласованию)", "ежеквартально", "не менее 8", "публикаций в год"];
    const a = assignColumns(rowLines(texts), ["name", "responsible", "deadline", "result"], { first: true, emission: "cells" });
    const of = (c: TextColumn) => texts.filter((_, i) => a.columns[i] === c).join(" ");
    expect(of("name")).toBe("Публикация материалов о мерах поддержки педагогов на сайте Управления образования и в районной газете");
    expect(of("responsible")).toBe("Управление образования, редакция газеты (по согласованию)");
  });

  test("a place's name in the genitive goes on the body before it, a capitalised one too; a whole party ends before it", () => {
    expect(continuation("Администрация", "Ольховского")).toBeGreaterThan(0);
    expect(continuation("сельских школ", "Ольховского района")).toBeGreaterThan(0);
    expect(continuation("руководители ОО", "Ольховского")).toBeLessThan(0);
    expect(continuation("Иванова И.И.", "Ольховского")).toBeLessThan(0);
  });

  test("given cell after cell, the executors' body keeps the place's name wrapped under it", () => {
    const texts = ["Предоставление служебного", "жилья молодым педагогам", "по мере", "поступления", "заявлений", "Администрация", "Берёзовского", "района, Комитет", "по имуществу", "обеспечены жильём", "все нуждающиеся"];
    const a = assignColumns(rowLines(texts), ["name", "deadline", "responsible", "result"], { first: true, emission: "cells" });
    const of = (c: TextColumn) => texts.filter((_, i) => a.columns[i] === c).join(" ");
    expect(of("responsible")).toBe("Администрация Берёзовского района, Комитет по имуществу");
    expect(of("deadline")).toBe("по мере поступления заявлений");
  });
});
