import JSZip from "jszip";
import { readOdt } from "../../../src/io/odt/readOdt";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { InputError } from "../../../src/io/inputError";
import { structureOrFail } from "../../helpers/seeds";
import { expectPlanTable } from "../wordProcessorTable";

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

async function odf(body: string, mimetype = "application/vnd.oasis.opendocument.text", styles = ""): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", mimetype);
  zip.file("content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles>${styles}</office:automatic-styles><office:body>${body}</office:body></office:document-content>`);
  return zip.generateAsync({ type: "uint8array" });
}

const cell = (text: string, attrs = "") => `<table:table-cell${attrs}><text:p>${text}</text:p></table:table-cell>`;
const covered = "<table:covered-table-cell/>";
const tr = (...cells: string[]) => `<table:table-row>${cells.join("")}</table:table-row>`;

/**
 * A plan as Writer keeps it in content.xml: the header in table:table-header-rows, a section row spanning five columns
 * (four covered cells after it), the executors' cell spanning two rows (a covered cell under it), a cell of two
 * paragraphs, runs of spaces as text:s, a footnote in a name, a list item's printed number, a nested table.
 */
const PLAN = `<office:text>
  <text:h>ПЛАН <text:span>МЕРОПРИЯТИЙ</text:span></text:h>
  <text:p>на 2027<text:s text:c="2"/>год<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Сноска</text:p></text:note-body></text:note></text:p>
  <table:table>
    <table:table-column table:number-columns-repeated="5"/>
    <table:table-header-rows>${tr(cell("№ п/п"), cell("Мероприятие"), cell("Срок"), cell("Ответственный"), cell("Результат"))}</table:table-header-rows>
    ${tr(cell("1. Кадровый резерв", ' table:number-columns-spanned="5"'), covered, covered, covered, covered)}
    ${tr(cell("1.1."), cell("Мониторинг вакансий"), cell("ежемесячно"), cell("Отдел кадров"), "<table:table-cell><text:p>Справка</text:p><text:p>на сайте</text:p></table:table-cell>")}
    ${tr(cell("1.2."), cell("Совещание руководителей"), cell("до 1 марта 2027 г."), cell("Управление образования", ' table:number-rows-spanned="2"'), cell("Протокол"))}
    ${tr(cell("1.3."), cell("Ярмарка вакансий"), cell("апрель 2027 г."), covered, cell("Трудоустроено 5 педагогов"))}
  </table:table>
  <text:list><text:list-item><text:number>1)</text:number><text:p>Перечень прилагается.</text:p></text:list-item></text:list>
  <text:p>Начальник управления<text:tab/>И.П. Сергеева</text:p>
</office:text>`;

describe("OpenDocument text (.odt)", () => {
  test("paragraphs, the table with its spans across and down, nothing of footnotes", async () => {
    const doc = await readOdt(await odf(PLAN), "plan.odt");
    expect(doc.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []))).toEqual(["ПЛАН МЕРОПРИЯТИЙ", "на 2027 год", "1) Перечень прилагается.", "Начальник управления\tИ.П. Сергеева"]);
    expectPlanTable(doc, "odt", "Совещание руководителей");
  });

  test("read by content whatever its name; the plan takes the merged executors' cell", async () => {
    const read = await readDocumentBytes(await odf(PLAN), "plan.xlsx");
    expect(read.format).toBe("odt");
    const plan = structureOrFail(read.documents[0]);
    expect(plan.items.map((i) => [i.number, i.responsible.text])).toEqual([["1.1", "Отдел кадров"], ["1.2", "Управление образования"], ["1.3", "Управление образования"]]);
  });

  test("a drawing (no text body) is refused as no text document; a zip without content.xml is damaged", async () => {
    const drawing = await odf("<office:drawing/>", "application/vnd.oasis.opendocument.graphics");
    await expect(readDocumentBytes(drawing, "схема.odg")).rejects.toMatchObject({ reason: "opendocument" });
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.text");
    await expect(readOdt(await zip.generateAsync({ type: "uint8array" }), "x.odt")).rejects.toBeInstanceOf(InputError);
  });

  test("Writer's automatic numbering: a Word list split over cells counts on (continue-numbering), levels print «1.2.»", async () => {
    // A Word document's outline list as Writer keeps it: level 1 «%1.», level 2 «%1.%2.», one list a cell.
    const styles = `<text:list-style style:name="WWNum1">
      <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
      <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>
    </text:list-style>`;
    const numbered = (text: string, depth: number, first = false) => {
      const attrs = `text:style-name="WWNum1"${first ? "" : ' text:continue-numbering="true"'}`;
      const inner = `<text:p>${text}</text:p>`;
      return `<table:table-cell><text:list ${attrs}><text:list-item>${depth === 1 ? inner : `<text:list><text:list-item>${inner}</text:list-item></text:list>`}</text:list-item></text:list></table:table-cell>`;
    };
    const body = `<office:text><table:table>
      ${tr(cell("№"), cell("Мероприятие"), cell("Срок"), cell("Исполнитель"))}
      ${tr(numbered("Кадровый резерв", 1, true), cell(""), cell(""), cell(""))}
      ${tr(numbered("", 2), cell("Мониторинг вакансий"), cell("ежемесячно"), cell("Отдел кадров"))}
      ${tr(numbered("", 2), cell("Совещание руководителей"), cell("март 2027 г."), cell("Управление образования"))}
      ${tr(numbered("Молодые педагоги", 1), cell(""), cell(""), cell(""))}
      ${tr(numbered("", 2), cell("Школа молодого педагога"), cell("ежеквартально"), cell("ИМЦ"))}
    </table:table></office:text>`;
    const doc = await readOdt(await odf(body, undefined, styles), "plan.odt");
    const table = doc.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.grid.rows.map((r) => r.cells[0])).toEqual(["№", "1. Кадровый резерв", "1.1.", "1.2.", "2. Молодые педагоги", "2.1."]);
  });
});
