/** The pane's and the ribbon's services (src/excel/excelServices) over a fresh strict fake Excel. */
import type { PaneServices } from "../../src/app/services";
import type { ExcelHost } from "../../src/excel/excelHost";
import { excelServices, type OfficeGlobal } from "../../src/excel/excelServices";
import { loadWorkbookSettings } from "../../src/excel/workbookSettingsStore";
import type { FakeExcel, FakeExcelOptions } from "../fake-excel";
import { fakeHost } from "./fakeHost";

/** As the boot does it: the workbook's settings are read once, then the services are made. */
export async function servicesOver(fake: FakeExcel, host: ExcelHost): Promise<PaneServices> {
  return excelServices(host, fake.Office as unknown as OfficeGlobal, await loadWorkbookSettings(host));
}

export async function fakeServices(opts?: FakeExcelOptions): Promise<{ fake: FakeExcel; host: ExcelHost; services: PaneServices }> {
  const { fake, host } = fakeHost(opts);
  return { fake, host, services: await servicesOver(fake, host) };
}
