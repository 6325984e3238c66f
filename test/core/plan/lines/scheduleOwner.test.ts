import { mayOwn, Owner, ownerAfter, ownerStep, ownerSteps } from "../../../../src/core/plan/lines/scheduleOwner";

/** Which of a deadline cell's lines, read down the cell from its first, name the owner of the schedule it follows. */
const owners = (lines: readonly string[]): string[] => {
  let state: number = Owner.None;
  return lines.flatMap((line) => {
    const step = ownerStep(state, line);
    state = step.next;
    return step.owns ? [line] : [];
  });
};

describe("whose schedule a deadline follows", () => {
  test("the owner's lines after a schedule's noun: an abbreviation, a legal form and its name in quotes, a phrase in the genitive", () => {
    expect(owners(["по графику", "ИРО", "МКУ", "«Методический", "центр»"])).toEqual(["ИРО"]);
    expect(owners(["по плану работы", "МКУ «ИМЦ»", "Морозова Е.В., директор МКУ"])).toEqual(["МКУ «ИМЦ»"]);
    expect(owners(["по графику", "ГАОУ ДПО", "«Институт", "развития", "образования", "»", "Руководители"])).toEqual(["ГАОУ ДПО", "«Институт", "развития", "образования", "»"]);
    expect(owners(["в соответствии с", "планом-графиком", "ГАУ ДПО \"ЗИРО\"", "Отдел образования"])).toEqual(["ГАУ ДПО \"ЗИРО\""]);
    expect(owners(["по графику", "проведения", "ярмарок", "Управление", "образования, МКУ"])).toEqual(["проведения", "ярмарок"]);
    // A word broken at the cell's edge goes on the genitive it broke.
    expect(owners(["по плану", "работы", "методическог", "о кабинета", "Руководители"])).toEqual(["работы", "методическог", "о кабинета"]);
  });

  test("no owner: a schedule named by an adjective, a noun in another case, executors and results in lower case, a source of funding", () => {
    expect(owners(["по", "отдельному", "графику", "МКУ «Районный", "методический", "кабинет»"])).toEqual([]);
    expect(owners(["утверждение плана", "ИРО"])).toEqual([]);
    expect(owners(["по графику", "руководители ОО"])).toEqual([]);
    expect(owners(["по графику", "информация о", "вакансиях"])).toEqual([]);
    expect(owners(["по графику", "средства", "муниципального", "бюджета"])).toEqual([]);
    expect(owners(["по графику", "областного бюджета"])).toEqual([]);
    expect(owners(["по графику", "без финансирования"])).toEqual([]);
    // A genitive that names no schedule's owner goes on none («Протокол заседания» / «комиссии»).
    expect(owners(["по плану заседаний", "комиссии"])).toEqual([]);
    // The owner is one name: what follows it is the next cell's.
    expect(owners(["по графику", "ИРО", "ИМЦ"])).toEqual(["ИРО"]);
  });

  test("a line may open the owner and hold it whole, or await it", () => {
    expect(ownerAfter(["по графику ГАУ ДПО"])).toBe(Owner.Form);
    expect(ownerAfter(["по графику ИРО"])).toBe(Owner.None);
    expect(ownerAfter(["согласно плану"])).toBe(Owner.Awaited);
    expect(ownerAfter(["по графику", "ГАУ ДПО", "«Институт развития"])).toBe(Owner.Quoted);
  });

  test("a line an owner's in some state may give something back (the readings' bound): inside a name in quotes any line is", () => {
    for (const line of ["ИРО", "МКУ «ИМЦ»", "проведения", "«Институт", "развития", "Управление образования"]) expect(mayOwn(ownerSteps(line))).toBe(true);
    // A source of funding and an executor or a result in lower case are no owner's, whatever stood before them.
    for (const line of ["средства областного бюджета", "руководители ОО", "информация о вакансиях", ""]) expect(mayOwn(ownerSteps(line))).toBe(false);
  });
});
