import type { PanePage } from "./helpers/pane";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

/** Runs the ribbon action as Office would and waits until it calls event.completed(). */
async function runAction(pane: PanePage, name: string): Promise<void> {
  await pane.page.waitForFunction((n) => Boolean((globalThis as unknown as { __e2e: { actions: Record<string, unknown> } }).__e2e.actions[n]), name);
  await pane.page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const e2e = (globalThis as unknown as { __e2e: { actions: Record<string, (event: { completed(): void }) => unknown> } }).__e2e;
        void e2e.actions[n]({ completed: () => resolve() });
      }),
    name,
  );
}

browserSuite("ribbon command validateActiveSheet", (open) => {
  test("structures and checks the active sheet and writes «Проверка — отчёт» without the pane", async () => {
    const pane = await open({ page: "commands.html", sheets: { План: seedCells("001_116feb1af0268eee.txt") } });
    await runAction(pane, "validateActiveSheet");
    const names = await pane.sheetNames();
    expect(names).toEqual(expect.arrayContaining(["Проверка — отчёт", "План (структура)"]));
    const report = (await pane.sheetValues("Проверка — отчёт"))!;
    expect(report.flat()).toContain("responsible_variant");
  });

  test("on a sheet that is not a plan the report sheet says why", async () => {
    const pane = await open({ page: "commands.html", sheets: { Пустой: [] } });
    await runAction(pane, "validateActiveSheet");
    const report = (await pane.sheetValues("Проверка — отчёт"))!;
    expect(report.flat().join("\n")).toMatch(/Проверка не выполнена[\s\S]*нет данных/);
  });
});
