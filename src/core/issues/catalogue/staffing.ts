import type { Catalogue } from "../catalogueEntry";

/** Issues of the "staffing" family. */
export const staffingCatalogue = {} as const satisfies Catalogue;
