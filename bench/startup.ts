/**
 * Start-up and memory: time from `import()` of lockbox to ready — initialised, worker up and
 * the first record written to stdout by the worker — the process time before the import, and
 * the RSS overhead of an initialised module: resident set size once ready and settled (250 ms
 * after the first record) minus the RSS just before the import, worker thread and its copy of
 * the bundle included.
 *
 * Usage (normally via bench/run.ts): LOCKBOX_MODULE=file:///…/observability.node.mjs node bench/.cache/startup.mjs
 *
 * @module
 */

import process from "node:process";
import { sleep, tick, writeResult } from "./common.ts";
import { importLockbox } from "./adapters/lockbox.ts";

const rss0 = process.memoryUsage.rss();
const t0 = performance.now();
const m = await importLockbox();
const t1 = performance.now();
m.initObservability({ serviceName: "bench" });
m.getLogger("bench").info("order_submitted", {
  symbol: "AAPL",
  qty: 100,
  px: 189.5,
  order_id: "co_1",
});
while (
  m.observabilityStats().stdout.written < 1 && performance.now() - t1 < 10_000
) await tick();
const t2 = performance.now();
const mode = m.observabilityStats().mode;
await sleep(250);
const rss1 = process.memoryUsage.rss();
await m.shutdownObservability({ timeoutMs: 5_000 });
writeResult({
  scenario: "startup",
  lib: "lockbox",
  mode,
  beforeImportMs: t0,
  importMs: t1 - t0,
  importToReadyMs: t2 - t0,
  rssBeforeMb: rss0 / 2 ** 20,
  rssOverheadMb: (rss1 - rss0) / 2 ** 20,
});
