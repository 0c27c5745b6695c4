/**
 * The targets of pipeline v2, evaluated on one run's numbers, each PASS/FAIL with the measured
 * figure (or NOT MEASURED when a case it needs did not run).
 *
 * @module
 */

import {
  type BenchResults,
  byLib,
  fmt,
  median,
  netPerRecord,
  num,
  ratio,
  rows,
  steadyRuns,
} from "./format.ts";

/** One target row. */
export interface Target {
  name: string;
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}

/** Loop slices of ≥ 1 ms (main-thread CPU between ticks) and the longest, of one steady run. */
function slices(
  r: Record<string, unknown> | undefined,
): { over1Ms: number; maxMs: number } | undefined {
  const s = r?.slices as { over1Ms?: number; maxMs?: number } | undefined;
  return s && typeof s.over1Ms === "number" && typeof s.maxMs === "number"
    ? { over1Ms: s.over1Ms, maxMs: s.maxMs }
    : undefined;
}

/** The pipeline v2 targets, headline first. */
export function targets(all: BenchResults): Target[] {
  const t: Target[] = [];
  const node = rows(all, "steady")[0]?.runtime;
  const { runs, baselines } = steadyRuns(all, "steady", node);
  const steady = Object.fromEntries(runs.map((r) => [r.lib, r]));

  const lbMain = netPerRecord(steady.lockbox, baselines, "mainCpuNs");
  const poMain = netPerRecord(steady.pino_otel, baselines, "mainCpuNs");
  t.push({
    name: "main-thread CPU per record, all in, steady 5,000 rec/s, minus no logging",
    goal: "≤ 0.2× pino + otel transport",
    measured: `${ratio(lbMain, poMain)} (${fmt(lbMain)} / ${fmt(poMain)} ns)`,
    pass: lbMain === undefined || poMain === undefined ? null : lbMain <= 0.2 * poMain,
  });

  const cc = byLib(all, "caller_cost");
  const lbCall = num(cc.lockbox, "medianNs");
  const poCall = num(cc.pino_otel, "medianNs");
  t.push({
    name: "caller cost, median",
    goal: "≤ 0.1× pino + otel transport",
    measured: `${ratio(lbCall, poCall)} (${fmt(lbCall)} / ${fmt(poCall)} ns)`,
    pass: lbCall === undefined || poCall === undefined ? null : lbCall <= 0.1 * poCall,
  });

  const lbProc = netPerRecord(steady.lockbox, baselines, "processCpuNs");
  const otProc = netPerRecord(steady.otel_sdk, baselines, "processCpuNs");
  t.push({
    name: "total process CPU per record (all threads), steady 5,000 rec/s, minus no logging",
    goal: "≤ 1.0× raw OTel SDK (BatchLogRecordProcessor)",
    measured: `${ratio(lbProc, otProc)} (${fmt(lbProc)} / ${fmt(otProc)} ns)`,
    pass: lbProc === undefined || otProc === undefined ? null : lbProc <= otProc,
  });

  const tp = rows(all, "throughput").find((r) => r.runtime === node) ??
    rows(all, "throughput")[0];
  const ceiling = num(tp, "ceiling");
  const others = rows(all, "throughput").filter((r) => r !== tp)
    .map((r) => `${r.runtime.split(" ")[0]} ${fmt(r.ceiling)}`).join(", ");
  t.push({
    name: "throughput ceiling, zero drops, every record exported (Node)",
    goal: "≥ 50,000 rec/s",
    measured: `${fmt(ceiling)} rec/s${others ? ` (${others})` : ""}`,
    pass: ceiling === undefined ? null : ceiling >= 50_000,
  });

  const su = rows(all, "startup").filter((r) => r.runtime === (tp?.runtime ?? node));
  const rss = median(
    su.map((r) => num(r, "rssOverheadMb")).filter((v) => v !== undefined),
  );
  t.push({
    name: "RSS overhead of an initialised module (Node, median of fresh processes)",
    goal: "≤ 25 MB",
    measured: `${fmt(rss, 1)} MB`,
    pass: Number.isFinite(rss) ? rss <= 25 : null,
  });

  const base = baselines.map(slices).filter((s) => s !== undefined);
  const lbSteady = slices(steady.lockbox);
  const lbStall = slices(byLib(all, "stall").lockbox);
  const baseCount = Math.max(...base.map((s) => s.over1Ms));
  const baseMax = Math.max(...base.map((s) => s.maxMs));
  t.push({
    name: "stall: loop slices (main-thread CPU between ticks) of ≥ 1 ms caused by lockbox",
    goal: "none beyond the no-logging run's",
    measured: lbSteady && lbStall && base.length > 0
      ? `${lbSteady.over1Ms} at steady rate, ${lbStall.over1Ms} with 300 KB / 100k-key records; ` +
        `no logging ${baseCount}; longest ${fmt(lbSteady.maxMs, 2)} / ${
          fmt(lbStall.maxMs, 2)
        } ms ` +
        `vs ${fmt(baseMax, 2)} ms`
      : "n/a",
    pass: lbSteady && lbStall && base.length > 0
      ? lbSteady.over1Ms <= baseCount && lbStall.over1Ms <= baseCount
      : null,
  });

  const fin = steady.lockbox?.finished as
    | { otlp?: { exported: number }; stdout?: { written: number } }
    | undefined;
  const drops = num(steady.lockbox, "droppedQueueFull");
  const logged = num(steady.lockbox, "records");
  t.push({
    name: "no drops at 5,000 rec/s, default queue (kept from release 0.1.x)",
    goal: "0 dropped, every record written and exported",
    measured: `${fmt(drops)} dropped of ${fmt(logged)}; ${fmt(fin?.stdout?.written)} written, ${
      fmt(fin?.otlp?.exported)
    } exported`,
    pass: steady.lockbox === undefined || logged === undefined
      ? null
      : drops === 0 && (fin?.otlp?.exported ?? 0) >= logged &&
        (fin?.stdout?.written ?? 0) >= logged,
  });
  return t;
}
