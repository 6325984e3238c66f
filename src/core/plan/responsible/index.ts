export type { Party } from "./party";
export { findAbbreviationDefinitions } from "./findAbbreviationDefinitions";
export { findAbbreviations } from "./findAbbreviations";
export { parseResponsible } from "./parseResponsible";
export { personKey } from "./findPersons";
export { groupVariants, type GroupOptions, type VariantGroup } from "./groupVariants";
