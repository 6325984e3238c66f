import { readFileSync } from "fs";
import * as path from "path";
import { readText } from "../../../src/io/readInput";
import type { Plan } from "../../../src/core/plan/types";
import { planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const PLAN = `План мероприятий на 2026 год

| № п/п | Наименование мероприятия | Ответственный исполнитель | Срок исполнения |
|---|---|---|---|
| I. | Привлечение кадров | | |
| 1 | Ярмарка вакансий | Иванова А.А., методист | апрель 2026 года |
| 2 | Целевое обучение | Руководители ОО | до 1 июля 2026 года |
| II. | Наставничество | | |
| 1 | Школа молодого педагога | Методический центр | ежеквартально |
`;

describe("the plan sheet's section column reads back to the sections it was written from", () => {
  test("a section whose title a loose-line reading left in lower case («II. квартал …») stays section II", () => {
    const plan = structureOrFail(readText(PLAN, "план.md", ".md"));
    expect(plan.items.map((i) => i.section)).toEqual(["I", "I", "II"]);
    // As the line recovery can give it: a section row whose title starts in lower case.
    const lower: Plan = { ...plan, sections: plan.sections.map((s) => ({ ...s, title: s.title.toLowerCase() })) };
    const again = restructured(lower);
    expect(again.items.map((i) => i.section)).toEqual(["I", "I", "II"]);
    expect(planEssence(again)).toEqual(planEssence(lower));
  });

  test("official/zarechny-2025.web.txt: structure twice = once", () => {
    const file = path.join(__dirname, "..", "..", "fixtures", "plans", "official", "zarechny-2025.web.txt");
    const plan = structureOrFail(readText(readFileSync(file, "utf8"), "zarechny-2025.web.txt", ".txt"));
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});
