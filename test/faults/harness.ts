/**
 * The fault matrix's harness: limits, the bundles under test, child processes of each runtime,
 * the figures and accounting identities every case asserts, and `fault()`, which runs a case on
 * every runtime and prints the per-runtime tables at the end. The cases are in faults_test.ts.
 *
 * @module
 */

import { assert, assertEquals, assertGreaterOrEqual, assertLess } from "@std/assert";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReceivedLogRecord } from "../../scripts/otlp_receiver.ts";
import { DENO_ENV_VARS } from "../../scripts/conformance.ts";
import { readAll, watchLines, withReceiver } from "../core/helpers.ts";

// #region Limits and settings

/** Worst main-thread timer delay accepted under any fault, in ms (generous: 2-core shared box). */
export const MAX_DELAY_MS = 250;
/** RSS growth accepted over a child's run, in bytes (the queue bounds what is held). */
const MAX_RSS_GROWTH = 200 * 1024 * 1024;
/** The message of the delay check: a case failing only on it runs once more. */
export const DELAY_CHECK = "main-thread timer delay";
/** Slack past a shutdown deadline for the call to return, in ms (children share 2 cores). */
export const SHUTDOWN_SLACK_MS = 500;
/** Wall-clock limit of one child, in ms; it is killed (and the case fails) after that. */
const CHILD_TIMEOUT_MS = 45_000;

/**
 * Environment of every fault child. The load is benchmark-style (one event name at up to
 * 10,000 records/s), so the rate guard is off; its own tests live with the core tests.
 */
const FAULT_ENV = { LOG_RATE_LIMIT: "0" };
/** Fast-failing exporter settings: a short request timeout, frequent small exports. */
export const FAST_ENV = {
  OTEL_EXPORTER_OTLP_TIMEOUT: "500",
  OTEL_BLRP_SCHEDULE_DELAY: "100",
  OTEL_BLRP_EXPORT_TIMEOUT: "1000",
};

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const CHILD = fileURLToPath(new URL("./child.mjs", import.meta.url));

type Runtime = "node" | "bun" | "deno";
const ALL_RUNTIMES: Runtime[] = ["node", "bun", "deno"];
const RUNTIMES = (Deno.env.get("LOCKBOX_FAULTS_RUNTIMES") ?? ALL_RUNTIMES.join(","))
  .split(",").map((r) => r.trim()).filter((r) => r !== "") as Runtime[];
for (const r of RUNTIMES) {
  if (!ALL_RUNTIMES.includes(r)) {
    throw new TypeError(
      `Cannot select runtime as it must be one of node, bun, deno: got ${JSON.stringify(r)}`,
    );
  }
}

/** Variables the child reads besides lockbox's own (Deno's `--allow-env` list needs them). */
const CHILD_VARS = ["LOCKBOX_FAULT_BUNDLE", "LOCKBOX_FAULT_CASE", "LOCKBOX_FAULT_PARAMS"];

// #endregion

// #region Bundles

let bundles: Promise<string> | undefined;

/**
 * The directory holding the three bundles and child.mjs: a fresh build of the working tree
 * (scripts/build.ts --out-dir), made once per run and removed when the run ends.
 */
function bundleDir(): Promise<string> {
  bundles ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "lockbox-faults-"));
    globalThis.addEventListener("unload", () => rmSync(dir, { recursive: true, force: true }));
    const given = Deno.env.get("LOCKBOX_FAULTS_BUNDLES");
    if (given !== undefined && given !== "") {
      for (const r of ALL_RUNTIMES) {
        copyFileSync(join(resolve(given), `observability.${r}.mjs`), join(dir, `${r}.mjs`));
      }
    } else {
      const build = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", join(ROOT, "scripts", "build.ts"), "--out-dir", join(dir, "build")],
        cwd: ROOT,
        stdout: "piped",
        stderr: "piped",
      }).output();
      if (build.code !== 0) {
        throw new Error(
          `Cannot build the bundles as scripts/build.ts exited ${build.code}: ` +
            new TextDecoder().decode(build.stderr),
        );
      }
      for (const r of ALL_RUNTIMES) {
        copyFileSync(join(dir, "build", `observability.${r}.mjs`), join(dir, `${r}.mjs`));
      }
      rmSync(join(dir, "build"), { recursive: true, force: true });
    }
    copyFileSync(CHILD, join(dir, "child.mjs"));
    return dir;
  })();
  return bundles;
}

// #endregion

// #region Children

/** Everything the runner learnt from one child. */
export interface ChildResult {
  code: number;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** stdout parsed line by line (a line that is not JSON fails the case). */
  lines: Record<string, unknown>[];
  /** `TAG <json>` lines from stderr, by tag (the last one wins). */
  reports: Record<string, unknown>;
}

interface SpawnOptions {
  /** lockbox's variables shaping the fault (OTEL_*, LOG_*). */
  env?: Record<string, string>;
  /** Scenario parameters (LOCKBOX_FAULT_PARAMS). */
  params?: Record<string, unknown>;
  /** Extra `host:port` Deno may connect to besides 127.0.0.1 (the DNS case). */
  netHosts?: string[];
  /** Open stdin for the child's commands (`send`); otherwise it is closed. */
  stdin?: boolean;
  /** stdout is not read until this resolves (a stalled reader); default read at once. */
  readStdoutAfter?: Promise<unknown>;
}

/** Environment for children: only what the runtimes need, so no OTEL_* of the runner leaks in. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = { NO_COLOR: "1" };
  for (const k of ["PATH", "HOME", "TMPDIR", "DENO_DIR"]) {
    const v = Deno.env.get(k);
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/**
 * The command line of a service using the bundle on `runtime`. Deno gets least privilege, as
 * the README prescribes for services: the variables lockbox reads, 127.0.0.1 (plus `netHosts`),
 * reading the bundle's directory.
 */
function command(runtime: Runtime, dir: string, netHosts: string[]): [string, string[]] {
  const child = join(dir, "child.mjs");
  switch (runtime) {
    case "node":
      return ["node", [child]];
    case "bun":
      return [join(ROOT, "node_modules", ".bin", "bun"), [child]];
    case "deno":
      return [Deno.execPath(), [
        "run",
        "--no-prompt",
        "--no-config",
        `--allow-env=${[...DENO_ENV_VARS, ...CHILD_VARS].join(",")}`,
        `--allow-net=${["127.0.0.1", ...netHosts].join(",")}`,
        `--allow-read=${dir}`,
        child,
      ]];
  }
}

/** Parses `TAG <json>` lines (TAG in capitals) from stderr. */
function parseReports(stderr: string): Record<string, unknown> {
  const reports: Record<string, unknown> = {};
  for (const line of stderr.split("\n")) {
    const m = /^([A-Z_]+) (.*)$/.exec(line);
    if (m === null) continue;
    try {
      reports[m[1]] = JSON.parse(m[2]);
    } catch {
      // Not one of ours (a runtime's own message in capitals).
    }
  }
  return reports;
}

/**
 * Starts `scenario` of child.mjs on `runtime`. The handle resolves reports as they arrive on
 * stderr, sends commands on stdin, and `finish()` waits for the exit.
 */
export async function spawnChild(runtime: Runtime, scenario: string, options: SpawnOptions = {}) {
  const dir = await bundleDir();
  const [cmd, args] = command(runtime, dir, options.netHosts ?? []);
  const child = new Deno.Command(cmd, {
    args,
    cwd: dir,
    env: {
      ...baseEnv(),
      ...FAULT_ENV,
      ...options.env,
      LOCKBOX_FAULT_BUNDLE: join(dir, `${runtime}.mjs`),
      LOCKBOX_FAULT_CASE: scenario,
      LOCKBOX_FAULT_PARAMS: JSON.stringify(options.params ?? {}),
    },
    clearEnv: true,
    stdin: options.stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let killed = false;
  const kill = () => {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  };
  const killer = setTimeout(() => {
    killed = true;
    kill();
  }, CHILD_TIMEOUT_MS);
  const stdin = options.stdin ? child.stdin.getWriter() : null;
  const watched = watchLines(child.stderr);
  const stderr = watched.text;
  /** Resolves with the first stderr line starting with `prefix`, undefined if none came. */
  const line = watched.line;
  const stdout = (async () => {
    await options.readStdoutAfter;
    return await readAll(child.stdout);
  })();
  const done = (async (): Promise<ChildResult> => {
    const [out, err, status] = await Promise.all([stdout, stderr, child.status]);
    clearTimeout(killer);
    if (killed) throw new Error(`${runtime} child killed after ${CHILD_TIMEOUT_MS} ms:\n${err}`);
    let lines: Record<string, unknown>[];
    try {
      lines = out.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
    } catch (e) {
      throw new Error(`${runtime} child stdout is not JSON lines (${e}); stderr:\n${err}`);
    }
    return {
      code: status.code,
      signal: status.signal,
      stdout: out,
      stderr: err,
      lines,
      reports: parseReports(err),
    };
  })();
  return {
    /**
     * Resolves with the value of the first report `TAG <json>` whose line starts with
     * `TAG <prefix>` (any value of that tag without `prefix`); undefined if the child ended
     * without one.
     */
    async report(tag: string, prefix = ""): Promise<unknown> {
      const found = await line(`${tag} ${prefix}`);
      return found === undefined ? undefined : JSON.parse(found.slice(tag.length + 1));
    },
    async send(line: string): Promise<void> {
      await stdin!.write(new TextEncoder().encode(line + "\n"));
    },
    async closeStdin(): Promise<void> {
      await stdin?.close().catch(() => {});
    },
    finish: () => done,
    kill,
  };
}

/** Runs a scenario to its end. */
export async function runChild(
  runtime: Runtime,
  scenario: string,
  options: SpawnOptions = {},
): Promise<ChildResult> {
  return await (await spawnChild(runtime, scenario, options)).finish();
}

export { withReceiver };

/** A 127.0.0.1 port that refuses connections: bound, noted, closed. */
export function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

// #endregion

// #region Figures and identities

/** The stats counters, each a number: a counter the bundle does not report is 0. */
interface Counters {
  mode: string;
  accepted: number;
  internal: number;
  queueFull: number;
  rateLimited: number;
  afterShutdown: number;
  stdoutWritten: number;
  stdoutFailed: number;
  stdoutDropped: number;
  otlpEnabled: boolean;
  otlpExported: number;
  otlpFailed: number;
  otlpDropped: number;
  pending: number;
}

export function counters(stats: unknown): Counters {
  // deno-lint-ignore no-explicit-any
  const s = (stats ?? {}) as any;
  const n = (v: unknown) => typeof v === "number" ? v : 0;
  return {
    mode: String(s.mode),
    accepted: n(s.accepted),
    internal: n(s.internal),
    queueFull: n(s.dropped?.queueFull),
    rateLimited: n(s.dropped?.rateLimited),
    afterShutdown: n(s.dropped?.afterShutdown),
    stdoutWritten: n(s.stdout?.written),
    stdoutFailed: n(s.stdout?.failed),
    stdoutDropped: n(s.stdout?.dropped),
    otlpEnabled: s.otlp?.enabled === true,
    otlpExported: n(s.otlp?.exported),
    otlpFailed: n(s.otlp?.failed),
    otlpDropped: n(s.otlp?.dropped),
    pending: n(s.pending),
  };
}

/** The records the service logged and lockbox kept: accepted plus lockbox's own. */
export function kept(c: Counters): number {
  return c.accepted + c.internal;
}

/** What one case measured, for its line in the table. */
interface Figures {
  calls: number;
  delayMs?: number;
  initMs?: number;
  rssGrowthBytes?: number;
  shutdownMs?: number;
  stats: Counters;
}

export function figures(result: ChildResult): Figures {
  const r = result.reports;
  const num = (v: unknown) => typeof v === "number" ? v : undefined;
  return {
    calls: num(r.CALLS) ?? NaN,
    delayMs: num(r.DELAY),
    initMs: num(r.INIT_MS),
    rssGrowthBytes: num(r.RSS_GROWTH),
    shutdownMs: num(r.SHUTDOWN_MS),
    stats: counters(r.STATS),
  };
}

/** One runtime's row of the table printed when the run ends. */
interface Row {
  runtime: Runtime;
  fault: string;
  f?: Figures;
  extra: string;
  /** "PASS", or "FAIL" with the first line of each failed check. */
  result?: string;
}

/** Every row printed so far, in order; the tables at the end are made from them. */
const rows: Row[] = [];

/** Prints the case's line of the fault matrix (before any assertion, so a failure has figures). */
export function printLine(runtime: Runtime, fault: string, f: Figures, extra = ""): void {
  rows.push({ runtime, fault, f, extra });
  const c = f.stats;
  const ms = (v: number | undefined) => v === undefined ? "–" : `${v} ms`;
  const rss = f.rssGrowthBytes === undefined
    ? "–"
    : `+${(f.rssGrowthBytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `fault matrix | ${runtime} | ${fault} | delay ${ms(f.delayMs)} | init ${ms(f.initMs)} | ` +
      `rss ${rss} | shutdown ${ms(f.shutdownMs)} | calls ${f.calls} | ` +
      `accepted ${c.accepted} internal ${c.internal} | dropped queueFull ${c.queueFull} ` +
      `rateLimited ${c.rateLimited} afterShutdown ${c.afterShutdown} | ` +
      `stdout ${c.stdoutWritten}/${c.stdoutFailed}/${c.stdoutDropped} | ` +
      `otlp ${c.otlpEnabled ? `${c.otlpExported}/${c.otlpFailed}/${c.otlpDropped}` : "off"} | ` +
      `mode ${c.mode}${extra === "" ? "" : ` | ${extra}`}`,
  );
}

/**
 * The accounting identities after shutdown. All are checked and every broken one is named in
 * one failure, so a run shows the whole picture.
 */
export function assertIdentities(f: Figures): void {
  const c = f.stats;
  const broken: string[] = [];
  const check = (name: string, left: number, right: number) => {
    if (left !== right) broken.push(`${name}: ${left} ≠ ${right}`);
  };
  check(
    "calls = accepted + dropped.queueFull + dropped.rateLimited + dropped.afterShutdown",
    f.calls,
    c.accepted + c.queueFull + c.rateLimited + c.afterShutdown,
  );
  check(
    "accepted + internal = stdout.written + stdout.failed + stdout.dropped",
    kept(c),
    c.stdoutWritten + c.stdoutFailed + c.stdoutDropped,
  );
  if (c.otlpEnabled) {
    check(
      "accepted + internal = otlp.exported + otlp.failed + otlp.dropped",
      kept(c),
      c.otlpExported + c.otlpFailed + c.otlpDropped,
    );
  }
  check("pending = 0", c.pending, 0);
  assert(
    broken.length === 0,
    `accounting identities broken after shutdown: ${broken.join("; ")}\ncounters: ${
      JSON.stringify(c)
    }`,
  );
}

/** Records a failed assertion and carries on, so one run shows every broken promise. */
type Check = (assertion: () => void) => void;

/**
 * The promises every measured fault keeps: the child reported its figures, the stdout lines
 * that arrived are the ones counted written, the loop stayed responsive, memory stayed bounded,
 * shutdown honoured its deadline, the identities hold.
 */
export function assertBounded(
  check: Check,
  result: ChildResult,
  f: Figures,
  shutdownTimeoutMs: number,
  /**
   * stdout.written must equal the lines that arrived. A thread killed with a write in flight
   * cannot know whether it landed: there it may only undercount (a line counted failed that
   * arrived), never count a line written that did not.
   */
  linesSeen: "exact" | "at least" = "exact",
): void {
  check(() =>
    linesSeen === "exact"
      ? assertEquals(result.lines.length, f.stats.stdoutWritten, "stdout lines = stdout.written")
      : assertGreaterOrEqual(
        result.lines.length,
        f.stats.stdoutWritten,
        "stdout lines ≥ stdout.written",
      )
  );
  check(() =>
    assert("STATS" in result.reports, `the child reported no STATS; stderr:\n${result.stderr}`)
  );
  check(() => assertLess(f.delayMs ?? Infinity, MAX_DELAY_MS, DELAY_CHECK));
  check(() => assertLess(f.rssGrowthBytes ?? Infinity, MAX_RSS_GROWTH, "RSS growth"));
  check(() =>
    assertLess(
      f.shutdownMs ?? Infinity,
      shutdownTimeoutMs + SHUTDOWN_SLACK_MS,
      "shutdown deadline",
    )
  );
  check(() => assertIdentities(f));
}

/** The child's own records: lockbox's self-report (logger "lockbox") is not one of them. */
export function ownLines(lines: Record<string, unknown>[]): Record<string, unknown>[] {
  return lines.filter((l) => l.logger !== "lockbox");
}

export function ownRecords(records: ReceivedLogRecord[], scope: string): ReceivedLogRecord[] {
  return records.filter((r) => r.scope.name === scope);
}

/** `lockbox: OTLP export …` warning lines on stderr. */
export function exportWarnings(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("lockbox: OTLP export"));
}

// #endregion

// #region Matrix

/**
 * Registers one test per fault; each runs `fn` on every selected runtime concurrently, as
 * steps (sanitizers off: the steps overlap, and each one waits for its own children).
 */
export function fault(name: string, fn: (runtime: Runtime, check: Check) => Promise<void>): void {
  Deno.test({
    name: `fault matrix: ${name}`,
    sanitizeOps: false,
    sanitizeResources: false,
    fn: async (t) => {
      const outcomes = await Promise.allSettled(RUNTIMES.map((runtime) =>
        t.step({
          name: runtime,
          sanitizeOps: false,
          sanitizeResources: false,
          sanitizeExit: false,
          fn: async () => {
            for (let attempt = 1;; attempt++) {
              const first = rows.length;
              const failures: string[] = [];
              try {
                await fn(runtime, (assertion) => {
                  try {
                    assertion();
                  } catch (e) {
                    failures.push(e instanceof Error ? e.message : String(e));
                  }
                });
              } catch (e) {
                failures.push(e instanceof Error ? e.message : String(e));
              }
              // The rows this case printed on this runtime get its outcome (a case that failed
              // before printing gets a row of its own).
              const mine = rows.slice(first).filter((r) => r.runtime === runtime);
              if (mine.length === 0) {
                const row: Row = { runtime, fault: name, extra: "" };
                rows.push(row);
                mine.push(row);
              }
              // A delay over the bound and nothing else wrong may be the machine's load (other
              // processes on 2 cores): the case runs once more, and both runs are in the table.
              // A stall lockbox causes comes back.
              const delayOnly = failures.length > 0 &&
                failures.every((m) => m.startsWith(DELAY_CHECK));
              if (delayOnly && attempt === 1) {
                for (const row of mine) row.result = `delay over ${MAX_DELAY_MS} ms: run again`;
                continue;
              }
              const result = failures.length === 0
                ? "PASS"
                : `FAIL: ${failures.map((m) => m.split("\n")[0].slice(0, 160)).join(" / ")}`;
              for (const row of mine) row.result = result;
              if (failures.length > 0) {
                throw new Error(
                  `${name} on ${runtime}: ${failures.length} check(s) failed:\n- ` +
                    failures.join("\n- "),
                );
              }
              return;
            }
          },
        })
      ));
      const failed = RUNTIMES.filter((_, i) =>
        outcomes[i].status === "rejected" ||
        (outcomes[i] as PromiseFulfilledResult<boolean>).value === false
      );
      assertEquals(failed, [], `${name}: failed on ${failed.join(", ")}`);
    },
  });
}

/** Markdown tables of every row, one per runtime, printed when the run ends. */
function printTables(): void {
  if (rows.length === 0) return;
  const out: string[] = [];
  for (const runtime of RUNTIMES) {
    const mine = rows.filter((r) => r.runtime === runtime);
    if (mine.length === 0) continue;
    out.push(
      "",
      `fault matrix on ${runtime}:`,
      "",
      "| fault | worst delay | shutdown | rss growth | calls | accepted | internal | " +
        "refused qF/rL/aS | stdout w/f/d | otlp e/f/d | mode | notes | result |",
      "|---|--:|--:|--:|--:|--:|--:|---|---|---|---|---|---|",
    );
    for (const { fault, f, extra, result } of mine) {
      const c = f?.stats;
      const ms = (v: number | undefined) => v === undefined ? "–" : `${v} ms`;
      const mb = (v: number | undefined) =>
        v === undefined ? "–" : `+${(v / 1024 / 1024).toFixed(1)} MB`;
      out.push(
        `| ${fault} | ${ms(f?.delayMs)} | ${ms(f?.shutdownMs)} | ${mb(f?.rssGrowthBytes)} | ` +
          `${f?.calls ?? "–"} | ` +
          `${c?.accepted ?? "–"} | ${c?.internal ?? "–"} | ` +
          `${c ? `${c.queueFull}/${c.rateLimited}/${c.afterShutdown}` : "–"} | ` +
          `${c ? `${c.stdoutWritten}/${c.stdoutFailed}/${c.stdoutDropped}` : "–"} | ` +
          `${
            c ? (c.otlpEnabled ? `${c.otlpExported}/${c.otlpFailed}/${c.otlpDropped}` : "off") : "–"
          } | ` +
          `${c?.mode ?? "–"} | ${extra} | ${(result ?? "–").replaceAll("|", "\\|")} |`,
      );
    }
  }
  console.log(out.join("\n"));
}
globalThis.addEventListener("unload", printTables);

/** The standard OTLP fault: 300 records over 300 ms (or `records`), measured shutdown. */
export async function loadCase(
  runtime: Runtime,
  env: Record<string, string>,
  shutdownMs: number,
  records = 300,
  extra: Partial<SpawnOptions> = {},
): Promise<{ result: ChildResult; f: Figures }> {
  const result = await runChild(runtime, "load", {
    env,
    params: { records, ms: 300, shutdownMs },
    ...extra,
  });
  return { result, f: figures(result) };
}
