import { OrgIndex } from "./orgIndex";
import type { StaffingColumn } from "./staffingColumns";

/**
 * The persons of a person-level sheet, column by column in typed arrays: a million people fit in a few dozen
 * megabytes and every indicator is one pass over plain numbers. Categorical fields hold vocabulary codes
 * (valueVocab.ts, 0 = unknown); dates are yyyymmdd integers (0 = none); type codes follow ORG_TYPES (1-based).
 */
export class PersonStore {
  n = 0;
  /** Columns the source has: an indicator needing another column is left out. */
  readonly present = new Set<StaffingColumn>();
  readonly row: Int32Array;
  readonly org: Int32Array;
  readonly type: Uint8Array;
  readonly group: Uint8Array;
  readonly employment: Uint8Array;
  readonly education: Uint8Array;
  readonly category: Uint8Array;
  readonly sex: Uint8Array;
  /** 0 unknown, 1 no, 2 yes. */
  readonly young: Uint8Array;
  readonly mentor: Uint8Array;
  readonly birth: Int32Array;
  readonly training: Int32Array;
  readonly hire: Int32Array;
  readonly dismissal: Int32Array;
  readonly experience: Float64Array;
  readonly rate: Float64Array;

  constructor(
    readonly capacity: number,
    /** Shared with the other sheets of the source, so that groups by organisation line up. */
    readonly orgs: OrgIndex = new OrgIndex(),
  ) {
    this.row = new Int32Array(capacity);
    this.org = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.group = new Uint8Array(capacity);
    this.employment = new Uint8Array(capacity);
    this.education = new Uint8Array(capacity);
    this.category = new Uint8Array(capacity);
    this.sex = new Uint8Array(capacity);
    this.young = new Uint8Array(capacity);
    this.mentor = new Uint8Array(capacity);
    this.birth = new Int32Array(capacity);
    this.training = new Int32Array(capacity);
    this.hire = new Int32Array(capacity);
    this.dismissal = new Int32Array(capacity);
    this.experience = new Float64Array(capacity).fill(NaN);
    this.rate = new Float64Array(capacity);
  }

  /** Forgets every person (the columns present stay); their slots are overwritten as new persons come. */
  clear(): void {
    this.n = 0;
  }

  /** A new person slot: every field is written by the reader before it is read. */
  add(): number {
    if (this.n >= this.capacity) throw new Error("PersonStore capacity exceeded");
    return this.n++;
  }
}
