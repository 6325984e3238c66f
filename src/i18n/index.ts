export { ru, type MessageId } from "./ru";
export { en } from "./en";
export * from "./translate";
