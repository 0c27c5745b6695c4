/**
 * Dead endpoint: 1,000,000 calls while the OTLP endpoint refuses connections (a closed
 * 127.0.0.1 port, set by run.ts). Logged `perRound` at a time with one event-loop turn between
 * rounds, like a service that keeps trading; nothing waits for the queue. Reports RSS growth
 * (peak and end, over the RSS after warm-up), what lockbox counted as dropped, and the caller
 * cost (ns/call per round, median and p99).
 *
 * Usage (normally via bench/run.ts): BENCH_LIB=lockbox OTEL_EXPORTER_OTLP_LOGS_ENDPOINT=http://127.0.0.1:<closed>/v1/logs node bench/.cache/dead_endpoint.mjs
 *
 * @module
 */

import process from "node:process";
import { deadline, libFromEnv, params, quantile, sleep, tick, writeResult } from "./common.ts";
import { setup } from "./adapters/mod.ts";

const p = params({
  calls: 1_000_000,
  perRound: 1_000,
  warmup: 10_000,
  finishMs: 8_000,
});
const lib = libFromEnv();
const target = await setup(lib);
const { log } = target;
const rss = () => process.memoryUsage.rss();

for (let n = 0; n < p.warmup; n += p.perRound) {
  for (let i = 0; i < p.perRound; i++) log();
  await tick();
}
await sleep(100);
const rss0 = rss();
let rssPeak = rss0;
const samples: number[] = [];
const t0 = performance.now();
for (let n = 0; n < p.calls; n += p.perRound) {
  const r0 = performance.now();
  for (let i = 0; i < p.perRound; i++) log();
  const r1 = performance.now();
  samples.push((r1 - r0) * 1e6 / p.perRound);
  rssPeak = Math.max(rssPeak, rss());
  await tick();
}
const wallMs = performance.now() - t0;
const rssEnd = rss();
const lockbox = target.stats?.();
// Only lockbox is shut down (for its counters): pino's transport blocks the thread in end()
// for 10 s and then throws while its exporter retries the dead port.
const finished = lib === "lockbox"
  ? await Promise.race([
    target.finish(),
    deadline(p.finishMs).then(() => ({ finishTimedOut: true })),
  ])
  : {};
samples.sort((a, b) => a - b);
writeResult({
  scenario: "dead_endpoint",
  lib,
  calls: p.calls,
  wallMs,
  rssBaselineMb: rss0 / 2 ** 20,
  rssPeakGrowthMb: (rssPeak - rss0) / 2 ** 20,
  rssEndGrowthMb: (rssEnd - rss0) / 2 ** 20,
  medianNs: quantile(samples, 0.5),
  p99Ns: quantile(samples, 0.99),
  accepted: lockbox?.accepted,
  droppedQueueFull: lockbox?.dropped.queueFull,
  finished,
});
// A peer's exporter may still be retrying against the dead port: do not wait for it.
process.exit(0);
