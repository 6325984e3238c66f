import type { Catalogue } from "../catalogueEntry";

/** Issues of the "vacancies" family. */
export const vacanciesCatalogue = {} as const satisfies Catalogue;
