/**
 * The part of pdfjs-dist this reader uses, typed here: pdfjs-dist 5 ships ES modules only, which the CommonJS
 * builds (CLI, jest) cannot name in types.
 */
export interface PdfjsModule {
  getDocument(params: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; verbosity?: number; stopAtErrors?: boolean }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Readonly<Record<string, number>>;
}

export interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfPage {
  getViewport(params: { scale: number }): { width: number; height: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ items: readonly ({ str: string; transform: number[]; width: number; height: number; hasEOL?: boolean } | { type: string })[] }>;
  getOperatorList(): Promise<{ fnArray: readonly number[]; argsArray: readonly unknown[] }>;
  cleanup(): void;
}
