import JSZip from "jszip";
import { generatePlan } from "./generatePlan";
import { planDocx } from "./shapes/planDocx";
import { withTabbedSignOff } from "./tabbedSignOff";

describe("plans signed by the head alone, the name at a right tab stop", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

  test("only the signatures change: the position (over two lines for every other seed), a tab, the name", () => {
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const { signatures, ...rest } = withTabbedSignOff(plan);
      const { signatures: _s, ...was } = plan;
      expect(rest).toEqual(was);
      expect(signatures).toHaveLength(1);
      const second = seed % 2 === 0 ? "\nадминистрации [^\\t]+" : "";
      expect(signatures[0]).toMatch(new RegExp(`^Начальник управления образования${second}\\t[А-ЯЁ]\\.[А-ЯЁ]\\. [А-ЯЁ][а-яё]+$`, "u"));
      expect(signatures[0]).not.toContain("_");
    }
  });

  test("the .docx sets the name at a right tab stop on the page's right margin", async () => {
    const plan = withTabbedSignOff(generatePlan(3));
    const xml = await (await JSZip.loadAsync(await planDocx(plan))).file("word/document.xml")!.async("string");
    const [position, name] = plan.signatures[0].split("\t");
    expect(xml).toContain(`<w:pPr><w:tabs><w:tab w:val="right" w:pos="14854"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${position}</w:t><w:tab/><w:t xml:space="preserve">${name}</w:t></w:r>`);
  });
});
