export { ru } from "./ru";
export { en } from "./en";
export * from "./locale";
export * from "./plural";
export { localize, localizeFill, localizeTable, type Localized, type MessageValues, pseudo } from "./fill";
export { CATALOGUE_MODULES, type CatalogueId } from "./catalogue";
export * from "./translate";
