/** Text written piece by piece, handed on once it is all written (`end`). */
export interface TextSink {
  readonly write: (text: string) => void;
  readonly end: () => void;
}

/** A megabyte: a write of stdout for each, not for each piece of some kilobytes (issue 15: a 24 MB vacancy report). */
const CHUNK_BYTES = 1 << 20;

/**
 * Text gathered as UTF-8 into chunks of `size` bytes, each handed to `put` once the next piece would not fit, the
 * last one at `end`: each piece is encoded once, straight into the chunk, and stdout writes a megabyte at a time
 * instead of encoding and writing each piece of text on its own. A piece is never split between chunks (its bytes
 * are those of the piece encoded alone: a lone surrogate half becomes U+FFFD, as it does written as a string); a
 * piece larger than a chunk is handed on by itself. A chunk handed on is never written to again.
 */
export function utf8Chunks(put: (bytes: Uint8Array) => void, size = CHUNK_BYTES): TextSink {
  let chunk = Buffer.allocUnsafe(size);
  let at = 0;
  const flush = () => {
    if (at > 0) put(chunk.subarray(0, at));
    chunk = Buffer.allocUnsafe(size);
    at = 0;
  };
  return {
    write(text) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a pair, two units, 4).
      const most = 3 * text.length;
      if (at + most > size) flush();
      if (most > size) put(Buffer.from(text, "utf8"));
      else at += chunk.write(text, at, "utf8");
    },
    end: () => {
      if (at > 0) flush();
    },
  };
}
