/**
 * Bundled and compiled services run their own code once, and both sinks get every record.
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
 * The build's output, the embedded worker script and the bundle's types are tested in
 * `test/bundling_build_test.ts`.
 *
 * Per-case figures (threads, times) are printed for the record. Set `LOCKBOX_BUNDLE_DIR` to
 * test a directory of already built bundles (for example a release's dist/) instead.
 *
 * Run: `deno test -A test/bundling_test.ts` (it spawns node, bun, deno and esbuild, and reads
 * /proc).
 *
 * @module
 */

import { assert, assertEquals } from "@std/assert";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type OtlpReceiver, startOtlpReceiver } from "../scripts/otlp_receiver.ts";
import {
  BUN,
  bundleDir,
  CHILD_TIMEOUT_MS,
  DENO,
  esbuildForNode,
  type Runtime,
  scratchDir,
  SERVICE,
  step,
  vendorDir,
} from "./bundling_helpers.ts";

const RECORDS = 50;
/**
 * Most worker threads lockbox runs: the consumer (sinks, OTLP) and, where the design gives the
 * stdout writer its own thread, that one. A service evaluated again by its workers would
 * multiply them.
 */
const MAX_LOCKBOX_WORKERS = 2;
/** How long a lockbox worker thread may take to end after shutdown resolved. */
const THREAD_EXIT_MS = 5_000;

// #region Helpers

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
  const bundle = `observability.${runtime}.mjs`;
  vendorDir(dir, await bundleDir(), [bundle]);
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
      await esbuildForNode("app.mjs", "out.mjs", "esm", dir);
      return ["node", "out.mjs"];
    },
  },
  {
    name: "node: esbuild --format=cjs",
    runtime: "node",
    async prepare(dir) {
      await esbuildForNode("app.mjs", "out.cjs", "cjs", dir);
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
// #endregion
