import { readFileSync } from "fs";
import * as path from "path";
import fc from "fast-check";
import { type AssignOptions, type EmissionName, rankReadings, readingMemo } from "../../../../src/core/plan/lines/assignColumns";
import type { TextColumn } from "../../../../src/core/plan/lines/lineEvidence";
import { type Line, recoverLineTable } from "../../../../src/core/plan/lines/recoverFromLines";

// structurePlan reads a document's lines several ways (cells, rows, source lines, lines as printed) with one memo: what
// the memo keeps from one reading must read every other as a fresh memo does, whatever was read with it before.
const OFFICIAL = path.join(__dirname, "..", "..", "..", "fixtures", "plans", "official");
const linesOf = (file: string): Line[] =>
  readFileSync(path.join(OFFICIAL, file), "utf8")
    .split(/\r?\n/)
    .map((text, i) => ({ row: i + 1, text }));

/** The same rows without the header above them: their lines are read into other columns, by other widths. */
const headless = (lines: readonly Line[]): Line[] => lines.slice(lines.findIndex((l) => /^\d/u.test(l.text)));

describe("recoverLineTable with a memo shared by other readings", () => {
  it("recovers what it recovers with a memo of its own, after other documents' and its own readings", () => {
    const documents = ["sosnovsky-2027.raw.txt", "lesnoy-2026.stream.txt"].flatMap((f) => [linesOf(f), headless(linesOf(f))]);
    const fresh = documents.map((d) => [false, true].map((baselines) => JSON.stringify(recoverLineTable(d, { baselines }))));
    const memo = readingMemo();
    // Each read after every one before it, both ways, and again in the other order: one memo all along.
    for (const k of [0, 1, 2, 3, 3, 2, 1, 0]) for (const baselines of [true, false]) expect(JSON.stringify(recoverLineTable(documents[k], { baselines, memo }))).toBe(fresh[k][baselines ? 1 : 0]);
    expect(memo.readings.size).toBeGreaterThan(0);
  });
});

describe("rows ranked one after another with one memo", () => {
  const LINES = ["Разработка плана", "в течение года", "Управление образования;", "МКУ «ИМЦ»", "Приказ", "руководители ОО", "до 1 сентября", "аналитический", "отчёт"];
  const COLUMNS: readonly TextColumn[] = ["name", "deadline", "responsible", "result"];
  const row = fc.array(fc.record({ text: fc.constantFrom(...LINES), gapBefore: fc.boolean() }), { minLength: 1, maxLength: 5 });
  // Few rows, each ranked several times with other options: a memo that kept one ranking for another would give it back.
  const call = fc.record({
    row: fc.integer({ min: 0, max: 1 }),
    first: fc.boolean(),
    emission: fc.option(fc.constantFrom<EmissionName>("rows", "cells", "flows"), { nil: undefined }),
    wide: fc.option(fc.integer({ min: 8, max: 30 }), { nil: undefined }),
    absent: fc.option(fc.constantFrom<TextColumn>("deadline", "result"), { nil: undefined }),
    rescored: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  });
  it("rank each as it is ranked with no memo, whatever rows and options came before", () => {
    fc.assert(
      fc.property(fc.tuple(row, row), fc.array(call, { minLength: 2, maxLength: 8 }), (rows, calls) => {
        const memo = readingMemo();
        for (const { row: k, first, emission, wide, absent, rescored } of calls) {
          const opts: AssignOptions = { first, emission, widths: wide === undefined ? undefined : { name: wide }, absent: absent ? new Set([absent]) : undefined, rescored };
          expect(rankReadings(rows[k], COLUMNS, { ...opts, memo })).toEqual(rankReadings(rows[k], COLUMNS, opts));
        }
      }),
      { numRuns: 150 },
    );
  });
});
