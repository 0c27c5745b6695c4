/**
 * Runs the conformance suite (scripts/conformance_test.mjs) against each committed bundle on its
 * own runtime, and type-checks a consumer of the Deno bundle.
 *
 * For each runtime it makes an empty temporary directory holding only the bundle (copied as
 * `observability.mjs`), `observability.d.ts` and the test file, and runs there:
 *
 * - Node.js: `node --test conformance_test.mjs`
 * - Bun: `bun test ./conformance_test.mjs`
 * - Deno: `deno test` with least privilege: `--allow-env=<the variables lockbox and the OTel SDK
 *   read>`, `--allow-net=127.0.0.1`, `--allow-read=<the directory>`, `--allow-run=<deno>`
 *   (the tests start children for exit and signal flushes; those children get the same flags
 *   without `--allow-run`, as a service would).
 *
 * Two OTLP receivers (scripts/otlp_receiver.ts, one with Basic auth) run in this process; the
 * tests find them through LOCKBOX_CONFORMANCE_* variables and read back what arrived with
 * `GET /requests`. Then `deno check` of a consumer file next to `observability.deno.mjs` proves
 * the types are found through `@ts-self-types`.
 *
 * Which bundles: by default a fresh build of the working tree (`scripts/build.ts --out-dir` into
 * a temporary directory), because dist/ only changes at a release; `--dist DIR` tests the bundles
 * in DIR instead (e.g. `--dist dist` for the committed release).
 *
 * Usage:
 *
 *     deno run -A scripts/conformance.ts [--dist DIR] [--runtime node|bun|deno]... [--keep]
 *
 * Exit codes: 0 every runtime passed; 1 a runtime or the type check failed, the build failed, or
 * bundle files are missing; 2 bad usage.
 *
 * @module
 */

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type OtlpReceiver, startOtlpReceiver } from "./otlp_receiver.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The directory whose bundles are tested (set by main: --dist, or a fresh temporary build). */
let DIST = join(ROOT, "dist");
const TEST_FILE = join(ROOT, "scripts", "conformance_test.mjs");
/** Wall-clock limit for one runtime's whole run, in milliseconds. */
const RUN_TIMEOUT_MS = 60_000;

/**
 * Every environment variable the bundle reads (lockbox's settings and the OTel SDK's): the
 * `--allow-env` list a Deno service needs. A variable missing here fails the Deno run: the
 * OTel SDK throws NotCapable, lockbox prints "cannot read the environment".
 */
export const DENO_ENV_VARS = [
  "LOG_LEVEL",
  "LOG_FORMAT",
  "LOG_QUEUE_MAXSIZE",
  "LOG_MAX_VALUE_BYTES",
  "LOG_RATE_LIMIT",
  "LOG_REDACT_KEYS",
  "LOG_REDACT_PATTERNS",
  "APP_NAME",
  "APP_ENV",
  "APP_VERSION",
  "GRAFANA_CLOUD_INSTANCE_ID",
  "GRAFANA_CLOUD_TOKEN",
  "OTEL_SDK_DISABLED",
  "OTEL_LOGS_EXPORTER",
  "OTEL_SERVICE_NAME",
  "OTEL_RESOURCE_ATTRIBUTES",
  ...["", "LOGS_"].flatMap((s) =>
    [
      "ENDPOINT",
      "PROTOCOL",
      "HEADERS",
      "TIMEOUT",
      "COMPRESSION",
      "CERTIFICATE",
      "CLIENT_CERTIFICATE",
      "CLIENT_KEY",
    ].map((v) => `OTEL_EXPORTER_OTLP_${s}${v}`)
  ),
  "OTEL_BLRP_MAX_QUEUE_SIZE",
  "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",
  "OTEL_BLRP_SCHEDULE_DELAY",
  "OTEL_BLRP_EXPORT_TIMEOUT",
];

/** Variables the test harness itself reads (besides DENO_ENV_VARS). */
const HARNESS_ENV_VARS = [
  "LOCKBOX_CONFORMANCE_SCENARIO",
  "LOCKBOX_CONFORMANCE_OTLP_URL",
  "LOCKBOX_CONFORMANCE_AUTH_URL",
  "LOCKBOX_CONFORMANCE_AUTH_USER",
  "LOCKBOX_CONFORMANCE_AUTH_TOKEN",
  "LOCKBOX_CONFORMANCE_DENO_ARGS",
  "PATH",
  "HOME",
  "TMPDIR",
  "DENO_DIR",
  // Deno's node:child_process reads it on every spawn, whatever env is passed.
  "NODE_V8_COVERAGE",
];

/** Basic auth the second receiver demands (a fake Grafana Cloud instance). */
const AUTH = { username: "987654", password: "glc_conformance_secret_token" };

type RuntimeName = "node" | "bun" | "deno";
const RUNTIMES: RuntimeName[] = ["node", "bun", "deno"];

const USAGE =
  `Usage: deno run -A scripts/conformance.ts [--dist DIR] [--runtime node|bun|deno]... [--keep]

Runs scripts/conformance_test.mjs against observability.{node,bun,deno}.mjs, each on its own
runtime from an empty temporary directory, then deno check of a consumer of the Deno bundle.

Options:
  --dist DIR       test the bundles in DIR (e.g. dist for the committed release; default: build
                   the working tree into a temporary directory with scripts/build.ts --out-dir)
  --runtime NAME   run only this runtime (repeatable; default: node, bun and deno, then the
                   type check)
  --keep           keep the temporary directories (default: remove them)
  --help           show this help and exit

Exit codes: 0 all passed; 1 a run failed or dist/ files are missing; 2 bad usage.
`;

interface Outcome {
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
}

/**
 * The Deno permission flags of a service that uses the bundle at `bundlePath`. A bundle that
 * embeds its worker script (the build replaced LOCKBOX_WORKER_SOURCE) starts the worker from a
 * data: URL and needs no `--allow-read`; one that starts the worker from its own file needs to
 * read that file.
 */
export function denoServiceFlags(bundlePath: string, embedsWorker = false): string[] {
  return [
    "--no-prompt",
    `--allow-env=${DENO_ENV_VARS.join(",")}`,
    "--allow-net=127.0.0.1",
    ...(embedsWorker ? [] : [`--allow-read=${bundlePath}`]),
  ];
}

/** Whether a bundle embeds its worker script (no LOCKBOX_WORKER_SOURCE identifier left in it). */
function embedsWorker(bundleFile: string): boolean {
  return !readFileSync(bundleFile, "utf8").includes("LOCKBOX_WORKER_SOURCE");
}

function binary(runtime: RuntimeName): string {
  if (runtime === "deno") return Deno.execPath();
  if (runtime === "bun") return join(ROOT, "node_modules", ".bin", "bun");
  return "node";
}

/** Copies the bundle, the declarations and the test into a new empty directory. */
function stage(runtime: RuntimeName): string {
  const dir = mkdtempSync(join(tmpdir(), `lockbox-conformance-${runtime}-`));
  writeFileSync(
    join(dir, "observability.mjs"),
    readFileSync(join(DIST, `observability.${runtime}.mjs`)),
  );
  writeFileSync(join(dir, "observability.d.ts"), readFileSync(join(DIST, "observability.d.ts")));
  writeFileSync(join(dir, "conformance_test.mjs"), readFileSync(TEST_FILE));
  return dir;
}

function commandFor(runtime: RuntimeName, dir: string): string[] {
  switch (runtime) {
    case "node":
      return ["--test", "--test-reporter=spec", "conformance_test.mjs"];
    case "bun":
      return ["test", "--timeout", "30000", "./conformance_test.mjs"];
    case "deno": {
      const [noPrompt, , net] = denoServiceFlags(dir);
      return [
        "test",
        noPrompt,
        `--allow-env=${[...DENO_ENV_VARS, ...HARNESS_ENV_VARS].join(",")}`,
        net,
        `--allow-read=${dir}`,
        `--allow-run=${Deno.execPath()}`,
        "conformance_test.mjs",
      ];
    }
  }
}

/** Runs `cmd` in `cwd` with `env` only, output passed through; ok when it exits 0 in time. */
async function run(
  name: string,
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Outcome> {
  console.error(`\n=== ${name}: ${cmd} ${args.join(" ")}\n    (in ${cwd})`);
  const started = performance.now();
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(cmd, {
      args,
      cwd,
      env,
      clearEnv: true,
      stdin: "null",
      stdout: "inherit",
      stderr: "inherit",
    }).spawn();
  } catch (e) {
    return { name, ok: false, ms: 0, detail: `cannot start ${cmd}: ${e}` };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, RUN_TIMEOUT_MS);
  const status = await child.status;
  clearTimeout(timer);
  const ms = Math.round(performance.now() - started);
  if (timedOut) return { name, ok: false, ms, detail: `killed after ${RUN_TIMEOUT_MS} ms` };
  return {
    name,
    ok: status.code === 0,
    ms,
    detail: status.code === 0 ? "passed" : `exit code ${status.code}`,
  };
}

/** A consumer that uses every export; `@ts-expect-error` lines prove the types are real. */
const CONSUMER = `import {
  type Attributes,
  type BatchOptions,
  getLogger,
  initObservability,
  type Level,
  type Logger,
  ObservabilityConfigError,
  type ObservabilityOptions,
  type ObservabilityStats,
  observabilityStats,
  shutdownObservability,
  VERSION,
} from "./observability.deno.mjs";

const batch: BatchOptions = { maxQueueSize: 100 };
const options: ObservabilityOptions = { serviceName: "svc", level: "warn", batch };
initObservability(options);
const level: Level = "info";
const context: Attributes = { run_id: "r1" };
const log: Logger = getLogger("svc", context).child({ desk: "eq" });
log.info("order_submitted", { order_id: "co_1" });
const enabled: boolean = log.isEnabled(level);
const stats: ObservabilityStats = observabilityStats();
const mode: "worker" | "inline" | "off" | "starting" = stats.mode;
const counts: number[] = [stats.internal, stats.truncated, stats.stdout.dropped];
const final: Promise<ObservabilityStats> = shutdownObservability({ timeoutMs: 1000 });
const problems: string[] = new ObservabilityConfigError(["x"]).problems;
const version: string = VERSION;
// @ts-expect-error "verbose" is not a Level
initObservability({ level: "verbose" });
// @ts-expect-error timeoutMs is a number
shutdownObservability({ timeoutMs: "1s" });
// @ts-expect-error Logger has no trace method
log.trace("x");
export { counts, enabled, final, mode, problems, version };
`;

async function typeCheck(keep: boolean): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), "lockbox-conformance-types-"));
  try {
    writeFileSync(
      join(dir, "observability.deno.mjs"),
      readFileSync(join(DIST, "observability.deno.mjs")),
    );
    writeFileSync(join(dir, "observability.d.ts"), readFileSync(join(DIST, "observability.d.ts")));
    writeFileSync(join(dir, "consumer.ts"), CONSUMER);
    const outcome = await run(
      "deno check (types via @ts-self-types)",
      Deno.execPath(),
      ["check", "--no-config", "consumer.ts"],
      dir,
      baseEnv(),
    );
    return outcome;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ["PATH", "HOME", "TMPDIR", "DENO_DIR"]) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  env.NO_COLOR = "1";
  return env;
}

async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        runtime: { type: "string", multiple: true },
        dist: { type: "string" },
        keep: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`conformance: ${e instanceof Error ? e.message : e}\nTry --help.`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const selected = (values.runtime ?? RUNTIMES) as RuntimeName[];
  const unknown = selected.filter((r) => !RUNTIMES.includes(r));
  if (unknown.length > 0) {
    console.error(
      `conformance: Cannot select runtime as it must be one of node, bun, deno: got ${
        unknown.map((u) => JSON.stringify(u)).join(", ")
      }`,
    );
    return 2;
  }
  let built: string | null = null;
  if (values.dist !== undefined) DIST = resolve(values.dist);
  else {
    built = mkdtempSync(join(tmpdir(), "lockbox-conformance-build-"));
    const outcome = await run(
      "build of the working tree",
      Deno.execPath(),
      ["run", "-A", join(ROOT, "scripts", "build.ts"), "--out-dir", built],
      ROOT,
      baseEnv(),
    );
    if (!outcome.ok) {
      console.error(`conformance: Cannot build the working tree: ${outcome.detail}`);
      rmSync(built, { recursive: true, force: true });
      return 1;
    }
    DIST = built;
  }
  try {
    return await runAll(selected, values.keep ?? false, values.runtime === undefined);
  } finally {
    if (built !== null && !values.keep) rmSync(built, { recursive: true, force: true });
  }
}

/** Runs the selected runtimes (and the type check) against the bundles in DIST. */
async function runAll(selected: RuntimeName[], keep: boolean, all: boolean): Promise<number> {
  const needed = ["observability.d.ts", ...selected.map((r) => `observability.${r}.mjs`)];
  if (selected.includes("deno")) needed.push("observability.deno.mjs");
  const missing = [...new Set(needed)].filter((f) => !existsSync(join(DIST, f)));
  if (missing.length > 0) {
    console.error(
      `conformance: Cannot test ${DIST} as files are missing: ${missing.join(", ")}`,
    );
    return 1;
  }

  const receiver: OtlpReceiver = await startOtlpReceiver({ quiet: true, inspect: true });
  const authReceiver = await startOtlpReceiver({ quiet: true, inspect: true, basicAuth: AUTH });
  const outcomes: Outcome[] = [];
  try {
    for (const runtime of selected) {
      const dir = stage(runtime);
      try {
        const env = {
          ...baseEnv(),
          LOCKBOX_CONFORMANCE_OTLP_URL: receiver.url,
          LOCKBOX_CONFORMANCE_AUTH_URL: authReceiver.url,
          LOCKBOX_CONFORMANCE_AUTH_USER: AUTH.username,
          LOCKBOX_CONFORMANCE_AUTH_TOKEN: AUTH.password,
          LOCKBOX_CONFORMANCE_DENO_ARGS: JSON.stringify(
            denoServiceFlags(dir, embedsWorker(join(dir, "observability.mjs"))).map((f) =>
              f.startsWith("--allow-env=") ? `${f},LOCKBOX_CONFORMANCE_SCENARIO` : f
            ),
          ),
        };
        outcomes.push(
          await run(
            `${runtime} (observability.${runtime}.mjs)`,
            binary(runtime),
            commandFor(runtime, dir),
            dir,
            env,
          ),
        );
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    }
    if (all || selected.includes("deno")) outcomes.push(await typeCheck(keep));
  } finally {
    await receiver.close();
    await authReceiver.close();
  }

  const width = Math.max(...outcomes.map((o) => o.name.length));
  console.log("\nconformance summary:");
  for (const o of outcomes) {
    console.log(
      `  ${o.ok ? "PASS" : "FAIL"}  ${o.name.padEnd(width)}  ${
        (o.ms / 1000).toFixed(1).padStart(5)
      } s  ${o.detail}`,
    );
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(failed === 0 ? "all passed" : `${failed} of ${outcomes.length} failed`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.main) {
  process.exit(await main(process.argv.slice(2)));
}
