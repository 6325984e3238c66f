/**
 * UTF-8 bytes written a string at a time into chunks that are never copied: a large part grows by a new chunk, not
 * by doubling one buffer and copying it over. Each chunk is fresh memory the first time it is touched, and that
 * first touch, not the copy, is what a growing buffer cost: a 10,000-item summary's parts are about 15 MB.
 * The zip deflates the chunks as they are (zipPackage).
 */
export class ByteChunks {
  private static readonly encoder = new TextEncoder();
  private readonly full: Uint8Array[] = [];
  private chunk: Uint8Array;
  private length = 0;

  /** `first`: the first chunk's size; each next one is twice the last, up to `largest`. */
  constructor(
    first = 1 << 14,
    private readonly largest = 1 << 20,
  ) {
    this.chunk = new Uint8Array(Math.max(16, first));
  }

  /** Appends `s` as UTF-8 (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
  write(s: string): void {
    // encodeInto never splits a character: what did not fit goes on in the next chunk.
    let { read, written } = ByteChunks.encoder.encodeInto(s, this.chunk.subarray(this.length));
    this.length += written;
    while (read < s.length) {
      this.next(s.length - read);
      s = s.slice(read);
      ({ read, written } = ByteChunks.encoder.encodeInto(s, this.chunk.subarray(this.length)));
      this.length += written;
    }
  }

  /** The bytes written, in order; the writer is not to be used after. */
  finish(): Uint8Array[] {
    return this.length ? [...this.full, this.chunk.subarray(0, this.length)] : [...this.full];
  }

  /** Starts a new chunk, with room for at least `chars` characters of BMP text (3 bytes each at most). */
  private next(chars: number): void {
    if (this.length) this.full.push(this.chunk.subarray(0, this.length));
    this.chunk = new Uint8Array(Math.max(Math.min(2 * this.chunk.length, this.largest), Math.min(3 * chars, this.largest)));
    this.length = 0;
  }
}

/** The number of bytes of some chunks. */
export function byteLength(chunks: readonly Uint8Array[]): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

/** The chunks as one array (where a consumer takes nothing else). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(byteLength(chunks));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
