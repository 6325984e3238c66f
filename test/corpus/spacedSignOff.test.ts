import { generatePlan } from "./generatePlan";
import { withSpacedSignOff } from "./spacedSignOff";

describe("plans signed by the head alone, position and name parted by spaces", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

  test("only the signatures change: the head's position and name, no blank to sign on, no executor's line", () => {
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const { signatures, ...rest } = withSpacedSignOff(plan);
      const { signatures: _s, ...was } = plan;
      expect(rest).toEqual(was);
      expect(signatures).toHaveLength(1);
      expect(signatures[0]).toMatch(/^Начальник управления образования {10,16}[А-ЯЁ]\.[А-ЯЁ]\. [А-ЯЁ][а-яё]+$/u);
      expect(signatures[0]).not.toContain("_");
    }
  });
});
