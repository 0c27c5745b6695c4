/**
 * Report sections: CPU at a steady 5,000 records/s (Node, every library; Bun and Deno, lockbox)
 * and the stall case (loop slices, tick delays).
 *
 * @module
 */

import {
  type BenchResults,
  byLib,
  fmt,
  fmtNet,
  nameOf,
  netOf,
  ratio,
  type Row,
  rows,
  steadyRuns,
} from "./format.ts";

/** "Steady rate" section lines. */
export function steady(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  const first = rows(all, "steady")[0];
  const seconds = fmt(first?.seconds, 1);
  const { runs, baselines } = steadyRuns(all, "steady");
  const libs = [...new Set(runs.map((r) => r.lib))];
  const of = (lib: string) => runs.filter((r) => r.lib === lib);
  const main = (rs: Row[], b: Row[]) => netOf(rs, b, "mainCpuNs");
  const proc = (rs: Row[], b: Row[]) => netOf(rs, b, "processCpuNs");
  const lbMain = main(of("lockbox"), baselines)?.median;
  const lbProc = proc(of("lockbox"), baselines)?.median;
  const sumOf = (rs: Row[], k: string) => rs.reduce((a, r) => a + ((r[k] as number) ?? 0), 0);
  p("## 2. CPU per record at a steady 5,000 records/s (Node)");
  p();
  p(
    `A 1 ms \`setInterval\` is the trading loop; each tick logs what keeps 5,000 records/s, for ${seconds} s ` +
      "after a 1 s warm-up, OTLP export on where the library exports; then the run waits until " +
      "everything logged has left the main thread (lockbox: written and exported; OTel SDK: " +
      "forceFlush; pino transport: flush, which hands the lines to its worker — the worker's " +
      "export after that is not in its process CPU). **Main-thread CPU, all in**: the main thread's on-CPU " +
      "time from `/proc/self/task/<tid>/schedstat` over the window and the drain — the calls, " +
      "what they leave on that thread (deferred rendering, message handlers, GC on that thread) " +
      "— **minus the no-logging runs of the same loop just before and after it**, per record. **Process CPU**: " +
      "`process.cpuUsage()` (every thread: workers, exporters, GC helpers), minus the same " +
      "baseline, per record. Run-queue wait is time the main thread was ready but had no core " +
      "(2 cores shared with the workers and the receiver).",
  );
  p();
  p(
    "| library | main-thread CPU ns/record | ÷ lockbox | process CPU ns/record | ÷ lockbox | main-thread run-queue wait ns/record (not net) | records | drain ms | runs |",
  );
  p("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const lib of libs) {
    const rs = of(lib);
    const m = main(rs, baselines);
    const c = proc(rs, baselines);
    const records = sumOf(rs, "records");
    p(`| ${nameOf(lib)} | ${fmtNet(m)} | ${ratio(m?.median, lbMain)} | ${fmtNet(c)} | ${
      ratio(c?.median, lbProc)
    } | ${fmt(sumOf(rs, "mainWaitNs") / records)} | ${fmt(records)} | ${
      fmt(sumOf(rs, "drainMs") / rs.length)
    } | ${rs.length} |`);
  }
  p();
  p(
    "The no-logging baseline, per run (main-thread CPU and process CPU of the loop alone, " +
      "ms per second of window): " +
      baselines.map((b) =>
        `${fmt((b.mainCpuNs as number) / (b.windowMs as number) / 1e3, 2)} / ${
          fmt((b.processCpuNs as number) / (b.windowMs as number) / 1e3, 2)
        }`
      ).join("; ") +
      ". The spread between them is this machine's noise floor. With several runs of a " +
      "library, its figure is the median, with the range in brackets; the ratios use the medians.",
  );
  p();
  const rt = rows(all, "steady_runtimes");
  if (rt.length > 0) {
    p("lockbox per runtime (same loop, minus that runtime's no-logging run):");
    p();
    p("| runtime | main-thread CPU ns/record | process CPU ns/record | records | dropped |");
    p("|---|---:|---:|---:|---:|");
    const groups = [
      { rs: of("lockbox"), b: baselines },
      ...[...new Set(rt.map((x) => x.runtime))].map((name) => ({
        rs: rt.filter((x) => x.lib === "lockbox" && x.runtime === name),
        b: rt.filter((x) => x.lib === "none" && x.runtime === name),
      })),
    ].filter((g) => g.rs.length > 0);
    for (const { rs, b } of groups) {
      p(`| ${rs[0].runtime} | ${fmtNet(main(rs, b))} | ${fmtNet(proc(rs, b))} | ${
        fmt(sumOf(rs, "records"))
      } | ${fmt(sumOf(rs, "droppedQueueFull"))} |`);
    }
    p();
  }
  return out;
}

/** "Stall" section lines. */
export function stall(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  const big = byLib(all, "stall").lockbox;
  const list = [...rows(all, "steady")];
  if (big) {
    list.push({
      ...big,
      lib: "lockbox",
      label: "lockbox + 300 KB / 100k-key records",
    });
  }
  p("## 3. Event-loop stall (Node)");
  p();
  p(
    "From the same steady runs. **Loop slice**: main-thread on-CPU time between the end of one " +
      "tick and the start of the next, i.e. work the event loop ran that the tick did not (the " +
      "library's deferred work, its garbage, the runtime's own). **In tick**: wall time inside " +
      "the tick (the calls). **Delay**: time between ticks minus 1 ms. The last row adds a record " +
      "with a 300 KB string attribute and one with a 100,000-key object attribute every 500 ms.",
  );
  p();
  p(
    "| case | slices ≥ 1 ms | slice p99 ms | slice p99.9 ms | slice max ms | in tick p99 ms | in tick max ms | delay p99 ms | delay max ms | ticks |",
  );
  p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of list) {
    const s = r.slices as Record<string, number>;
    const t = r.inTick as Record<string, number>;
    const d = r.delay as Record<string, number>;
    p(`| ${(r.label as string) ?? nameOf(r.lib)} | ${fmt(s.over1Ms)} | ${fmt(s.p99Ms, 3)} | ${
      fmt(s.p999Ms, 3)
    } | ${fmt(s.maxMs, 3)} | ${fmt(t.p99Ms, 3)} | ${fmt(t.maxMs, 3)} | ${fmt(d.p99Ms, 3)} | ${
      fmt(d.maxMs, 3)
    } | ${fmt(r.ticks)} |`);
  }
  p();
  return out;
}
