/**
 * The fault matrix on every runtime: each fault runs against a bundle built from the working
 * tree, on Node.js, Bun and Deno, in child processes of that runtime started from an empty
 * temporary directory (test/faults/child.mjs next to the bundles), with a real OTLP receiver
 * (scripts/otlp_receiver.ts) on 127.0.0.1 in this process.
 *
 * Every case prints one line for the per-runtime table:
 *
 *     fault matrix | node | refused port | delay 3.1 ms | init 92.0 ms | rss +11.2 MB |
 *       shutdown 510 ms | calls 300 | accepted 300 internal 0 | dropped queueFull 0
 *       rateLimited 0 afterShutdown 0 | stdout 300/0/0 | otlp 0/300/0 | mode worker | …
 *
 * (one line; stdout and otlp as written/failed/dropped and exported/failed/dropped), and asserts,
 * besides what the fault itself must do, that the main thread's worst timer delay stays bounded,
 * that shutdown honours its deadline and that after shutdown the accounting identities hold:
 *
 * - calls = accepted + dropped.queueFull + dropped.rateLimited + dropped.afterShutdown
 * - accepted + internal = stdout.written + stdout.failed + stdout.dropped
 * - with OTLP: accepted + internal = otlp.exported + otlp.failed + otlp.dropped
 * - pending = 0
 *
 * (`internal` counts lockbox's own records; a counter a bundle does not report counts as 0).
 * Every failed check of a case is reported, not only the first. When the run ends, one markdown
 * table per runtime lists every case with its figures and outcome.
 *
 * The three runtimes of one fault run concurrently (test steps); faults run one after another.
 * A case whose only failure is the delay bound runs once more (both runs are in the table): on
 * a loaded 2-core machine the scheduler alone can stall a timer that long, while a stall
 * lockbox causes comes back.
 *
 * Usage (from the repository root):
 *
 *     npm run test:faults
 *     deno test -A test/faults/faults_test.ts --filter "503"
 *
 * Environment: LOCKBOX_FAULTS_RUNTIMES=node,bun,deno selects runtimes (default all three);
 * LOCKBOX_FAULTS_BUNDLES=<dir> tests the bundles in that directory (e.g. dist) instead of a
 * fresh build of the working tree.
 *
 * @module
 */

import {
  assert,
  assertEquals,
  assertGreaterOrEqual,
  assertLess,
  assertLessOrEqual,
  assertStringIncludes,
} from "@std/assert";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  encodeExportLogsResponse,
  type OtlpReceiver,
  type ReceivedLogRecord,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";
import { DENO_ENV_VARS } from "../../scripts/conformance.ts";

// #region Limits and settings

/** Worst main-thread timer delay accepted under any fault, in ms (generous: 2-core shared box). */
const MAX_DELAY_MS = 250;
/** RSS growth accepted over a child's run, in bytes (the queue bounds what is held). */
const MAX_RSS_GROWTH = 200 * 1024 * 1024;
/** The message of the delay check: a case failing only on it runs once more. */
const DELAY_CHECK = "main-thread timer delay";
/** Slack past a shutdown deadline for the call to return, in ms (children share 2 cores). */
const SHUTDOWN_SLACK_MS = 500;
/** Wall-clock limit of one child, in ms; it is killed (and the case fails) after that. */
const CHILD_TIMEOUT_MS = 45_000;

/**
 * Environment of every fault child. The load is benchmark-style (one event name at up to
 * 10,000 records/s), so the rate guard is off; its own tests live with the core tests.
 */
const FAULT_ENV = { LOG_RATE_LIMIT: "0" };
/** Fast-failing exporter settings: a short request timeout, frequent small exports. */
const FAST_ENV = {
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
interface ChildResult {
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

async function readAll(
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
async function spawnChild(runtime: Runtime, scenario: string, options: SpawnOptions = {}) {
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
  const waiters: { prefix: string; resolve: (line: string | undefined) => void }[] = [];
  let seen: string[] = [];
  const stderr = readAll(child.stderr, (all) => {
    seen = all.split("\n");
    for (const w of [...waiters]) {
      const line = seen.find((l) => l.startsWith(w.prefix));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  }).finally(() => {
    // stderr ended (the child exited): no report will come any more.
    for (const w of waiters.splice(0)) w.resolve(undefined);
  });
  /** Resolves with the first stderr line starting with `prefix`, undefined if none came. */
  const line = (prefix: string): Promise<string | undefined> => {
    const found = seen.find((l) => l.startsWith(prefix));
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => waiters.push({ prefix, resolve }));
  };
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
async function runChild(
  runtime: Runtime,
  scenario: string,
  options: SpawnOptions = {},
): Promise<ChildResult> {
  return await (await spawnChild(runtime, scenario, options)).finish();
}

/** Starts a receiver, runs `fn`, always closes it. */
async function withReceiver<T>(
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

/** A 127.0.0.1 port that refuses connections: bound, noted, closed. */
function closedPort(): number {
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

function counters(stats: unknown): Counters {
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
function kept(c: Counters): number {
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

function figures(result: ChildResult): Figures {
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
function printLine(runtime: Runtime, fault: string, f: Figures, extra = ""): void {
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
function assertIdentities(f: Figures): void {
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
function assertBounded(
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
function ownLines(lines: Record<string, unknown>[]): Record<string, unknown>[] {
  return lines.filter((l) => l.logger !== "lockbox");
}

function ownRecords(records: ReceivedLogRecord[], scope: string): ReceivedLogRecord[] {
  return records.filter((r) => r.scope.name === scope);
}

/** `lockbox: OTLP export …` warning lines on stderr. */
function exportWarnings(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("lockbox: OTLP export"));
}

// #endregion

// #region Matrix

/**
 * Registers one test per fault; each runs `fn` on every selected runtime concurrently, as
 * steps (sanitizers off: the steps overlap, and each one waits for its own children).
 */
function fault(name: string, fn: (runtime: Runtime, check: Check) => Promise<void>): void {
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
async function loadCase(
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

fault("refused port", async (runtime, check) => {
  const port = closedPort();
  const { result, f } = await loadCase(
    runtime,
    { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, ...FAST_ENV },
    2000,
  );
  printLine(runtime, "refused port", f);
  check(() => assertEquals(result.code, 0, result.stderr));
  assertBounded(check, result, f, 2000);
  check(() => assertEquals(ownLines(result.lines).length, 300, "stdout never waits for OTLP"));
  check(() => assertEquals(f.stats.otlpExported, 0));
  check(() =>
    assertStringIncludes(exportWarnings(result.stderr)[0] ?? "", "ECONNREFUSED", result.stderr)
  );
});

fault("DNS .invalid", async (runtime, check) => {
  const { result, f } = await loadCase(
    runtime,
    { OTEL_EXPORTER_OTLP_ENDPOINT: "http://lockbox-test.invalid:4318", ...FAST_ENV },
    2000,
    300,
    { netHosts: ["lockbox-test.invalid:4318"] },
  );
  printLine(runtime, "DNS .invalid", f);
  check(() => assertEquals(result.code, 0, result.stderr));
  assertBounded(check, result, f, 2000);
  check(() => assertEquals(ownLines(result.lines).length, 300));
  check(() => assertEquals(f.stats.otlpExported, 0));
  check(() => assertEquals(exportWarnings(result.stderr).length, 1, result.stderr));
  // ENOTFOUND, not EPERM: the failure is the name's, not a permission's (Deno).
  check(() =>
    assertStringIncludes(exportWarnings(result.stderr)[0] ?? "", "ENOTFOUND", result.stderr)
  );
});

// The exporter's rules: 429/502/503/504 are retryable, after Retry-After or a ~1 s backoff
// (×1.5 per attempt, ±20 %), while the retry still fits in OTEL_EXPORTER_OTLP_TIMEOUT (10 s).
for (
  const { name, status, failures, headers } of <{
    name: string;
    status: number;
    failures: number;
    headers: Record<string, string>;
  }[]> [
    {
      name: "429 with Retry-After, then 200",
      status: 429,
      failures: 1,
      headers: { "retry-after": "1" },
    },
    { name: "503 ×2, then 200", status: 503, failures: 2, headers: {} },
    { name: "502 once, then 200", status: 502, failures: 1, headers: {} },
    { name: "504 once, then 200", status: 504, failures: 1, headers: {} },
  ]
) {
  fault(name, async (runtime, check) => {
    let answered = 0;
    const respond = () => answered++ < failures ? { status, headers } : undefined;
    await withReceiver({ respond }, async (receiver) => {
      const { result, f } = await loadCase(
        runtime,
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BLRP_SCHEDULE_DELAY: "100" },
        6000,
        100,
      );
      printLine(runtime, name, f, `requests ${receiver.requests.map((r) => r.status).join(",")}`);
      check(() => assertEquals(result.code, 0, result.stderr));
      assertBounded(check, result, f, 6000);
      check(() =>
        assertEquals(
          receiver.requests.slice(0, failures).map((r) => r.status),
          Array(failures).fill(status),
          "refused first",
        )
      );
      check(() => assertGreaterOrEqual(receiver.requests.length, failures + 1, "retried"));
      check(() =>
        assertEquals(f.stats.otlpExported, kept(f.stats), "every record exported in the end")
      );
      check(() => assertEquals(ownRecords(receiver.records, "fault").length, 100));
    });
  });
}

fault("503 always", async (runtime, check) => {
  await withReceiver({ respond: () => ({ status: 503 }) }, async (receiver) => {
    const { result, f } = await loadCase(
      runtime,
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_TIMEOUT: "1500",
        OTEL_BLRP_SCHEDULE_DELAY: "5000",
      },
      4000,
      100,
    );
    printLine(runtime, "503 always", f, `requests ${receiver.requests.length}`);
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 4000);
    check(() => assertGreaterOrEqual(receiver.requests.length, 2, "one retry fits in 1500 ms"));
    check(() => assertEquals(f.stats.otlpFailed, kept(f.stats)));
    check(() => assertEquals(exportWarnings(result.stderr).length, 1, result.stderr));
  });
});

for (const status of [401, 403]) {
  fault(`${status}`, async (runtime, check) => {
    const token = "glc_fault_matrix_token_value";
    const options: ReceiverOptions = status === 401
      ? { basicAuth: { username: "1", password: "right" } }
      : { respond: () => ({ status: 403, body: "403 forbidden\n" }) };
    await withReceiver(options, async (receiver) => {
      const { result, f } = await loadCase(
        runtime,
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          GRAFANA_CLOUD_INSTANCE_ID: "1",
          GRAFANA_CLOUD_TOKEN: token,
        },
        3000,
        200,
      );
      printLine(runtime, `${status}`, f, `requests ${receiver.requests.length}`);
      check(() => assertEquals(result.code, 0, result.stderr));
      assertBounded(check, result, f, 3000);
      check(() =>
        assertEquals(receiver.requests.map((r) => r.status), [status], "exactly one request")
      );
      check(() => assertEquals(f.stats.otlpFailed, kept(f.stats)));
      const warnings = exportWarnings(result.stderr);
      check(() => assertEquals(warnings.length, 1, result.stderr));
      check(() =>
        assertStringIncludes(warnings[0], `lockbox: OTLP export to ${receiver.logsUrl} failed`)
      );
      const everything = result.stdout + result.stderr;
      check(() => assert(!everything.includes(token), "the token is never printed"));
      check(() => assert(!everything.includes(btoa(`1:${token}`)), "nor its Basic encoding"));
    });
  });
}

fault("413", async (runtime, check) => {
  await withReceiver({ respond: () => ({ status: 413 }) }, async (receiver) => {
    const { result, f } = await loadCase(
      runtime,
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      3000,
      200,
    );
    printLine(runtime, "413", f, `requests ${receiver.requests.length}`);
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 3000);
    check(() => assertEquals(receiver.requests.map((r) => r.status), [413], "not retried"));
    check(() => assertEquals(f.stats.otlpFailed, kept(f.stats)));
    check(() => assertEquals(exportWarnings(result.stderr).length, 1, result.stderr));
  });
});

// The stock exporter reports SUCCESS for a partial-success response; lockbox counts
// rejected_log_records as failed.
fault("partial success", async (runtime, check) => {
  const body = encodeExportLogsResponse({ rejectedLogRecords: 2, errorMessage: "too old" });
  await withReceiver({ respond: () => ({ status: 200, body }) }, async (receiver) => {
    const { result, f } = await loadCase(
      runtime,
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      3000,
      100,
    );
    printLine(runtime, "partial success", f, `requests ${receiver.requests.length}`);
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 3000);
    check(() => assertEquals(receiver.requests.length, 1));
    check(() => assertEquals([f.stats.otlpExported, f.stats.otlpFailed], [kept(f.stats) - 2, 2]));
    check(() =>
      assertStringIncludes(exportWarnings(result.stderr)[0] ?? "", "too old", result.stderr)
    );
  });
});

fault("never answers", async (runtime, check) => {
  const hang = Promise.withResolvers<void>();
  try {
    const respond = () => hang.promise.then(() => undefined);
    await withReceiver({ respond }, async (receiver) => {
      const { result, f } = await loadCase(
        runtime,
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...FAST_ENV },
        3000,
      );
      printLine(runtime, "never answers", f);
      check(() => assertEquals(result.code, 0, result.stderr));
      assertBounded(check, result, f, 3000);
      check(() => assertEquals(ownLines(result.lines).length, 300));
      check(() => assertEquals(f.stats.otlpExported, 0));
      check(() =>
        assertStringIncludes(exportWarnings(result.stderr)[0] ?? "", "timed out", result.stderr)
      );
      hang.resolve();
    });
  } finally {
    hang.resolve();
  }
});

fault("300 ms answers", async (runtime, check) => {
  const respond = () => new Promise<undefined>((r) => setTimeout(() => r(undefined), 300));
  await withReceiver({ respond }, async (receiver) => {
    const result = await runChild(runtime, "load", {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_BLRP_SCHEDULE_DELAY: "100",
        OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "100",
      },
      params: { records: 1000, ms: 1000, shutdownMs: 5000 },
    });
    const f = figures(result);
    printLine(runtime, "300 ms answers", f, `requests ${receiver.requests.length}`);
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 5000);
    check(() => assertEquals(f.stats.otlpExported, kept(f.stats)));
    check(() => assertGreaterOrEqual(receiver.requests.length, 5, "many slow requests"));
    check(() => assertEquals(ownRecords(receiver.records, "fault").length, 1000));
  });
});

fault("receiver away and back", async (runtime, check) => {
  let receiver = await startOtlpReceiver({ quiet: true });
  const port = Number(new URL(receiver.url).port);
  const child = await spawnChild(runtime, "away-and-back", {
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...FAST_ENV },
    stdin: true,
  });
  try {
    if (await child.report("PHASE", '"before"') === undefined) {
      throw new Error(`the child ended before phase before:\n${(await child.finish()).stderr}`);
    }
    await receiver.close();
    await child.send("down");
    if (await child.report("PHASE", '"during"') === undefined) {
      throw new Error(`the child ended before phase during:\n${(await child.finish()).stderr}`);
    }
    receiver = await startOtlpReceiver({ quiet: true, port });
    await child.send("up");
    await child.closeStdin();
    const result = await child.finish();
    const f = figures(result);
    const back = ownRecords(receiver.records, "fault");
    printLine(runtime, "receiver away and back", f, `received after the return ${back.length}`);
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 3000);
    check(() => assertGreaterOrEqual(f.stats.otlpExported, 200));
    check(() => assertGreaterOrEqual(f.stats.otlpFailed, 100));
    check(() =>
      assertEquals(back.map((r) => r.body), Array(100).fill("after"), "records after the return")
    );
    check(() => assertEquals(ownLines(result.lines).length, 300, "stdout has all three phases"));
  } finally {
    child.kill();
    await receiver.close();
    await child.finish().catch(() => {});
  }
});

fault("stalled stdout reader", async (runtime, check) => {
  // The runner does not read the child's stdout (a 64 KiB pipe) while it logs 20,000 records of
  // ~200 bytes over 2 s; then it reads, and the child logs 100 more.
  const resume = Promise.withResolvers<void>();
  const child = await spawnChild(runtime, "stdout-stall", {
    env: { OTEL_LOGS_EXPORTER: "none" },
    readStdoutAfter: resume.promise,
  });
  try {
    // deno-lint-ignore no-explicit-any
    const stalled = await child.report("STALLED") as any;
    if (stalled === undefined) {
      resume.resolve();
      const { stderr } = await child.finish().catch((e) => ({ stderr: String(e) }));
      throw new Error(`the child reported no STALLED; stderr:\n${stderr}`);
    }
    const mid = counters(stalled);
    console.log(
      `fault matrix | ${runtime} | stalled stdout reader (while stalled) | delay ` +
        `${stalled.delay.toFixed(1)} ms | accepted ${mid.accepted} | queueFull ${mid.queueFull} ` +
        `| stdout ${mid.stdoutWritten}/${mid.stdoutFailed}/${mid.stdoutDropped} | ` +
        `pending ${mid.pending}`,
    );
    resume.resolve();
    const result = await child.finish();
    const f = figures(result);
    const own = ownLines(result.lines);
    printLine(runtime, "stalled stdout reader", f, `own lines ${own.length}`);
    check(() => assertLess(stalled.delay, MAX_DELAY_MS, `${DELAY_CHECK} while stdout stalls`));
    check(() => assertEquals(result.code, 0, result.stderr));
    assertBounded(check, result, f, 5000);
    const c = f.stats;
    // Each of the 20,100 calls is written, or counted refused at the call, or counted dropped or
    // failed by the stdout sink (those counters also hold lockbox's own records).
    check(() => assertLessOrEqual(own.length, f.calls - c.queueFull - c.rateLimited));
    check(() =>
      assertGreaterOrEqual(
        own.length,
        f.calls - c.queueFull - c.rateLimited - c.stdoutDropped - c.stdoutFailed,
      )
    );
    const keys = own.map((l) => `${l.message}/${l.i}`);
    check(() => assertEquals(new Set(keys).size, keys.length, "no line written twice"));
    check(() =>
      assertEquals(own.filter((l) => l.message === "after_resume").length, 100, "logging resumes")
    );
  } finally {
    resume.resolve();
    child.kill();
    await child.finish().catch(() => {});
  }
});

/** POSIX PIPE_BUF on Linux: the stdout sink's largest chunk of several lines, in bytes. */
const PIPE_BUF = 4096;

/** UTF-8 bytes of the stdout lines (with "\n") that repeat an earlier line of the same record. */
function duplicateLineBytes(stdout: string): number {
  const seen = new Set<string>();
  let bytes = 0;
  for (const raw of stdout.split("\n")) {
    if (raw === "") continue;
    const l = JSON.parse(raw) as Record<string, unknown>;
    if (l.logger === "lockbox") continue;
    const key = `${l.message}/${l.i}`;
    if (seen.has(key)) bytes += new TextEncoder().encode(raw).length + 1;
    else seen.add(key);
  }
  return bytes;
}

/** What the worker-death cases learnt: stdout lines by identity, records exported after. */
function workerDeathFigures(result: ChildResult, receiver: OtlpReceiver) {
  const keys = ownLines(result.lines).map((l) => `${l.message}/${l.i}`);
  const unique = new Set(keys);
  return {
    died: result.reports.WORKER_DIED,
    workers: result.reports.WORKERS,
    unique,
    duplicates: keys.length - unique.size,
    duplicateBytes: duplicateLineBytes(result.stdout),
    afterOnStdout: ownLines(result.lines).filter((l) => l.message === "after").length,
    afterExported: receiver.records.filter((r) => r.scope.name === "fault" && r.body === "after")
      .length,
    notes(): string {
      return `workers ${this.workers} | died ${this.died} | stdout lines seen ` +
        `${result.lines.length}, lost ${600 - unique.size} | duplicate stdout lines ` +
        `${this.duplicates} (${this.duplicateBytes} bytes) | ` +
        `"after" on stdout ${this.afterOnStdout}, exported ${this.afterExported}`;
    },
  };
}

/**
 * The consumer worker dies: killed from outside ("terminated"), or sent malformed messages on
 * its real port ("crashed"; the earlier pipeline threw on them). When it dies lockbox notices
 * once, continues inline, and every record is written or counted: the one record a consumer
 * held when it died may be lost and counted; the lines it rendered but had not written are
 * written by the takeover (they wait in shared memory), and the one stdout chunk in flight at
 * the death may be written twice; no other line is lost or repeated. A worker that survives
 * malformed messages must carry on as if nothing happened.
 */
for (const how of ["terminated", "crashed"]) {
  fault(`worker ${how}`, async (runtime, check) => {
    await withReceiver({}, async (receiver) => {
      const result = await runChild(runtime, "worker-death", {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BLRP_SCHEDULE_DELAY: "100" },
        params: { how },
      });
      const f = figures(result);
      const w = workerDeathFigures(result, receiver);
      printLine(runtime, `worker ${how}`, f, w.notes());
      if (how === "terminated") {
        check(() => assertEquals(w.died, true, "the fault was injected: the worker exited"));
      }
      check(() => assertEquals(result.code, 0, result.stderr));
      assertBounded(check, result, f, 3000, "at least");
      const notices = result.stderr.split("\n").filter((l) =>
        l.startsWith("lockbox: background worker stopped")
      );
      if (w.died === true) {
        // The stdout chunk in flight when the thread died may have reached the pipe before its
        // completion reached the dead thread: the takeover writes it again. At most that one
        // chunk: whole lines of at most PIPE_BUF (4,096) bytes together.
        check(() =>
          assertLessOrEqual(w.duplicateBytes, PIPE_BUF, "written twice: at most one chunk")
        );
      } else check(() => assertEquals(w.duplicates, 0, "no record written twice"));
      check(() => assertEquals(w.afterExported, 200, "records after the fault are exported"));
      check(() => assertEquals(w.afterOnStdout, 200, "records after the fault are on stdout"));
      if (w.died === true) {
        check(() => assertEquals(f.stats.mode, "inline"));
        check(() => assertEquals(notices.length, 1, result.stderr));
        check(() => assertStringIncludes(notices[0] ?? "", "; continuing inline"));
        check(() =>
          assertGreaterOrEqual(
            w.unique.size + f.stats.stdoutFailed + f.stats.stdoutDropped,
            600,
            "every stdout line written or counted",
          )
        );
        // At most the record in flight when the thread died; the earlier pipeline lost none.
        check(() => assertLessOrEqual(600 - w.unique.size, 1, "stdout lines lost"));
      } else {
        check(() => assertEquals(f.stats.mode, "worker", "the worker carried on"));
        check(() => assertEquals(notices, [], "nothing to notice"));
        check(() => assertEquals(w.unique.size, 600, "every record on stdout"));
      }
    });
  });
}

fault("process.exit() with 2,000 pending", async (runtime, check) => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(runtime, "exit-pending", {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    });
    const f = figures(result);
    const exitMs = result.reports.EXIT_MS as number | undefined;
    const received = ownRecords(receiver.records, "exit").length;
    printLine(
      runtime,
      "process.exit() with 2,000 pending",
      f,
      `exit hook ${exitMs ?? "–"} ms | received ${received}`,
    );
    check(() => assertEquals(result.code, 7, result.stderr));
    check(() =>
      assertLess(exitMs ?? Infinity, 5000 + SHUTDOWN_SLACK_MS, "the exit hook honours its deadline")
    );
    check(() =>
      assertEquals(ownLines(result.lines).map((l) => l.i), [...Array(2000).keys()], "none lost")
    );
    check(() => assertEquals(received, 2000, "the exit hook waits for the export"));
    check(() =>
      assertEquals(result.lines.length, f.stats.stdoutWritten, "stdout lines = stdout.written")
    );
    check(() => assertEquals(f.stats.otlpExported, kept(f.stats), "exported counted as exported"));
    check(() => assertIdentities(f));
  });
});

for (
  const [scenario, name] of [
    ["uncaught-top", "uncaught throw at top level"],
    ["uncaught-timer", "uncaught throw in a timer"],
  ]
) {
  fault(name, async (runtime, check) => {
    await withReceiver({}, async (receiver) => {
      const result = await runChild(runtime, scenario, {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      });
      const f = figures(result);
      const received = ownRecords(receiver.records, "crash").length;
      printLine(runtime, name, f, `exit code ${result.code} | received ${received}`);
      check(() => assertEquals(result.code, 1, result.stderr));
      check(() => assertStringIncludes(result.stderr, "boom"));
      check(() =>
        assertEquals(ownLines(result.lines).map((l) => l.i), [0, 1, 2], "stdout has the records")
      );
      check(() => assertEquals(received, 3, "the receiver has the records"));
      check(() =>
        assertEquals(result.lines.length, f.stats.stdoutWritten, "stdout lines = stdout.written")
      );
      check(() => assert("STATS" in result.reports, `no STATS at exit; stderr:\n${result.stderr}`));
      check(() => assertIdentities(f));
    });
  });
}

// Sink independence: a slow or dead sink never costs the other sink a record.

fault(
  "collector never answers, 1,000 rec/s for 4 s: every record on stdout",
  async (runtime, check) => {
    const hang = Promise.withResolvers<void>();
    try {
      const respond = () => hang.promise.then(() => undefined);
      await withReceiver({ respond }, async (receiver) => {
        const result = await runChild(runtime, "load", {
          env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
          params: { records: 4000, ms: 4000, shutdownMs: 3000 },
        });
        const f = figures(result);
        const own = ownLines(result.lines);
        printLine(runtime, "collector never answers (sinks)", f, `own stdout lines ${own.length}`);
        check(() => assertEquals(result.code, 0, result.stderr));
        assertBounded(check, result, f, 3000);
        check(() => assertEquals(f.stats.queueFull, 0, "no call refused"));
        check(() => assertEquals(own.length, 4000, "every record on stdout"));
        check(() => assertEquals([f.stats.stdoutFailed, f.stats.stdoutDropped], [0, 0]));
        check(() => assertEquals(f.stats.otlpExported, 0));
        hang.resolve();
      });
    } finally {
      hang.resolve();
    }
  },
);

fault(
  "stdout reader paused 3 s, 1,000 rec/s for 4 s: every record at the collector",
  async (runtime, check) => {
    await withReceiver({}, async (receiver) => {
      const result = await runChild(runtime, "load", {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BLRP_SCHEDULE_DELAY: "200" },
        params: { records: 4000, ms: 4000, shutdownMs: 3000 },
        readStdoutAfter: new Promise((r) => setTimeout(r, 3000)),
      });
      const f = figures(result);
      const received = ownRecords(receiver.records, "fault").length;
      printLine(runtime, "stdout reader paused 3 s (sinks)", f, `received ${received}`);
      check(() => assertEquals(result.code, 0, result.stderr));
      assertBounded(check, result, f, 3000);
      check(() => assertEquals(f.stats.queueFull, 0, "no call refused"));
      check(() => assertEquals(received, 4000, "every record at the collector"));
      check(() => assertEquals([f.stats.otlpFailed, f.stats.otlpDropped], [0, 0]));
      check(() => assertEquals(f.stats.otlpExported, kept(f.stats)));
    });
  },
);

// #endregion
