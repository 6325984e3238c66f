/** Go to a cell: activate its sheet and select it (both ExcelApi 1.1), one sync. */
import { cellAddress } from "./addresses";
import type { ExcelHost } from "./excelHost";

export async function selectCell(host: ExcelHost, sheet: string, row: number, col: number): Promise<void> {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw new RangeError(`Нет такой ячейки: строка ${row}, столбец ${col}`);
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cellAddress(row - 1, col - 1)).select();
    await context.sync();
  });
}
