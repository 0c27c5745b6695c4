/**
 * Runs every lockbox benchmark side by side in one run and rewrites BENCHMARKS.md, the plot
 * (bench/benchmarks.png) and the raw results (bench/results.json).
 *
 * The lockbox under test is the working tree's: scripts/build.ts builds the three bundles into
 * bench/.cache/lockbox/ (dist/ holds only the last release), and each runtime runs its own
 * bundle. Each scenario (`bench/<scenario>.ts`) runs as its own child process with stdout
 * redirected to /dev/null; Node and Bun run esbuild outputs in bench/.cache/, Deno runs the
 * TypeScript sources. The OTLP receiver (scripts/otlp_receiver.ts) runs in this process on
 * 127.0.0.1; "dead endpoint" points at a port that was just closed. Every child gets
 * `LOG_RATE_LIMIT=0`: lockbox's accept path is measured with the policy guard off.
 *
 * Peer libraries (pino, pino-opentelemetry-transport, winston, LogTape; resvg for the PNG) come
 * from bench's own install, bench/peers/package.json (`npm run bench` runs
 * `npm ci --prefix bench/peers` when bench/peers/node_modules is missing); the raw OTel SDK,
 * mitata and esbuild are the repository's own. Without it, the cases that need no peer still run
 * (lockbox, the raw OTel SDK, console, floor, no logging), the run says which were skipped, and
 * the plot is written as SVG.
 *
 * Usage:
 *
 *     npm run bench                      # install bench's peers if missing, then the full run
 *     deno run -A bench/run.ts --smoke --out /tmp/bench   # tiny round of every case, no repo files
 *
 * Options: `--smoke` (tiny parameters; writes only to `--out`), `--out DIR` (where results.json,
 * BENCHMARKS.md and the plot go; default: the repository), `--no-peers` (skip the peer cases even
 * when installed), `--help`.
 *
 * Exit codes: 0 = every case that ran finished and the report was written (targets may still
 * FAIL: the report says so); 1 = a case crashed or the report could not be written; 2 = bad
 * usage.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { createServer } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { type OtlpReceiver, startOtlpReceiver } from "../scripts/otlp_receiver.ts";
import { LIB_INFO, LIBS } from "./adapters/catalog.ts";
import { peersInstalled as peersPresent } from "./adapters/peer.ts";
import { type BenchResults, writeReport } from "./report/mod.ts";

const ROOT = new URL("../", import.meta.url);
const BENCH = new URL("bench/", ROOT);
const CACHE = new URL("bench/.cache/", ROOT);
const LOCKBOX_DIR = new URL("lockbox/", CACHE);
/** Packages bench/peers/package.json pins (everything else is the repository's). */
const LIB_PEER_PACKAGES = [
  "pino",
  "pino-opentelemetry-transport",
  "@logtape/logtape",
  "winston",
  "@resvg/resvg-js",
];
const SCENARIOS = [
  "caller_cost",
  "steady",
  "dead_endpoint",
  "throughput",
  "startup",
];
/** The report's sections, each one group of child runs (`--only`). */
const SECTIONS = ["startup", "caller_cost", "steady", "stall", "dead_endpoint", "throughput"];
type Runtime = "node" | "bun" | "deno";
const RUNTIMES: Runtime[] = ["node", "bun", "deno"];

/** Parameters per scenario: full run and smoke run. */
const FULL = {
  caller_cost: { rounds: 1500, perRound: 200, warmupRounds: 100 },
  steady: { rate: 5_000, seconds: 6, warmupMs: 1_000 },
  dead_endpoint: {
    calls: 1_000_000,
    perRound: 1_000,
    warmup: 10_000,
    finishMs: 8_000,
  },
  throughput: { rates: "5000,12500,25000,50000,100000,200000", stepMs: 2_000 },
  startupRuns: 5,
  /** Runs of the steady case for the libraries the targets compare (lockbox, pino + transport, raw OTel SDK). */
  steadyRepeats: 4,
};
const SMOKE: typeof FULL = {
  caller_cost: { rounds: 20, perRound: 50, warmupRounds: 2 },
  steady: { rate: 5_000, seconds: 0.3, warmupMs: 50 },
  dead_endpoint: {
    calls: 5_000,
    perRound: 1_000,
    warmup: 1_000,
    finishMs: 2_000,
  },
  throughput: { rates: "5000", stepMs: 300 },
  startupRuns: 1,
  steadyRepeats: 1,
};

const HELP =
  `bench/run.ts — lockbox benchmarks against pino, LogTape, winston, console and the raw OTel SDK

usage: deno run -A bench/run.ts [--smoke] [--out DIR] [--no-peers] [--only LIST]
  --smoke     one tiny round of every case; writes only to --out
  --out DIR   where results.json, BENCHMARKS.md and the plot go (default: the repository;
              required with --smoke and --only)
  --no-peers  skip the cases that need bench's own install (npm ci --prefix bench/peers)
  --only LIST comma-separated sections to run: startup, caller_cost, steady, stall,
              dead_endpoint, throughput (default: all); the other targets read NOT MEASURED
exit: 0 report written, 1 a case crashed, 2 bad usage`;

/** A child's result, as the scenario wrote it, plus what the receiver got meanwhile. */
type Result = Record<string, unknown>;

/** The command line, validated. */
interface Cli {
  smoke: boolean;
  out: string | undefined;
  noPeers: boolean;
  /** The `--only` sections; undefined runs all. */
  only: string[] | undefined;
}

/** Runs one scenario as a child process; null when it crashed (recorded in `failures`). */
type ChildRunner = (
  scenario: string,
  rt: Runtime,
  lib: string,
  params: object,
  env?: Record<string, string>,
) => Promise<Result | null>;

/** What the section runners share: which cases run, with which parameters, into which results. */
interface Plan {
  P: typeof FULL;
  child: ChildRunner;
  wanted: (section: string) => boolean;
  runs: (lib: string) => boolean;
  push: (key: string, r: Result | null) => void;
}

async function main(): Promise<number> {
  const cli = readCli();
  if (typeof cli === "number") return cli;
  // Made now, not at the report: a run of several minutes must not end on a missing directory.
  if (cli.out) Deno.mkdirSync(cli.out, { recursive: true });
  const started = performance.now();
  const failures: string[] = [];
  const { withPeers, peerNote, runs } = peerCases(cli.noPeers);
  if (peerNote) console.error(`bench: ${peerNote}`);

  const build = await buildAll();
  const receiver = await startOtlpReceiver({ quiet: true });
  const counter = countReceived(receiver);
  const deadUrl = `http://127.0.0.1:${await closedPort()}/v1/logs`;
  const bins: Record<Runtime, string> = {
    node: "node",
    bun: new URL("node_modules/.bin/bun", ROOT).pathname,
    deno: Deno.execPath(),
  };

  const results: Record<string, Result[]> = {};
  const plan: Plan = {
    P: cli.smoke ? SMOKE : FULL,
    child: childRunner({ bins, build, receiver, counter, started, failures }),
    wanted: (section) => cli.only === undefined || cli.only.includes(section),
    runs,
    push: (key, r) => r && (results[key] ??= []).push(r),
  };
  await runStartupAndCallerCost(plan);
  await runSteadyAndStall(plan);
  await runDeadEndpointAndThroughput(plan, deadUrl);

  counter.stop();
  await receiver.close();
  const seconds = (performance.now() - started) / 1000;
  const meta = await machine(bins, build, {
    smoke: cli.smoke,
    seconds,
    peers: withPeers,
    peerNote,
  });
  return await report(cli, { meta, results, failures }, peerNote, started);
}

/** Parses and checks the command line; a number is the exit code to return at once. */
function readCli(): Cli | number {
  let args;
  try {
    args = parseArgs({
      args: Deno.args,
      options: {
        smoke: { type: "boolean" },
        out: { type: "string" },
        "no-peers": { type: "boolean" },
        only: { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (e) {
    console.error(`bench: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (args.values.help) {
    console.log(HELP);
    return 0;
  }
  const smoke = args.values.smoke ?? false;
  if (smoke && !args.values.out) {
    console.error(
      `bench: Cannot run --smoke as it needs --out DIR: got none\n${HELP}`,
    );
    return 2;
  }
  const only = args.values.only?.split(",").map((x) => x.trim());
  const unknown = only?.filter((x) => !SECTIONS.includes(x)) ?? [];
  if (unknown.length > 0 || (only && !args.values.out)) {
    const why = unknown.length > 0
      ? `each name must be one of ${SECTIONS.join(", ")}: got ${JSON.stringify(unknown)}`
      : "a partial run needs --out DIR: got none";
    console.error(`bench: Cannot run --only as ${why}\n${HELP}`);
    return 2;
  }
  return { smoke, out: args.values.out, noPeers: args.values["no-peers"] ?? false, only };
}

/** Whether the peer libraries' cases run, and if not the note saying why. */
function peerCases(noPeers: boolean): {
  withPeers: boolean;
  peerNote: string | null;
  runs: (lib: string) => boolean;
} {
  const peersInstalled = peersPresent();
  const withPeers = peersInstalled && !noPeers;
  const peerLibs = LIBS.filter((l) => LIB_INFO[l].peer);
  const peerNote = withPeers
    ? null
    : `peer cases (${peerLibs.join(", ")}) skipped: ${
      peersInstalled
        ? "--no-peers"
        : "bench/peers/node_modules is missing (run `npm ci --prefix bench/peers`)"
    }`;
  const runs = (lib: string) => withPeers || !LIB_INFO[lib as keyof typeof LIB_INFO].peer;
  return { withPeers, peerNote, runs };
}

/** What every scenario child shares: binaries, bundles, the receiver and the run's failures. */
interface ChildContext {
  bins: Record<Runtime, string>;
  build: Build;
  receiver: OtlpReceiver;
  counter: { total(): number };
  started: number;
  failures: string[];
}

/**
 * A runner of scenario children: each gets the runtime's bundle and the receiver's URL, writes
 * its result to a temp file, and is killed after 120 s. A crash is logged and kept in `failures`.
 */
function childRunner(ctx: ChildContext): ChildRunner {
  const { counter, started, failures } = ctx;
  return async (scenario, rt, lib, params, env = {}) => {
    const out = await Deno.makeTempFile({
      prefix: `bench_${scenario}_`,
      suffix: ".json",
    });
    const label = `${scenario}/${lib}/${rt}`;
    const t0 = performance.now();
    const before = counter.total();
    const { code, stderr } = await spawnScenario(ctx, { scenario, rt, lib, params, env, out });
    const text = readFileSync(out, "utf8");
    await Deno.remove(out);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (code !== 0 || text === "") {
      const why = new TextDecoder().decode(stderr).trim().split("\n").slice(-8)
        .join("\n  ");
      failures.push(`${label}: exit ${code}\n  ${why}`);
      console.error(
        `bench: ${label} FAILED (exit ${code}, ${secs} s)\n  ${why}`,
      );
      return null;
    }
    const r = JSON.parse(text) as Result;
    r.receivedByReceiver = counter.total() - before;
    r.startedS = (t0 - started) / 1000;
    console.error(`bench: ${label} done in ${secs} s`);
    return r;
  };
}

/**
 * Runs `bench/<scenario>` on `rt` with stdout to /dev/null and the result going to `out`;
 * SIGKILLs it after 120 s. Resolves with its exit code and stderr.
 */
async function spawnScenario(
  { bins, build, receiver }: ChildContext,
  run: {
    scenario: string;
    rt: Runtime;
    lib: string;
    params: object;
    env: Record<string, string>;
    out: string;
  },
): Promise<{ code: number; stderr: Uint8Array }> {
  const { scenario, rt } = run;
  const script = rt === "deno"
    ? ["run", "-A", new URL(`${scenario}.ts`, BENCH).pathname]
    : [new URL(`${scenario}.mjs`, CACHE).pathname];
  const proc = new Deno.Command(bins[rt], {
    args: script,
    cwd: new URL(".", ROOT).pathname,
    stdin: "null",
    stdout: "null",
    stderr: "piped",
    env: {
      BENCH_LIB: run.lib,
      BENCH_OUT: run.out,
      BENCH_PARAMS: JSON.stringify(run.params),
      LOCKBOX_MODULE: build.lockbox[rt],
      LOG_RATE_LIMIT: "0",
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: receiver.logsUrl,
      OTEL_SERVICE_NAME: "bench",
      ...run.env,
    },
  }).spawn();
  const killer = setTimeout(() => proc.kill("SIGKILL"), 120_000);
  const { code, stderr } = await proc.output();
  clearTimeout(killer);
  return { code, stderr };
}

/** The loggers (every library but "no logging") whose cases run. */
function loggersThatRun(runs: (lib: string) => boolean): string[] {
  return LIBS.filter((l) => l !== "none" && runs(l));
}

/** Start-up first (cold processes, nothing else running), then the caller cost. */
async function runStartupAndCallerCost({ P, child, wanted, runs, push }: Plan): Promise<void> {
  for (const rt of wanted("startup") ? RUNTIMES : []) {
    for (let i = 0; i < P.startupRuns; i++) {
      push("startup", await child("startup", rt, "lockbox", {}));
    }
  }
  // Caller cost: every library on Node; lockbox also on Bun and Deno.
  for (const lib of wanted("caller_cost") ? loggersThatRun(runs) : []) {
    push("caller_cost", await child("caller_cost", "node", lib, P.caller_cost));
  }
  for (const rt of wanted("caller_cost") ? ["bun", "deno"] as const : []) {
    push(
      "caller_cost_runtimes",
      await child("caller_cost", rt, "lockbox", P.caller_cost),
    );
  }
}

/** Steady 5,000 records/s on Node (every library), Bun and Deno; then the stall case. */
async function runSteadyAndStall({ P, child, wanted, runs, push }: Plan): Promise<void> {
  // No logging first, between and last (the baseline, and how it moves).
  // The libraries the targets compare run `steadyRepeats` times, interleaved with no-logging
  // runs, because other work on the machine moves a single run's figures by tens of percent.
  const compared = ["lockbox", "pino_otel", "otel_sdk"].filter(runs);
  const others = loggersThatRun(runs).filter((l) => l !== "floor" && !compared.includes(l));
  // Each run's baseline is the no-logging runs just before and after it (see the report), so
  // one sits on either side of every group.
  const steadyLibs = ["none", ...compared, "none", ...others, "none"];
  for (let i = 1; i < P.steadyRepeats; i++) steadyLibs.push(...compared, "none");
  for (const lib of wanted("steady") ? steadyLibs : []) {
    push("steady", await child("steady", "node", lib, P.steady));
  }
  for (const rt of wanted("steady") ? ["bun", "deno"] as const : []) {
    for (const lib of ["none", "lockbox"]) {
      push("steady_runtimes", await child("steady", rt, lib, P.steady));
    }
  }
  // Stall: the steady loop plus a 300 KB string and a 100,000-key object every 500 ms.
  if (wanted("stall")) {
    push("stall", await child("steady", "node", "lockbox", { ...P.steady, big: true }));
  }
}

/** The dead endpoint (a refused port) for the compared libraries, then throughput per runtime. */
async function runDeadEndpointAndThroughput(
  { P, child, wanted, runs, push }: Plan,
  deadUrl: string,
): Promise<void> {
  for (
    const lib of ["lockbox", "pino_otel", "otel_sdk"].filter((l) =>
      runs(l) && wanted("dead_endpoint")
    )
  ) {
    push(
      "dead_endpoint",
      await child("dead_endpoint", "node", lib, P.dead_endpoint, {
        OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: deadUrl,
      }),
    );
  }
  // Throughput ceiling per runtime.
  for (const rt of wanted("throughput") ? RUNTIMES : []) {
    push("throughput", await child("throughput", rt, "lockbox", P.throughput));
  }
}

/** Writes results.json, BENCHMARKS.md and the plot to `--out` (or the repository). */
async function report(
  cli: Cli,
  all: BenchResults,
  peerNote: string | null,
  started: number,
): Promise<number> {
  const outDir = cli.out ? new URL(`file://${Deno.realPathSync(cli.out)}/`) : ROOT;
  try {
    await writeReport(all, outDir, cli.smoke);
  } catch (e) {
    console.error(`bench: Cannot write the report: ${(e as Error).stack}`);
    return 1;
  }
  if (peerNote) console.error(`bench: ${peerNote}`);
  console.error(
    `bench: wrote ${new URL("BENCHMARKS.md", outDir).pathname} in ${
      ((performance.now() - started) / 1000).toFixed(0)
    } s`,
  );
  return all.failures.length > 0 ? 1 : 0;
}

/** The lockbox bundle each runtime runs, how it was built, and the compiled scenarios. */
interface Build {
  /** file: URL of the bundle per runtime. */
  lockbox: Record<Runtime, string>;
  /** How the bundles were made, for the report. */
  how: string;
  /** The bundle banner's `source commit:` (with `+dirty` for uncommitted build inputs). */
  sourceCommit: string;
  bundles: { file: string; bytes: number; gzipBytes: number }[];
}

/**
 * Builds the working tree's lockbox with the project's own build (scripts/build.ts
 * --out-dir bench/.cache/lockbox) and compiles the scenarios for Node and Bun. If the project's
 * build fails (e.g. a declaration check on code in progress), falls back to a plain esbuild
 * bundle of mod.ts for all three runtimes and says so in the report.
 */
async function buildAll(): Promise<Build> {
  await Deno.mkdir(CACHE, { recursive: true });
  await esbuild.build({
    entryPoints: SCENARIOS.map((s) => new URL(`${s}.ts`, BENCH).pathname),
    outdir: CACHE.pathname,
    outExtension: { ".js": ".mjs" },
    platform: "node",
    format: "esm",
    bundle: true,
    packages: "external",
    target: "node20",
    logLevel: "warning",
  });
  const built = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-env",
      "--allow-read",
      "--allow-write",
      "--allow-run",
      new URL("scripts/build.ts", ROOT).pathname,
      "--out-dir",
      LOCKBOX_DIR.pathname,
    ],
    cwd: ROOT.pathname,
    stdout: "null",
    stderr: "piped",
  }).output();
  let lockbox: Record<Runtime, string>;
  let how: string;
  if (built.success) {
    lockbox = {
      node: new URL("observability.node.mjs", LOCKBOX_DIR).href,
      bun: new URL("observability.bun.mjs", LOCKBOX_DIR).href,
      deno: new URL("observability.deno.mjs", LOCKBOX_DIR).href,
    };
    how = "the working tree built by `scripts/build.ts --out-dir bench/.cache/lockbox`; " +
      "each runtime runs its own bundle (observability.{node,bun,deno}.mjs)";
  } else {
    const why = new TextDecoder().decode(built.stderr).trim().split("\n").slice(
      -3,
    ).join(" / ");
    console.error(
      `bench: scripts/build.ts failed, measuring a plain esbuild bundle: ${why}`,
    );
    const file = new URL("lockbox-esbuild.mjs", CACHE);
    await esbuild.build({
      entryPoints: [new URL("mod.ts", ROOT).pathname],
      outfile: file.pathname,
      platform: "node",
      format: "esm",
      bundle: true,
      mainFields: ["module", "main"],
      logLevel: "warning",
    });
    lockbox = { node: file.href, bun: file.href, deno: file.href };
    how =
      `the working tree as a plain esbuild bundle of mod.ts (bench/.cache/lockbox-esbuild.mjs; ` +
      `scripts/build.ts failed: ${why})`;
  }
  await esbuild.stop();
  const banner = readFileSync(new URL(lockbox.node), "utf8").slice(0, 2000);
  const sourceCommit = /source commit: (\S+)/.exec(banner)?.[1] ??
    "unknown (no banner)";
  const bundles = [...new Set(Object.values(lockbox))].map((href) => {
    const bytes = readFileSync(new URL(href));
    return {
      file: new URL(href).pathname.slice(ROOT.pathname.length),
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes).length,
    };
  });
  return { lockbox, how, sourceCommit, bundles };
}

/** Keeps the receiver's memory flat: counts and forgets records every 100 ms. */
function countReceived(
  receiver: OtlpReceiver,
): { total(): number; stop(): void } {
  let counted = 0;
  const take = () => {
    counted += receiver.records.length;
    receiver.records.length = 0;
    receiver.requests.length = 0;
  };
  const timer = setInterval(take, 100);
  return {
    total() {
      take();
      return counted;
    },
    stop: () => clearInterval(timer),
  };
}

/** A 127.0.0.1 port that was just listened on and closed: connections are refused. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Version and install (bench/peers or the repository's) of a package the benches load. */
function resolvedVersion(name: string): string | null {
  const where = LIB_PEER_PACKAGES.includes(name)
    ? { dir: new URL("peers/node_modules/", BENCH), label: "bench/peers" }
    : { dir: new URL("node_modules/", ROOT), label: "root" };
  const file = new URL(`${name}/package.json`, where.dir);
  return existsSync(file)
    ? `${JSON.parse(readFileSync(file, "utf8")).version} (${where.label})`
    : null;
}

/** CPU, cores, runtime and package versions, and what state of the code was measured. */
async function machine(
  bins: Record<Runtime, string>,
  build: Build,
  run: {
    smoke: boolean;
    seconds: number;
    peers: boolean;
    peerNote: string | null;
  },
): Promise<Record<string, unknown>> {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const version = async (bin: string, args: string[]) => {
    const out = await new Deno.Command(bin, {
      args,
      stdout: "piped",
      stderr: "null",
    }).output();
    return new TextDecoder().decode(out.stdout).trim().split("\n")[0];
  };
  const repo = ROOT.pathname;
  const head = await version("git", [
    "-C",
    repo,
    "rev-parse",
    "--short",
    "HEAD",
  ]);
  const dirty = (await new Deno.Command("git", {
    args: [
      "-C",
      repo,
      "status",
      "--porcelain",
      "--",
      "observability.ts",
      "mod.ts",
    ],
    stdout: "piped",
    stderr: "null",
  }).output()).stdout;
  const dirtyFiles = new TextDecoder().decode(dirty).trim().split("\n").filter(
    Boolean,
  )
    .map((l) => l.slice(3));
  return {
    date: new Date().toISOString(),
    head,
    commit: dirtyFiles.length === 0
      ? head
      : `${head} + uncommitted changes to ${dirtyFiles.join(", ")}`,
    sourceCommit: build.sourceCommit,
    ...run,
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown",
    cores: (cpuinfo.match(/^processor\s*:/gm) ?? []).length,
    memGb: Math.round(
      Number(
        /MemTotal:\s*(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1],
      ) / 2 ** 20,
    ),
    node: await version(bins.node, ["--version"]),
    bun: await version(bins.bun, ["--version"]),
    deno: Deno.version.deno,
    lockbox: /VERSION = "([^"]+)"/.exec(
      readFileSync(new URL("observability.ts", ROOT), "utf8"),
    )
      ?.[1],
    lockboxModule: build.how,
    bundles: build.bundles,
    packages: Object.fromEntries(
      [
        "pino",
        "pino-opentelemetry-transport",
        "@logtape/logtape",
        "winston",
        "@resvg/resvg-js",
        "mitata",
        "@opentelemetry/sdk-logs",
        "@opentelemetry/exporter-logs-otlp-proto",
      ].map((n) => [n, resolvedVersion(n) ?? "not installed"]),
    ),
  };
}

if (import.meta.main) Deno.exit(await main());
