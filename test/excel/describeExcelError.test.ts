/** Messages for the pane from Office errors, ru and en. */
import { describeExcelError } from "../../src/excel";
import { FakeRichApiError } from "../fake-excel";

test("a payload error says what happened in Russian, with the code and where", () => {
  const err = new FakeRichApiError("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
  expect(describeExcelError(err, "ru")).toBe("Слишком большой объём данных для одного запроса к Excel (лимит 5 МБ). (код RequestPayloadSizeLimitExceeded; место RequestContext.sync)");
  expect(describeExcelError(err, "en")).toMatch(/^Too much data for one request to Excel/);
});

test("ItemNotFound and shape errors are recognised by code", () => {
  expect(describeExcelError(new FakeRichApiError("ItemNotFound", "WorksheetCollection.getItem"), "ru")).toMatch(/^Не найден лист/);
  expect(describeExcelError({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } }, "ru")).toMatch(/место Range\.values/);
});

test("unknown errors keep their own message; cancellation is plain", () => {
  expect(describeExcelError(new Error("сеть недоступна"), "ru")).toBe("Ошибка Excel. (сеть недоступна)");
  expect(describeExcelError("boom", "en")).toBe("Excel error. (boom)");
  expect(describeExcelError(new DOMException("x", "AbortError"), "ru")).toBe("Операция отменена.");
});
