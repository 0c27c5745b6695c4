/**
 * Steady rate: a 1 ms `setInterval` stands for the trading loop; each tick logs what keeps
 * `rate` records/s (5 per tick when on time) for `seconds`, OTLP export on, after `warmupMs` at
 * the same rate. One run measures, over the window and the drain that follows it (until
 * everything logged has left the main thread: lockbox written and exported, OTel SDK
 * forceFlush, pino transport flush):
 *
 * - main-thread CPU, all in: the main thread's on-CPU time (Linux schedstat) — the calls, what
 *   they leave behind on that thread (deferred drains, message handlers, GC on that thread) and
 *   the loop itself. run.ts subtracts a no-logging run (`none`) of the same loop;
 * - total process CPU (`process.cpuUsage()`, all threads: workers, GC helpers, exporters);
 * - tick delay past the 1 ms period (the stall the trading loop sees), and the time inside each
 *   tick (the calls themselves);
 * - loop slices: main-thread on-CPU time between the end of one tick and the start of the next,
 *   i.e. work the event loop ran that the tick did not. In the no-logging run that is the
 *   loop's and the runtime's own work; more or longer slices in a library's run are that
 *   library's deferred work (or its garbage).
 *
 * With `big: true`, it also logs a record with a 300 KB string attribute and one with a
 * 100,000-key object attribute every 500 ms (alternating): the stall case.
 *
 * Usage (normally via bench/run.ts): BENCH_LIB=none BENCH_OUT=out.json node bench/.cache/steady.mjs
 *
 * @module
 */

import process from "node:process";
import { performance } from "node:perf_hooks";
import { libFromEnv, mainThreadClock, params, quantile, sleep, writeResult } from "./common.ts";
import { setup } from "./adapters/mod.ts";

const p = params({ rate: 5_000, seconds: 8, warmupMs: 1_000, big: false });
const lib = libFromEnv();
const clock = mainThreadClock();
const target = await setup(lib);
const { log, logWith } = target;

const bigString = p.big ? "x".repeat(300_000) : "";
const bigObject: Record<string, number> = {};
if (p.big) { for (let i = 0; i < 100_000; i++) bigObject[`k${i}`] = i; }

const cap = Math.ceil(p.seconds * 1000 * 1.5) + 100;
const delays = new Float64Array(cap);
const inTick = new Float64Array(cap);
const slices = new Float64Array(cap);
let n = 0;
let logged = 0;
let bigLogged = 0;
type Elu = { active: number; utilization: number };
const eluOf = (performance as { eventLoopUtilization?: (a?: Elu) => Elu })
  .eventLoopUtilization;

let sched0 = { cpuNs: 0, waitNs: 0 };
let cpu0 = process.cpuUsage();
let elu0: Elu | undefined;
let t0 = 0;
await new Promise<void>((resolve) => {
  const start = performance.now();
  const measureFrom = start + p.warmupMs;
  const end = measureFrom + p.seconds * 1000;
  let phaseStart = start;
  let due0 = 0;
  let last = start;
  let lastEndCpu = -1;
  let measuring = false;
  let nextBig = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpuStart = clock?.cpuNs() ?? 0;
    if (!measuring && now >= measureFrom) {
      measuring = true;
      sched0 = clock?.read() ?? sched0;
      cpu0 = process.cpuUsage();
      elu0 = eluOf?.();
      t0 = now;
      phaseStart = now;
      due0 = 0;
      nextBig = now + 500;
    } else if (measuring && n < cap) {
      delays[n] = Math.max(0, now - last - 1);
      slices[n] = lastEndCpu < 0 ? 0 : (cpuStart - lastEndCpu) / 1e6;
    }
    // Log what the rate asks for up to now (5 records per 1 ms tick when on time).
    const due = Math.floor((now - phaseStart) * p.rate / 1000) - due0;
    for (let i = 0; i < due; i++) log();
    due0 += Math.max(0, due);
    if (measuring) {
      logged += Math.max(0, due);
      if (p.big && now >= nextBig) {
        logWith(
          bigLogged % 2 === 0 ? { blob: bigString } : { book: bigObject },
        );
        bigLogged++;
        logged++;
        nextBig += 500;
      }
      if (n < cap) inTick[n++] = performance.now() - now;
    }
    last = now;
    lastEndCpu = clock?.cpuNs() ?? 0;
    if (now >= end) {
      clearInterval(timer);
      resolve();
    }
  }, 1);
});
const windowMs = performance.now() - t0;
await target.drain();
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const sched1 = clock?.read();
const elu = elu0 ? eluOf?.(elu0) : undefined;
const lockbox = target.stats?.();
clock?.close();
await sleep(10);
const finished = await target.finish();

const sorted = (a: Float64Array) => a.slice(1, n).sort();
const d = sorted(delays);
const t = sorted(inTick);
const s = sorted(slices);
const sliceList = [...s];
writeResult({
  scenario: "steady",
  lib,
  big: p.big,
  rate: p.rate,
  seconds: p.seconds,
  records: logged,
  bigRecords: bigLogged,
  ticks: d.length,
  windowMs,
  drainMs: wallMs - windowMs,
  mainCpuNs: sched1 ? sched1.cpuNs - sched0.cpuNs : undefined,
  mainWaitNs: sched1 ? sched1.waitNs - sched0.waitNs : undefined,
  processCpuNs: (cpu.user + cpu.system) * 1e3,
  eluActiveMs: elu?.active,
  delay: {
    p50Ms: quantile(d, 0.5),
    p99Ms: quantile(d, 0.99),
    maxMs: d[d.length - 1],
  },
  inTick: {
    p50Ms: quantile(t, 0.5),
    p99Ms: quantile(t, 0.99),
    maxMs: t[t.length - 1],
  },
  slices: {
    p50Ms: quantile(s, 0.5),
    p99Ms: quantile(s, 0.99),
    p999Ms: quantile(s, 0.999),
    maxMs: s[s.length - 1],
    over1Ms: sliceList.filter((x) => x >= 1).length,
    top: sliceList.slice(-5).reverse(),
  },
  droppedQueueFull: lockbox?.dropped.queueFull,
  finished,
});
