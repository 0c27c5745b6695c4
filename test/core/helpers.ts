// Shared helpers of the core tests: child processes that run the public API (their real stdout
// bytes, stderr and exit code) through one runner, `runModule`, which also sends signals as the
// child's stderr reaches them; a real OTLP receiver on 127.0.0.1; the accounting identities.
// child.ts builds its JSON-line `runChild` on these. Not a test file itself.

import { assertEquals } from "@std/assert";
import type { ObservabilityStats } from "../../mod.ts";
import {
  type OtlpReceiver,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const MOD = new URL("../../mod.ts", import.meta.url).href;
export const SOURCE = new URL("../../observability.ts", import.meta.url).href;
export const CONFIG = new URL("../../deno.json", import.meta.url).pathname;

export interface ChildResult {
  code: number;
  /** The signal that ended the child, if one did. */
  signal: Deno.Signal | null;
  stdout: string;
  stderr: string;
  /** stdout lines (without the empty tail). */
  rawLines: string[];
  /** The object the child printed as `STATS <json>` on stderr, if any. */
  stats: ObservabilityStats | null;
  /** Milliseconds from the last signal sent to the child's exit (0 when none was sent). */
  lastSignalToExitMs: number;
}

/** How to run a child module: its environment, Deno flags, deadline and signals to send. */
export interface RunModuleOptions {
  env?: Record<string, string>;
  flags?: string[];
  /** Killed with SIGKILL after this many milliseconds. @default 60000 */
  timeoutMs?: number;
  /** Each signal is sent once stderr contains its `after` text, in order. */
  signals?: readonly { after: string; signal: "SIGTERM" | "SIGINT" }[];
}

/** Environment for children: only what Deno itself needs, so the runner's OTEL_* never leak in. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ["PATH", "HOME", "DENO_DIR", "TMPDIR"]) {
    const v = Deno.env.get(k);
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Reads a stream to text; `onText` sees the text so far after every chunk. */
export async function readAll(
  stream: ReadableStream<Uint8Array>,
  onText?: (all: string) => void,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream) {
    text += decoder.decode(chunk, { stream: true });
    onText?.(text);
  }
  return text + decoder.decode();
}

/**
 * Reads a child's stream to text (`text`) and lets a test wait for the first line that starts
 * with a prefix (`line`); a wait resolves undefined once the stream ended without such a line.
 */
export function watchLines(stream: ReadableStream<Uint8Array>): {
  text: Promise<string>;
  line(prefix: string): Promise<string | undefined>;
} {
  const waiters: { prefix: string; resolve: (line: string | undefined) => void }[] = [];
  let seen: string[] = [];
  const text = readAll(stream, (all) => {
    seen = all.split("\n");
    for (const w of [...waiters]) {
      const line = seen.find((l) => l.startsWith(w.prefix));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  }).finally(() => {
    // The stream ended (the child exited): no line will come any more.
    for (const w of waiters.splice(0)) w.resolve(undefined);
  });
  return {
    text,
    line(prefix: string): Promise<string | undefined> {
      const found = seen.find((l) => l.startsWith(prefix));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ prefix, resolve }));
    },
  };
}

/** A child Deno running `code` (a TypeScript module) with `flags`; stdout piped. */
export function spawnChild(
  code: string,
  options: { env?: Record<string, string>; flags?: string[] } = {},
): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["eval", "--ext=ts", `--config=${CONFIG}`, ...(options.flags ?? []), code],
    cwd: ROOT,
    env: { ...baseEnv(), ...options.env },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

/** The public API's functions imported from mod.ts: the first line of every child module. */
export const API_IMPORT =
  `import { getLogger, initObservability, observabilityStats, shutdownObservability } from ${
    JSON.stringify(MOD)
  };`;

/**
 * Runs `code` (a whole TypeScript module) in a child Deno, sends `signals` as stderr reaches
 * them, and returns its exit status, real stdout and stderr. The one runner behind every
 * `runChild` of the core tests.
 */
export async function runModule(
  code: string,
  options: RunModuleOptions = {},
): Promise<ChildResult> {
  const child = spawnChild(code, options);
  const signals = options.signals ?? [];
  const killer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  let next = 0;
  let lastSignalAt: number | null = null;
  const [stdout, stderr, status] = await Promise.all([
    readAll(child.stdout),
    readAll(child.stderr, (all) => {
      while (next < signals.length && all.includes(signals[next].after)) {
        lastSignalAt = performance.now();
        child.kill(signals[next++].signal);
      }
    }),
    child.status,
  ]);
  const exitedAt = performance.now();
  clearTimeout(killer);
  const statsLine = stderr.split("\n").find((l) => l.startsWith("STATS "));
  return {
    code: status.code,
    signal: status.signal,
    stdout,
    stderr,
    rawLines: stdout.split("\n").filter((l) => l !== ""),
    stats: statsLine ? JSON.parse(statsLine.slice(6)) : null,
    lastSignalToExitMs: lastSignalAt === null ? 0 : exitedAt - lastSignalAt,
  };
}

/** stdout lines parsed as JSON, one object per line. */
export function jsonLines(result: ChildResult): Record<string, unknown>[] {
  return result.rawLines.map((l) => JSON.parse(l));
}

/**
 * Runs `body` in a child Deno with the public API imported from mod.ts (and `process`), and
 * returns its exit status, real stdout and stderr.
 */
export function runChild(
  body: string,
  options: { env?: Record<string, string>; timeoutMs?: number; flags?: string[] } = {},
): Promise<ChildResult> {
  return runModule(`${API_IMPORT}\nimport process from "node:process";\n${body}\n`, options);
}

/** Child snippet: shut down and print the final stats on stderr. */
export const SHUTDOWN_AND_REPORT =
  `process.stderr.write("STATS " + JSON.stringify(await shutdownObservability()) + "\\n");`;

/** Starts a receiver, runs `fn`, always closes it. */
export async function withReceiver<T>(
  options: ReceiverOptions,
  fn: (receiver: OtlpReceiver) => Promise<T>,
): Promise<T> {
  const receiver = await startOtlpReceiver({ quiet: true, ...options });
  try {
    return await fn(receiver);
  } finally {
    await receiver.close();
  }
}

/**
 * The accounting identities after shutdown: accepted + internal = stdout.written + stdout.failed
 * + stdout.dropped and, with OTLP, accepted + internal = otlp.exported + otlp.failed + otlp.dropped.
 */
export function assertAccounting(stats: ObservabilityStats): void {
  const entered = stats.accepted + stats.internal;
  assertEquals(
    entered,
    stats.stdout.written + stats.stdout.failed + stats.stdout.dropped,
    "stdout identity",
  );
  if (stats.otlp.enabled) {
    assertEquals(
      entered,
      stats.otlp.exported + stats.otlp.failed + stats.otlp.dropped,
      "otlp identity",
    );
  }
  assertEquals(stats.pending, 0, "nothing pending after shutdown");
}

/** Child snippet: `paced(n, ms, event)` logs n records evenly over ms milliseconds. */
export const PACED = `
async function paced(n: number, ms: number, event: string, log = getLogger("paced")) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    log.info(event, { i, pad: "x".repeat(60) });
    const due = t0 + (i + 1) * ms / n;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  }
}`;
