export * from "./issue";
export * from "./catalogueEntry";
export { catalogue, catalogueEntry, type IssueCode } from "./catalogue";
export * from "./formatIssue";
