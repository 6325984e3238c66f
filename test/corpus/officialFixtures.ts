import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type { TruthPlan } from "./truthPlan";

/** The hand-made fixtures of test/fixtures/plans/official: each plan's expectations and the files made from it. */
export interface OfficialFixture {
  readonly name: string;
  readonly files: readonly string[];
  readonly plan: TruthPlan;
}

export const OFFICIAL_DIR = path.join(__dirname, "..", "fixtures", "plans", "official");
/** From build/test/corpus the fixtures are still read from the sources. */
const dirOf = (): string => OFFICIAL_DIR.replace(`${path.sep}build${path.sep}test${path.sep}`, `${path.sep}test${path.sep}`);

export const OFFICIAL_NAMES = ["roadmap-2026", "zarechny-2025", "sosnovsky-2027", "lesnoy-2026", "kedrovy-2027", "berezovsky-2027", "ozerny-2027", "lugovoy-2027", "polyansky-2027", "olkhovsky-2028", "kamensky-2027", "sadovy-2027", "pribrezhny-2028", "yasnogorsk-2027", "priozerny-2027", "verkhnerechny-2027", "belorechensky-2028", "zaozerny-2028", "svetlovodsky-2029", "krasnopolsky-2029", "listvyansky-2030", "gornozavodsky-2031", "kamyshinsky-2032", "ozyorsky-2033", "tikhorechensky-2034", "sosnogorsky-2034", "uglegorsky-2035", "rechnoy-2030", "zavolzhsky-2029", "krutoyarsky-2030"] as const;
/** The fixtures scripts/makeOfficialFixtures.ts draws from their expectations; the others are typed and printed by hand. */
export const DRAWN_OFFICIAL_NAMES: readonly (typeof OFFICIAL_NAMES)[number][] = ["roadmap-2026", "zarechny-2025"];

export function officialFixture(name: string): OfficialFixture {
  const json = JSON.parse(readFileSync(path.join(dirOf(), `${name}.expected.json`), "utf8")) as { files: string[]; plan: TruthPlan };
  return { name, files: json.files, plan: json.plan };
}

export const officialFile = (file: string): string => path.join(dirOf(), file);

/** Adds a file made from a fixture to its list, after `after`, keeping the rest of the JSON as it was typed. */
export function listOfficialFile(name: string, file: string, after: string): void {
  const json = officialFile(`${name}.expected.json`);
  const text = readFileSync(json, "utf8");
  if (text.includes(`"${file}"`)) return;
  const at = new RegExp(`("${after.replace(/[.-]/g, "\\$&")}")(,?)`);
  if (!at.test(text)) throw new Error(`${name}.expected.json lists no ${after} to put ${file} after`);
  writeFileSync(json, text.replace(at, (_, before: string, comma: string) => `${before},\n  "${file}"${comma}`));
}

/** Every official fixture's file with its key in floors.json («official/<file>») and its plan's name. */
export function officialFloorKeys(): (readonly [key: string, name: string, file: string])[] {
  return OFFICIAL_NAMES.flatMap((name) => officialFixture(name).files.map((file) => [`official/${file}`, name, file] as const));
}
