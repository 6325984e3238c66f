/**
 * Base of every proxy: property reads throw PropertyNotLoaded until load + sync, writes and method calls queue an
 * operation. `load` accepts "a,b", arrays, paths "format/font/bold" and {select}.
 */
import { versionAtLeast, type FakeRequestContext, type SyncResponse } from "./context";
import { fail, propertyNotLoaded } from "./officeError";

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

export function loadPaths(spec: LoadSpec): string[] | "all" {
  if (spec === undefined) return "all";
  const list = typeof spec === "string" || Array.isArray(spec) ? spec : [spec.select ?? [], spec.expand ?? []].flat();
  const paths = (Array.isArray(list) ? list : [list]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  return paths.length ? paths : "all";
}

export abstract class FakeClientObject {
  protected readonly _loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly _path: string,
  ) {}

  /** Class name used in error locations, e.g. "Range". */
  protected abstract readonly _kind: string;
  /** Scalar properties a bare `load()` loads. */
  protected abstract readonly _scalars: readonly string[];
  /** ExcelApi version of properties newer than their object: loading one on an older host fails, as setters do. */
  protected readonly _propertySince: Readonly<Record<string, string>> = {};
  /** Current value of a scalar property, computed at sync. */
  protected abstract _read(prop: string): unknown;

  /** Navigation properties (format, font, items…) that nested load paths walk through. */
  protected _child(_prop: string): FakeClientObject | undefined {
    return undefined;
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop, `${this._kind}.${prop}`);
    return this._loaded.get(prop) as T;
  }

  /** Queues an operation; `run` executes at sync, in queue order. */
  protected _queue(member: string, args: unknown[], run: (response: SyncResponse) => void, since?: string): void {
    const location = `${this._kind}.${member}`;
    this.context.enqueue({ desc: { o: this._path, m: member, a: args }, since, location, run });
  }

  /** A property write: readable locally at once (as Office.js does), applied to the workbook at sync. */
  protected _set(prop: string, value: unknown, apply: () => void, since?: string): void {
    this._loaded.set(prop, value);
    this._queue(prop, [value], apply, since);
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this._queue("load", [paths], (response) => this._loadNow(paths, response));
    return this;
  }

  /** Loads at the current point of a sync (also used by collections to load their items). */
  _loadNow(paths: string[] | "all", response: SyncResponse): void {
    // A null object loads without error; its properties read null (the usual getItemOrNullObject + load pattern).
    const isNull = this._isNullNow();
    // A bare load() loads what this host has; a property named explicitly must exist on it.
    const known = (p: string) => !this._propertySince[p] || versionAtLeast(this.context.runtime.apiVersion, this._propertySince[p]);
    for (const path of paths === "all" ? this._scalars.filter(known) : paths) {
      const [head, ...rest] = path.split("/");
      const child = this._child(head);
      if (child) {
        // Loading a navigation property itself loads nothing (OFFICEJS.md §3): only leaf paths do.
        if (rest.length) child._loadNow([rest.join("/")], response);
        continue;
      }
      if (!this._scalars.includes(head) && head !== "isNullObject") fail("InvalidArgument", `${this._kind}.load`, `Unknown property '${head}'.`);
      const since = this._propertySince[head];
      if (since && !versionAtLeast(this.context.runtime.apiVersion, since)) fail("ApiNotFound", `${this._kind}.${head}`);
      const value = head === "isNullObject" ? isNull : isNull ? null : this._read(head);
      response.payload.push(value);
      response.commits.push(() => this._loaded.set(head, value));
    }
  }

  /** True when this proxy stands for a missing object (overridden by …OrNullObject proxies). */
  protected _isNullNow(): boolean {
    return false;
  }

  /** …OrNullObject proxies: `isNullObject` is loaded automatically at the next sync (OFFICEJS.md §3). */
  protected _autoLoadNull(): void {
    this._queue("isNullObject", [], (response) => this._loadNow(["isNullObject"], response));
  }

  get isNullObject(): boolean {
    return this._get<boolean>("isNullObject");
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

