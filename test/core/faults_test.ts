// The fault matrix: each fault in a child process, with its worst timer delay, RSS growth,
// shutdown time and the accounting identities. Anything that writes to stdout or exits runs in a
// child process; OTLP goes to a real receiver on 127.0.0.1 (scripts/otlp_receiver.ts).

import {
  assert,
  assertEquals,
  assertGreaterOrEqual,
  assertLess,
  assertLessOrEqual,
  assertStringIncludes,
} from "@std/assert";
import type { ObservabilityStats } from "../../mod.ts";
import {
  encodeExportLogsResponse,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";
import {
  assertAccounting,
  baseEnv,
  type ChildResult,
  CONFIG,
  MOD,
  readAll,
  ROOT,
  runChild,
  watchLines,
  withReceiver,
} from "./child.ts";

// #region Fault matrix
//
// One test per fault of the fault matrix. Every child runs FAULT_PRELUDE: a 5 ms interval measures
// the main thread's worst timer delay for the whole run, RSS growth is sampled, and the child shuts
// down through `shutdownMeasured()`, which prints the figures the tests assert and record:
// `INIT_MS <ms>` (initObservability(), recorded only), `DELAY <ms>`, `RSS_GROWTH <bytes>`, `SHUTDOWN_MS <ms>` and `STATS <json>` on stderr. Each test
// logs one `fault matrix | …` line with those figures (the closing note's table comes from them).

/** Worst main-thread timer delay accepted under any fault, in ms (generous: 2-core CI box). */
const FAULT_MAX_DELAY_MS = 250;
/** RSS growth accepted over a child's run, in bytes (the queue bounds what is held). */
const FAULT_MAX_RSS_GROWTH = 200 * 1024 * 1024;
/** Slack past a shutdown deadline for the call to return, in ms. */
const FAULT_SHUTDOWN_SLACK_MS = 300;
/**
 * Environment of every fault child. The load is benchmark-style (one event name at up to
 * 10,000/s), so the policy guard is off (benchmarks of the accept path run with LOG_RATE_LIMIT=0); its own tests live elsewhere.
 */
const FAULT_ENV = { LOG_RATE_LIMIT: "0" };
/** Fast-failing exporter settings: a short request timeout, frequent small exports. */
const FAULT_FAST_ENV = {
  OTEL_EXPORTER_OTLP_TIMEOUT: "500",
  OTEL_BLRP_SCHEDULE_DELAY: "100",
  OTEL_BLRP_EXPORT_TIMEOUT: "1000",
};

/** Child-side helpers: delay meter, paced load, awaiting a condition, measured shutdown. */
const FAULT_PRELUDE = `
import process from "node:process";
// Started here, from the environment, so the one-time cost of spawning the worker (measured apart
// as INIT_MS) is not mistaken for the fault's effect on the loop.
const faultInitT0 = performance.now();
initObservability();
const faultInitMs = performance.now() - faultInitT0;
const faultMeter = { max: 0, last: performance.now() };
const faultTimer = setInterval(() => {
  const now = performance.now();
  faultMeter.max = Math.max(faultMeter.max, now - faultMeter.last - 5);
  faultMeter.last = now;
}, 5);
const faultRss0 = process.memoryUsage().rss;
let faultRssMax = faultRss0;
/** Logs n records of ~200 bytes, paced evenly over ms milliseconds (one slice per 5 ms tick). */
async function load(n: number, ms: number, event = "load", logger = getLogger("fault")) {
  const ticks = Math.max(1, Math.floor(ms / 5));
  const perTick = Math.ceil(n / ticks);
  let i = 0;
  while (i < n) {
    for (const end = Math.min(n, i + perTick); i < end; i++) {
      logger.info(event, { i, order_id: "co_" + i, symbol: "AAPL", pad: "x".repeat(60) });
    }
    faultRssMax = Math.max(faultRssMax, process.memoryUsage().rss);
    await new Promise((r) => setTimeout(r, 5));
  }
}
/** Resolves once cond() holds (checked every 5 ms); throws after timeoutMs. */
async function until(what: string, cond: () => boolean, timeoutMs = 10000) {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > timeoutMs) {
      throw new Error("timed out waiting for " + what + ": " + JSON.stringify(observabilityStats()));
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}
async function shutdownMeasured(timeoutMs: number) {
  const t0 = performance.now();
  const stats = await shutdownObservability({ timeoutMs });
  const elapsed = performance.now() - t0;
  clearInterval(faultTimer);
  faultRssMax = Math.max(faultRssMax, process.memoryUsage().rss);
  console.error("INIT_MS " + faultInitMs.toFixed(1));
  console.error("DELAY " + faultMeter.max.toFixed(1));
  console.error("RSS_GROWTH " + (faultRssMax - faultRss0));
  console.error("SHUTDOWN_MS " + elapsed.toFixed(0));
  console.error("STATS " + JSON.stringify(stats));
}
`;

/** A number the child printed as `<name> <value>` on stderr. */
function childFigure(stderr: string, name: string): number {
  const line = stderr.split("\n").find((l) => l.startsWith(name + " "));
  assert(line !== undefined, `the child printed no ${name} line; stderr:\n${stderr}`);
  return Number(line.slice(name.length + 1));
}

/** The figures every fault asserts: delay, memory, shutdown deadline, accounting. */
interface FaultFigures {
  initMs: number;
  delayMs: number;
  rssGrowthMb: number;
  shutdownMs: number;
  stats: ObservabilityStats;
}

/**
 * Asserts the four promises for one fault (timer delay bounded, memory bounded, accounting
 * identities, shutdown within `shutdownTimeoutMs`) and records the figures in the test output.
 */
function assertFaultFigures(
  fault: string,
  stderr: string,
  stats: ObservabilityStats | null,
  shutdownTimeoutMs: number,
): FaultFigures {
  assert(stats !== null, `no STATS line; stderr:\n${stderr}`);
  const figures = {
    initMs: childFigure(stderr, "INIT_MS"),
    delayMs: childFigure(stderr, "DELAY"),
    rssGrowthMb: Math.round(childFigure(stderr, "RSS_GROWTH") / 1024 / 102.4) / 10,
    shutdownMs: childFigure(stderr, "SHUTDOWN_MS"),
    stats,
  };
  const c = stats;
  console.log(
    `fault matrix | ${fault} | init ${figures.initMs} ms | delay ${figures.delayMs} ms | rss +${figures.rssGrowthMb} MB | ` +
      `shutdown ${figures.shutdownMs} ms | accepted ${c.accepted} queueFull ${c.dropped.queueFull} ` +
      `stdout ${c.stdout.written}/${c.stdout.failed} otlp exported ${c.otlp.exported} ` +
      `failed ${c.otlp.failed} dropped ${c.otlp.dropped} mode ${c.mode}`,
  );
  assertLess(figures.delayMs, FAULT_MAX_DELAY_MS, `${fault}: main-thread timer delay`);
  assertLess(figures.rssGrowthMb * 1024 * 1024, FAULT_MAX_RSS_GROWTH, `${fault}: RSS growth`);
  assertLess(
    figures.shutdownMs,
    shutdownTimeoutMs + FAULT_SHUTDOWN_SLACK_MS,
    `${fault}: shutdown deadline`,
  );
  assertAccounting(stats);
  return figures;
}

/**
 * The child's own records: lockbox's self-report (`observability_dropped`, logger "lockbox") is
 * a record too (counted in `internal`), so tests count theirs by logger.
 */
function ownLines(lines: Record<string, unknown>[]): Record<string, unknown>[] {
  return lines.filter((l) => l.logger !== "lockbox");
}

/** `lockbox: OTLP export …` warning lines on stderr. */
function exportWarnings(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("lockbox: OTLP export"));
}

/**
 * Runs the standard fault child: 300 records over 300 ms with the delay meter on, then a
 * measured shutdown with `shutdownTimeoutMs`. `respond` and `receiverOptions` shape the receiver;
 * `endpoint` replaces it (refused port, unresolvable name).
 */
async function runFaultChild(
  env: Record<string, string>,
  shutdownTimeoutMs: number,
  records = 300,
): Promise<ChildResult> {
  return await runChild(
    `${FAULT_PRELUDE}
    await load(${records}, 300);
    await shutdownMeasured(${shutdownTimeoutMs});`,
    { env: { ...FAULT_ENV, ...env }, timeoutMs: 20_000 },
  );
}

/** A 127.0.0.1 port that refuses connections: bound, noted, closed. */
function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

Deno.test("fault: endpoint refusing connections: records counted failed, loop and shutdown bounded", async () => {
  const port = closedPort();
  const result = await runFaultChild(
    { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, ...FAULT_FAST_ENV },
    2000,
  );
  assertEquals(result.code, 0, result.stderr);
  const { stats } = assertFaultFigures("refused", result.stderr, result.stats, 2000);
  assertEquals(ownLines(result.lines).length, 300, "stdout never waits for OTLP");
  assertEquals(stats.otlp.exported, 0);
  assertEquals(stats.otlp.failed + stats.otlp.dropped, stats.accepted + stats.internal);
  assertStringIncludes(exportWarnings(result.stderr)[0], "ECONNREFUSED");
});

Deno.test("fault: DNS name that does not resolve: records counted failed, no hang", async () => {
  const result = await runFaultChild(
    { OTEL_EXPORTER_OTLP_ENDPOINT: "http://lockbox-test.invalid:4318", ...FAULT_FAST_ENV },
    2000,
  );
  assertEquals(result.code, 0, result.stderr);
  const { stats } = assertFaultFigures("dns .invalid", result.stderr, result.stats, 2000);
  assertEquals(ownLines(result.lines).length, 300);
  assertEquals(stats.otlp.exported, 0);
  assertEquals(stats.otlp.failed + stats.otlp.dropped, stats.accepted + stats.internal);
  assertEquals(exportWarnings(result.stderr).length, 1, result.stderr);
});

Deno.test("fault: 429 with Retry-After, 503, 502, 504 are retried and then exported", async (t) => {
  // The exporter's rules: 429/502/503/504 are retryable, after Retry-After or a ~1 s backoff
  // (×1.5 per attempt, ±20 %), while the retry still fits in OTEL_EXPORTER_OTLP_TIMEOUT (5000).
  const cases: { status: number; failures: number; headers: Record<string, string> }[] = [
    { status: 429, failures: 1, headers: { "retry-after": "1" } },
    { status: 503, failures: 2, headers: {} },
    { status: 502, failures: 1, headers: {} },
    { status: 504, failures: 1, headers: {} },
  ];
  for (const { status, failures, headers } of cases) {
    await t.step(`${status} ×${failures} then 200`, async () => {
      let answered = 0;
      const respond = () => answered++ < failures ? { status, headers } : undefined;
      await withReceiver({ respond }, async (receiver) => {
        const result = await runFaultChild(
          { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BLRP_SCHEDULE_DELAY: "100" },
          6000,
          100,
        );
        assertEquals(result.code, 0, result.stderr);
        const { stats } = assertFaultFigures(
          `${status} ×${failures} then 200`,
          result.stderr,
          result.stats,
          6000,
        );
        assertGreaterOrEqual(receiver.requests.length, failures + 1, "retried");
        assertEquals(receiver.requests.slice(0, failures).map((r) => r.status), [
          ...Array(failures).fill(status),
        ]);
        assertEquals(stats.otlp.exported, 100);
        assertEquals((await receiver.waitForRecords(100)).length, 100);
      });
    });
  }
});

Deno.test("fault: a persistent 503 is retried until the export timeout, then counted failed", async () => {
  await withReceiver({ respond: () => ({ status: 503 }) }, async (receiver) => {
    const result = await runFaultChild(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_TIMEOUT: "1500",
        OTEL_BLRP_SCHEDULE_DELAY: "5000",
      },
      4000,
      100,
    );
    assertEquals(result.code, 0, result.stderr);
    const { stats } = assertFaultFigures("503 always", result.stderr, result.stats, 4000);
    assertGreaterOrEqual(receiver.requests.length, 2, "one retry fits in 1500 ms");
    assertEquals(stats.otlp.failed, stats.accepted);
    assertEquals(exportWarnings(result.stderr).length, 1);
  });
});

Deno.test("fault: 401 and 403 are not retried, counted failed, one warning without the token", async (t) => {
  const token = "glc_fault_matrix_token_value";
  for (const status of [401, 403]) {
    await t.step(`${status}`, async () => {
      const options: ReceiverOptions = status === 401
        ? { basicAuth: { username: "1", password: "right" } }
        : { respond: () => ({ status: 403, body: "403 forbidden\n" }) };
      await withReceiver(options, async (receiver) => {
        const result = await runFaultChild(
          {
            OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
            GRAFANA_CLOUD_INSTANCE_ID: "1",
            GRAFANA_CLOUD_TOKEN: token,
          },
          3000,
          200,
        );
        assertEquals(result.code, 0, result.stderr);
        const { stats } = assertFaultFigures(`${status}`, result.stderr, result.stats, 3000);
        assertEquals(receiver.requests.map((r) => r.status), [status], "exactly one request");
        assertEquals(stats.otlp.failed, stats.accepted);
        const warnings = exportWarnings(result.stderr);
        assertEquals(warnings.length, 1, result.stderr);
        assertStringIncludes(
          warnings[0],
          `lockbox: OTLP export to ${receiver.logsUrl} failed (200 records):`,
        );
        assert(!result.stderr.includes(token) && !result.stdout.includes(token), "no token");
        const basic = btoa(`1:${token}`);
        assert(!result.stderr.includes(basic), "no encoded credential either");
      });
    });
  }
});

Deno.test("fault: 413 payload too large: counted failed, not retried", async () => {
  await withReceiver({ respond: () => ({ status: 413 }) }, async (receiver) => {
    const result = await runFaultChild({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, 3000, 200);
    assertEquals(result.code, 0, result.stderr);
    const { stats } = assertFaultFigures("413", result.stderr, result.stats, 3000);
    assertEquals(receiver.requests.map((r) => r.status), [413]);
    assertEquals(stats.otlp.failed, stats.accepted);
    assertEquals(exportWarnings(result.stderr).length, 1);
  });
});

Deno.test({
  name: "fault: partial success counts rejected_log_records as failed, not exported",
  // The exporter reports SUCCESS for a partial-success response (it only logs it through OTel
  // diag); lockbox observes the response serializer and counts rejected_log_records as failed.
  fn: async () => {
    const body = encodeExportLogsResponse({ rejectedLogRecords: 2, errorMessage: "too old" });
    await withReceiver({ respond: () => ({ status: 200, body }) }, async (receiver) => {
      const result = await runFaultChild({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, 3000, 100);
      assertEquals(result.code, 0, result.stderr);
      const { stats } = assertFaultFigures("partial success", result.stderr, result.stats, 3000);
      assertEquals(receiver.requests.length, 1);
      assertEquals([stats.otlp.exported, stats.otlp.failed], [98, 2]);
      assertStringIncludes(exportWarnings(result.stderr)[0] ?? "", "too old");
    });
  },
});

Deno.test("fault: a receiver that never answers: export times out, records counted failed", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    const respond = () => hang.promise.then(() => undefined);
    await withReceiver({ respond }, async (receiver) => {
      const result = await runFaultChild(
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...FAULT_FAST_ENV },
        3000,
      );
      assertEquals(result.code, 0, result.stderr);
      const { stats } = assertFaultFigures("never answers", result.stderr, result.stats, 3000);
      assertEquals(ownLines(result.lines).length, 300);
      assertEquals(stats.otlp.exported, 0);
      assertEquals(stats.otlp.failed + stats.otlp.dropped, stats.accepted + stats.internal);
      assertStringIncludes(exportWarnings(result.stderr)[0], "Request timed out");
    });
  } finally {
    hang.resolve();
  }
});

Deno.test("fault: a receiver answering in 300 ms: every record exported, the loop unaffected", async () => {
  const respond = () => new Promise<undefined>((r) => setTimeout(() => r(undefined), 300));
  await withReceiver({ respond }, async (receiver) => {
    const result = await runChild(
      `${FAULT_PRELUDE}
      await load(1000, 1000);
      await shutdownMeasured(5000);`,
      {
        env: {
          ...FAULT_ENV,
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          OTEL_BLRP_SCHEDULE_DELAY: "100",
          OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "100",
        },
        timeoutMs: 20_000,
      },
    );
    assertEquals(result.code, 0, result.stderr);
    const { stats } = assertFaultFigures("slow 300 ms", result.stderr, result.stats, 5000);
    assertEquals(stats.otlp.exported, 1000);
    assertGreaterOrEqual(receiver.requests.length, 5, "many slow requests");
    assertEquals((await receiver.waitForRecords(1000)).length, 1000);
  });
});

/** A child with stdin, stdout and stderr piped; stderr lines are delivered as they come. */
function spawnFaultChild(body: string, env: Record<string, string>, timeoutMs: number) {
  const code =
    `import { getLogger, initObservability, observabilityStats, shutdownObservability } from ${
      JSON.stringify(MOD)
    };\n${FAULT_PRELUDE}\n${body}\n`;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", "--ext=ts", `--config=${CONFIG}`, code],
    cwd: ROOT,
    env: { ...baseEnv(), ...FAULT_ENV, ...env },
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const stdin = child.stdin.getWriter();
  const watched = watchLines(child.stderr);
  const stderr = watched.text;
  return {
    child,
    /** Resolves with the first stderr line starting with `prefix`. */
    async line(prefix: string): Promise<string> {
      const line = await watched.line(prefix);
      if (line === undefined) throw new Error(`the child ended without a ${prefix.trim()} line`);
      return line;
    },
    /** Sends one line on the child's stdin. */
    async send(text: string): Promise<void> {
      await stdin.write(new TextEncoder().encode(text + "\n"));
    },
    /** Closes the child's stdin (a child reading it stays alive until then). */
    async closeStdin(): Promise<void> {
      await stdin.close().catch(() => {});
    },
    /** Waits for exit; stdout is read from the moment this is called. */
    async finish() {
      const [stdout, err, status] = await Promise.all([
        readAll(child.stdout),
        stderr,
        child.status,
      ]);
      clearTimeout(killer);
      const statsLine = err.split("\n").find((l) => l.startsWith("STATS "));
      return {
        code: status.code,
        stdout,
        stderr: err,
        lines: stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l)),
        stats: statsLine ? JSON.parse(statsLine.slice(6)) as ObservabilityStats : null,
      };
    },
  };
}

/** Child snippet: resolves with the next line on stdin. */
const FAULT_STDIN = `
const faultStdin = Deno.stdin.readable.pipeThrough(new TextDecoderStream()).getReader();
let faultStdinBuf = "";
async function nextCommand(): Promise<string> {
  while (!faultStdinBuf.includes("\\n")) {
    const { value, done } = await faultStdin.read();
    if (done) throw new Error("stdin closed");
    faultStdinBuf += value;
  }
  const i = faultStdinBuf.indexOf("\\n");
  const line = faultStdinBuf.slice(0, i);
  faultStdinBuf = faultStdinBuf.slice(i + 1);
  return line;
}
`;

Deno.test("fault: the receiver going away mid-run and coming back: export resumes", async () => {
  let receiver = await startOtlpReceiver({ quiet: true });
  const port = Number(new URL(receiver.url).port);
  const run = spawnFaultChild(
    `${FAULT_STDIN}
    const s = () => observabilityStats().otlp;
    await load(100, 200, "before");
    await until("before exported", () => s().exported >= 100);
    console.error("PHASE before");
    await nextCommand();
    await load(100, 200, "during");
    await until("during failed", () => s().failed >= 100);
    console.error("PHASE during");
    await nextCommand();
    await load(100, 200, "after");
    await until("after exported", () => s().exported >= 200);
    await shutdownMeasured(3000);`,
    { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...FAULT_FAST_ENV },
    20_000,
  );
  const finished = run.finish();
  try {
    await run.line("PHASE before");
    await receiver.close();
    await run.send("down");
    await run.line("PHASE during");
    receiver = await startOtlpReceiver({ quiet: true, port });
    await run.send("up");
    await run.closeStdin();
    const result = await finished;
    assertEquals(result.code, 0, result.stderr);
    const { stats } = assertFaultFigures("away and back", result.stderr, result.stats, 3000);
    assertGreaterOrEqual(stats.otlp.exported, 200);
    assertGreaterOrEqual(stats.otlp.failed, 100);
    const back = receiver.records.filter((r) => r.scope.name === "fault");
    assertEquals(back.map((r) => r.body), Array(100).fill("after"), "records after the return");
    assertEquals(ownLines(result.lines).length, 300, "stdout has all three phases");
  } finally {
    await run.closeStdin();
    await receiver.close();
    await finished.catch(() => {});
  }
});

Deno.test("fault: stdout reader stops reading: the stdout backlog holds, the ring never fills, logging resumes", async () => {
  // The parent does not read the child's stdout (a 64 KiB pipe) while the child logs 20,000
  // records of ~200 bytes over 2 s; then it starts reading and the child logs 100 more. The
  // stdout backlog (8 MiB) holds the 4 MB; the ring keeps draining, so no call is refused.
  const run = spawnFaultChild(
    `await load(20000, 2000, "stalled");
    const mid = observabilityStats();
    console.error("STALLED " + JSON.stringify({ delay: faultMeter.max, ...mid }));
    await until("the reader to resume", () => observabilityStats().pending === 0, 15000);
    await load(100, 50, "after_resume");
    await shutdownMeasured(5000);`,
    { OTEL_LOGS_EXPORTER: "none" },
    30_000,
  );
  let finished: ReturnType<typeof run.finish> | undefined;
  try {
    const stalled = JSON.parse((await run.line("STALLED ")).slice(8));
    console.log(
      `fault matrix | stdout stalled (before reading) | delay ${stalled.delay.toFixed(1)} ms | ` +
        `accepted ${stalled.accepted} queueFull ${stalled.dropped.queueFull} pending ${stalled.pending}`,
    );
    assertLess(stalled.delay, FAULT_MAX_DELAY_MS, "main thread responsive while stdout stalls");
    assertEquals(stalled.dropped.queueFull, 0, "a stalled stdout never fills the ring");
    assertGreaterOrEqual(stalled.pending, 1000, "the stdout backlog holds the lines");
    finished = run.finish(); // the reader resumes
    const result = await finished;
    assertEquals(result.code, 0, result.stderr);
    const { stats } = assertFaultFigures("stdout stalled", result.stderr, result.stats, 5000);
    assertEquals(stats.dropped.queueFull, stalled.dropped.queueFull, "no drops after resuming");
    const own = ownLines(result.lines);
    assertEquals(
      own.length + stats.dropped.queueFull + stats.stdout.dropped,
      20_100,
      "each record written or counted",
    );
    assertEquals(result.lines.length, stats.stdout.written);
    assertEquals(own.filter((l) => l.message === "after_resume").length, 100);
  } finally {
    if (finished === undefined) run.child.kill("SIGKILL");
    await (finished ?? run.finish()).catch(() => {});
  }
});

Deno.test("fault: the worker dying: noticed, counted, pipeline continues inline", async (t) => {
  // The module does not expose its worker; `process.on("worker")` (Node API, also on Deno) hands
  // the child the real one. "terminated": the worker killed from outside (like an OOM kill of the thread). "crashed": an uncaught
  // exception inside the worker, raised by a message on its port (it takes none and throws).
  const kills = {
    terminated: `await lockboxWorker!.terminate();`,
    crashed: `lockboxWorker!.postMessage({ t: "unexpected" });`,
  };
  for (const [how, kill] of Object.entries(kills)) {
    await t.step(how, async () => {
      await withReceiver({}, async (receiver) => {
        const result = await runChild(
          `let lockboxWorker: import("node:worker_threads").Worker | null = null;
          process.on("worker" as never, (w: import("node:worker_threads").Worker) => {
            lockboxWorker ??= w;
          });
          ${FAULT_PRELUDE}
          await load(200, 200, "before");
          await until("the worker", () => lockboxWorker !== null);
          ${kill}
          await load(200, 200, "around");
          await until("inline mode", () => observabilityStats().mode === "inline");
          await load(200, 200, "after");
          await shutdownMeasured(3000);`,
          {
            env: {
              ...FAULT_ENV,
              OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
              OTEL_BLRP_SCHEDULE_DELAY: "100",
            },
            timeoutMs: 20_000,
          },
        );
        assertEquals(result.code, 0, result.stderr);
        const { stats } = assertFaultFigures(
          `worker ${how}`,
          result.stderr,
          result.stats,
          3000,
        );
        assertEquals(stats.mode, "inline");
        assertGreaterOrEqual(stats.accepted, 600);
        const notices = result.stderr.split("\n").filter((l) =>
          l.startsWith("lockbox: background worker stopped")
        );
        assertEquals(notices.length, 1, result.stderr);
        assertStringIncludes(notices[0], "; continuing inline");
        // Every record reaches stdout: the ring is taken over where the worker left it, and the
        // lines it rendered but had not written wait in shared memory for the takeover. The
        // stdout chunk in flight at the death may reach the pipe before its completion reaches
        // the dead thread, so the takeover writes it again: at most that one chunk, whole lines
        // of at most PIPE_BUF (4,096) bytes together, in one run.
        const keys = ownLines(result.lines).map((l) => `${l.message}/${l.i}`);
        const unique = new Set(keys);
        const seen = new Set<string>();
        const repeats: number[] = [];
        let repeatedBytes = 0;
        const own = result.stdout.split("\n").filter((raw) =>
          raw !== "" && (JSON.parse(raw) as { logger?: string }).logger !== "lockbox"
        );
        for (const [n, raw] of own.entries()) {
          const l = JSON.parse(raw) as Record<string, unknown>;
          const key = `${l.message}/${l.i}`;
          if (!seen.has(key)) seen.add(key);
          else {
            repeats.push(n);
            repeatedBytes += new TextEncoder().encode(raw).length + 1;
          }
        }
        console.log(
          `fault matrix | worker ${how} | duplicate stdout lines ${keys.length - unique.size} ` +
            `(${repeatedBytes} bytes)`,
        );
        assertEquals(unique.size, 600, "no record lost on stdout");
        assertLessOrEqual(repeatedBytes, 4096, "written twice: at most one chunk");
        assertEquals(
          repeats.length === 0 ? 0 : repeats.at(-1)! - repeats[0] + 1,
          repeats.length,
          "the lines written twice are one run",
        );
        const after = receiver.records.filter((r) => r.body === "after");
        assertEquals(after.length, 200, "records after the death are exported inline");
      });
    });
  }
});

/** A child that logs 2,000 records and calls process.exit(7) at once; its exit listener reports. */
async function exitWith2000Pending() {
  return await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `initObservability({ serviceName: "exit-2000" });
      const log = getLogger("exit");
      process.on("exit", () => {
        console.error("EXIT_MS " + (performance.now() - t0).toFixed(0));
        console.error("STATS " + JSON.stringify(observabilityStats()));
      });
      for (let i = 0; i < 2000; i++) log.info("pending", { i, pad: "x".repeat(60) });
      const t0 = performance.now();
      process.exit(7);`,
      { env: { ...FAULT_ENV, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, timeoutMs: 20_000 },
    );
    const received = receiver.records.filter((r) => r.scope.name === "exit").length;
    return { result, received, exitMs: childFigure(result.stderr, "EXIT_MS") };
  });
}

Deno.test("fault: process.exit() with 2,000 records pending flushes stdout and OTLP", async () => {
  const { result, received, exitMs } = await exitWith2000Pending();
  const s = result.stats!;
  console.log(
    `fault matrix | process.exit() 2000 pending | exit hook ${exitMs} ms | received ${received} | ` +
      `stdout ${s.stdout.written}/${s.stdout.failed} otlp exported ${s.otlp.exported} ` +
      `failed ${s.otlp.failed} dropped ${s.otlp.dropped}`,
  );
  assertEquals(result.code, 7, result.stderr);
  assertEquals(ownLines(result.lines).map((l) => l.i), [...Array(2000).keys()], "none lost");
  assertEquals(received, 2000, "the exit hook waits for the export");
  assertAccounting(s);
  assertLess(exitMs, 5000 + FAULT_SHUTDOWN_SLACK_MS, "the exit hook honours its deadline");
});

Deno.test({
  name: "fault: process.exit() stats count what the worker exported as exported",
  // onExit() blocks the main thread, so the worker's postMessage counters cannot arrive; the
  // worker also publishes them in shared memory, which onExit() reads before finalize().
  fn: async () => {
    const { result, received } = await exitWith2000Pending();
    assertEquals(received, 2000);
    assertEquals(result.stats!.otlp.exported, 2000);
    assertEquals(result.stats!.otlp.dropped, 0);
  },
});

// Deno ends the process on an uncaught exception (a top-level throw surfaces as "Uncaught (in
// promise)", a throw in a callback as "Uncaught") without emitting process 'exit'; lockbox flushes
// from the global error/unhandledrejection events instead (onFatal). Before that hook the records
// were lost on both sinks.
Deno.test("fault: an uncaught exception right after a log call still flushes the records", async (t) => {
  const throwers = {
    "top-level throw": `throw new Error("boom");`,
    "throw in a timer callback": `setTimeout(() => { throw new Error("boom"); });`,
  };
  for (const [name, thrower] of Object.entries(throwers)) {
    await t.step(name, async () => {
      await withReceiver({}, async (receiver) => {
        const result = await runChild(
          `const log = getLogger("crash");
          for (let i = 0; i < 3; i++) log.error("before_crash", { i });
          ${thrower}`,
          { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, timeoutMs: 15_000 },
        );
        assertEquals(result.code, 1);
        assertStringIncludes(result.stderr, "boom");
        assertEquals(ownLines(result.lines).map((l) => l.i), [0, 1, 2]);
        assertEquals((await receiver.waitForRecords(3, 2000)).length, 3);
      });
    });
  }
});

// #endregion
