import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { CliContext } from "../../src/cli/context";
import { CliError } from "../../src/cli/cliError";
import { progressLine, readWithProgress } from "../../src/cli/progressLine";
import { streamIndicators } from "../../src/cli/streamStaffing";
import { InputError } from "../../src/io/inputError";

/**
 * Issue 15's progress on stderr: rows read and percent of bytes, redrawn in place, only on a terminal and only for
 * work longer than about a second. The clock is Date.now, stepped by the test (no waiting, nothing timed).
 */
function context(): { ctx: CliContext; err: string[] } {
  const err: string[] = [];
  return { err, ctx: { positionals: [], options: {}, locale: "ru", out: () => undefined, err: (t) => void err.push(t), today: "2026-09-01" } };
}

let now = 0;
beforeEach(() => {
  now = 0;
  jest.spyOn(Date, "now").mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

describe("progressLine", () => {
  test("on a terminal: nothing in the first second, then the line redrawn at most five times a second, cleared at the end", () => {
    const { ctx, err } = context();
    const line = progressLine(ctx, "кадры.csv", true);
    now = 900;
    line.update({ rows: 1000, bytes: 10, totalBytes: 100 });
    expect(err).toEqual([]);
    now = 1100;
    line.update({ rows: 1_234_567, bytes: 45, totalBytes: 100 });
    now = 1200;
    line.update({ rows: 1_300_000, bytes: 50, totalBytes: 100 });
    now = 1400;
    line.update({ rows: 1_400_000, bytes: 60, totalBytes: 0 });
    line.done();
    expect(err).toEqual([`\rкадры.csv: строк 1\u00a0234\u00a0567, 45 %\u001b[K`, `\rкадры.csv: строк 1\u00a0400\u00a0000\u001b[K`, "\r\u001b[K"]);
  });

  test("not on a terminal (a pipe, a log file): nothing, however long the work", () => {
    const { ctx, err } = context();
    const line = progressLine(ctx, "кадры.csv", false);
    for (now = 0; now < 10_000; now += 250) line.update({ rows: now, bytes: now, totalBytes: 10_000 });
    line.done();
    expect(err).toEqual([]);
  });

  test("work shorter than a second leaves no trace, not even the clearing", () => {
    const { ctx, err } = context();
    const line = progressLine(ctx, "кадры.csv", true);
    now = 999;
    line.update({ rows: 5, bytes: 5, totalBytes: 5 });
    line.done();
    expect(err).toEqual([]);
  });

  test("readWithProgress: a damaged input becomes an error naming the file", async () => {
    const { ctx } = context();
    const failed = await readWithProgress(ctx, "кадры.csv", async () => Promise.reject(new InputError("binary"))).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CliError);
    expect(failed).toMatchObject({ reason: "binary", file: "кадры.csv" });
  });
});

describe("a streamed staff list on a terminal", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-progress-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("shows rows and the percent read growing to 100, then clears the line", async () => {
    // About 2 MB: several chunks of the reader, a progress call after each; the clock moves 300 ms a call.
    const rows = ["Организация;Тип;ФИО;Группа персонала;Ставка"];
    for (let i = 0; i < 40_000; i++) rows.push(`МБОУ СОШ № ${1 + (i >> 9)};ОО;Иванова ${i};педагог;1`);
    const file = path.join(tmp, "кадры.csv");
    writeFileSync(file, rows.join("\n"));
    jest.spyOn(Date, "now").mockImplementation(() => (now += 300));
    const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    const { ctx, err } = context();
    try {
      const result = await streamIndicators(ctx, file, undefined);
      expect(result?.ok).toBe(true);
    } finally {
      if (tty) Object.defineProperty(process.stderr, "isTTY", tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    const percents = err.slice(0, -1).map((line) => Number(/, (\d+) %/.exec(line)?.[1]));
    expect(percents.length).toBeGreaterThan(2);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[percents.length - 1]).toBe(100);
    expect(err[err.length - 1]).toBe("\r\u001b[K");
  });
});
