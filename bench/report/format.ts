/**
 * Shared helpers of the report sections: the results shape, number formatting, and the
 * "minus a no-logging run" arithmetic.
 *
 * @module
 */

import { LIB_INFO } from "../adapters/catalog.ts";

/** What run.ts hands over. */
export interface BenchResults {
  meta: Record<string, unknown>;
  results: Record<string, unknown[]>;
  failures: string[];
}

/** One scenario result as a child wrote it. */
export type Row = Record<string, unknown> & { lib: string; runtime: string };

/** The results of `key` (e.g. "steady"), in run order. */
export function rows(all: BenchResults, key: string): Row[] {
  return (all.results[key] ?? []) as Row[];
}

/** The results of `key` by library (the last one wins when a library ran twice). */
export function byLib(
  all: BenchResults,
  key: string,
): Partial<Record<string, Row>> {
  return Object.fromEntries(rows(all, key).map((r) => [r.lib, r]));
}

/** Report label of a library case. */
export function nameOf(lib: string): string {
  return LIB_INFO[lib as keyof typeof LIB_INFO]?.name ?? lib;
}

/** Description of a library case. */
export function howOf(lib: string): string {
  return LIB_INFO[lib as keyof typeof LIB_INFO]?.how ?? "";
}

/** `v` with thousands separators and `digits` decimals; "n/a" when not a finite number. */
export function fmt(v: unknown, digits = 0): string {
  return typeof v === "number" && Number.isFinite(v)
    ? v.toLocaleString("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    : "n/a";
}

/** `a / b` as "0.123×"; "n/a" unless both are numbers and b > 0. */
export function ratio(a: unknown, b: unknown): string {
  return typeof a === "number" && typeof b === "number" && b > 0 ? `${(a / b).toFixed(3)}×` : "n/a";
}

/** Median (lower middle) of `xs`; NaN when empty. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)];
}

/** `r[k]` when it is a number. */
export function num(r: Row | undefined, k: string): number | undefined {
  return typeof r?.[k] === "number" ? r[k] as number : undefined;
}

/**
 * The no-logging runs nearest in time to `r`: the last one started before it and the first one
 * started after it (one of them at either end of the schedule). Other work on a shared machine
 * moves the baseline by tens of percent over minutes; the runs on either side of a run see
 * about the load it saw. All of them when the results carry no start times.
 */
export function nearestBaselines(r: Row, baselines: Row[]): Row[] {
  const at = num(r, "startedS");
  const timed = baselines.filter((b) => num(b, "startedS") !== undefined);
  if (at === undefined || timed.length === 0) return baselines;
  const before = timed.filter((b) => num(b, "startedS")! < at).at(-1);
  const after = timed.find((b) => num(b, "startedS")! > at);
  return [before, after].filter((b) => b !== undefined);
}

/**
 * Per-record cost of `metric` (`mainCpuNs` or `processCpuNs`) of a steady run, minus the
 * no-logging runs of the same loop on the same runtime nearest in time (`nearestBaselines`):
 * (run − mean baseline per ms × the run's window) / records. The baseline is scaled by window
 * length because the loop runs only for the window (the drain after it has no timer).
 * Undefined when anything is missing.
 */
export function netPerRecord(
  r: Row | undefined,
  baselines: Row[],
  metric: string,
): number | undefined {
  const v = num(r, metric);
  const window = num(r, "windowMs");
  const records = num(r, "records");
  const per = (r ? nearestBaselines(r, baselines) : baselines)
    .map((b) => (num(b, metric) ?? NaN) / (num(b, "windowMs") ?? NaN))
    .filter(Number.isFinite);
  if (v === undefined || window === undefined || !records || per.length === 0) {
    return undefined;
  }
  const base = per.reduce((a, b) => a + b, 0) / per.length;
  return (v - base * window) / records;
}

/**
 * Median, least and greatest of `netPerRecord` over several runs of one library. The median, not
 * the mean: one run disturbed by other work on this shared machine moves a mean of four by a
 * quarter of the disturbance, a median not at all.
 */
export interface Net {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** `netPerRecord` of every run in `runs`, summarised; undefined when none could be computed. */
export function netOf(runs: Row[], baselines: Row[], metric: string): Net | undefined {
  const v = runs.map((r) => netPerRecord(r, baselines, metric)).filter((x) => x !== undefined);
  if (v.length === 0) return undefined;
  const sorted = [...v].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    min: Math.min(...v),
    max: Math.max(...v),
    runs: v.length,
  };
}

/** "5,205" for one run, "5,205 (4,900–5,510)" for several. */
export function fmtNet(n: Net | undefined): string {
  if (n === undefined) return "n/a";
  return n.runs > 1 ? `${fmt(n.median)} (${fmt(n.min)}–${fmt(n.max)})` : fmt(n.median);
}

/** The steady runs of `key` split into the library runs and the no-logging baselines. */
export function steadyRuns(all: BenchResults, key: string, runtime?: string): {
  runs: Row[];
  baselines: Row[];
} {
  const rs = rows(all, key).filter((r) => runtime === undefined || r.runtime === runtime);
  return {
    runs: rs.filter((r) => r.lib !== "none"),
    baselines: rs.filter((r) => r.lib === "none"),
  };
}
