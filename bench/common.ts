/**
 * Shared pieces of the lockbox benchmarks: the one record every case logs, the adapters that
 * set up each library the same way, percentiles, and the child-process protocol.
 *
 * Every scenario file (`bench/<scenario>.ts`) runs as its own child process, started by
 * `bench/run.ts` with stdout redirected to /dev/null. It reads its parameters from the
 * environment and writes one JSON result to the file named by `BENCH_OUT`:
 *
 * - `BENCH_LIB`: which case (`lockbox`, `pino`, `pino_otel`, `logtape`, `winston`, `otel_sdk`,
 *   `floor`, `none`).
 * - `BENCH_PARAMS`: JSON object of scenario parameters (counts, durations).
 * - `LOCKBOX_MODULE`: URL of the lockbox module to import (the esbuild bundle on Node and Bun,
 *   `mod.ts` on Deno).
 * - `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT`: the loopback OTLP receiver (or a closed port).
 * - `LOG_RATE_LIMIT=0`: the accept-path cases run with lockbox's policy guard off.
 *
 * Node 20 cannot run TypeScript, so `bench/run.ts` compiles these files with esbuild into
 * `bench/.cache/` (bare imports stay external and resolve from node_modules).
 *
 * @module
 */

import { once } from "node:events";
import { writeFileSync } from "node:fs";
import process from "node:process";
import { setImmediate } from "node:timers";

/** The library cases, in table order. `none` logs nothing (stall baseline). */
export const LIBS = [
  "floor",
  "lockbox",
  "pino",
  "pino_otel",
  "logtape",
  "winston",
  "otel_sdk",
  "none",
] as const;
export type Lib = typeof LIBS[number];

/** One library set up for a case: `log()` makes exactly one info call with a fresh object. */
export interface Target {
  lib: Lib;
  /** One call: event `order_submitted`, `{ symbol, qty, px, order_id }` fresh per call. */
  log: () => void;
  /**
   * Lets deferred work run between rounds: one event-loop turn, and for lockbox a wait until
   * the queue is at most half full (so rounds measure the accept path, not the drop path).
   */
  settle: () => Promise<void>;
  /** Waits until everything logged so far has left the main thread (written/exported). */
  drain: () => Promise<void>;
  /** Flushes and shuts the library down; returns what it counted. */
  finish: () => Promise<Record<string, unknown>>;
  /** lockbox only: live counters. */
  stats?: () => LockboxStats;
}

/** The subset of lockbox's ObservabilityStats the benches read. */
export interface LockboxStats {
  mode: string;
  accepted: number;
  dropped: { queueFull: number; rateLimited: number; afterShutdown: number };
  stdout: { written: number; failed: number };
  otlp: { enabled: boolean; exported: number; failed: number; dropped: number };
  pending: number;
}

/** The lockbox module surface the benches use. */
export interface LockboxModule {
  VERSION: string;
  initObservability(options?: Record<string, unknown>): void;
  getLogger(name: string): { info(event: string, attributes?: Record<string, unknown>): void };
  shutdownObservability(options?: { timeoutMs?: number }): Promise<LockboxStats>;
  observabilityStats(): LockboxStats;
}

/** Scenario parameters from `BENCH_PARAMS`, with defaults. */
export function params<T extends Record<string, number | string | boolean>>(defaults: T): T {
  const raw = process.env.BENCH_PARAMS;
  return { ...defaults, ...(raw ? JSON.parse(raw) as Partial<T> : {}) };
}

/** The case named by `BENCH_LIB`. */
export function libFromEnv(): Lib {
  const lib = process.env.BENCH_LIB ?? "lockbox";
  if (!(LIBS as readonly string[]).includes(lib)) {
    throw new RangeError(
      `Cannot run BENCH_LIB as it must be one of ${LIBS.join(", ")}: got "${lib}"`,
    );
  }
  return lib as Lib;
}

/** Writes the scenario's result to `BENCH_OUT` (or stderr when unset). */
export function writeResult(result: Record<string, unknown>): void {
  const text = JSON.stringify({ runtime: runtime(), ...result });
  const out = process.env.BENCH_OUT;
  if (out) writeFileSync(out, text);
  else process.stderr.write(text + "\n");
}

/** `node 20.x`, `bun 1.x`, `deno 2.x`. */
export function runtime(): string {
  const g = globalThis as { Deno?: { version: { deno: string } } };
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  const v = process.versions as Record<string, string | undefined>;
  return v.bun ? `bun ${v.bun}` : `node ${v.node}`;
}

/** Resolves after one turn of the event loop (check phase). */
export function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves after `ms` milliseconds without keeping the process alive (a deadline for a race). */
export function deadline(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms) as unknown as { unref?: () => void };
    timer.unref?.();
  });
}

/** Value at quantile `q` (0..1) of an ascending array (nearest rank). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Imports lockbox from `LOCKBOX_MODULE`. */
export async function importLockbox(): Promise<LockboxModule> {
  const url = process.env.LOCKBOX_MODULE;
  if (!url) throw new TypeError("Cannot import lockbox as LOCKBOX_MODULE is unset: got undefined");
  return await import(url) as LockboxModule;
}

/** OTLP logs URL from the environment (the receiver run.ts started, or a dead port). */
function otlpUrl(): string {
  return process.env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT ?? "http://127.0.0.1:4318/v1/logs";
}

/**
 * Sets up `lib` for a case. OTLP export goes to `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT` for the
 * libraries that export (lockbox, pino_otel, otel_sdk); JSON lines go to /dev/null (lockbox via
 * its stdout, which run.ts redirects there).
 */
export async function setup(lib: Lib): Promise<Target> {
  const noop = () => Promise.resolve({});
  switch (lib) {
    case "none":
      return { lib, log: () => {}, settle: tick, drain: tick, finish: noop };
    case "floor": {
      // The floor: what any logger must at least do — build the attributes and store them.
      const ring: unknown[] = new Array(4096).fill(null);
      let i = 0;
      return {
        lib,
        log: () => {
          ring[i++ & 4095] = { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" };
        },
        settle: tick,
        drain: tick,
        finish: () => Promise.resolve({ stored: i }),
      };
    }
    case "lockbox": {
      const m = await importLockbox();
      m.initObservability({ serviceName: "bench" });
      const log = m.getLogger("bench");
      const half = Number(process.env.LOG_QUEUE_MAXSIZE ?? 2000) / 2;
      return {
        lib,
        log: () =>
          log.info("order_submitted", { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" }),
        settle: async () => {
          await tick();
          while (m.observabilityStats().pending > half) await sleep(1);
        },
        drain: async () => {
          const until = Date.now() + 15_000;
          while (m.observabilityStats().pending > 0 && Date.now() < until) await sleep(1);
        },
        finish: async () => ({ ...await m.shutdownObservability({ timeoutMs: 15_000 }) }),
        stats: () => m.observabilityStats(),
      };
    }
    case "pino": {
      const { default: pino } = await import("pino");
      const dest = pino.destination({ dest: "/dev/null", sync: true });
      const log = pino(dest);
      return {
        lib,
        log: () =>
          log.info({ symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" }, "order_submitted"),
        settle: tick,
        drain: tick,
        finish: () => {
          dest.flushSync();
          return Promise.resolve({});
        },
      };
    }
    case "pino_otel": {
      const { default: pino } = await import("pino");
      const transport = pino.transport({
        target: "pino-opentelemetry-transport",
        options: { resourceAttributes: { "service.name": "bench" }, loggerName: "bench" },
      });
      // The transport waits for pino's config (expectPinoConfig), so ready follows pino().
      const ready = once(transport, "ready");
      const log = pino(transport);
      await ready;
      return {
        lib,
        log: () =>
          log.info({ symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" }, "order_submitted"),
        settle: tick,
        drain: async () => {
          await new Promise<void>((resolve) => log.flush(() => resolve()));
        },
        finish: async () => {
          // The transport's worker is unref'd: keep this loop alive until it has closed.
          const keepAlive = setInterval(() => {}, 50);
          const closed = once(transport, "close");
          transport.end();
          await Promise.race([closed, deadline(15_000)]);
          clearInterval(keepAlive);
          return {};
        },
      };
    }
    case "logtape": {
      const logtape = await import("@logtape/logtape");
      const { openSync, writeSync, closeSync } = await import("node:fs");
      const fd = openSync("/dev/null", "w");
      // A LogTape sink is a function; this one writes JSON lines synchronously, like pino sync.
      const sink = (record: Parameters<typeof logtape.jsonLinesFormatter>[0]) => {
        writeSync(fd, logtape.jsonLinesFormatter(record));
      };
      await logtape.configure({
        sinks: { devnull: sink },
        loggers: [
          { category: ["bench"], lowestLevel: "info", sinks: ["devnull"] },
          { category: ["logtape", "meta"], lowestLevel: "warning", sinks: [] },
        ],
      });
      const log = logtape.getLogger(["bench"]);
      return {
        lib,
        log: () =>
          log.info("order_submitted", { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" }),
        settle: tick,
        drain: tick,
        finish: async () => {
          await logtape.dispose();
          closeSync(fd);
          return {};
        },
      };
    }
    case "winston": {
      const { default: winston } = await import("winston");
      const { createWriteStream } = await import("node:fs");
      const stream = createWriteStream("/dev/null");
      const log = winston.createLogger({
        level: "info",
        format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
        transports: [new winston.transports.Stream({ stream })],
      });
      return {
        lib,
        log: () =>
          log.info("order_submitted", { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" }),
        settle: tick,
        drain: async () => {
          while (stream.writableLength > 0) await sleep(1);
        },
        finish: async () => {
          log.end();
          await sleep(50);
          return {};
        },
      };
    }
    case "otel_sdk": {
      const { LoggerProvider, BatchLogRecordProcessor } = await import("@opentelemetry/sdk-logs");
      const { OTLPLogExporter } = await import("@opentelemetry/exporter-logs-otlp-proto");
      const { resourceFromAttributes } = await import("@opentelemetry/resources");
      const inner = new OTLPLogExporter({ url: otlpUrl() });
      let exported = 0;
      let failed = 0;
      // Counts results only (on the export path, not the emit path): the raw SDK reports nothing.
      const exporter: typeof inner = Object.assign(Object.create(inner), {
        export(records: unknown[], done: (r: { code: number }) => void) {
          inner.export(records as never, (r) => {
            if (r.code === 0) exported += records.length;
            else failed += records.length;
            done(r);
          });
        },
      });
      const provider = new LoggerProvider({
        resource: resourceFromAttributes({ "service.name": "bench" }),
        processors: [new BatchLogRecordProcessor({ exporter })],
      });
      const log = provider.getLogger("bench");
      let emitted = 0;
      let flushedAt = 0;
      return {
        lib,
        log: () => {
          emitted++;
          log.emit({
            severityNumber: 9,
            severityText: "INFO",
            body: "order_submitted",
            eventName: "order_submitted",
            attributes: { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" },
          });
        },
        // The processor drops silently past 2048 buffered records: flush before it gets there,
        // so rounds measure emit on its accept path (the flush itself runs outside the timing).
        settle: async () => {
          await tick();
          if (emitted - flushedAt >= 1024) {
            flushedAt = emitted;
            await provider.forceFlush().catch(() => {});
          }
        },
        drain: async () => {
          flushedAt = emitted;
          await provider.forceFlush().catch(() => {});
        },
        finish: async () => {
          await provider.forceFlush().catch(() => {});
          await provider.shutdown().catch(() => {});
          return { emitted, exported, failed };
        },
      };
    }
  }
}
