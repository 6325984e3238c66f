import { createWriteStream } from "fs";

/**
 * Lines written to a file in half-megabyte pieces, waiting when the stream is full: the generators write files of
 * millions of rows without holding them.
 */
export class LineWriter {
  private readonly out;
  private buffer = "";

  constructor(file: string) {
    this.out = createWriteStream(file, { highWaterMark: 1 << 20 });
  }

  async line(text: string): Promise<void> {
    this.buffer += text + "\n";
    if (this.buffer.length <= 1 << 19) return;
    const full = !this.out.write(this.buffer);
    this.buffer = "";
    if (full) await new Promise<void>((resolve) => this.out.once("drain", () => resolve()));
  }

  async close(): Promise<void> {
    this.out.write(this.buffer);
    this.buffer = "";
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
