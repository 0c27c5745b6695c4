/**
 * Bundled and compiled services run their own code once, and the bundle's types resolve.
 *
 * A sample service (`test/bundling_service.mjs`) vendors the lockbox bundle, built from the
 * working tree into a temp dir by `scripts/build.ts --out-dir` (dist/ holds the last release),
 * and is then bundled or compiled the way services ship: esbuild ESM and CJS for Node,
 * `bun build` and `bun build --compile` for Bun, the vendored bundle itself and `deno bundle` on
 * Deno (`deno compile` only where `DENORT_BIN` names a local denort binary: it downloads one
 * otherwise, and this machine reaches the npm registry only). For each case:
 *
 * - the service's top-level marker appears exactly once (a worker started from the service's
 *   own bundle would evaluate the service again);
 * - the mode is `"worker"` once the worker is up;
 * - 50 records on stdout and 50 at a 127.0.0.1 OTLP receiver, and the counters say so;
 * - threads (read from `/proc/<pid>/task` by this test while the service waits at a
 *   checkpoint): one or two lockbox workers while it runs (consumer, stdout writer), none
 *   after shutdown.
 *
 * The types test runs `tsc --noEmit --strict` on a consumer of the vendored bundle for
 * moduleResolution node16, nodenext and bundler (plus two controls that must fail), then
 * `deno check` and Bun on the same consumer.
 *
 * Per-case figures (threads, times) are printed for the record. Set `LOCKBOX_BUNDLE_DIR` to
 * test a directory of already built bundles (for example a release's dist/) instead.
 *
 * Run: `deno test -A test/bundling_test.ts` (it spawns node, bun, deno, esbuild and tsc, and
 * reads /proc).
 *
 * @module
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type OtlpReceiver, startOtlpReceiver } from "../scripts/otlp_receiver.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");
const DENO = Deno.execPath();
const BUN = join(BIN, "bun");
const ESBUILD = join(BIN, "esbuild");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const SERVICE = join(ROOT, "test", "bundling_service.mjs");
const RECORDS = 50;
/** Longest any one child process may take before it is killed (the test stops by itself). */
const CHILD_TIMEOUT_MS = 120_000;
/**
 * Most worker threads lockbox runs: the consumer (sinks, OTLP) and, where the design gives the
 * stdout writer its own thread, that one. A service evaluated again by its workers would
 * multiply them.
 */
const MAX_LOCKBOX_WORKERS = 2;
/** How long a lockbox worker thread may take to end after shutdown resolved. */
const THREAD_EXIT_MS = 5_000;

type Runtime = "node" | "bun" | "deno";

/**
 * Every scratch directory of this run lives under one temp root, removed when the test
 * process ends (a `bun build --compile` binary alone is about 100 MB).
 */
const SCRATCH = Deno.makeTempDirSync({ prefix: "lockbox-bundling-test-" });
globalThis.addEventListener("unload", () => Deno.removeSync(SCRATCH, { recursive: true }));

function scratchDir(prefix: string): string {
  return Deno.makeTempDirSync({ dir: SCRATCH, prefix });
}

// #region Build

Deno.test("scripts/build.ts: one bundle under three names, .d.mts beside each, and a rebuild is byte-identical", async () => {
  if (Deno.env.get("LOCKBOX_BUNDLE_DIR")) return; // testing given bundles, not the build
  const first = await bundleDir();
  const files = readdirSync(first).sort();
  assertEquals(files, [
    "SIZES.md",
    "THIRD_PARTY_NOTICES.txt",
    "lockbox.mjs",
    "observability.bun.d.mts",
    "observability.bun.mjs",
    "observability.d.ts",
    "observability.deno.d.mts",
    "observability.deno.mjs",
    "observability.node.d.mts",
    "observability.node.mjs",
  ]);
  const bytes = (f: string) => readFileSync(join(first, f));
  for (const rt of ["bun", "deno"]) {
    assert(bytes(`observability.${rt}.mjs`).equals(bytes("observability.node.mjs")), rt);
    assert(bytes(`observability.${rt}.d.mts`).equals(bytes("observability.d.ts")), rt);
  }
  assert(bytes("observability.node.d.mts").equals(bytes("observability.d.ts")));
  const banner = bytes("observability.node.mjs").subarray(0, 1000).toString("latin1");
  assertMatch(banner, /^\/\/ @ts-self-types="\.\/observability\.d\.ts"\n/);
  assertMatch(banner, /^\/\/ lockbox \d+\.\d+\.\d+: observability bundle for /m);
  assertMatch(banner, /^\/\/ source commit: [0-9a-f]{40}(\+dirty)?$/m);
  assertMatch(banner, /^\/\/ built by scripts\/build\.ts with esbuild \d+\.\d+\.\d+;/m);
  const check = await exec([DENO, "run", "-A", "scripts/build.ts", "--check", "--out-dir", first], {
    cwd: ROOT,
  });
  assertEquals(check.code, 0, check.stderr);
  assertMatch(check.stderr, /matches a fresh build \(10 files\)/);
});

Deno.test("consumerStubPlugin() and consumerFacadePlugin(): a dynamic OTel import is left out of the main bundle and tree-shaken in the worker", async () => {
  const esbuild = await import("esbuild");
  const { consumerFacadePlugin, consumerStubPlugin } = await import("../scripts/build/plugins.ts");
  const source = `export async function load() {
  const { trace } = await import("@opentelemetry/api");
  return trace.getTracerProvider();
}
`;
  const build = (plugins: import("esbuild").Plugin[]) =>
    esbuild.build({
      stdin: { contents: source, resolveDir: ROOT, loader: "js" },
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      logLevel: "silent",
      plugins,
    });
  try {
    const stubbed = new Set<string>();
    const main = await build([consumerStubPlugin(stubbed)]);
    assertEquals([...stubbed], ["@opentelemetry/api"]);
    assertEquals(Object.keys(main.metafile!.inputs).filter((p) => p.includes("node_modules")), []);
    const stubModule = await import(
      `data:text/javascript;base64,${btoa(main.outputFiles![0].text)}`
    );
    let thrown: unknown;
    await stubModule.load().catch((e: unknown) => (thrown = e));
    assertMatch(String(thrown), /@opentelemetry\/api is not in this bundle/);

    const whole = await build([]);
    const facade = await build([consumerFacadePlugin(source)]);
    const size = (r: typeof whole) => r.outputFiles![0].contents.byteLength;
    assert(
      size(facade) < size(whole) / 2,
      `facade ${size(facade)} bytes, whole ${size(whole)} bytes`,
    );
    const worker = await import(
      `data:text/javascript;base64,${btoa(facade.outputFiles![0].text)}`
    );
    assertEquals(typeof (await worker.load()).getTracer, "function");
  } finally {
    await esbuild.stop();
  }
});

// #endregion

// #region Helpers

let built: Promise<string> | undefined;

/** The bundle directory under test: a fresh build of the working tree, made once. */
function bundleDir(): Promise<string> {
  built ??= (async () => {
    const given = Deno.env.get("LOCKBOX_BUNDLE_DIR");
    if (given) return given;
    const out = scratchDir("lockbox-bundling-dist-");
    const r = await exec([DENO, "run", "-A", "scripts/build.ts", "--out-dir", out], { cwd: ROOT });
    assert(r.code === 0, `scripts/build.ts failed (exit ${r.code}):\n${r.stderr}`);
    return out;
  })();
  return built;
}

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

async function exec(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<Exec> {
  const out = await new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd: opts.cwd,
    env: opts.env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(CHILD_TIMEOUT_MS),
  }).output();
  const text = new TextDecoder();
  return { code: out.code, stdout: text.decode(out.stdout), stderr: text.decode(out.stderr) };
}

/** The environment a service runs with: nothing from this test's own but PATH and HOME. */
function serviceEnv(receiver: OtlpReceiver, service: string): Record<string, string> {
  return {
    PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
    HOME: Deno.env.get("HOME") ?? "/root",
    NO_COLOR: "1",
    DENO_NO_UPDATE_CHECK: "1",
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_SERVICE_NAME: service,
  };
}

/** A scratch service: the sample service and the runtime's vendored bundle, in a new dir. */
async function scratchService(runtime: Runtime): Promise<string> {
  const dir = scratchDir(`lockbox-bundling-${runtime}-`);
  const vendor = join(dir, "vendor", "observability");
  mkdirSync(vendor, { recursive: true });
  const bundle = `observability.${runtime}.mjs`;
  copyFileSync(join(await bundleDir(), bundle), join(vendor, bundle));
  const source = readFileSync(SERVICE, "utf8").replace("observability.node.mjs", bundle);
  writeFileSync(join(dir, "app.mjs"), source);
  return dir;
}

/** Thread names of a process (Linux /proc/<pid>/task/<tid>/comm). */
function threadNames(pid: number): string[] {
  const names: string[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      names.push(readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim());
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return names.sort();
}

/**
 * Threads that are a worker started through node:worker_threads. Bun names them `Worker`,
 * Deno `worker-<n>`; Node names every thread `node`, so there it is the count above the one
 * before init (Node starts no other thread here: measured equal before and after).
 */
function workerThreads(runtime: Runtime, names: string[], before: string[]): number {
  if (runtime === "bun") return names.filter((n) => n === "Worker").length;
  if (runtime === "deno") return names.filter((n) => /^worker-\d+$/.test(n)).length;
  return Math.max(0, names.length - before.length);
}

interface ServiceRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Thread names at each checkpoint. */
  threads: Record<"before" | "during" | "after", string[]>;
  /** Lockbox worker threads at each checkpoint. */
  workers: Record<"during" | "after", number>;
  /** ms from the "after" checkpoint until no worker thread was left (bounded). */
  workerGoneMs: number;
  wallMs: number;
}

/**
 * Runs a service to its end, answering its checkpoints: at each it records the process's
 * threads and then lets it go on (one line on its stdin). At "after" it waits, bounded, for
 * the worker thread to end, so a lingering one shows.
 */
async function runService(
  runtime: Runtime,
  argv: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<ServiceRun> {
  const started = performance.now();
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd,
    env,
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(CHILD_TIMEOUT_MS),
  }).spawn();
  const stdoutText = new Response(child.stdout).text();
  const stdin = child.stdin.getWriter();
  const threads = { before: [], during: [], after: [] } as ServiceRun["threads"];
  let workerGoneMs = 0;
  let stderr = "";
  let rest = "";
  for await (const chunk of child.stderr.pipeThrough(new TextDecoderStream())) {
    stderr += chunk;
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    for (const line of lines) {
      const m = /^CHECKPOINT (before|during|after)$/.exec(line);
      if (m === null) continue;
      const at = m[1] as keyof ServiceRun["threads"];
      if (at === "after") {
        const since = performance.now();
        while (
          workerThreads(runtime, threadNames(child.pid), threads.before) > 0 &&
          performance.now() - since < THREAD_EXIT_MS
        ) await new Promise((r) => setTimeout(r, 5));
        workerGoneMs = performance.now() - since;
      }
      threads[at] = threadNames(child.pid);
      await stdin.write(new TextEncoder().encode("\n"));
      if (at === "after") await stdin.close();
    }
  }
  const status = await child.status;
  await stdin.close().catch(() => {});
  return {
    code: status.code,
    stdout: await stdoutText,
    stderr,
    threads,
    workers: {
      during: workerThreads(runtime, threads.during, threads.before),
      after: workerThreads(runtime, threads.after, threads.before),
    },
    workerGoneMs,
    wallMs: performance.now() - started,
  };
}

// #endregion

// #region Bundled services

interface Case {
  name: string;
  runtime: Runtime;
  /** Bundles or compiles the service in `dir` (full environment); returns the command to run. */
  prepare(dir: string): Promise<string[]>;
  /** Why the case is skipped here, if it is. */
  skip?: string;
}

/** Runs a build step; fails the case with its output when it fails. */
async function step(argv: string[], cwd: string): Promise<string> {
  const r = await exec(argv, { cwd });
  assert(r.code === 0, `${argv.join(" ")} failed (exit ${r.code}):\n${r.stderr}${r.stdout}`);
  return r.stderr;
}

const DENO_RUN = ["run", "--allow-env", "--allow-net=127.0.0.1"]; // no --allow-read

const CASES: Case[] = [
  {
    name: "node: vendored bundle",
    runtime: "node",
    prepare: () => Promise.resolve(["node", "app.mjs"]),
  },
  {
    name: "node: esbuild --format=esm",
    runtime: "node",
    async prepare(dir) {
      await step([
        ESBUILD,
        "app.mjs",
        "--bundle",
        "--platform=node",
        "--format=esm",
        "--outfile=out.mjs",
      ], dir);
      return ["node", "out.mjs"];
    },
  },
  {
    name: "node: esbuild --format=cjs",
    runtime: "node",
    async prepare(dir) {
      await step([
        ESBUILD,
        "app.mjs",
        "--bundle",
        "--platform=node",
        "--format=cjs",
        "--outfile=out.cjs",
      ], dir);
      return ["node", "out.cjs"];
    },
  },
  {
    name: "bun: vendored bundle",
    runtime: "bun",
    prepare: () => Promise.resolve([BUN, "app.mjs"]),
  },
  {
    name: "bun: bun build --target=bun",
    runtime: "bun",
    async prepare(dir) {
      await step([BUN, "build", "app.mjs", "--target=bun", "--outfile=out.js"], dir);
      return [BUN, "out.js"];
    },
  },
  {
    name: "bun: bun build --compile",
    runtime: "bun",
    async prepare(dir) {
      await step([BUN, "build", "app.mjs", "--compile", "--outfile=app-bin"], dir);
      return [join(dir, "app-bin")];
    },
  },
  {
    name: "deno: vendored bundle (no --allow-read)",
    runtime: "deno",
    prepare: () => Promise.resolve([DENO, ...DENO_RUN, "app.mjs"]),
  },
  {
    name: "deno: deno bundle",
    runtime: "deno",
    async prepare(dir) {
      await step([DENO, "bundle", "--quiet", "app.mjs", "-o", "out.js"], dir);
      return [DENO, ...DENO_RUN, "out.js"];
    },
  },
  {
    name: "deno: deno compile",
    runtime: "deno",
    skip: Deno.env.get("DENORT_BIN") ? undefined : "needs DENORT_BIN (deno compile downloads " +
      "denort from outside the npm registry, which this machine cannot reach)",
    async prepare(dir) {
      await step([DENO, "compile", ...DENO_RUN.slice(1), "-o", "app-deno", "app.mjs"], dir);
      return [join(dir, "app-deno")];
    },
  },
];

interface Figures {
  case: string;
  threads: string;
  workers: string;
  gone: string;
  ready: string;
  shutdown: string;
  wall: string;
}

Deno.test("a bundled or compiled service runs its own code once; 50 records reach both sinks", async (t) => {
  const receiver = await startOtlpReceiver({ quiet: true });
  const figures: Figures[] = [];
  try {
    for (const c of CASES) {
      await t.step({
        name: c.name,
        ignore: c.skip !== undefined,
        fn: async () => {
          const service = `bundling-${c.name.replace(/[^a-z]+/g, "-")}`;
          const dir = await scratchService(c.runtime);
          const argv = await c.prepare(dir);
          const run = await runService(c.runtime, argv, dir, serviceEnv(receiver, service));
          const context = `${c.name}: exit ${run.code}\nstderr:\n${run.stderr.slice(0, 4000)}`;
          assertEquals(run.code, 0, context);
          assertEquals(run.stderr.match(/^MARKER /gm)?.length, 1, `marker count; ${context}`);
          const resultLine = /^RESULT (.*)$/m.exec(run.stderr);
          assert(resultLine !== null, `no RESULT line; ${context}`);
          const result = JSON.parse(resultLine[1]);
          assertEquals(result.mode, "worker", context);

          const lines = run.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
          const ours = lines.filter((l) => l.message === "bundling_record");
          assertEquals(ours.map((l) => l.i), [...Array(RECORDS).keys()], "stdout records");
          const received = receiver.records.filter((r) => r.resource["service.name"] === service);
          assertEquals(
            received.filter((r) =>
              r.eventName === "bundling_record" || r.body === "bundling_record"
            )
              .length,
            RECORDS,
            "records at the receiver",
          );

          const s = result.stats;
          assertEquals(s.accepted, RECORDS, "stats.accepted");
          assertEquals(Object.values(s.dropped).reduce((a: number, b) => a + Number(b), 0), 0);
          assertEquals(s.stdout.written, lines.length, "stats.stdout.written = lines on stdout");
          assertEquals(s.stdout.failed, 0);
          assertEquals(s.otlp.exported, received.length, "stats.otlp.exported = records received");
          assertEquals([s.otlp.failed, s.otlp.dropped, s.pending], [0, 0, 0]);

          assert(
            run.workers.during >= 1 && run.workers.during <= MAX_LOCKBOX_WORKERS,
            `1 to ${MAX_LOCKBOX_WORKERS} lockbox workers while running: got ` +
              `${run.workers.during} (${run.threads.during})`,
          );
          assertEquals(run.workers.after, 0, `no worker after shutdown; ${run.threads.after}`);
          if (c.runtime === "node") {
            assert(
              run.threads.after.length <= run.threads.before.length,
              "node: no thread lingers",
            );
          }
          figures.push({
            case: c.name,
            threads:
              `${run.threads.before.length}/${run.threads.during.length}/${run.threads.after.length}`,
            workers: `${run.workers.during}/${run.workers.after}`,
            gone: run.workerGoneMs.toFixed(0),
            ready: Number(result.ms.ready).toFixed(1),
            shutdown: Number(result.ms.shutdown).toFixed(1),
            wall: run.wallMs.toFixed(0),
          });
        },
      });
    }
  } finally {
    await receiver.close();
    if (figures.length > 0) {
      console.log(
        "\nthreads = before init / during / after shutdown; workers = lockbox worker threads " +
          "during / after; gone = ms until the worker thread had ended after shutdown; ready = " +
          'init until mode left "starting"; shutdown = shutdownObservability(); wall = the ' +
          "whole process (ms)",
      );
      console.table(figures);
    }
  }
});

/**
 * The worker script embedded in a bundle: the string literal that starts with the build's
 * marker comment (esbuild picks the quote character), evaluated, and the sha256 the banner
 * states for it.
 */
function embeddedWorker(bundle: string): { text: string; bannerSha: string } {
  const literal = /(["'`])\/\/ lockbox worker script:(?:(?!\1)[^\\]|\\.)*\1/.exec(bundle);
  assert(literal !== null, "the bundle embeds no worker script");
  const bannerSha = /^\/\/ LOCKBOX_WORKER_SOURCE \(\d+ bytes, sha256 ([0-9a-f]{64})\)$/m.exec(
    bundle,
  );
  assert(bannerSha !== null, "the banner states no sha256 of the worker script");
  return { text: new Function(`return ${literal[0]};`)() as string, bannerSha: bannerSha[1] };
}

/** Prints the export names of the module at the data: URL built from the text in argv[2]. */
const DATA_IMPORT = `import { readFileSync } from "node:fs";
import process from "node:process";
const text = readFileSync(process.argv[2], "utf8");
const b64 = Buffer.from(text).toString("base64");
const mod = await import("data:text/javascript;base64," + b64);
console.log(JSON.stringify(Object.keys(mod).sort()));
`;

Deno.test("the embedded worker script is self-contained: it loads from a data: URL on Node, Bun and Deno", async (t) => {
  const bundle = readFileSync(join(await bundleDir(), "observability.node.mjs"), "utf8");
  const { text, bannerSha } = embeddedWorker(bundle);
  const sha = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  assertEquals([...sha].map((b) => b.toString(16).padStart(2, "0")).join(""), bannerSha);
  assertEquals(bundle.split("// lockbox worker script:").length - 1, 1, "embedded exactly once");
  const expected = Object.keys(await import("../observability.ts")).sort();
  const dir = scratchDir("lockbox-worker-script-");
  writeFileSync(join(dir, "worker.txt"), text);
  writeFileSync(join(dir, "load.mjs"), DATA_IMPORT);
  const runs: Record<Runtime, string[]> = {
    node: ["node", "load.mjs", "worker.txt"],
    bun: [BUN, "load.mjs", "worker.txt"],
    deno: [DENO, "run", `--allow-read=${dir}`, "load.mjs", "worker.txt"],
  };
  for (const [runtime, argv] of Object.entries(runs)) {
    await t.step(`${runtime}: exports what observability.ts exports`, async () => {
      const r = await exec(argv, { cwd: dir });
      assertEquals(r.code, 0, r.stderr);
      assertEquals(JSON.parse(r.stdout), expected);
    });
  }
});

Deno.test("control: a bundle that starts its worker from import.meta.url runs a bundled service twice", async () => {
  // The harness must see the failure the build prevents: mod.ts bundled WITHOUT the embedded
  // worker script (as 0.1.4 shipped) starts its worker from import.meta.url, which inside the
  // service's esbuild bundle is the whole service.
  const dir = scratchDir("lockbox-bundling-control-");
  const vendor = join(dir, "vendor", "observability");
  mkdirSync(vendor, { recursive: true });
  await step([
    ESBUILD,
    join(ROOT, "mod.ts"),
    "--bundle",
    "--platform=node",
    "--format=esm",
    `--outfile=${join(vendor, "observability.node.mjs")}`,
  ], ROOT);
  copyFileSync(SERVICE, join(dir, "app.mjs"));
  await step([
    ESBUILD,
    "app.mjs",
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--outfile=out.mjs",
  ], dir);
  // Each evaluation of the service waits at its checkpoints; answer plenty, then read stderr
  // until the process ends (a copy blocked on a checkpoint in a worker does not hold it).
  const child = new Deno.Command("node", {
    args: ["out.mjs"],
    cwd: dir,
    env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" },
    clearEnv: true,
    stdin: "piped",
    stdout: "null",
    stderr: "piped",
    signal: AbortSignal.timeout(30_000),
  }).spawn();
  const stdin = child.stdin.getWriter();
  await stdin.write(new TextEncoder().encode("\n".repeat(12)));
  await stdin.close();
  const stderr = await new Response(child.stderr).text();
  await child.status;
  const markers = stderr.match(/^MARKER /gm)?.length ?? 0;
  assert(markers >= 2, `expected the service evaluated again; markers ${markers}:\n${stderr}`);
});

// #endregion

// #region Types

const CONSUMER = `import {
  getLogger,
  initObservability,
  type Logger,
  type ObservabilityStats,
  shutdownObservability,
  VERSION,
} from "./vendor/observability/observability.node.mjs";

const version: string = VERSION;
initObservability({ serviceName: "types-consumer" });
const log: Logger = getLogger("types-consumer").child({ run: version });
log.info("typed_record", { qty: 1 });
const stats: ObservabilityStats = await shutdownObservability();
const accepted: number = stats.accepted;
export { accepted };
`;

/** The same consumer with one type error: proves the types are real, not \`any\`. */
const BAD_CONSUMER = CONSUMER.replace(`{ serviceName: "types-consumer" }`, `{ serviceName: 42 }`);

async function tsc(dir: string, file: string, module: string, resolution: string): Promise<Exec> {
  return await exec([
    "node",
    TSC,
    "--noEmit",
    "--strict",
    "--target",
    "es2022",
    "--module",
    module,
    "--moduleResolution",
    resolution,
    file,
  ], { cwd: dir });
}

/** A scratch consumer dir with the node bundle and the given type files vendored beside it. */
async function typesConsumer(typeFiles: string[]): Promise<string> {
  const dir = scratchDir("lockbox-types-");
  const vendor = join(dir, "vendor", "observability");
  mkdirSync(vendor, { recursive: true });
  for (const f of ["observability.node.mjs", ...typeFiles]) {
    copyFileSync(join(await bundleDir(), f), join(vendor, f));
  }
  writeFileSync(join(dir, "consumer.mts"), CONSUMER);
  writeFileSync(join(dir, "bad.mts"), BAD_CONSUMER);
  return dir;
}

Deno.test("the bundle's types resolve with no setup in tsc (node16, nodenext, bundler), Deno and Bun", async (t) => {
  const dir = await typesConsumer(["observability.node.d.mts", "observability.d.ts"]);
  const settings = [["node16", "node16"], ["nodenext", "nodenext"], ["esnext", "bundler"]];
  for (const [module, resolution] of settings) {
    await t.step(`tsc --strict, moduleResolution ${resolution}: the consumer checks`, async () => {
      const r = await tsc(dir, "consumer.mts", module, resolution);
      assertEquals(r.code, 0, r.stdout + r.stderr);
    });
    await t.step(
      `tsc --strict, moduleResolution ${resolution}: a type error is reported`,
      async () => {
        const r = await tsc(dir, "bad.mts", module, resolution);
        assertEquals(r.code, 2, r.stdout + r.stderr);
        assertMatch(
          r.stdout,
          /bad\.mts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/,
        );
      },
    );
  }
  await t.step(
    "without the .d.mts beside the bundle, tsc reports TS7016 (the control)",
    async () => {
      const bare = await typesConsumer(["observability.d.ts"]);
      const r = await tsc(bare, "consumer.mts", "node16", "node16");
      assertEquals(r.code, 2, r.stdout + r.stderr);
      assertMatch(r.stdout, /error TS7016: Could not find a declaration file for module/);
    },
  );
  await t.step("deno check: the consumer checks through @ts-self-types", async () => {
    const r = await exec([DENO, "check", "--quiet", "consumer.mts"], { cwd: dir });
    assertEquals(r.code, 0, r.stdout + r.stderr);
    const bad = await exec([DENO, "check", "--quiet", "bad.mts"], { cwd: dir });
    assertEquals(bad.code, 1, bad.stdout + bad.stderr);
    assertMatch(bad.stderr, /TS2322/);
  });
  await t.step("bun runs the TypeScript consumer against the bundle", async () => {
    const r = await exec([BUN, "consumer.mts"], { cwd: dir, env: { NO_COLOR: "1" } });
    assertEquals(r.code, 0, r.stdout + r.stderr);
    assertMatch(r.stdout, /"message":"typed_record"/);
  });
});

// #endregion
