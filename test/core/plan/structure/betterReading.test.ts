import { beatsReading } from "../../../../src/core/plan/structure/betterReading";

describe("beatsReading", () => {
  it("a reading that finds more items wins when it keeps as many", () => {
    expect(beatsReading({ items: 16, found: 9, whole: 5 }, { items: 16, found: 7, whole: 5 }, false)).toBe(true);
    expect(beatsReading({ items: 16, found: 7, whole: 5 }, { items: 16, found: 7, whole: 5 }, false)).toBe(false);
  });

  it("the first reading with anything found wins over none", () => {
    expect(beatsReading({ items: 3, found: 1, whole: 0 }, null, false)).toBe(true);
    expect(beatsReading({ items: 3, found: 0, whole: 0 }, null, true)).toBe(false);
  });

  // A page's four rows parted into a table of their own (dropped as «другая таблица»): one more deadline found on the
  // other pages does not make up for them (krasnopolsky's raw text: 12 items, 8 found against 16 items, 7 found).
  it("a reading that loses a page's items does not win on one more item found", () => {
    const cells = { items: 16, found: 7, whole: 5 };
    expect(beatsReading({ items: 12, found: 8, whole: 5 }, cells, false)).toBe(false);
    expect(beatsReading({ items: 12, found: 8, whole: 5 }, cells, true)).toBe(false);
  });

  it("a reading that loses items still wins where it finds more than it lost", () => {
    expect(beatsReading({ items: 14, found: 12, whole: 9 }, { items: 16, found: 7, whole: 5 }, false)).toBe(true);
  });

  it("glued cells cut: found and whole together decide", () => {
    expect(beatsReading({ items: 16, found: 7, whole: 7 }, { items: 16, found: 7, whole: 5 }, true)).toBe(true);
    expect(beatsReading({ items: 16, found: 7, whole: 7 }, { items: 16, found: 7, whole: 5 }, false)).toBe(false);
  });

  // A cell-per-line reading of a Writer table's raw text that closed rows early (4 items, 3 found, 1 whole) against
  // the source's paragraphs cut at the numbers (6 items, 3 found, 3 whole): as many found, more items kept and whole.
  it("where both find as many, the reading that keeps more items and more of them whole wins", () => {
    const cells = { items: 4, found: 3, whole: 1 };
    expect(beatsReading({ items: 6, found: 3, whole: 3 }, cells, false)).toBe(true);
    expect(beatsReading({ items: 6, found: 3, whole: 1 }, cells, false)).toBe(false);
    expect(beatsReading({ items: 6, found: 2, whole: 2 }, cells, false)).toBe(false);
  });
});
