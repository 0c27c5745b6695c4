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
  nameOf,
  netPerRecord,
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
  const lb = runs.find((r) => r.lib === "lockbox");
  const main = (r: Row | undefined, b: Row[]) => netPerRecord(r, b, "mainCpuNs");
  const proc = (r: Row | undefined, b: Row[]) => netPerRecord(r, b, "processCpuNs");
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
      "— **minus the no-logging run of the same loop**, per record. **Process CPU**: " +
      "`process.cpuUsage()` (every thread: workers, exporters, GC helpers), minus the same " +
      "baseline, per record. Run-queue wait is time the main thread was ready but had no core " +
      "(2 cores shared with the workers and the receiver).",
  );
  p();
  p(
    "| library | main-thread CPU ns/record | ÷ lockbox | process CPU ns/record | ÷ lockbox | main-thread run-queue wait ns/record (not net) | records | drain ms |",
  );
  p("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of runs) {
    const records = r.records as number;
    p(`| ${nameOf(r.lib)} | ${fmt(main(r, baselines))} | ${
      ratio(main(r, baselines), main(lb, baselines))
    } | ${fmt(proc(r, baselines))} | ${ratio(proc(r, baselines), proc(lb, baselines))} | ${
      fmt((r.mainWaitNs as number) / records)
    } | ${fmt(records)} | ${fmt(r.drainMs, 0)} |`);
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
      ". The spread between the two runs is this machine's noise floor.",
  );
  p();
  const rt = rows(all, "steady_runtimes");
  if (rt.length > 0) {
    p("lockbox per runtime (same loop, minus that runtime's no-logging run):");
    p();
    p("| runtime | main-thread CPU ns/record | process CPU ns/record | records | dropped |");
    p("|---|---:|---:|---:|---:|");
    for (const r of [lb, ...rt.filter((x) => x.lib === "lockbox")]) {
      if (!r) continue;
      const b = r === lb
        ? baselines
        : rt.filter((x) => x.lib === "none" && x.runtime === r.runtime);
      p(`| ${r.runtime} | ${fmt(main(r, b))} | ${fmt(proc(r, b))} | ${fmt(r.records)} | ${
        fmt(r.droppedQueueFull)
      } |`);
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
