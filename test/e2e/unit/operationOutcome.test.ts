/** What the pane says once an operation settles, Cancel pressed or not. */
import { msg } from "../../../src/i18n";
import { settledState } from "../../../src/taskpane/logic/operationOutcome";

const written = msg("op.cancel");
const describe = (err: unknown) => msg("error.unexpected", { message: String(err) });
const abortError = Object.assign(new Error("cancelled"), { name: "AbortError" });

test("work that returned after Cancel was pressed is done, with its result, and says the Cancel came too late", () => {
  expect(settledState({ ok: true, result: written }, true, describe)).toEqual({ status: "done", result: written, cancelTooLate: true });
  expect(settledState({ ok: true, result: written }, false, describe)).toEqual({ status: "done", result: written, cancelTooLate: false });
});

test("work stopped by Cancel is cancelled, whatever error the cut-short sync threw; other errors are shown", () => {
  expect(settledState({ ok: false, error: abortError }, true, describe)).toEqual({ status: "cancelled" });
  expect(settledState({ ok: false, error: new Error("InvalidArgument") }, true, describe)).toEqual({ status: "cancelled" });
  expect(settledState({ ok: false, error: abortError }, false, describe)).toEqual({ status: "cancelled" });
  expect(settledState({ ok: false, error: new Error("boom") }, false, describe)).toEqual({ status: "error", error: describe(new Error("boom")) });
});
