/** The boot of the pane and of the ribbon commands over the strict fake (issue 14, defect 9). */
import { associateCommand, officeStart, type OfficeStart } from "../../src/excel/officeBoot";
import { createFakeExcel } from "../fake-excel";

type Handler = (event: { completed(): void }) => Promise<void>;

/** Office as the commands page sees it right after office.js loaded: onReady has not resolved yet. */
function installOffice(ready: Promise<unknown>) {
  const fake = createFakeExcel();
  const actions = new Map<string, Handler>();
  const office = {
    ...fake.Office,
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string }) => unknown) => ready.then(() => callback?.({ host: "Excel" })),
    actions: { associate: (name: string, fn: Handler) => void actions.set(name, fn) },
  };
  Object.assign(globalThis, { Office: office, Excel: fake.Excel });
  return { fake, actions };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("a ribbon command is associated at once, before onReady resolves, and completes even when it fails", async () => {
  let resolve!: () => void;
  const { actions, fake } = installOffice(new Promise<void>((r) => (resolve = r)));
  const seen: string[] = [];
  associateCommand("validateActiveSheet", async (services) => {
    seen.push((await services.listSheets()).active);
    throw new Error("boom");
  });
  expect([...actions.keys()]).toEqual(["validateActiveSheet"]);
  const completed = jest.fn();
  const run = actions.get("validateActiveSheet")!({ completed });
  resolve();
  await expect(run).rejects.toThrow("boom");
  expect(completed).toHaveBeenCalledTimes(1);
  expect(seen).toEqual([fake.workbook.sheets[0].name]);
});

test("the pane starts with services on the workbook's settings; outside Office it is told so", async () => {
  const { fake } = installOffice(Promise.resolve());
  fake.workbook.settings.set("plankadry.language", JSON.stringify("en"));
  const start = await new Promise<OfficeStart>((resolve) => officeStart(resolve));
  expect(start.kind === "excel" && start.services.settings.get("plankadry.language")).toBe("en");
  delete (globalThis as { Office?: unknown }).Office;
  await expect(new Promise<OfficeStart>((resolve) => officeStart(resolve))).resolves.toEqual({ kind: "outside", host: null });
});
