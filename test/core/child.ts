// Helpers of the core tests that assert parsed JSON lines: `runChild` here runs the public API
// from mod.ts (`deno eval`) without importing `process` (some bodies import it themselves), with
// stdout parsed line by line and an optional signal once the child prints `READY`. The runner,
// the environment, the receiver and the accounting identities are the ones in helpers.ts,
// re-exported so each test imports from one place. Not a test file.

import { API_IMPORT, type ChildResult as RawChildResult, jsonLines, runModule } from "./helpers.ts";

export {
  assertAccounting,
  baseEnv,
  CONFIG,
  MOD,
  readAll,
  ROOT,
  watchLines,
  withReceiver,
} from "./helpers.ts";

// #region helpers

export interface ChildResult extends RawChildResult {
  /** stdout parsed line by line. */
  lines: Record<string, unknown>[];
}

export interface ChildOptions {
  env?: Record<string, string>;
  /** Sent once the child printed `READY` on stderr. */
  signal?: "SIGTERM" | "SIGINT";
  timeoutMs?: number;
}

/**
 * Runs `body` as a TypeScript module in a child Deno with the public API imported, and returns
 * its exit status, real stdout bytes (also parsed as JSON lines) and stderr.
 */
export async function runChild(body: string, options: ChildOptions = {}): Promise<ChildResult> {
  const result = await runModule(`${API_IMPORT}\n${body}\n`, {
    env: options.env,
    timeoutMs: options.timeoutMs ?? 30_000,
    signals: options.signal ? [{ after: "READY\n", signal: options.signal }] : [],
  });
  return { ...result, lines: jsonLines(result) };
}

/** Child snippet: shut down and print the final stats. */
export const SHUTDOWN_AND_REPORT =
  `console.error("STATS " + JSON.stringify(await shutdownObservability()));`;

// #endregion
