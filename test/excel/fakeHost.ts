/** The adapter's host over a fresh strict fake Excel. */
import { officeHost, type ExcelHost, type ExcelRunner } from "../../src/excel/excelHost";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../fake-excel";

export function fakeHost(opts?: FakeExcelOptions): { fake: FakeExcel; host: ExcelHost } {
  const fake = createFakeExcel(opts);
  return { fake, host: officeHost(fake.Excel as unknown as ExcelRunner, fake.Office) };
}
