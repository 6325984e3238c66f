/** The worker module of pdfjs-dist has no types; it is only handed to pdfjs (globalThis.pdfjsWorker). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
