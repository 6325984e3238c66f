import Ajv2020 from "ajv/dist/2020";
import { existsSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { ensureBuiltCli, runBuiltCli } from "./builtCli";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process, capturing its output; `today` is fixed so outputs are reproducible. A PDF among the
 * arguments is read by the built CLI in a process of its own: pdfjs-dist is ES modules only, which jest's CommonJS
 * sandbox cannot import (the in-process run would report an internal error no user ever sees).
 */
export async function runCli(args: string[], today = "2026-11-23"): Promise<CliRun> {
  if (args.some(isPdfFile)) {
    ensureBuiltCli();
    const r = runBuiltCli(...args);
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (s) => void (stdout += s), err: (s) => void (stderr += s), today });
  return { code, stdout, stderr };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });

/** Validates a document against one of the contract schemas in contract/; returns the errors (empty when valid). */
export function contractErrors(schema: "plan" | "issues" | "indicators" | "vacancies", doc: unknown): string[] {
  const file = path.join(__dirname, "..", "..", "contract", `${schema}.schema.json`);
  const validate = ajv.getSchema(file) ?? (ajv.addSchema(JSON.parse(readFileSync(file, "utf8")), file), ajv.getSchema(file)!);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function isPdfFile(arg: string): boolean {
  return existsSync(arg) && statSync(arg).isFile() && readFileSync(arg).subarray(0, 1024).includes("%PDF-");
}
