import { loadFloors, PROPERTIES, propertyHeld } from "./floors";
import { officialFloorKeys } from "./officialFixtures";
import { runOfficial } from "./runCorpus";
import { METRICS, ratios } from "./scorePlan";

/**
 * The floor each official hand fixture must keep (test/corpus/floors.json «official/<file>»): every shape of the thirty
 * plans read as the CLI reads it and scored against its truth. The generated shapes' floors are in floors.test.ts.
 */
const floors = loadFloors();

describe("official fixtures keep their floors", () => {
  test.each(officialFloorKeys())("%s", async (key, name, file) => {
    const run = await runOfficial(name, file);
    const now = ratios(run.score);
    expect(METRICS.filter((m) => now[m] < floors.floors[key][m] - 1e-9).map((m) => `${m} ${now[m].toFixed(3)} < ${floors.floors[key][m]}`)).toEqual([]);
    const broken = PROPERTIES.filter((p) => !propertyHeld(run, p));
    expect(broken.filter((p) => floors.enforced[p].includes(key)).map((p) => `${p}: ${run.properties.examples.join("; ")}`)).toEqual([]);
    if (broken.length) console.log(`${key}: not yet ${broken.join(", ")} ${Object.keys(run.failures).join(", ")} ${run.properties.examples.join("; ")}`);
  });
});
