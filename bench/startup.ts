/**
 * Case 6, start-up: time from `import()` of lockbox to ready — initialised, worker up and the
 * first record written to stdout by the worker — and the process time before the import.
 *
 * Usage (normally via bench/run.ts): LOCKBOX_MODULE=file:///…/lockbox.node.mjs node bench/.cache/startup.mjs
 *
 * @module
 */

import { importLockbox, tick, writeResult } from "./common.ts";

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
while (m.observabilityStats().stdout.written < 1 && performance.now() - t1 < 10_000) await tick();
const t2 = performance.now();
const mode = m.observabilityStats().mode;
await m.shutdownObservability({ timeoutMs: 5_000 });
writeResult({
  scenario: "startup",
  lib: "lockbox",
  mode,
  beforeImportMs: t0,
  importMs: t1 - t0,
  importToReadyMs: t2 - t0,
});
