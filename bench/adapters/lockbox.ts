/**
 * Adapter `lockbox`: the module under test, imported from `LOCKBOX_MODULE` (the bundle run.ts
 * built from the working tree), initialised with defaults except `serviceName`; JSON lines go
 * to stdout (run.ts points it at /dev/null) and OTLP to `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT`.
 *
 * @module
 */

import process from "node:process";
import { type LockboxStats, sleep, tick } from "../common.ts";
import { orderAttributes, type Target } from "./types.ts";

/** The lockbox module surface the benches use. */
export interface LockboxModule {
  VERSION: string;
  initObservability(options?: Record<string, unknown>): void;
  getLogger(
    name: string,
  ): { info(event: string, attributes?: Record<string, unknown>): void };
  shutdownObservability(
    options?: { timeoutMs?: number },
  ): Promise<LockboxStats>;
  observabilityStats(): LockboxStats;
}

/** Imports lockbox from `LOCKBOX_MODULE`; throws a TypeError when it is unset. */
export async function importLockbox(): Promise<LockboxModule> {
  const url = process.env.LOCKBOX_MODULE;
  if (!url) {
    throw new TypeError(
      "Cannot import lockbox as LOCKBOX_MODULE is unset: got undefined",
    );
  }
  return await import(url) as LockboxModule;
}

/**
 * Whether every record lockbox took in has reached the end of each sink: `pending` is 0 and
 * (with pipeline v2's counters) `accepted + internal` = written + failed + dropped on stdout
 * and on OTLP when enabled.
 */
export function drained(s: LockboxStats): boolean {
  const total = s.accepted + (s.internal ?? 0);
  const stdout = s.stdout.written + s.stdout.failed + (s.stdout.dropped ?? 0);
  const otlp = s.otlp.exported + s.otlp.failed + s.otlp.dropped;
  return (s.pending ?? 0) === 0 && stdout >= total &&
    (!s.otlp.enabled || otlp >= total);
}

/** lockbox set up as a service would: `initObservability({ serviceName })`, one logger. */
export async function setup(): Promise<Target> {
  const m = await importLockbox();
  m.initObservability({ serviceName: "bench" });
  const log = m.getLogger("bench");
  const half = Number(process.env.LOG_QUEUE_MAXSIZE ?? 2000) / 2;
  return {
    lib: "lockbox",
    log: () => log.info("order_submitted", orderAttributes()),
    logWith: (attributes) => log.info("order_submitted", attributes),
    settle: async () => {
      await tick();
      while ((m.observabilityStats().pending ?? 0) > half) await sleep(1);
    },
    // Polled every 50 ms: the drain waits about a second for the batch processor's scheduled
    // export, and the main thread's CPU over the drain counts as lockbox's. Polling every 2 ms
    // cost ~500 timer wake-ups (~60 µs of CPU each on the bench VM), about 1 µs per record of a
    // 6 s window at 5,000 rec/s: the harness's cost, not lockbox's.
    drain: async () => {
      const until = Date.now() + 15_000;
      while (!drained(m.observabilityStats()) && Date.now() < until) {
        await sleep(50);
      }
    },
    finish: async () => ({
      ...await m.shutdownObservability({ timeoutMs: 15_000 }),
    }),
    stats: () => m.observabilityStats(),
  };
}
