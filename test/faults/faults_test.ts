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
import {
  encodeExportLogsResponse,
  type OtlpReceiver,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";
import {
  assertBounded,
  assertIdentities,
  type ChildResult,
  closedPort,
  counters,
  DELAY_CHECK,
  exportWarnings,
  FAST_ENV,
  fault,
  figures,
  kept,
  loadCase,
  MAX_DELAY_MS,
  ownLines,
  ownRecords,
  printLine,
  runChild,
  SHUTDOWN_SLACK_MS,
  spawnChild,
  withReceiver,
} from "./harness.ts";

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
