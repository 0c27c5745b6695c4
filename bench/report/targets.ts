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
  netOf,
  num,
  ratio,
  type Row,
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

/** What every target reads: the steady runs on the first steady runtime (Node) and baselines. */
interface SteadyContext {
  all: BenchResults;
  /** The runtime of the steady runs (Node in a full run). */
  node: string | undefined;
  /** The no-logging runs each library's runs are netted against. */
  baselines: Row[];
  /** The steady runs of one library. */
  of: (lib: string) => Row[];
  /** ", medians of N runs each" when lockbox ran more than once, else "". */
  runsNote: string;
}

/** The pipeline v2 targets, headline first. */
export function targets(all: BenchResults): Target[] {
  const node = rows(all, "steady")[0]?.runtime;
  const { runs, baselines } = steadyRuns(all, "steady", node);
  const of = (lib: string) => runs.filter((r) => r.lib === lib);
  const nRuns = of("lockbox").length;
  const runsNote = nRuns > 1 ? `, medians of ${nRuns} runs each` : "";
  const c: SteadyContext = { all, node, baselines, of, runsNote };
  const tp = throughputRow(c);
  return [
    mainCpuTarget(c),
    callerCostTarget(c),
    processCpuTarget(c),
    throughputTarget(c, tp),
    rssTarget(c, tp),
    stallTarget(c),
    noDropsTarget(c),
  ];
}

/** Main-thread CPU per record at the steady rate, lockbox against pino + otel transport. */
function mainCpuTarget({ baselines, of, runsNote }: SteadyContext): Target {
  const lbMain = netOf(of("lockbox"), baselines, "mainCpuNs")?.median;
  const poMain = netOf(of("pino_otel"), baselines, "mainCpuNs")?.median;
  return {
    name: "main-thread CPU per record, all in, steady 5,000 rec/s, minus no logging",
    goal: "≤ 0.2× pino + otel transport",
    measured: `${ratio(lbMain, poMain)} (${fmt(lbMain)} / ${fmt(poMain)} ns${runsNote})`,
    pass: lbMain === undefined || poMain === undefined ? null : lbMain <= 0.2 * poMain,
  };
}

/** Median caller cost, lockbox against pino + otel transport. */
function callerCostTarget({ all }: SteadyContext): Target {
  const cc = byLib(all, "caller_cost");
  const lbCall = num(cc.lockbox, "medianNs");
  const poCall = num(cc.pino_otel, "medianNs");
  return {
    name: "caller cost, median",
    goal: "≤ 0.1× pino + otel transport",
    measured: `${ratio(lbCall, poCall)} (${fmt(lbCall)} / ${fmt(poCall)} ns)`,
    pass: lbCall === undefined || poCall === undefined ? null : lbCall <= 0.1 * poCall,
  };
}

/** Total process CPU per record at the steady rate, lockbox against the raw OTel SDK. */
function processCpuTarget({ baselines, of, runsNote }: SteadyContext): Target {
  const lbProc = netOf(of("lockbox"), baselines, "processCpuNs")?.median;
  const otProc = netOf(of("otel_sdk"), baselines, "processCpuNs")?.median;
  return {
    name: "total process CPU per record (all threads), steady 5,000 rec/s, minus no logging",
    goal: "≤ 1.0× raw OTel SDK (BatchLogRecordProcessor)",
    measured: `${ratio(lbProc, otProc)} (${fmt(lbProc)} / ${fmt(otProc)} ns${runsNote})`,
    pass: lbProc === undefined || otProc === undefined ? null : lbProc <= otProc,
  };
}

/** The throughput run on the steady runtime, else the first one. */
function throughputRow({ all, node }: SteadyContext): Row | undefined {
  return rows(all, "throughput").find((r) => r.runtime === node) ?? rows(all, "throughput")[0];
}

/** The throughput ceiling on Node (the other runtimes' in brackets): ≥ 50,000 rec/s. */
function throughputTarget({ all }: SteadyContext, tp: ReturnType<typeof throughputRow>): Target {
  const ceiling = num(tp, "ceiling");
  const others = rows(all, "throughput").filter((r) => r !== tp)
    .map((r) => `${r.runtime.split(" ")[0]} ${fmt(r.ceiling)}`).join(", ");
  return {
    name: "throughput ceiling, zero drops, every record exported (Node)",
    goal: "≥ 50,000 rec/s",
    measured: `${fmt(ceiling)} rec/s${others ? ` (${others})` : ""}`,
    pass: ceiling === undefined ? null : ceiling >= 50_000,
  };
}

/** RSS overhead of an initialised module on the throughput row's runtime: ≤ 25 MB. */
function rssTarget({ all, node }: SteadyContext, tp: ReturnType<typeof throughputRow>): Target {
  const su = rows(all, "startup").filter((r) => r.runtime === (tp?.runtime ?? node));
  const rss = median(
    su.map((r) => num(r, "rssOverheadMb")).filter((v) => v !== undefined),
  );
  return {
    name: "RSS overhead of an initialised module (Node, median of fresh processes)",
    goal: "≤ 25 MB",
    measured: `${fmt(rss, 1)} MB`,
    pass: Number.isFinite(rss) ? rss <= 25 : null,
  };
}

/** Loop slices of ≥ 1 ms: lockbox's steady and stall runs against the no-logging runs. */
function stallTarget({ all, baselines, of }: SteadyContext): Target {
  const base = baselines.map(slices).filter((s) => s !== undefined);
  const lbRuns = of("lockbox").map(slices).filter((x) => x !== undefined);
  const lbSteady = lbRuns.length === 0 ? undefined : {
    over1Ms: Math.max(...lbRuns.map((x) => x.over1Ms)),
    maxMs: Math.max(...lbRuns.map((x) => x.maxMs)),
  };
  const lbStall = slices(byLib(all, "stall").lockbox);
  const baseCount = Math.max(...base.map((s) => s.over1Ms));
  const baseMax = Math.max(...base.map((s) => s.maxMs));
  return {
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
  };
}

/** No drops at the steady rate with the default queue; every record written and exported. */
function noDropsTarget({ of }: SteadyContext): Target {
  type Fin = { otlp?: { exported: number }; stdout?: { written: number } } | undefined;
  const lb = of("lockbox").map((r) => ({
    drops: num(r, "droppedQueueFull") ?? NaN,
    logged: num(r, "records") ?? NaN,
    written: (r.finished as Fin)?.stdout?.written ?? 0,
    exported: (r.finished as Fin)?.otlp?.exported ?? 0,
  }));
  const sum = (k: keyof typeof lb[number]) => lb.reduce((a, x) => a + x[k], 0);
  return {
    name: "no drops at 5,000 rec/s, default queue (kept from release 0.1.x)",
    goal: "0 dropped, every record written and exported",
    measured: `${fmt(sum("drops"))} dropped of ${
      fmt(sum("logged"))
    } (after warm-up, ${lb.length} run${lb.length === 1 ? "" : "s"}); ${
      fmt(sum("written"))
    } written, ${fmt(sum("exported"))} exported (warm-up included)`,
    pass: lb.length === 0
      ? null
      : lb.every((x) => x.drops === 0 && x.written >= x.logged && x.exported >= x.logged),
  };
}
