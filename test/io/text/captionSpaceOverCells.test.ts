import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const read = (text: string): Plan => structureOrFail(readText(text, "plan.txt", ".txt"));

/**
 * A caption of two words one space apart («Срок исполнения») over cells that all have a space in the same place on the
 * page («к 14 августа», «2024 год», «2025 год»): the rows' gap runs under the caption's space by chance. The caption's
 * rest names no column alone and the whole names the deadline's: one caption, one column (random plan 9945 of the
 * space-aligned property, middle alignment, read «Срок» and an extra column «исполнения»).
 */
describe("layout text: a caption's space over a gap the page's cells leave by chance", () => {
  const lines = [
    "N п/п   Мероприятие                            Срок исполнения    Ответственный исполнитель",
    "",
    "1.1.    Подготовка и направление диагностики   к 14 августа       методист",
    "        профессиональных дефицитов учителей",
    "",
    "1.2.    Актуализация программы наставничества  2024 год           Орлов И.Г.",
    "",
    "1.3.    Мониторинг аттестации педагогов        2025 год           начальник отдела кадров",
  ];

  test("«Срок исполнения» is one column and every deadline stays whole", () => {
    const text = lines.join("\n");
    const plan = read(text);
    expect(plan.columns.deadline).toBe("Срок исполнения");
    expect(plan.columns.extra).toEqual([]);
    expect(plan.items.map((i) => i.deadline.text)).toEqual(["к 14 августа", "2024 год", "2025 год"]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
