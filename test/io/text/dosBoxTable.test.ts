import * as iconv from "iconv-lite";
import { decodeText } from "../../../src/io/encoding/decodeText";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A table a DOS editor or a legal system's DOS export drew in cp866 (real box drawing, a double rule under the
 * column numbers: ╞═╪═╡), with an executor cell merged down over two items: the rule between them stops at that cell
 * and its text goes on across it. The same table as web pages show it: saved through a converter whose windows-1251
 * look-alikes draw «г==T==¬», «¦», «+», «L==¦==-»; and the cp866 bytes decoded as windows-1251, saved as UTF-8.
 */
const BOX = [
  "┌─────┬────────────────────────┬──────────────┬──────────────────────┐",
  "│  N  │      Наименование      │     Срок     │    Ответственные     │",
  "│ п/п │      мероприятия       │  исполнения  │     исполнители      │",
  "├─────┼────────────────────────┼──────────────┼──────────────────────┤",
  "│  1  │           2            │      3       │          4           │",
  "╞═════╪════════════════════════╪══════════════╪══════════════════════╡",
  "│              1. Организационные меры                               │",
  "├─────┬────────────────────────┬──────────────┬──────────────────────┤",
  "│1.1. │Создание рабочей группы │до 1 марта    │управление            │",
  "│     │по кадровому обеспечению│2030 г.       │образования           │",
  "├─────┼────────────────────────┼──────────────┤администрации округа  │",
  "│1.2. │Мониторинг вакансий     │ежемесячно    │МКУ \"ИМЦ\"             │",
  "├─────┼────────────────────────┼──────────────┤                      │",
  "│1.3. │Отчет о мерах поддержки │ежеквартально │                      │",
  "├─────┼────────────────────────┼──────────────┼──────────────────────┤",
  "│1.4. │Чествование наставников │постоянно     │профсоюз (по          │",
  "│     │                        │              │согласованию)         │",
  "└─────┴────────────────────────┴──────────────┴──────────────────────┘",
];
/** The look-alikes (from memory): double rules for the outer ones, «+» inside, «¦» for bars and the bottom's junctions. */
const lookAlike = (line: string, i: number, all: readonly string[]): string => {
  const last = i === all.length - 1;
  const rule = i === 0 || last ? "=" : "-";
  return line
    .replace(/[─═]/g, i === 0 || last || line.includes("═") ? "=" : rule)
    .replace(/│/g, "¦")
    .replace(/┌/g, "г").replace(/┬/g, i === 0 ? "T" : "+").replace(/┐/g, "¬")
    .replace(/└/g, "L").replace(/┴/g, last ? "¦" : "+").replace(/┘/g, "-")
    .replace(/[├┤┼╞╪╡]/g, "+");
};
const text = (lines: readonly string[]) => ["ПЛАН МЕРОПРИЯТИЙ НА 2030 - 2032 ГОДЫ", "", ...lines, ""].join("\r\n");
const structured = (t: string) => structureOrFail(readTextDocument(t, "x.txt"));
const EXPECTED = [
  ["1.1", "до 1 марта 2030 г.", "управление образования администрации округа МКУ \"ИМЦ\""],
  ["1.2", "ежемесячно", "управление образования администрации округа МКУ \"ИМЦ\""],
  ["1.3", "ежеквартально", "управление образования администрации округа МКУ \"ИМЦ\""],
  ["1.4", "постоянно", "профсоюз (по согласованию)"],
];
const items = (t: string) => structured(t).items.map((i) => [i.number, i.deadline.text, i.responsible.text]);

describe("a DOS box-drawn table with a cell merged down, and the web's copies of it", () => {
  test("box drawing: every item, the merged executors in each of its rows", () => {
    const plan = structured(text(BOX));
    expect(plan.sections.map((s) => s.title)).toEqual(["Организационные меры"]);
    expect(items(text(BOX))).toEqual(EXPECTED);
  });

  test("the windows-1251 look-alikes «г T ¬ ¦ L»: the same items", () => {
    const lines = BOX.map(lookAlike);
    expect(lines[0].startsWith("г=====T")).toBe(true);
    expect(lines[lines.length - 1].startsWith("L=====¦")).toBe(true);
    const { text: decoded } = decodeText(iconv.encode(text(lines), "win1251"));
    expect(items(decoded)).toEqual(EXPECTED);
  });

  test("the cp866 bytes: detected as cp866 and read", () => {
    const { text: decoded, encoding } = decodeText(iconv.encode(text(BOX), "cp866"));
    expect(encoding).toBe("cp866");
    expect(items(decoded)).toEqual(EXPECTED);
  });

  test("the cp866 bytes decoded as windows-1251 and saved as UTF-8 («ЪДДДВДДДї»): read as the DOS file", () => {
    const mojibake = iconv.decode(iconv.encode(text(BOX), "cp866"), "win1251");
    expect(mojibake).toContain("ЪДДДДДВ");
    const { text: decoded, encoding } = decodeText(Buffer.from(mojibake, "utf8"));
    expect(encoding).toBe("cp866");
    expect(items(decoded)).toEqual(EXPECTED);
  });
});
