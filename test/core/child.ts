// Helpers of the core tests (test/*_test.ts split from one file by concern): child processes
// that run the public API from mod.ts (`deno eval`), whose real stdout bytes, stderr and exit code
// are asserted; a real OTLP receiver on 127.0.0.1; the accounting identities. Not a test file.

import { assertEquals } from "@std/assert";
import type { ObservabilityStats } from "../../mod.ts";
import {
  type OtlpReceiver,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";

export const MOD = new URL("../../mod.ts", import.meta.url).href;
export const CONFIG = new URL("../../deno.json", import.meta.url).pathname;
export const ROOT = new URL("../..", import.meta.url).pathname;

// #region helpers

export interface ChildResult {
  code: number;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** stdout parsed line by line. */
  lines: Record<string, unknown>[];
  /** The object the child printed as `STATS <json>` on stderr, if any. */
  stats: ObservabilityStats | null;
}

export interface ChildOptions {
  env?: Record<string, string>;
  /** Sent once the child printed `READY` on stderr. */
  signal?: "SIGTERM" | "SIGINT";
  timeoutMs?: number;
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
 * Runs `body` as a TypeScript module in a child Deno with the public API imported, and returns
 * its exit status, real stdout bytes and stderr.
 */
export async function runChild(body: string, options: ChildOptions = {}): Promise<ChildResult> {
  const code =
    `import { getLogger, initObservability, observabilityStats, shutdownObservability } from ${
      JSON.stringify(MOD)
    };\n${body}\n`;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", "--ext=ts", `--config=${CONFIG}`, code],
    cwd: ROOT,
    env: { ...baseEnv(), ...options.env },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let signalled = false;
  const killer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
  const [stdout, stderr, status] = await Promise.all([
    readAll(child.stdout),
    readAll(child.stderr, (all) => {
      if (options.signal && !signalled && all.includes("READY\n")) {
        signalled = true;
        child.kill(options.signal);
      }
    }),
    child.status,
  ]);
  clearTimeout(killer);
  const statsLine = stderr.split("\n").find((l) => l.startsWith("STATS "));
  return {
    code: status.code,
    signal: status.signal,
    stdout,
    stderr,
    lines: stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l)),
    stats: statsLine ? JSON.parse(statsLine.slice(6)) : null,
  };
}

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

/** Child snippet: shut down and print the final stats. */
export const SHUTDOWN_AND_REPORT =
  `console.error("STATS " + JSON.stringify(await shutdownObservability()));`;

// #endregion
