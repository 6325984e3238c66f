import { mulberry32 } from "../helpers/prng";

/** A seeded random source with the few draws the generators need; the same seed gives the same corpus anywhere. */
export interface Rng {
  readonly next: () => number;
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly chance: (p: number) => boolean;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (xs) => xs[int(0, xs.length - 1)], chance: (p) => next() < p };
}
