/**
 * The request context of the fake: calls only queue operations; `sync()` runs them in order, measures the request
 * and the response as Excel on the web limits them, and only then makes loaded values readable.
 */
import { fail } from "./officeError";
import type { FakeWorkbookState } from "./state";
import type { DisplayLocale } from "./displayText";
import { FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host supports, e.g. "1.7" for Office 2019. Default "1.18". */
  readonly apiVersion?: string;
  /** Request and response limit in bytes. Default 5 MB (Excel on the web). */
  readonly payloadLimit?: number;
  /** Locale of `range.text`. Default ru-RU. */
  readonly displayLocale?: DisplayLocale;
  /** Year assumed for "m/d" dates written without one. */
  readonly currentYear?: number;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  log: SyncRecord[];
  /** Operations queued but never synced before Excel.run returned (real Excel would not run them either). */
  droppedOperations: number;
  maxRequestBytes(): number;
  maxResponseBytes(): number;
  reset(): void;
}

export function createStats(): FakeStats {
  const stats: FakeStats = {
    runs: 0,
    syncs: 0,
    log: [],
    droppedOperations: 0,
    maxRequestBytes: () => Math.max(0, ...stats.log.map((r) => r.requestBytes)),
    maxResponseBytes: () => Math.max(0, ...stats.log.map((r) => r.responseBytes)),
    reset: () => {
      stats.runs = 0;
      stats.syncs = 0;
      stats.log = [];
      stats.droppedOperations = 0;
    },
  };
  return stats;
}

export interface FakeRuntime {
  readonly state: FakeWorkbookState;
  readonly stats: FakeStats;
  readonly apiVersion: string;
  readonly payloadLimit: number;
  readonly displayLocale: DisplayLocale;
  readonly currentYear: number;
}

/** What loads produce during a sync: the payload to measure and the assignments made once it fits. */
export interface SyncResponse {
  readonly payload: unknown[];
  readonly commits: (() => void)[];
}

export interface Operation {
  /** JSON-able description, measured as the request payload. */
  readonly desc: unknown;
  readonly since?: string;
  readonly location: string;
  run(response: SyncResponse): void;
}

/** Bytes of a JSON document, counted strictly as UTF-16: two bytes per code unit. */
export function payloadBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

export function versionAtLeast(have: string, want: string): boolean {
  const [hm, hn] = have.split(".").map(Number);
  const [wm, wn] = want.split(".").map(Number);
  return hm > wm || (hm === wm && hn >= wn);
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];
  private closed = false;
  /** Events raised by the operations of the sync under way; Excel delivers them after the batch, asynchronously. */
  private raised: (() => unknown)[] = [];

  constructor(readonly runtime: FakeRuntime) {
    this.workbook = new FakeWorkbook(this);
  }

  /** An event to deliver once the current sync has run (whether or not it fails later on). */
  raise(deliver: () => unknown): void {
    this.raised.push(deliver);
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  /** Called by Excel.run when the batch is done: later use of its proxies fails. */
  close(): void {
    this.runtime.stats.droppedOperations += this.queue.length;
    this.queue = [];
    this.closed = true;
  }

  async sync(): Promise<void> {
    if (this.closed) fail("InvalidObjectPath", "RequestContext.sync");
    const ops = this.queue;
    this.queue = [];
    const { stats, payloadLimit, apiVersion } = this.runtime;
    const requestBytes = payloadBytes(ops.map((o) => o.desc));
    const response: SyncResponse = { payload: [], commits: [] };
    stats.syncs++;
    const record = { requestBytes, responseBytes: 0, operations: ops.length };
    stats.log.push(record);
    await Promise.resolve();
    if (requestBytes > payloadLimit) fail("RequestPayloadSizeLimitExceeded", "RequestContext.sync");
    try {
      for (const op of ops) {
        if (op.since && !versionAtLeast(apiVersion, op.since)) fail("ApiNotFound", op.location);
        op.run(response);
      }
    } finally {
      // Operations before a failure took effect (a batch is not a transaction), so their events come too.
      for (const deliver of this.raised.splice(0)) setTimeout(() => void deliver(), 0);
    }
    record.responseBytes = payloadBytes(response.payload);
    if (record.responseBytes > payloadLimit) fail("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
    for (const commit of response.commits) commit();
  }
}
