import * as fc from "fast-check";

/**
 * Property tests explore new random inputs on every developer run; under CI they use one seed (FC_SEED to change it),
 * so that a submission is judged on a reproducible run. A counterexample found locally becomes a fixed `examples`
 * entry in its test.
 */
if (process.env.CI || process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
