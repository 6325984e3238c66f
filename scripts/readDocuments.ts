/**
 * Prints, as JSON, the documents `readInput` makes of a file: `node build/scripts/readDocuments.js FILE`.
 * For tests: pdfjs-dist is ES modules only, which jest's CommonJS sandbox cannot import, so a test that reads a PDF
 * through the public entry point asks a real Node process, as the CLI would (test/helpers/readInputAnywhere.ts).
 */
import { readInput } from "../src/io/readInput";

async function main(file: string): Promise<void> {
  try {
    process.stdout.write(JSON.stringify({ ok: true, result: await readInput(file) }));
  } catch (err) {
    const e = err as { reason?: string; detail?: string; message?: string };
    process.stdout.write(JSON.stringify({ ok: false, reason: e.reason ?? null, detail: e.detail ?? null, message: String(e.message ?? err) }));
  }
}

void main(process.argv[2] ?? "");
