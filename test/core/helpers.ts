// Shared helpers of the tests in test/: child processes that run the public API (their real
// stdout bytes, stderr and exit code), a real OTLP receiver on 127.0.0.1, and the accounting
// identities. Not a test file itself.

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
  stdout: string;
  stderr: string;
  /** stdout lines (without the empty tail). */
  rawLines: string[];
  /** The object the child printed as `STATS <json>` on stderr, if any. */
  stats: ObservabilityStats | null;
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

/**
 * Runs `body` in a child Deno with the public API imported from mod.ts (and `process`), and
 * returns its exit status, real stdout and stderr.
 */
export async function runChild(
  body: string,
  options: { env?: Record<string, string>; timeoutMs?: number; flags?: string[] } = {},
): Promise<ChildResult> {
  const code =
    `import { getLogger, initObservability, observabilityStats, shutdownObservability } from ${
      JSON.stringify(MOD)
    };\nimport process from "node:process";\n${body}\n`;
  const child = spawnChild(code, options);
  const killer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  const [stdout, stderr, status] = await Promise.all([
    readAll(child.stdout),
    readAll(child.stderr),
    child.status,
  ]);
  clearTimeout(killer);
  const statsLine = stderr.split("\n").find((l) => l.startsWith("STATS "));
  return {
    code: status.code,
    stdout,
    stderr,
    rawLines: stdout.split("\n").filter((l) => l !== ""),
    stats: statsLine ? JSON.parse(statsLine.slice(6)) : null,
  };
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
