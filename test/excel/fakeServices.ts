/** The pane's and the ribbon's services (src/excel/excelServices) over a fresh strict fake Excel. */
import type { PaneServices } from "../../src/app/services";
import type { ExcelHost } from "../../src/excel/excelHost";
import { excelServices, type OfficeGlobal } from "../../src/excel/excelServices";
import type { FakeExcel, FakeExcelOptions } from "../fake-excel";
import { fakeHost } from "./fakeHost";

export function servicesOver(fake: FakeExcel, host: ExcelHost): PaneServices {
  return excelServices(host, fake.Office as unknown as OfficeGlobal);
}

export function fakeServices(opts?: FakeExcelOptions): { fake: FakeExcel; host: ExcelHost; services: PaneServices } {
  const { fake, host } = fakeHost(opts);
  return { fake, host, services: servicesOver(fake, host) };
}
