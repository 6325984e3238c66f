import { type ChildProcess, fork } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { InputError } from "../../src/io/inputError";
import { readInput, type ReadResult } from "../../src/io/readInput";
import { ensureBuiltCli } from "./builtCli";

const SCRIPT = path.join(__dirname, "..", "..", "build", "scripts", "readDocuments.js");

type Answer = { ok: true; result: ReadResult } | { ok: false; reason: string | null; detail: string | null; message: string };

/**
 * readInput as the CLI runs it. Under jest a PDF is read in a Node process of its own (scripts/readDocuments.ts):
 * pdfjs-dist is ES modules only, which jest's CommonJS sandbox cannot import. Everything else is read in place.
 * One such process serves a test file's whole run: a process a PDF cost 1.7 s of CPU each (Node's start and pdfjs's
 * load), more than most PDFs take to read.
 */
export async function readInputAnywhere(file: string): Promise<ReadResult> {
  if (process.env.JEST_WORKER_ID === undefined || !isPdf(file)) return readInput(file);
  const answer = await PDF_READER.read(file);
  if (answer.ok) return answer.result;
  if (answer.reason) throw new InputError(answer.reason, answer.detail ?? undefined);
  throw new Error(answer.message);
}

function isPdf(file: string): boolean {
  return readFileSync(file).subarray(0, 1024).includes("%PDF-");
}

/**
 * The reading process, forked on the first PDF (after the CLI is built) and kept for the test file. It holds the test
 * process open only while a question waits: between questions its channel is unreferenced; it is stopped after the
 * file's tests, and exits by itself when the test process does.
 */
class PdfReader {
  private child: ChildProcess | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

  read(file: string): Promise<Answer> {
    const child = this.started();
    const id = this.next++;
    return new Promise<Answer>((resolve, reject) => {
      if (this.waiting.size === 0) child.channel?.ref();
      this.waiting.set(id, { resolve, reject });
      child.send({ id, file });
    });
  }

  stop(): void {
    this.child?.kill();
    this.child = null;
  }

  private started(): ChildProcess {
    if (this.child) return this.child;
    ensureBuiltCli();
    const child = fork(SCRIPT, ["--serve"], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    child.on("message", (m: { id: number; answer: Answer }) => this.settle(m.id, (w) => w.resolve(m.answer)));
    child.on("exit", (code, signal) => {
      this.child = null;
      for (const id of [...this.waiting.keys()]) this.settle(id, (w) => w.reject(new Error(`the PDF reading process ended (${signal ?? code})`)));
    });
    child.unref();
    child.channel?.unref();
    this.child = child;
    return child;
  }

  private settle(id: number, how: (w: { resolve: (a: Answer) => void; reject: (e: Error) => void }) => void): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.child?.channel?.unref();
    how(w);
  }
}

const PDF_READER = new PdfReader();
// The process serves one test file and ends with it: a jest worker runs many files, each would leave one behind.
// (Asked of globalThis: this module is compiled with the CLI too, where jest's globals are not declared.)
const afterAllTests = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll;
if (typeof afterAllTests === "function") afterAllTests(() => PDF_READER.stop());
