import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Plan } from "../../../src/core/plan/types";
import { characterOffsets } from "../../../src/io/pdf/glyphWidths";
import { CELL_PADDING, linesPdf, textWidth } from "../../fixtures/plans/linesPdf";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plankadry-glyphs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(bytes: Uint8Array): Promise<Plan> {
  const file = path.join(dir, `plan-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return structureOrFail((await readInputAnywhere(file)).documents[0]);
}

const RUNS = ["октябрь 2034 г. МКУ «РМК»", "II полугодие руководители ОО", "1.1.1. Школа молодого педагога", "ЖКХ, ЦБС; Шмидт Ю.Щ."];

describe("a word's place inside a PDF text run", () => {
  test.each(RUNS)("is estimated from the letters' widths to within 1.5%% of the run (Liberation Sans, as Arial): %s", async (run) => {
    const width = await textWidth();
    const at = characterOffsets(run);
    for (const m of run.matchAll(/\S+/g)) expect(Math.abs(at[m.index!] - width(run.slice(0, m.index!)) / width(run))).toBeLessThan(0.015);
  });

  /**
   * pdfjs joins text drawn close together on one line into one run: a deadline that fills its cell and the executor
   * beside it. The run is cut at the gap nearest the border between them, found from the words' estimated places:
   * counting letters as equal put «МКУ» (wide capitals after narrow «г.») left of where it is, and cut after «2034».
   */
  test("a run of two cells is cut where the border between them is", async () => {
    const width = await textWidth();
    // The border half a point after «г.»: the deadline fills its cell.
    const deadline = CELL_PADDING + width("октябрь 2034 г.") + 0.5;
    const header = ["№", "Мероприятие", "Сроки", "Ответственные", "Результат"];
    const row = (n: string, name: string, when: string, who: string) => ({ cells: [[n], [name], [when], [who], ["протокол"]] });
    const bytes = await linesPdf({
      widths: [30, 200, deadline, 150, 120],
      header,
      ruled: true,
      pages: [{ rows: [row("1.", "Анкетирование молодых специалистов", "октябрь 2034 г. МКУ «РМК»", ""), row("2.", "Встреча с руководством", "май 2034 г.", "Гордеева Т.С."), row("3.", "Школа молодого педагога", "ежемесячно", "Соколова Е.В.")] }],
    });
    const plan = await read(bytes);
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text])).toEqual([
      ["1", "октябрь 2034 г.", "МКУ «РМК»"],
      ["2", "май 2034 г.", "Гордеева Т.С."],
      ["3", "ежемесячно", "Соколова Е.В."],
    ]);
  });
});
