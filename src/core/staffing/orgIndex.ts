import { detach } from "../text/detach";
import { foldText } from "../text/normalize";
import { typeFromName } from "./orgType";
import type { OrgType } from "./types";

/**
 * Organisations of a staffing source, numbered in order of appearance. Spellings that fold to the same text
 * (quotes, spaces, case, look-alikes: МБОУ «СОШ № 5» and МБОУ СОШ №5) are one organisation, shown as first written.
 */
export class OrgIndex {
  readonly names: string[] = [];
  /** Type stated by a type column or a section row; null until one is seen. */
  readonly statedTypes: (OrgType | null)[] = [];
  private readonly byKey = new Map<string, number>();
  /** Names as written, already looked up: a staff list repeats its organisation on every row. */
  private readonly byName = new Map<string, number>();
  /** The name asked last and its index: a staff list gives the same name row after row, often the same string. */
  private lastName: string | null = null;
  private lastIndex = -1;

  static keyOf(name: string): string {
    return foldText(name).replace(/[\s№#]+/g, "");
  }

  indexOf(name: string): number {
    if (name === this.lastName) return this.lastIndex;
    const i = this.lookUp(name);
    // Held only until another name is asked: at most the chunk of the row being read stays alive with it.
    this.lastName = name;
    this.lastIndex = i;
    return i;
  }

  private lookUp(name: string): number {
    const seen = this.byName.get(name);
    if (seen !== undefined) return seen;
    // Kept for the whole read: a copy, not a view into a streamed chunk.
    name = detach(name);
    const key = OrgIndex.keyOf(name);
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.names.length;
      this.byKey.set(key, i);
      this.names.push(name);
      this.statedTypes.push(null);
    }
    this.byName.set(name, i);
    return i;
  }

  stateType(org: number, type: OrgType | null): void {
    if (type && this.statedTypes[org] === null) this.statedTypes[org] = type;
  }

  /** The type of each organisation: as stated, else from its name; null when neither tells. */
  resolvedTypes(): (OrgType | null)[] {
    return this.names.map((name, i) => this.statedTypes[i] ?? typeFromName(name));
  }

  get size(): number {
    return this.names.length;
  }
}

export const NO_ORG = "(организация не указана)";
