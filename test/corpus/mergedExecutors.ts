import { makeRng } from "./rng";
import type { TruthPlan } from "./truthPlan";

/** Items one merged executors' cell spans at most. */
const LONGEST_RUN = 3;

/**
 * The plan as an author who merges the executors' cell down over the items one office carries out in a row (rowspan in
 * a web page, Word's vertical merge): within a section, an item takes the executors of the item before it about one
 * time in three, in runs of up to three items. The truth is each item's executors: a careful reader types the merged
 * cell again for every item it spans. Drawn from a stream of its own (the plan's seed ^ 0x3e6d), so that every other
 * shape's documents stay as they were.
 */
export function withRunsOfExecutors(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x3e6d);
  const sections = plan.sections.map((s) => {
    let run = 1;
    const items = [...s.items];
    for (let i = 1; i < items.length; i++) {
      if (run < LONGEST_RUN && r.chance(0.35)) {
        items[i] = { ...items[i], executors: items[i - 1].executors, responsible: items[i - 1].responsible };
        run++;
      } else run = items[i].responsible === items[i - 1].responsible ? run + 1 : 1;
    }
    return { ...s, items };
  });
  return { ...plan, sections };
}
