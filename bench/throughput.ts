/**
 * Case 5, throughput ceiling: lockbox at stepped offered rates (1 ms ticks, the due records per
 * tick) for `stepMs` each, OTLP on to the loopback receiver. A step passes when the producer
 * kept the rate (≥ 97 %), nothing was dropped and every record was exported (acknowledged by
 * the receiver) after the step. The ceiling is the highest passing rate. Runs on Node, Bun and
 * Deno (run.ts also counts the records the receiver got).
 *
 * Usage (normally via bench/run.ts): BENCH_OUT=out.json node bench/.cache/throughput.mjs
 *
 * @module
 */

import { params, setup, sleep, writeResult } from "./common.ts";

const p = params({ rates: "5000,10000,20000,40000,80000,160000", stepMs: 2_000 });
const target = await setup("lockbox");
const stats = target.stats!;
const { log } = target;

interface Step {
  rate: number;
  achieved: number;
  logged: number;
  dropped: number;
  exported: number;
  failed: number;
  pass: boolean;
}
const steps: Step[] = [];
for (const rate of p.rates.split(",").map(Number)) {
  const s0 = stats();
  let logged = 0;
  const elapsed = await new Promise<number>((resolve) => {
    const start = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      const due = Math.floor(Math.min(now - start, p.stepMs) * rate / 1000) - logged;
      for (let i = 0; i < due; i++) log();
      logged += Math.max(0, due);
      if (now - start >= p.stepMs) {
        clearInterval(timer);
        resolve(now - start);
      }
    }, 1);
  });
  const deadline = Date.now() + 10_000;
  while (stats().pending > 0 && Date.now() < deadline) await sleep(5);
  const s1 = stats();
  const step: Step = {
    rate,
    achieved: logged / (elapsed / 1000),
    logged,
    dropped: s1.dropped.queueFull - s0.dropped.queueFull,
    exported: s1.otlp.exported - s0.otlp.exported,
    failed: s1.otlp.failed - s0.otlp.failed,
    pass: false,
  };
  step.pass = step.dropped === 0 && step.exported === logged && step.achieved >= 0.97 * rate;
  steps.push(step);
  if (!step.pass) break;
}
const finished = await target.finish();
const passing = steps.filter((s) => s.pass);
writeResult({
  scenario: "throughput",
  lib: "lockbox",
  ceiling: passing.length > 0 ? passing[passing.length - 1].rate : 0,
  steps,
  finished,
});
