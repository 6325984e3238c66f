/**
 * Office.context.document.settings as Office keeps it: an in-memory copy of the document's settings taken when the
 * add-in starts (here: at first use); `saveAsync` writes the whole copy back, replacing what is stored. The store is the one
 * `workbook.settings` (ExcelApi 1.4) reads and writes, so a key written there after the copy was taken is lost by
 * the next saveAsync (issue 14, defect 5). Values are kept as JSON, as both APIs round-trip them.
 */
import type { FakeWorkbookState } from "./state";

export interface AsyncResultLike {
  readonly status: "succeeded" | "failed";
  readonly error?: unknown;
}

export class FakeDocumentSettings {
  /** Taken at first use: tests fill the workbook after creating the fake, before the add-in "starts". */
  private taken: Map<string, string> | undefined;
  /** How many times saveAsync wrote the copy back. */
  saves = 0;

  constructor(private readonly state: FakeWorkbookState) {}

  private get copy(): Map<string, string> {
    return (this.taken ??= new Map(this.state.settings));
  }

  get(name: string): unknown {
    const raw = this.copy.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }

  set(name: string, value: unknown): void {
    this.copy.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.copy.delete(name);
  }

  saveAsync(callback?: (result: AsyncResultLike) => void): void {
    setTimeout(() => {
      this.state.settings = new Map(this.copy);
      this.saves++;
      callback?.({ status: "succeeded" });
    }, 0);
  }

  /** Takes a fresh copy of what is stored. */
  refreshAsync(callback?: (result: AsyncResultLike) => void): void {
    setTimeout(() => {
      this.taken = new Map(this.state.settings);
      callback?.({ status: "succeeded" });
    }, 0);
  }
}
