export { readPositionedText } from "./readPositionedText";
export type { HeaderVerdict, PositionedOptions, PositionedWord, RulingLine } from "./types";
