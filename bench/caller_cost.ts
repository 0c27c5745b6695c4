/**
 * Caller cost: nanoseconds the calling code spends inside one log call, as median and
 * p99 over rounds. A round is `perRound` calls timed together; between rounds the event loop
 * turns once (and lockbox's queue is let down to half full), so deferred work runs outside the
 * timed region and every library is measured on its accept path, not its drop path.
 *
 * mitata drives the rounds in its manual-timing mode (each sample is one round's ns/call);
 * its plain loop would call synchronously for hundreds of milliseconds and fill every bounded
 * queue.
 *
 * Usage (normally via bench/run.ts): BENCH_LIB=pino BENCH_OUT=out.json node bench/.cache/caller_cost.mjs
 *
 * @module
 */

import { measure } from "mitata";
import { libFromEnv, params, quantile, writeResult } from "./common.ts";
import { setup } from "./adapters/mod.ts";

const p = params({ rounds: 1500, perRound: 200, warmupRounds: 100 });
const lib = libFromEnv();
const target = await setup(lib);
const { log, settle } = target;

for (let r = 0; r < p.warmupRounds; r++) {
  for (let i = 0; i < p.perRound; i++) log();
  await settle();
}

const perRound = p.perRound;
const stats = await measure(function* () {
  yield {
    budget: "manual",
    async manual() {
      const t0 = performance.now();
      for (let i = 0; i < perRound; i++) log();
      const t1 = performance.now();
      await settle();
      return (t1 - t0) * 1e6 / perRound;
    },
  };
}, {
  min_samples: p.rounds,
  max_samples: p.rounds,
  min_cpu_time: 0,
  gc: false,
  samples_threshold: Infinity,
  warmup_samples: 0,
} as Record<string, unknown>);

const samples = stats.samples as number[];
const lockbox = target.stats?.();
const finished = await target.finish();
writeResult({
  scenario: "caller_cost",
  lib,
  rounds: samples.length,
  perRound,
  medianNs: quantile(samples, 0.5),
  p99Ns: quantile(samples, 0.99),
  minNs: samples[0],
  maxNs: samples[samples.length - 1],
  droppedQueueFull: lockbox?.dropped.queueFull,
  finished,
});
