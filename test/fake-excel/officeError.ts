/**
 * Errors shaped like the ones Office.js raises (OFFICEJS.md §3): `name` "RichApi.Error" at runtime, a `code`, a
 * localised `message` and `debugInfo {code, message, errorLocation}`. Messages are Excel's English texts.
 */

export const ERROR_MESSAGES = {
  PropertyNotLoaded: "", // built per property, see propertyNotLoaded()
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  MergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
} as const;

export type FakeErrorCode = keyof typeof ERROR_MESSAGES;

export const SHAPE_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation: string;
  readonly statement?: string;
}

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;

  constructor(code: FakeErrorCode, errorLocation: string, message?: string) {
    const text = message ?? ERROR_MESSAGES[code];
    super(text);
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
    this.httpStatusCode = code === "ItemNotFound" ? 404 : code.endsWith("Exceeded") ? 413 : 400;
  }
}

/** Office's text, verbatim (oj#777): thrown synchronously when a property is read before load + sync. */
export function propertyNotLoaded(property: string, location: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    location,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function fail(code: FakeErrorCode, location: string, message?: string): never {
  throw new FakeRichApiError(code, location, message);
}
