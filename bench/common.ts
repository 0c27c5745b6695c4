/**
 * Shared pieces of the lockbox benchmark scenarios: the child-process protocol, percentiles,
 * and per-thread CPU from Linux procfs.
 *
 * Every scenario file (`bench/<scenario>.ts`) runs as its own child process, started by
 * `bench/run.ts` with stdout redirected to /dev/null. It reads its parameters from the
 * environment and writes one JSON result to the file named by `BENCH_OUT`:
 *
 * - `BENCH_LIB`: which library case (see `bench/adapters/catalog.ts`).
 * - `BENCH_PARAMS`: JSON object of scenario parameters (counts, durations).
 * - `LOCKBOX_MODULE`: URL of the lockbox bundle to import (built from the working tree by
 *   run.ts with scripts/build.ts into bench/.cache/).
 * - `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT`: the loopback OTLP receiver (or a closed port).
 * - `LOG_RATE_LIMIT=0`: the accept-path cases run with lockbox's policy guard off.
 *
 * Node 20 cannot run TypeScript, so `bench/run.ts` compiles these files with esbuild into
 * `bench/.cache/` (bare imports stay external and resolve from bench/node_modules, then the
 * repository's node_modules).
 *
 * @module
 */

import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import process from "node:process";
import { setImmediate } from "node:timers";
import type { ObservabilityStats } from "../mod.ts";
import { isLib, type Lib, LIBS } from "./adapters/catalog.ts";

/**
 * lockbox's stats as the benches read them: the public `ObservabilityStats`, with the counters
 * pipeline v2 adds (`internal`, `stdout.dropped`) and `pending` optional, so one harness
 * measures the release before pipeline v2 and the one after.
 */
export type LockboxStats = Omit<ObservabilityStats, "pending"> & {
  pending?: number;
  internal?: number;
  stdout: { dropped?: number };
};

/** Scenario parameters from `BENCH_PARAMS`, with defaults. */
export function params<T extends Record<string, number | string | boolean>>(
  defaults: T,
): T {
  const raw = process.env.BENCH_PARAMS;
  return { ...defaults, ...(raw ? JSON.parse(raw) as Partial<T> : {}) };
}

/** The case named by `BENCH_LIB`; throws a RangeError naming the valid ones otherwise. */
export function libFromEnv(): Lib {
  const lib = process.env.BENCH_LIB ?? "lockbox";
  if (!isLib(lib)) {
    throw new RangeError(
      `Cannot run BENCH_LIB as it must be one of ${LIBS.join(", ")}: got "${lib}"`,
    );
  }
  return lib;
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

/** Value at quantile `q` (0..1) of an ascending array (nearest rank); NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil(q * sorted.length) - 1),
  );
  return sorted[i];
}

/**
 * The main thread's on-CPU time and run-queue wait, in nanoseconds, from Linux
 * `/proc/self/task/<tid>/schedstat` (fields 1 and 2; the main thread's tid is the pid). Unlike
 * `process.cpuUsage()` this excludes worker threads (lockbox's worker, pino's transport) and
 * V8's helper threads, and unlike event-loop utilisation it excludes time spent waiting for a
 * core. The file stays open and is re-read at offset 0 into one buffer, so a reading allocates
 * nothing but the result (a few µs; scenarios that read it per tick do so in the no-logging run
 * too, and that run is subtracted).
 */
export class MainThreadClock {
  #fd: number;
  #buf = new Uint8Array(128);

  /** Opens the main thread's schedstat; throws where procfs has none (not Linux). */
  constructor() {
    this.#fd = openSync(`/proc/self/task/${process.pid}/schedstat`, "r");
  }

  /** On-CPU nanoseconds of the main thread so far. */
  cpuNs(): number {
    const n = readSync(this.#fd, this.#buf, 0, this.#buf.length, 0);
    let v = 0;
    for (let i = 0; i < n; i++) {
      const c = this.#buf[i];
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    return v;
  }

  /** On-CPU and run-queue-wait nanoseconds of the main thread so far. */
  read(): { cpuNs: number; waitNs: number } {
    const n = readSync(this.#fd, this.#buf, 0, this.#buf.length, 0);
    const [cpu, wait] = new TextDecoder().decode(this.#buf.subarray(0, n))
      .split(" ");
    return { cpuNs: Number(cpu), waitNs: Number(wait) };
  }

  /** Closes the file. */
  close(): void {
    closeSync(this.#fd);
  }
}

/** Opens the main thread's clock, or null where procfs has no per-thread schedstat. */
export function mainThreadClock(): MainThreadClock | null {
  try {
    return new MainThreadClock();
  } catch {
    return null;
  }
}
