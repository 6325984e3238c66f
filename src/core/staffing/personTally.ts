import type { EvalContext } from "./compileCondition";
import { evaluatePersons, type PopulationMasks } from "./evaluateIndicator";
import type { IssueSink } from "./issueSink";
import { personNeeds } from "./indicatorNeeds";
import type { IndicatorDefinition, Population } from "./indicatorSchema";
import type { OrgIndex } from "./orgIndex";
import { PersonKeys } from "./personKeys";
import { PersonStore } from "./personStore";
import { PersonReader, personColumns, type TableHeader } from "./readPersons";
import { ShareAccumulator } from "./shareAccumulator";
import type { Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { ORG_TYPES } from "./types";

/**
 * Person indicators in one pass with bounded memory: persons gather in a store of at most `window` slots (typed
 * arrays), and when it is full, at the next change of organisation, every computable indicator adds the stored
 * persons to its accumulator and the store starts again. A staff list is written organisation by organisation and
 * a person's internal part-time row belongs to the same organisation, so merging rates and finding duplicates
 * within the window loses nothing on such a list; a list of any order up to the window is read exactly as a whole.
 */
export class PersonTally {
  readonly present = new Set<StaffingColumn>();
  readonly store: PersonStore;
  private readonly seen: PersonKeys;
  private readonly accumulators = new Map<string, ShareAccumulator>();
  private lastOrg = -1;
  private flushed = false;

  constructor(
    headers: readonly TableHeader[],
    private readonly definitions: readonly IndicatorDefinition[],
    private readonly population: Population,
    readonly asOf: Ymd | null,
    private readonly orgs: OrgIndex,
    /** Persons held before the store is emptied into the accumulators (at an organisation boundary). */
    private readonly window: number,
  ) {
    for (const h of headers) for (const k of personColumns(h)) this.present.add(k);
    // Twice the window: room for the rest of the organisation that fills it.
    this.store = new PersonStore(Math.max(1, window * 2), orgs);
    this.seen = new PersonKeys(this.store.capacity);
    for (const k of this.present) this.store.present.add(k);
  }

  /** A reader of one person table into this tally. */
  reader(header: TableHeader, sink: IssueSink): PersonReader {
    return new PersonReader(header, this.store, this.asOf, sink, this.seen, (org) => this.beforeAdd(org));
  }

  /** Whether a definition can be computed from the persons (its columns are there, and its date when it needs one). */
  computable(def: IndicatorDefinition): boolean {
    if (!def.persons) return false;
    const needs = personNeeds(def);
    return needs.columns.every((c) => this.present.has(c)) && (!needs.dated || this.asOf !== null);
  }

  /** The accumulated shares of a computable definition, after the last row. */
  result(def: IndicatorDefinition): ShareAccumulator {
    this.flush();
    const acc = this.accumulators.get(def.id) ?? new ShareAccumulator(0);
    acc.grow(this.orgs.size);
    return acc;
  }

  /** Whether the store was emptied before the end (persons of a list longer than the window). */
  get windowed(): boolean {
    return this.flushed;
  }

  private beforeAdd(org: number): void {
    const { store } = this;
    if (store.n >= store.capacity || (store.n >= this.window && org !== this.lastOrg)) {
      this.flush();
      this.flushed = true;
    }
    this.lastOrg = org;
  }

  /** Adds the stored persons to every computable indicator and empties the store. */
  private flush(): void {
    const { store } = this;
    if (store.n === 0) return;
    const orgTypes = Uint8Array.from(this.orgs.resolvedTypes(), (t) => (t ? ORG_TYPES.indexOf(t) + 1 : 0));
    const typeOf = new Uint8Array(store.n);
    for (let i = 0; i < store.n; i++) typeOf[i] = store.type[i] || orgTypes[store.org[i]];
    const ctx: EvalContext = { store, asOf: this.asOf, typeOf };
    const masks: PopulationMasks = new Map();
    for (const def of this.definitions) {
      if (!this.computable(def)) continue;
      let acc = this.accumulators.get(def.id);
      if (!acc) this.accumulators.set(def.id, (acc = new ShareAccumulator(this.orgs.size)));
      evaluatePersons(def, ctx, this.population, acc, masks);
    }
    store.clear();
    this.seen.clear();
  }
}
