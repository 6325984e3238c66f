/**
 * Prints, as JSON, the documents `readInput` makes of a file: `node build/scripts/readDocuments.js FILE`.
 * For tests: pdfjs-dist is ES modules only, which jest's CommonJS sandbox cannot import, so a test that reads a PDF
 * through the public entry point asks a real Node process, as the CLI would (test/helpers/readInputAnywhere.ts).
 * Forked with `--serve`, it stays and answers {id, file} messages with {id, answer}: starting Node and loading pdfjs
 * costs more CPU than reading a page of PDF, and a test file reads hundreds of them.
 */
import { readInput } from "../src/io/readInput";

type Answer = { ok: true; result: unknown } | { ok: false; reason: string | null; detail: string | null; message: string };

async function answerFor(file: string): Promise<Answer> {
  try {
    return { ok: true, result: await readInput(file) };
  } catch (err) {
    const e = err as { reason?: string; detail?: string; message?: string };
    return { ok: false, reason: e.reason ?? null, detail: e.detail ?? null, message: String(e.message ?? err) };
  }
}

if (process.argv[2] === "--serve") {
  process.on("message", (m: { id: number; file: string }) => {
    void answerFor(m.file).then((answer) => process.send?.({ id: m.id, answer }));
  });
  // The test process is gone (or let us go): nothing more will be asked.
  process.on("disconnect", () => process.exit(0));
} else {
  void answerFor(process.argv[2] ?? "").then((answer) => process.stdout.write(JSON.stringify(answer)));
}
