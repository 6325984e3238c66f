import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";

/** A file a shape wrote: its bytes and the extension the user's file would have. */
export interface Drawn {
  readonly ext: string;
  readonly data: string | Uint8Array;
}

/** A tool outside node the shape needs (checked before drawing; missing tools skip the shape with a reason). */
export type Tool = "soffice" | "soffice-writer" | "pdftotext" | "chromium";

export interface Shape {
  readonly name: string;
  /** What a user did to get this shape, for the table. */
  readonly about: string;
  /** Plans this shape cannot draw as generated (schedule grids) are turned into what they draw. */
  readonly truth?: (plan: TruthPlan, r: Rng) => TruthPlan;
  readonly draw: (plan: TruthPlan, r: Rng) => Promise<Drawn> | Drawn;
  readonly needs?: readonly Tool[];
  /** Seconds per plan rather than milliseconds: left out of the jest floor test. */
  readonly slow?: boolean;
}

/** A text document: the title block above the table and the signatures below, as in every plan. */
export function withTitleAndSignatures(plan: TruthPlan, body: string, gap = "\n\n"): string {
  return `${plan.titleBlock.join("\n")}${gap}${plan.title}${gap}${body}${gap}${plan.signatures.join("\n\n")}\n`;
}
