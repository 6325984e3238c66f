import { ids } from "../../src/taskpane/ids";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

browserSuite("«Сводные листы» in the browser", (open) => {
  test("writes the chosen summary sheets for the chosen reporting period", async () => {
    const pane = await open({ sheets: { План: seedCells("001_116feb1af0268eee.txt") } });
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.byId(ids.tab("summary")).click();
    // The plan runs 2023–2024: its half-years and years are offered.
    await pane.byId(ids.summaryPeriod).click();
    await pane.page.getByRole("option", { name: "II полугодие 2023" }).click();
    await pane.byId(ids.summarySheet("executor")).uncheck();
    await pane.screenshot("13-summary");
    await pane.byId(ids.summaryRun).click();
    await pane.byId(ids.opDone).waitFor();
    const names = await pane.sheetNames();
    expect(names).toEqual(expect.arrayContaining(["Свод по разделам", "По срокам", "Отчёт об исполнении"]));
    expect(names).not.toContain("По исполнителям");
    const report = (await pane.sheetValues("Отчёт об исполнении"))!;
    expect(report.flat().join(" ")).toMatch(/II полугодие 2023/);
  });
});
