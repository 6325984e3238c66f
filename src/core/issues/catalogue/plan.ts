import type { Catalogue } from "../catalogueEntry";

/** Issues of the "plan" family. */
export const planCatalogue = {} as const satisfies Catalogue;
