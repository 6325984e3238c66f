import type { Catalogue } from "../catalogueEntry";

/** Issues of the "input" family. */
export const inputCatalogue = {} as const satisfies Catalogue;
