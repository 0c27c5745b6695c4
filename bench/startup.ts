/**
 * Start-up and memory: time from `import()` of lockbox to ready — initialised, worker up and
 * the first record written to stdout by the worker — the process time before the import, and
 * the RSS overhead of an initialised module: resident set size once ready and settled (250 ms
 * after the first record) minus the RSS just before the import, worker thread and its copy of
 * the bundle included. On Linux the overhead is also split into anonymous memory (heaps, stacks,
 * malloc arenas: the memory the process really owns) and file-backed pages (mostly the runtime's
 * own binary, paged in the first time the worker runs code the process had not run yet: shared
 * and clean, and already resident in a service that exercised that code itself).
 *
 * Usage (normally via bench/run.ts): LOCKBOX_MODULE=file:///…/observability.node.mjs node bench/.cache/startup.mjs
 *
 * @module
 */

import { readFileSync } from "node:fs";
import process from "node:process";
import { sleep, tick, writeResult } from "./common.ts";
import { importLockbox } from "./adapters/lockbox.ts";

/** RssAnon and RssFile of this process from /proc/self/status, in MiB; null off Linux. */
function rssSplit(): { anon: number; file: number } | null {
  let status: string;
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    return null;
  }
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  const anon = kb("RssAnon"), file = kb("RssFile");
  return Number.isFinite(anon) && Number.isFinite(file)
    ? { anon: anon / 1024, file: file / 1024 }
    : null;
}

const split0 = rssSplit();
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
const split1 = rssSplit();
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
  ...(split0 && split1
    ? { rssAnonOverheadMb: split1.anon - split0.anon, rssFileOverheadMb: split1.file - split0.file }
    : {}),
});
