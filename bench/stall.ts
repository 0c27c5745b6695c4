/**
 * Case 3, event-loop stall: a 1 ms interval timer stands for the trading loop; each tick logs
 * enough records to keep 5,000 records/s (`rate`) for 10 s (`seconds`) with OTLP export on, and
 * the delay of every tick past its 1 ms period is recorded (p50/p99/max, ms).
 *
 * Usage (normally via bench/run.ts): BENCH_LIB=none BENCH_OUT=out.json node bench/.cache/stall.mjs
 *
 * @module
 */

import { libFromEnv, params, quantile, setup, sleep, writeResult } from "./common.ts";

const p = params({ rate: 5_000, seconds: 10, warmupMs: 500 });
const lib = libFromEnv();
const target = await setup(lib);
const { log } = target;

const delays: number[] = [];
let logged = 0;
await new Promise<void>((resolve) => {
  const start = performance.now();
  const measureFrom = start + p.warmupMs;
  const end = measureFrom + p.seconds * 1000;
  let last = start;
  let measuredStart = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    if (now >= measureFrom) {
      if (measuredStart === 0) measuredStart = now;
      else delays.push(Math.max(0, now - last - 1));
      // Log what the rate asks for up to now (5 records per 1 ms tick when on time).
      const due = Math.floor((now - measuredStart) * p.rate / 1000) - logged;
      for (let i = 0; i < due; i++) log();
      logged += Math.max(0, due);
    }
    last = now;
    if (now >= end) {
      clearInterval(timer);
      resolve();
    }
  }, 1);
});

const lockbox = target.stats?.();
await sleep(10);
const finished = await target.finish();
delays.sort((a, b) => a - b);
writeResult({
  scenario: "stall",
  lib,
  rate: p.rate,
  seconds: p.seconds,
  logged,
  ticks: delays.length,
  p50Ms: quantile(delays, 0.5),
  p99Ms: quantile(delays, 0.99),
  p999Ms: quantile(delays, 0.999),
  maxMs: delays[delays.length - 1],
  droppedQueueFull: lockbox?.dropped.queueFull,
  finished,
  histogram: histogram(delays),
});

/** Tick-delay histogram for the plot: counts per 0.05 ms bucket up to 2 ms, then the rest. */
function histogram(sorted: number[]): number[] {
  const buckets = new Array(41).fill(0);
  for (const d of sorted) buckets[Math.min(40, Math.floor(d / 0.05))]++;
  return buckets;
}
