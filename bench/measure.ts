/** Shared by the benchmarks: wall time and peak memory of a piece of work, sampled while it runs. */
export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

export async function measure<T>(work: () => T | Promise<T>): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  sample();
  const start = process.hrtime.bigint();
  const value = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sample();
  clearInterval(timer);
  return { value, ms, peakRssMb: peakRss / 1048576, peakHeapMb: peakHeap / 1048576 };
}

export function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => String(typeof c === "number" ? (Number.isInteger(c) ? c : c.toFixed(1)) : c).padStart(widths[i] ?? 10)).join("  ");
}

/** The middle value (the mean of the two middle ones for an even count): what the pair benchmarks report. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
