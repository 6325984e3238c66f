import * as fc from "fast-check";
import { readRtf, isRtf } from "../../../src/io/rtf/readRtf";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { InputError } from "../../../src/io/inputError";
import { structureOrFail } from "../../helpers/seeds";
import { expectPlanTable } from "../wordProcessorTable";

const CP1251_EXTRA: Readonly<Record<string, number>> = { Ё: 0xa8, ё: 0xb8, "№": 0xb9, "«": 0xab, "»": 0xbb };

/** Windows-1251 bytes of a Russian string as RTF writes them: \'hh for every byte above 127. */
const cp1251 = (s: string) =>
  [...s]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 128) return ch;
      const byte = CP1251_EXTRA[ch] ?? code - 0x410 + 0xc0;
      return `\\'${byte.toString(16)}`;
    })
    .join("");

/** LibreOffice's way: \uN with a one-character stand-in for readers that know no Unicode. */
const unicode = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) < 128 ? ch : `\\u${ch.charCodeAt(0)}\\'3f`)).join("");

const bytes = (s: string) => new TextEncoder().encode(s);

/** A row definition: cells' right edges (twips) with their merge marks. */
const trowd = (cells: readonly (number | [number, string])[]) => `\\trowd\\trgaph108\\trleft-108${cells.map((c) => (Array.isArray(c) ? `${c[1]}\\cellx${c[0]}` : `\\cellx${c}`)).join("")}`;
const row = (def: string, cells: readonly string[]) => `${def}\n\\pard\\intbl ${cells.map((c) => `${c}\\cell `).join("")}\\row\n`;

/**
 * A plan the way Word writes RTF: a font table with a Cyrillic charset, text as \'hh, a page header and a field's
 * instruction that are not the body's, a list paragraph's number in \listtext, a section row merged across with
 * \clmgf/\clmrg, an executors' cell merged down with \clvmgf/\clvmrg, a cell of two paragraphs.
 */
function wordRtf(enc: (s: string) => string): string {
  const def = trowd([700, 4000, 5800, 8000, 9900]);
  const wide = trowd([[700, "\\clmgf"], [4000, "\\clmrg"], [5800, "\\clmrg"], [8000, "\\clmrg"], [9900, "\\clmrg"]]);
  const firstOfMerged = trowd([700, 4000, 5800, [8000, "\\clvmgf"], 9900]);
  const underMerged = trowd([700, 4000, 5800, [8000, "\\clvmrg"], 9900]);
  return [
    "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}",
    "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Microsoft Word 16;}{\\info{\\title " + enc("Заголовок свойств") + "}}",
    `{\\header \\pard ${enc("Колонтитул страницы")}\\par}`,
    `\\pard\\qc\\f0 ${enc("ПЛАН МЕРОПРИЯТИЙ")}\\par`,
    `\\pard\\qc ${enc("по кадровому обеспечению на 2027 год")}{\\field{\\*\\fldinst { PAGE }}{\\fldrslt {}}}\\par`,
    row(def, [enc("№ п/п"), enc("Мероприятие"), enc("Срок"), enc("Ответственный"), enc("Результат")]),
    row(wide, [enc("1. Кадровый резерв"), "", "", "", ""]),
    row(def, ["{\\listtext\\pard\\plain\\f0 1.1.\\tab}", enc("Мониторинг вакансий"), enc("ежемесячно"), enc("Отдел кадров"), `${enc("Справка")}\\par ${enc("на сайте")}`]),
    row(firstOfMerged, ["1.2.", enc("Совещание «Кадры» руководителей"), enc("до 1 марта 2027 г."), enc("Управление образования"), enc("Протокол")]),
    row(underMerged, ["1.3.", enc("Ярмарка вакансий"), enc("апрель 2027 г."), "", enc("Трудоустроено 5 педагогов")]),
    `\\pard ${enc("Начальник управления")}\\tab ${enc("И.П. Сергеева")}\\par`,
    "}",
  ].join("\n");
}

describe("RTF documents", () => {
  test.each([
    ["Word's code page bytes", cp1251],
    ["Writer's \\uN characters", unicode],
  ])("%s: paragraphs, the table with its spans and merged cell, nothing of headers or fields", (_name, enc) => {
    const doc = readRtf(bytes(wordRtf(enc)), "plan.rtf");
    const texts = doc.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(texts).toEqual(["ПЛАН МЕРОПРИЯТИЙ", "по кадровому обеспечению на 2027 год", "Начальник управления\tИ.П. Сергеева"]);
    expectPlanTable(doc, "rtf", "Совещание «Кадры» руководителей");
  });

  test("read by its content whatever its name; the plan's format is the contract's docx", async () => {
    const read = await readDocumentBytes(bytes(wordRtf(cp1251)), "plan.doc");
    expect(read.format).toBe("rtf");
    const plan = structureOrFail(read.documents[0]);
    expect(plan.items.map((i) => [i.number, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "Отдел кадров", "ежемесячно"],
      ["1.2", "Управление образования", "до 1 марта 2027 г."],
      ["1.3", "Управление образования", "апрель 2027 г."],
    ]);
    expect(plan.meta.signatureBlock.map((l) => l.replace(/\s+/g, " "))).toEqual(["Начальник управления И.П. Сергеева"]);
  });

  test("a file that does not start «{\\rtf» is no RTF; a cut-off file reads what is there", () => {
    expect(isRtf(bytes("  {\\rtf1 x}"))).toBe(true);
    expect(isRtf(bytes("{\\rt"))).toBe(false);
    expect(() => readRtf(bytes("plain text"), "x.rtf")).toThrow(InputError);
    const whole = wordRtf(cp1251);
    const cut = readRtf(bytes(whole.slice(0, whole.indexOf("1.3."))), "cut.rtf");
    const table = cut.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.grid.rows.length).toBe(4);
  });
});

describe("RTF from anywhere", () => {
  const piece = fc.oneof(
    fc.constantFrom("{", "}", "\\par ", "\\cell ", "\\row ", "\\trowd", "\\cellx500", "\\cellx-3", "\\clvmrg", "\\clmrg", "\\intbl ", "\\pard", "\\u-1000?", "\\uc9 ", "\\'e0", "\\'", "\\*", "\\bin5 ", "\\fonttbl", "\\f7", "\\fcharset204 "),
    fc.string({ maxLength: 6 }),
  );
  test("any text after «{\\rtf1» reads into blocks or an InputError, never a crash", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        let doc;
        try {
          doc = readRtf(bytes(`{\\rtf1 ${pieces.join("")}`), "x.rtf");
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        for (const b of doc.blocks) if (b.kind === "table") expect(b.grid.rows.every((r) => r.cells.length === b.grid.rows[0].cells.length)).toBe(true);
      }),
    );
  });
});
