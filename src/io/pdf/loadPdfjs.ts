import type { PdfjsModule } from "./pdfjsApi";
import { keepBuiltins } from "./restoreBuiltins";

let loading: Promise<PdfjsModule> | null = null;

/**
 * How the product opens a PDF: no eval (pdf.js would compile font programs with it, which only drawing needs), no
 * font faces or system fonts, since only the text and its positions are read. Shared with the tests that copy text as
 * Firefox's viewer does, so both see the same text runs.
 */
export const PDF_OPEN_OPTIONS = { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 } as const;

/**
 * pdfjs-dist, loaded once, with its worker running in this thread (pdfjs's "fake worker": the worker module is put
 * where pdfjs looks for it, globalThis.pdfjsWorker), so no worker file has to be served or found on disk.
 *
 * In the browser bundle webpack sees the import() calls and makes chunks of them. Node runs the CommonJS build,
 * where TypeScript would turn import() into require(), which cannot load pdfjs's ES modules on Node 20: there the
 * import() is made at run time by a function TypeScript does not compile.
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= load().catch((err) => {
    loading = null;
    throw err;
  });
  return loading;
}

async function load(): Promise<PdfjsModule> {
  const restore = keepBuiltins();
  let pdfjs: unknown, worker: unknown;
  try {
    [pdfjs, worker] = isNode()
      ? await Promise.all([nativeImport("pdfjs-dist/legacy/build/pdf.mjs"), nativeImport("pdfjs-dist/legacy/build/pdf.worker.mjs")])
      : await Promise.all([import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"), import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs")]);
  } finally {
    restore();
  }
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs as unknown as PdfjsModule;
}

function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === "string";
}

// A real import(), out of TypeScript's reach (see above).
const nativeImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;
