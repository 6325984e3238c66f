import { readFileSync } from "fs";
import * as path from "path";
import type { SourceDocument } from "../../src/core/grid";
import { structurePlan } from "../../src/core/plan";
import type { Plan } from "../../src/core/plan/types";
import { readTextDocument } from "../../src/io/text/readTextDocument";

export const SEEDS = {
  omsk: "001_116feb1af0268eee.txt",
  zima: "002_0d097b86713ddf9c.txt",
  ministry: "003_81521e60eded8e9c.txt",
} as const;

export function seedPath(file: string): string {
  return path.join(__dirname, "..", "fixtures", "seeds", file);
}

export function seedText(file: string): string {
  return readFileSync(seedPath(file), "utf8");
}

export function seedDocument(file: string): SourceDocument {
  return readTextDocument(seedText(file), file);
}

export function structureOrFail(doc: SourceDocument): Plan {
  const result = structurePlan(doc);
  if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
  return result.plan;
}

export function seedPlan(file: string): Plan {
  return structureOrFail(seedDocument(file));
}

export function itemByNumber(plan: Plan, number: string) {
  const item = plan.items.find((i) => i.number === number);
  if (!item) throw new Error(`no item ${number}`);
  return item;
}
