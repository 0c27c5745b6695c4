/**
 * Runs every lockbox benchmark side by side in one run and rewrites BENCHMARKS.md, the plot
 * (bench/benchmarks.png) and the raw results (bench/results.json).
 *
 * Each scenario (`bench/<scenario>.ts`) runs as its own child process with stdout redirected to
 * /dev/null; Node and Bun run esbuild outputs in bench/.cache/ (lockbox as the same kind of
 * bundle dist/ ships), Deno runs the TypeScript sources. The OTLP receiver
 * (scripts/otlp_receiver.ts) runs in this process on 127.0.0.1; "dead endpoint" points at a
 * port that was just closed.
 *
 * Usage:
 *
 *     npm run bench                      # = deno task bench = deno run -A bench/run.ts
 *     deno run -A bench/run.ts --smoke --out /tmp/bench   # tiny round of every case, no repo files
 *
 * Options: `--smoke` (tiny parameters; writes only to `--out`), `--out DIR` (where results.json,
 * BENCHMARKS.md and the PNG go; default: the repository), `--help`.
 *
 * Exit codes: 0 = every case ran and the report was written (targets may still FAIL: the report
 * says so); 1 = a case crashed or the report could not be written; 2 = bad usage.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { createServer } from "node:net";
import { readFileSync, statSync } from "node:fs";
import * as esbuild from "esbuild";
import { type OtlpReceiver, startOtlpReceiver } from "../scripts/otlp_receiver.ts";
import { LIBS } from "./common.ts";
import { writeReport } from "./report.ts";

const ROOT = new URL("../", import.meta.url);
const CACHE = new URL("bench/.cache/", ROOT);
const SCENARIOS = ["caller_cost", "busy", "stall", "dead_endpoint", "throughput", "startup"];
type Runtime = "node" | "bun" | "deno";

/** Parameters per scenario: full run and smoke run. */
const FULL = {
  caller_cost: { rounds: 1500, perRound: 200, warmupRounds: 100 },
  busy: { records: 20_000, chunk: 100, warmup: 2_000 },
  stall: { rate: 5_000, seconds: 10, warmupMs: 500 },
  dead_endpoint: { calls: 1_000_000, perRound: 1_000, warmup: 10_000, finishMs: 8_000 },
  throughput: { rates: "5000,10000,20000,40000,80000,160000", stepMs: 2_000 },
  startupRuns: 5,
};
const SMOKE: typeof FULL = {
  caller_cost: { rounds: 20, perRound: 50, warmupRounds: 2 },
  busy: { records: 500, chunk: 100, warmup: 100 },
  stall: { rate: 5_000, seconds: 0.3, warmupMs: 50 },
  dead_endpoint: { calls: 5_000, perRound: 1_000, warmup: 1_000, finishMs: 2_000 },
  throughput: { rates: "5000", stepMs: 300 },
  startupRuns: 1,
};

const HELP = `bench/run.ts — lockbox benchmarks against pino, LogTape, winston and the raw OTel SDK

usage: deno run -A bench/run.ts [--smoke] [--out DIR]
  --smoke    one tiny round of every case (a few seconds); writes only to --out
  --out DIR  where results.json, BENCHMARKS.md and benchmarks.png go (default: the repository;
             required with --smoke)
exit: 0 report written, 1 a case crashed, 2 bad usage`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: Deno.args,
      options: { smoke: { type: "boolean" }, out: { type: "string" }, help: { type: "boolean" } },
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
    console.error(`bench: Cannot run --smoke as it needs --out DIR: got none\n${HELP}`);
    return 2;
  }
  const P = smoke ? SMOKE : FULL;
  const started = performance.now();
  const failures: string[] = [];

  const build = await buildAll();
  const receiver = await startOtlpReceiver({ quiet: true });
  const counter = countReceived(receiver);
  const deadUrl = `http://127.0.0.1:${await closedPort()}/v1/logs`;
  const bins: Record<Runtime, string> = {
    node: "node",
    bun: new URL("node_modules/.bin/bun", ROOT).pathname,
    deno: Deno.execPath(),
  };

  const results: Record<string, unknown[]> = {};
  const push = (key: string, r: unknown) => (results[key] ??= []).push(r);

  async function child(
    scenario: string,
    rt: Runtime,
    lib: string,
    params: object,
    env: Record<string, string> = {},
  ): Promise<Record<string, unknown> | null> {
    const out = await Deno.makeTempFile({ prefix: `bench_${scenario}_`, suffix: ".json" });
    const script = rt === "deno"
      ? ["run", "-A", new URL(`bench/${scenario}.ts`, ROOT).pathname]
      : [new URL(`${scenario}.mjs`, CACHE).pathname];
    const label = `${scenario}/${lib}/${rt}`;
    const t0 = performance.now();
    const before = counter.total();
    const proc = new Deno.Command(bins[rt], {
      args: script,
      cwd: new URL(".", ROOT).pathname,
      stdin: "null",
      stdout: "null",
      stderr: "piped",
      env: {
        BENCH_LIB: lib,
        BENCH_OUT: out,
        BENCH_PARAMS: JSON.stringify(params),
        LOCKBOX_MODULE: rt === "deno" ? new URL("mod.ts", ROOT).href : build.lockboxUrl,
        LOG_RATE_LIMIT: "0",
        OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: receiver.logsUrl,
        OTEL_SERVICE_NAME: "bench",
        ...env,
      },
    }).spawn();
    const killer = setTimeout(() => proc.kill("SIGKILL"), 120_000);
    const { code, stderr } = await proc.output();
    clearTimeout(killer);
    const text = readFileSync(out, "utf8");
    await Deno.remove(out);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (code !== 0 || text === "") {
      const why = new TextDecoder().decode(stderr).trim().split("\n").slice(-8).join("\n  ");
      failures.push(`${label}: exit ${code}\n  ${why}`);
      console.error(`bench: ${label} FAILED (exit ${code}, ${secs} s)\n  ${why}`);
      return null;
    }
    const r = JSON.parse(text) as Record<string, unknown>;
    r.receivedByReceiver = counter.total() - before;
    console.error(`bench: ${label} done in ${secs} s`);
    return r;
  }

  const peers = LIBS.filter((l) => l !== "none");
  // 6. Start-up first: cold processes, nothing else running.
  for (const rt of ["node", "bun", "deno"] as const) {
    for (let i = 0; i < P.startupRuns; i++) {
      const r = await child("startup", rt, "lockbox", {});
      if (r) push("startup", r);
    }
  }
  // 1. Caller cost: every library on Node; lockbox also on Bun and Deno.
  for (const lib of peers) {
    const r = await child("caller_cost", "node", lib, P.caller_cost);
    if (r) push("caller_cost", r);
  }
  for (const rt of ["bun", "deno"] as const) {
    const r = await child("caller_cost", rt, "lockbox", P.caller_cost);
    if (r) push("caller_cost_runtimes", r);
  }
  // 2. Main-thread busy per record (Node: eventLoopUtilization).
  for (const lib of peers) {
    const r = await child("busy", "node", lib, P.busy);
    if (r) push("busy", r);
  }
  // 3. Event-loop stall at 5,000 records/s with OTLP on.
  for (const lib of ["none", "lockbox", "pino_otel", "otel_sdk"]) {
    const r = await child("stall", "node", lib, P.stall);
    if (r) push("stall", r);
  }
  // 4. Dead endpoint.
  for (const lib of ["lockbox", "pino_otel", "otel_sdk"]) {
    const r = await child("dead_endpoint", "node", lib, P.dead_endpoint, {
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: deadUrl,
    });
    if (r) push("dead_endpoint", r);
  }
  // 5. Throughput ceiling per runtime.
  for (const rt of ["node", "bun", "deno"] as const) {
    const r = await child("throughput", rt, "lockbox", P.throughput);
    if (r) push("throughput", r);
  }

  counter.stop();
  await receiver.close();
  const meta = await machine(bins, build, smoke, (performance.now() - started) / 1000);
  const outDir = args.values.out ? new URL(`file://${Deno.realPathSync(args.values.out)}/`) : ROOT;
  try {
    await writeReport({ meta, results, failures }, outDir, smoke);
  } catch (e) {
    console.error(`bench: Cannot write the report: ${(e as Error).stack}`);
    return 1;
  }
  console.error(
    `bench: wrote ${new URL("BENCHMARKS.md", outDir).pathname} in ${
      ((performance.now() - started) / 1000).toFixed(0)
    } s`,
  );
  return failures.length > 0 ? 1 : 0;
}

/** The lockbox bundle Node and Bun run, plus the compiled scenario files. */
interface Build {
  lockboxUrl: string;
  lockboxSource: string;
  bundles: { file: string; bytes: number; gzipBytes: number }[];
}

/**
 * Compiles the scenarios for Node/Bun and picks the lockbox bundle: dist/observability.node.mjs
 * when it is newer than observability.ts (the project's own build), else a fresh esbuild bundle
 * of mod.ts with the same flags in bench/.cache/.
 */
async function buildAll(): Promise<Build> {
  await Deno.mkdir(CACHE, { recursive: true });
  await esbuild.build({
    entryPoints: SCENARIOS.map((s) => new URL(`bench/${s}.ts`, ROOT).pathname),
    outdir: CACHE.pathname,
    outExtension: { ".js": ".mjs" },
    platform: "node",
    format: "esm",
    bundle: true,
    packages: "external",
    target: "node20",
    logLevel: "warning",
  });
  const dist = new URL("dist/observability.node.mjs", ROOT);
  const source = new URL("observability.ts", ROOT);
  let lockbox = new URL("lockbox.node.mjs", CACHE);
  let lockboxSource = "esbuild bundle of mod.ts (bench/.cache/lockbox.node.mjs)";
  const mtime = (u: URL) => statSync(u, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (mtime(dist) > mtime(source)) {
    lockbox = dist;
    lockboxSource = "dist/observability.node.mjs";
  } else {
    await esbuild.build({
      entryPoints: [new URL("mod.ts", ROOT).pathname],
      outfile: lockbox.pathname,
      platform: "node",
      format: "esm",
      bundle: true,
      mainFields: ["module", "main"],
      logLevel: "warning",
    });
  }
  await esbuild.stop();
  const { gzipSync } = await import("node:zlib");
  const files = [lockbox];
  try {
    for await (const e of Deno.readDir(new URL("dist/", ROOT))) {
      if (e.isFile && /\.(mjs|js|cjs)$/.test(e.name)) files.push(new URL(`dist/${e.name}`, ROOT));
    }
  } catch {
    // no dist/ yet: only our own bundle is measured
  }
  const bundles = [...new Set(files.map((f) => f.href))].map((href) => {
    const bytes = readFileSync(new URL(href));
    return {
      file: new URL(href).pathname.slice(new URL(".", ROOT).pathname.length),
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes).length,
    };
  });
  return { lockboxUrl: lockbox.href, lockboxSource, bundles };
}

/** Keeps the receiver's memory flat: counts and forgets records every 100 ms. */
function countReceived(receiver: OtlpReceiver): { total(): number; stop(): void } {
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

/** CPU, cores, runtime and package versions. */
async function machine(
  bins: Record<Runtime, string>,
  build: Build,
  smoke: boolean,
  seconds: number,
): Promise<Record<string, unknown>> {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const version = async (bin: string, args: string[]) => {
    const out = await new Deno.Command(bin, { args, stdout: "piped", stderr: "null" }).output();
    return new TextDecoder().decode(out.stdout).trim().split("\n")[0];
  };
  const pkg = (name: string) =>
    JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, ROOT), "utf8")).version;
  const repo = new URL(".", ROOT).pathname;
  const head = await version("git", ["-C", repo, "rev-parse", "--short", "HEAD"]);
  const dirty = await version("git", ["-C", repo, "status", "--porcelain", "observability.ts"]);
  const commit = dirty === "" ? head : `${head} + uncommitted changes to observability.ts`;
  return {
    date: new Date().toISOString(),
    commit,
    smoke,
    seconds,
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? "unknown",
    cores: (cpuinfo.match(/^processor\s*:/gm) ?? []).length,
    memGb: Math.round(
      Number(/MemTotal:\s*(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1]) / 2 ** 20,
    ),
    node: await version(bins.node, ["--version"]),
    bun: await version(bins.bun, ["--version"]),
    deno: Deno.version.deno,
    lockbox: /VERSION = "([^"]+)"/.exec(readFileSync(new URL("observability.ts", ROOT), "utf8"))
      ?.[1],
    lockboxModule: build.lockboxSource,
    bundles: build.bundles,
    packages: Object.fromEntries(
      [
        "pino",
        "pino-opentelemetry-transport",
        "@logtape/logtape",
        "winston",
        "mitata",
        "@opentelemetry/sdk-logs",
        "@opentelemetry/exporter-logs-otlp-proto",
      ].map((n) => [n, pkg(n)]),
    ),
  };
}

if (import.meta.main) Deno.exit(await main());
