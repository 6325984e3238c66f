/** The part of pako 1.x (no bundled types) the zlib shim uses. */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, end: boolean): boolean;
    readonly err: number;
    readonly msg: string;
  }
}
