import fc from "fast-check";
import { foldOrg, groupOrgVariants, type OrgSpelling } from "../../../src/core/vacancies";

const spelling = (org: string, rows = 1, municipality: string | null = null): OrgSpelling => ({ municipality, org, rows, sheet: "Лист", row: 1 });

describe("organisation spelling variants", () => {
  it("folds case, quotes, № spacing and Latin look-alikes", () => {
    const key = foldOrg("МБОУ «СОШ № 5»");
    for (const v of ["МБОУ СОШ №5", "мбоу \"сош № 5\"", "MБОУ «CОШ N 5»", "МБОУ «СОШ №5» "]) expect(foldOrg(v)).toBe(key);
  });

  it("groups variants under the most frequent spelling and says so", () => {
    const g = groupOrgVariants([spelling("МБОУ «СОШ № 5»", 10), spelling("МБОУ СОШ №5", 2), spelling("МБДОУ «Детский сад № 7»", 5), spelling("МБДОУ «Детскй сад № 7»", 1)]);
    expect(g.canonical(null, "МБОУ СОШ №5")).toBe("МБОУ «СОШ № 5»");
    expect(g.canonical(null, "МБДОУ «Детскй сад № 7»")).toBe("МБДОУ «Детский сад № 7»");
    expect(g.issues.map((i) => [i.item, i.code, i.suggestion])).toEqual([
      ["МБОУ СОШ №5", "org_variant", "МБОУ «СОШ № 5»"],
      ["МБДОУ «Детскй сад № 7»", "org_variant", "МБДОУ «Детский сад № 7»"],
    ]);
  });

  it("never merges different numbers or different short legal forms", () => {
    const names = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 11»", "МБОУ «СОШ № 2»", "МАОУ «СОШ № 1»", "МБДОУ «Детский сад № 1»", "МБДОУ «Детский сад № 10»"];
    const g = groupOrgVariants(names.map((n) => spelling(n)));
    expect(g.issues).toEqual([]);
    for (const n of names) expect(g.canonical(null, n)).toBe(n);
  });

  it("lets a reference spelling win and keeps municipalities apart", () => {
    const g = groupOrgVariants([spelling("МБОУ СОШ №3", 9, "Ивановский район"), spelling("МБОУ СОШ №3", 4, "Петровский район")], ["МБОУ «СОШ № 3»"]);
    expect(g.canonical("Ивановский район", "МБОУ СОШ №3")).toBe("МБОУ «СОШ № 3»");
    expect(g.canonical("Петровский район", "МБОУ СОШ №3")).toBe("МБОУ «СОШ № 3»");
  });

  it("merges a transposition in a long name (OSA distance 1)", () => {
    const g = groupOrgVariants([spelling("МАОУ «Гимназия № 4 имени Пушкина»", 3), spelling("МАОУ «Гимназия № 4 имени Пушкниа»", 1)]);
    expect(g.canonical(null, "МАОУ «Гимназия № 4 имени Пушкниа»")).toBe("МАОУ «Гимназия № 4 имени Пушкина»");
  });

  it("property: a one-letter typo in a long name is grouped with it, and grouping is independent of input order", () => {
    const base = ["МБОУ «Средняя школа № 7 села Покровское»", "МБДОУ «Детский сад комбинированного вида № 12»", "МБУ ДО «Центр детского творчества»"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.constantFrom("а", "о", "е", "и"), fc.boolean(), (k, pos, letter, reversed) => {
        const name = base[k];
        const letters = [...name].map((ch, i) => (/[а-яё]/.test(ch) ? i : -1)).filter((i) => i >= 0);
        const at = letters[pos % letters.length];
        const typo = name.slice(0, at) + letter + name.slice(at + 1);
        const list = [spelling(name, 5), spelling(typo, 1), ...base.filter((b) => b !== name).map((b) => spelling(b, 3))];
        const g = groupOrgVariants(reversed ? list.reverse() : list);
        expect(g.canonical(null, typo)).toBe(name);
        for (const other of base) expect(g.canonical(null, other)).toBe(other);
      }),
    );
  });
});
