import { centredMerges } from "../../../../src/core/table/positioned/centredMerges";

const row = (top: number, bottom: number, text?: [number, number]) => ({ top, bottom, text: text ? { top: text[0], bottom: text[1] } : null });

describe("centredMerges: which neighbour's merged cell an empty cell is", () => {
  test("an empty cell between two texts goes to the one centred over both rows (ozyorsky 4.1–4.4)", () => {
    // 4.1's text sits in the middle of its own row; 4.3's in the middle of 4.2–4.4.
    const rows = [row(0, 7, [1, 6]), row(8, 19), row(20, 31, [22, 29]), row(32, 40)];
    expect(centredMerges(rows)).toEqual([0, 2, 2, 2]);
  });

  test("text set at the top of its rows keeps the empty rows under it", () => {
    const rows = [row(0, 5, [0, 1]), row(6, 9), row(10, 14, [10, 11]), row(15, 20)];
    expect(centredMerges(rows)).toEqual([0, 0, 2, 2]);
  });

  test("text across the border of two rows is both rows' (ozyorsky 3.1–3.2)", () => {
    const rows = [row(0, 9), row(10, 24, [10, 12]), row(25, 30, [26, 29])];
    expect(centredMerges(rows)).toEqual([1, 1, 2]);
  });

  test("no text, no owner", () => {
    expect(centredMerges([row(0, 3), row(4, 8)])).toEqual([-1, -1]);
  });
});
