import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { InputError } from "../../src/io/inputError";
import { readInput, type ReadResult } from "../../src/io/readInput";
import { ensureBuiltCli } from "./builtCli";

const SCRIPT = path.join(__dirname, "..", "..", "build", "scripts", "readDocuments.js");

/**
 * readInput as the CLI runs it. Under jest a PDF is read in a Node process of its own (scripts/readDocuments.ts):
 * pdfjs-dist is ES modules only, which jest's CommonJS sandbox cannot import. Everything else is read in place.
 */
export async function readInputAnywhere(file: string): Promise<ReadResult> {
  if (process.env.JEST_WORKER_ID === undefined || !isPdf(file)) return readInput(file);
  ensureBuiltCli();
  const r = spawnSync(process.execPath, [SCRIPT, file], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const answer = JSON.parse(r.stdout) as { ok: true; result: ReadResult } | { ok: false; reason: string | null; detail: string | null; message: string };
  if (answer.ok) return answer.result;
  if (answer.reason) throw new InputError(answer.reason, answer.detail ?? undefined);
  throw new Error(answer.message);
}

function isPdf(file: string): boolean {
  return readFileSync(file).subarray(0, 1024).includes("%PDF-");
}
