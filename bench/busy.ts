/**
 * Case 2, main-thread busy per record: event-loop utilisation (active time) over a fixed
 * number of records, the deferred drain and the wait until everything left the main thread
 * included, divided by the count. Records are logged `chunk` at a time with one event-loop turn
 * between chunks; stdout goes to /dev/null and OTLP to the loopback receiver where the library
 * exports. Idle time (waiting for the network, sleeping) is not counted; only the main
 * thread's own work is.
 *
 * Usage (normally via bench/run.ts): BENCH_LIB=lockbox BENCH_OUT=out.json node bench/.cache/busy.mjs
 *
 * @module
 */

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { libFromEnv, params, setup, writeResult } from "./common.ts";

const p = params({ records: 20_000, chunk: 100, warmup: 2_000 });
const lib = libFromEnv();
const target = await setup(lib);
const { log, settle } = target;

async function logCount(count: number): Promise<void> {
  for (let n = 0; n < count; n += p.chunk) {
    for (let i = 0; i < p.chunk; i++) log();
    await settle();
  }
}

/**
 * This thread's on-CPU time and run-queue wait, in ns (Linux /proc/thread-self/schedstat).
 * ELU counts wall time while the loop is active, so on a busy 2-core machine it also counts
 * time the main thread was ready but waiting for a core (the worker, the receiver); the
 * schedstat figures separate the two. Null where the file does not exist.
 */
function schedstat(): { cpuNs: number; waitNs: number } | null {
  try {
    const [cpu, wait] = readFileSync("/proc/thread-self/schedstat", "utf8").split(" ");
    return { cpuNs: Number(cpu), waitNs: Number(wait) };
  } catch {
    return null;
  }
}

await logCount(p.warmup);
await target.drain();

const sched0 = schedstat();
const cpu0 = process.cpuUsage();
const elu0 = performance.eventLoopUtilization();
const t0 = performance.now();
await logCount(p.records);
await target.drain();
const wallMs = performance.now() - t0;
const elu = performance.eventLoopUtilization(elu0);
const cpu = process.cpuUsage(cpu0);
const sched1 = schedstat();

const lockbox = target.stats?.();
const finished = await target.finish();
writeResult({
  scenario: "busy",
  lib,
  records: p.records,
  busyNsPerRecord: elu.active * 1e6 / p.records,
  processCpuNsPerRecord: (cpu.user + cpu.system) * 1e3 / p.records,
  mainCpuNsPerRecord: sched0 && sched1 ? (sched1.cpuNs - sched0.cpuNs) / p.records : undefined,
  mainWaitNsPerRecord: sched0 && sched1 ? (sched1.waitNs - sched0.waitNs) / p.records : undefined,
  wallMs,
  utilization: elu.utilization,
  droppedQueueFull: lockbox?.dropped.queueFull,
  finished,
});
