import { validatePlan } from "../../../src/core/plan/validate";
import { type ItemSpec, makePlan } from "./planBuilder";

const person = (text: string) => ({ text, person: text, position: "методист" });

describe("responsible_variant", () => {
  test("the spelling most items use is suggested for each item using another one", () => {
    const items: ItemSpec[] = [
      { parties: [person("Ланкина Н.Н.")] },
      { parties: [person("Ланкина Н.Н."), person("Шилова Ю.А.")] },
      { parties: [person("Ланикна Н.Н."), { text: "руководители ГМО", position: "руководители ГМО" }] },
      { parties: [person("Ланкина Н.Н.")] },
    ];
    const issues = validatePlan(makePlan(items)).filter((i) => i.code === "responsible_variant");
    expect(issues.map((i) => [i.row, i.severity, i.params?.variant, i.suggestion])).toEqual([[12, "warning", "Ланикна Н.Н.", "Ланкина Н.Н."]]);
  });

  test("with equal counts the spelling used first is taken as meant", () => {
    const items: ItemSpec[] = [
      { parties: [{ text: "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", org: "БОУ ДО г. Омска «ЦТРИГО «Перспектива»" }] },
      { parties: [{ text: "БОУ ДО г. Омска «ЦТриГО «Перспектива»", org: "БОУ ДО г. Омска «ЦТриГО «Перспектива»" }] },
    ];
    const issues = validatePlan(makePlan(items)).filter((i) => i.code === "responsible_variant");
    expect(issues.map((i) => [i.row, i.suggestion])).toEqual([[11, "БОУ ДО г. Омска «ЦТРИГО «Перспектива»"]]);
  });

  test("different people are not variants", () => {
    const items: ItemSpec[] = [{ parties: [person("Ланкина Н.Н.")] }, { parties: [person("Наумова Т.А.")] }, { parties: [person("Шилова Ю.А.")] }];
    expect(validatePlan(makePlan(items)).filter((i) => i.code === "responsible_variant")).toEqual([]);
  });
});

describe("abbreviation_undefined", () => {
  const abbreviations = (items: ItemSpec[], meta = {}) =>
    validatePlan(makePlan(items, { meta })).filter((i) => i.code === "abbreviation_undefined").map((i) => [i.params?.abbreviation, i.row, i.column, i.params?.count]);

  test("a local abbreviation never spelled out is reported once, at its first use, with its count", () => {
    expect(
      abbreviations([
        { name: "Сопровождение деятельности площадок РТИК" },
        { name: "Отчёт площадок РТИК" },
        { name: "Совещание", parties: [{ text: "Координатор РТИК", position: "координатор РТИК" }] },
      ]),
    ).toEqual([["РТИК", 10, "name", 3]]);
  });

  test("defined inline anywhere in the plan, «(далее – …)», or in the plan's metadata: not reported", () => {
    expect(
      abbreviations([
        { name: "Работа площадок РТИК" },
        { name: "Создание региональных тьюторских инновационных комплексов (далее – РТИК)" },
      ]),
    ).toEqual([]);
    expect(abbreviations([{ name: "Контроль", parties: [{ text: "Минобр", org: "Минобр" }] }], { abbreviations: { Минобр: "Министерство образования Омской области" } })).toEqual([]);
  });

  test("spelled out word for word elsewhere in the plan («Российской академии образования» for РАО): not reported", () => {
    expect(
      abbreviations([
        { name: "Практикумы по заданиям Института стратегии развития образования Российской академии образования" },
        { name: "Внедрение банка заданий ФГБНУ «Институт стратегии развития образования РАО»" },
      ]),
    ).toEqual([]);
  });

  test("universally known abbreviations, legal forms and Roman numerals are not reported", () => {
    expect(
      abbreviations([
        { name: "Внедрение обновлённых ФГОС НОО и ФГОС ООО для обучающихся с ОВЗ" },
        { name: "Семинар", parties: [{ text: "МБОУ «СОШ № 1»", org: "МБОУ «СОШ № 1»" }, { text: "МКДОУ № 4", org: "МКДОУ № 4" }] },
        { name: "Проведение XV городской конференции и VI чтений" },
      ]),
    ).toEqual([]);
  });
});

describe("responsible_variant and capitals", () => {
  test("a capital first letter alone («руководители ГМО» / «Руководители ГМО») is not a variant", () => {
    const org = (text: string) => ({ text, position: text });
    const items: ItemSpec[] = [{ parties: [org("Руководители ГМО")] }, { parties: [org("Руководители ГМО")] }, { parties: [org("руководители ГМО")] }];
    expect(validatePlan(makePlan(items)).filter((i) => i.code === "responsible_variant")).toEqual([]);
  });
});

describe("responsible_variant compares people by their names", () => {
  test("«Наумова Т.А. «СОШ № 1»» and «Наумова Т.А.» are one spelling of one person", () => {
    const items: ItemSpec[] = [
      { parties: [{ text: "Наумова Т.А.", person: "Наумова Т.А." }] },
      { parties: [{ text: "Наумова Т.А.", person: "Наумова Т.А." }] },
      { parties: [{ text: "Наумова Т.А. «СОШ № 1»", person: "Наумова Т.А.", org: "«СОШ № 1»" }] },
    ];
    expect(validatePlan(makePlan(items)).filter((i) => i.code === "responsible_variant")).toEqual([]);
  });
});

describe("abbreviation_undefined ignores case between spellings", () => {
  test("ЦТриГО and ЦТРИГО are one undefined abbreviation, reported at the first use with both counted", () => {
    const org = (text: string) => ({ text, org: text });
    const items: ItemSpec[] = [
      { name: "Профессиональные пробы", parties: [org("БОУ ДО «ЦТриГО «Перспектива»")] },
      { name: "Конкурс «Дебют»", parties: [org("БОУ ДО «ЦТРИГО «Перспектива»")] },
    ];
    const issues = validatePlan(makePlan(items)).filter((i) => i.code === "abbreviation_undefined");
    expect(issues.map((i) => [i.row, i.params?.abbreviation, i.params?.count])).toEqual([[10, "ЦТриГО", 2]]);
  });
});
