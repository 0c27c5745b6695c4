// Signals from source on Deno: a service with its own SIGTERM/SIGINT handler keeps the records it
// logs while it drains; without one lockbox flushes and exits 143/130; a second signal during that
// flush exits at once. Real child processes, real signals, real stdout bytes, a real OTLP receiver
// on 127.0.0.1. Node and Bun run the same cases against their bundles in the conformance suite.

import { assertEquals, assertGreaterOrEqual, assertLess, assertStringIncludes } from "@std/assert";
import { assertAccounting, MOD, readAll, spawnChild, withReceiver } from "./helpers.ts";
import type { ObservabilityStats } from "../../mod.ts";

// #region helpers

interface SignalRun {
  code: number;
  signal: Deno.Signal | null;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
  /** `TAG <json>` lines from stderr, by tag. */
  reports: Record<string, unknown>;
  /** Milliseconds from the last signal sent to the child's exit. */
  lastSignalToExitMs: number;
}

/**
 * Runs `body` in a child Deno (public API from mod.ts, `process` from node:process) and sends
 * each signal of `signals` once stderr contains its `after` text, in order.
 */
async function runSignalled(
  body: string,
  signals: { after: string; signal: "SIGTERM" | "SIGINT" }[],
  env: Record<string, string> = {},
  preamble = "",
): Promise<SignalRun> {
  // A dynamic import, so a preamble really runs before lockbox's module is evaluated.
  const code = `import process from "node:process";
${preamble}
const { getLogger, initObservability, observabilityStats, shutdownObservability } = await import(${
    JSON.stringify(MOD)
  });
const report = (tag: string, value: unknown) =>
  process.stderr.write(tag + " " + JSON.stringify(value) + "\\n");
${body}
`;
  const child = spawnChild(code, { env });
  const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  let next = 0;
  let lastSignalAt = 0;
  const [stdout, stderr, status] = await Promise.all([
    readAll(child.stdout),
    readAll(child.stderr, (all) => {
      while (next < signals.length && all.includes(signals[next].after)) {
        lastSignalAt = performance.now();
        child.kill(signals[next++].signal);
      }
    }),
    child.status,
  ]);
  const exitedAt = performance.now();
  clearTimeout(killer);
  const reports: Record<string, unknown> = {};
  for (const line of stderr.split("\n")) {
    const m = /^([A-Z]+) (.*)$/.exec(line);
    if (m !== null) reports[m[1]] = JSON.parse(m[2]);
  }
  return {
    code: status.code,
    signal: status.signal,
    stdout,
    stderr,
    lines: stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l)),
    reports,
    lastSignalToExitMs: exitedAt - lastSignalAt,
  };
}

/** Child snippet: the service's drain — 100 records, one per timer turn, as a real drain awaits. */
const DRAIN = `async function drain(log: ReturnType<typeof getLogger>) {
  for (let i = 0; i < 100; i++) {
    log.info("draining", { i });
    await new Promise((r) => setTimeout(r, 1));
  }
}`;

/** Child snippet: log 5 records, wait until stdout has them, keep the process alive, READY. */
const FIVE_THEN_READY = `const log = getLogger("svc");
for (let i = 0; i < 5; i++) log.info("working", { i });
while (observabilityStats().stdout.written < 5) await new Promise((r) => setTimeout(r, 5));
const keep = setInterval(() => {}, 1000);
process.stderr.write("READY\\n");`;

const count = (run: SignalRun, message: string) =>
  run.lines.filter((l) => l.message === message).length;

// #endregion

// #region With a service handler: drain records are kept

for (
  const [where, register, init] of [
    ["before", "process.on", true],
    ["after", "process.on", false],
    ["before", "process.once", true],
    ["after", "process.once", false],
    ["after", "Deno.addSignalListener", false],
    ["before", "Deno.addSignalListener", true],
  ] as const
) {
  Deno.test(`SIGTERM with the service's ${register} handler registered ${where} initObservability() keeps its 100 drain records`, async () => {
    await withReceiver({}, async (receiver) => {
      const handler = `${register}("SIGTERM", async () => {
          clearInterval(keep);
          await drain(log);
          report("STATS", await shutdownObservability());
          process.exit(0);
        });`;
      const run = await runSignalled(
        `${DRAIN}
        let keep: number | undefined;
        ${init ? handler : ""}
        initObservability({ serviceName: "drain" });
        ${init ? "" : handler}
        ${FIVE_THEN_READY.replace("const keep =", "keep =")}`,
        [{ after: "READY\n", signal: "SIGTERM" }],
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      );
      assertEquals(run.code, 0, run.stderr);
      assertEquals([count(run, "working"), count(run, "draining")], [5, 100]);
      const stats = run.reports.STATS as ObservabilityStats;
      assertEquals([stats.accepted, stats.dropped.afterShutdown, stats.otlp.exported], [
        105,
        0,
        105,
      ]);
      assertAccounting(stats);
      assertEquals(receiver.records.length, 105);
      assertEquals(
        run.stderr.includes("flushing"),
        false,
        "lockbox left the signal to the service",
      );
    });
  });
}

Deno.test("SIGINT with the service's handler that calls process.exit() keeps its drain records", async () => {
  await withReceiver({}, async (receiver) => {
    const run = await runSignalled(
      `${DRAIN}
      initObservability({ serviceName: "drain" });
      process.on("SIGINT", async () => {
        await drain(log);
        process.exit(3);
      });
      ${FIVE_THEN_READY}`,
      [{ after: "READY\n", signal: "SIGINT" }],
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    );
    assertEquals(run.code, 3, run.stderr);
    assertEquals([count(run, "working"), count(run, "draining")], [5, 100]);
    assertEquals(receiver.records.length, 105, "the exit hook exported before the process ended");
  });
});

Deno.test("SIGTERM with the service's handler: the finish at its process.exit() is bounded by shutdownTimeoutMs", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    await withReceiver({ respond: () => hang.promise.then(() => undefined) }, async (receiver) => {
      const run = await runSignalled(
        `${DRAIN}
        initObservability({ serviceName: "bounded", shutdownTimeoutMs: 1000 });
        process.on("SIGTERM", async () => {
          await drain(log);
          process.exit(0);
        });
        ${FIVE_THEN_READY}`,
        [{ after: "READY\n", signal: "SIGTERM" }],
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      );
      assertEquals(run.code, 0, run.stderr);
      assertEquals(count(run, "draining"), 100, "stdout is never held up by OTLP");
      assertGreaterOrEqual(run.lastSignalToExitMs, 1000, "the exit hook waited for the export");
      assertLess(run.lastSignalToExitMs, 8000, "until the deadline, not the 10 s export timeout");
    });
  } finally {
    hang.resolve();
  }
});

Deno.test("SIGTERM with the service's handler in inline mode (worker: false) keeps its drain records", async () => {
  await withReceiver({}, async (receiver) => {
    const run = await runSignalled(
      `${DRAIN}
      initObservability({ serviceName: "drain", worker: false });
      process.on("SIGTERM", async () => {
        await drain(log);
        report("STATS", await shutdownObservability());
        process.exit(0);
      });
      ${FIVE_THEN_READY}`,
      [{ after: "READY\n", signal: "SIGTERM" }],
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    );
    assertEquals(run.code, 0, run.stderr);
    assertEquals([count(run, "working"), count(run, "draining")], [5, 100]);
    const stats = run.reports.STATS as ObservabilityStats;
    assertEquals([stats.mode, stats.accepted, stats.otlp.exported], ["inline", 105, 105]);
    assertAccounting(stats);
    assertEquals(receiver.records.length, 105);
  });
});

Deno.test("SIGTERM with the service's handler that lets the program end keeps its drain records", async () => {
  await withReceiver({}, async (receiver) => {
    const run = await runSignalled(
      `${DRAIN}
      initObservability({ serviceName: "drain" });
      process.on("SIGTERM", async () => {
        clearInterval(keep);
        await drain(log);
      });
      ${FIVE_THEN_READY}`,
      [{ after: "READY\n", signal: "SIGTERM" }],
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    );
    assertEquals(run.code, 0, run.stderr);
    assertEquals([count(run, "working"), count(run, "draining")], [5, 100]);
    assertEquals(receiver.records.length, 105);
  });
});

Deno.test("SIGTERM with the service's handler: drain records are exported while it drains, before any exit", async () => {
  // The orchestrator's SIGKILL at the end of the grace period runs no hook: what the drain logged
  // must already be out. The batch processor exports every OTEL_BLRP_SCHEDULE_DELAY meanwhile.
  await withReceiver({}, async (receiver) => {
    const run = await runSignalled(
      `initObservability({ serviceName: "graceful", batch: { scheduledDelayMs: 200 } });
      process.on("SIGTERM", async () => {
        for (let i = 0; i < 50; i++) log.info("draining", { i });
        const t0 = performance.now();
        while (observabilityStats().otlp.exported < 55 && performance.now() - t0 < 10_000) {
          await new Promise((r) => setTimeout(r, 10));
        }
        report("MID", observabilityStats());
        process.kill(process.pid, "SIGKILL");
      });
      ${FIVE_THEN_READY}`,
      [{ after: "READY\n", signal: "SIGTERM" }],
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    );
    assertEquals(run.signal, "SIGKILL", run.stderr);
    assertEquals(count(run, "draining"), 50);
    assertEquals((run.reports.MID as ObservabilityStats).otlp.exported, 55);
    assertEquals(receiver.records.length, 55);
  });
});

// #endregion

// #region Without a service handler: lockbox flushes and exits

Deno.test("SIGTERM without a service handler flushes, says so on stderr and exits 143", async () => {
  await withReceiver({}, async (receiver) => {
    const run = await runSignalled(
      `initObservability({ serviceName: "plain" });
      ${FIVE_THEN_READY}`,
      [{ after: "READY\n", signal: "SIGTERM" }],
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    );
    assertEquals(run.code, 143, run.stderr);
    assertEquals(count(run, "working"), 5);
    assertEquals(receiver.records.length, 5);
    assertStringIncludes(
      run.stderr,
      "lockbox: SIGTERM: flushing (up to 5000 ms), then exiting with 143; a second SIGTERM or " +
        "SIGINT exits at once\n",
    );
  });
});

Deno.test("SIGTERM with a Deno.addSignalListener handler added before lockbox loaded is not seen: lockbox exits 143", async () => {
  // The documented rule: such a listener is invisible (register through node:process, or after
  // importing lockbox).
  const run = await runSignalled(
    `initObservability({ serviceName: "early" });
    ${FIVE_THEN_READY}`,
    [{ after: "READY\n", signal: "SIGTERM" }],
    {},
    `Deno.addSignalListener("SIGTERM", () => {});`,
  );
  assertEquals(run.code, 143, run.stderr);
});

// #endregion

// #region A second signal during lockbox's own flush

Deno.test("a second signal during lockbox's flush to a collector that never answers exits at once with its code, counting what is left", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    await withReceiver({ respond: () => hang.promise.then(() => undefined) }, async (receiver) => {
      const run = await runSignalled(
        `initObservability({ serviceName: "stuck", shutdownTimeoutMs: 30000 });
        ${FIVE_THEN_READY}`,
        [
          { after: "READY\n", signal: "SIGTERM" },
          { after: "lockbox: SIGTERM: flushing", signal: "SIGINT" },
        ],
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
      );
      assertEquals(run.code, 130, run.stderr);
      assertEquals(count(run, "working"), 5);
      assertStringIncludes(
        run.stderr,
        "lockbox: SIGINT during the SIGTERM flush; exiting now with 130: 0 records not written " +
          "to stdout (counted stdout.failed), 5 not exported (counted otlp.dropped)\n",
      );
      assertLess(run.lastSignalToExitMs, 10_000, "exits long before the 30 s deadline");
    });
  } finally {
    hang.resolve();
  }
});

// #endregion

// #region initObservability() during shutdown

Deno.test("initObservability() during shutdown starts nothing and says exactly that", async () => {
  const run = await runSignalled(
    `const log = getLogger("s");
    log.info("one");
    const done = shutdownObservability();
    initObservability({ serviceName: "again" });
    log.info("during");
    await done;
    report("STATS", observabilityStats());
    initObservability({ serviceName: "again" });
    log.info("new_session");
    report("MODE", observabilityStats().mode);
    await shutdownObservability();`,
    [],
  );
  assertEquals(run.code, 0, run.stderr);
  assertStringIncludes(
    run.stderr,
    "lockbox: initObservability() called while shutting down; nothing started, and log calls " +
      "until then are counted dropped.afterShutdown (call it again after shutdownObservability() " +
      "resolves to start a new session)\n",
  );
  assertEquals((run.reports.STATS as ObservabilityStats).dropped.afterShutdown, 1);
  assertEquals(run.lines.map((l) => [l.message, l.service === "again"]), [
    ["one", false],
    ["new_session", true],
  ]);
});

// #endregion
