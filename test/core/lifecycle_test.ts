// Lifecycle: shutdown order and deadline, lazy init, inline mode, exit and signal flushes.
// Anything that writes to stdout or exits runs in a child process; OTLP goes to a real receiver on
// 127.0.0.1 (scripts/otlp_receiver.ts).

import { assertEquals, assertGreaterOrEqual, assertLess, assertStringIncludes } from "@std/assert";
import {
  assertAccounting,
  type ChildOptions,
  runChild,
  SHUTDOWN_AND_REPORT,
  withReceiver,
} from "./child.ts";

// #region Lifecycle

Deno.test("shutdownObservability() order: intake stops, stdout and OTLP drain, later calls counted", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("s");
      for (let i = 0; i < 50; i++) log.info("before", { i });
      const p = shutdownObservability();
      log.info("after_start");
      const stats = await p;
      log.info("after_end");
      console.error("STATS " + JSON.stringify(observabilityStats()));
      console.error("FINAL " + JSON.stringify(stats));`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    assertEquals(result.lines.length, 50);
    const s = result.stats!;
    assertEquals(s.accepted, 50);
    assertEquals(s.dropped.afterShutdown, 2);
    assertEquals(s.otlp.exported, 50, "exported before shutdown resolved");
    assertEquals(receiver.records.length, 50);
    assertAccounting(s);
  });
});

Deno.test("shutdownObservability() honours its deadline when the collector never answers", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    await withReceiver({ respond: () => hang.promise.then(() => undefined) }, async (receiver) => {
      const result = await runChild(
        `const log = getLogger("d"); for (let i = 0; i < 20; i++) log.info("stuck", { i });
        const t0 = performance.now();
        const stats = await shutdownObservability({ timeoutMs: 400 });
        console.error("ELAPSED " + (performance.now() - t0));
        console.error("STATS " + JSON.stringify(stats));`,
        { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
      );
      assertEquals(result.code, 0, result.stderr);
      const elapsed = Number(
        result.stderr.split("\n").find((l) => l.startsWith("ELAPSED "))!.slice(8),
      );
      assertGreaterOrEqual(elapsed, 390);
      assertLess(elapsed, 1500, "returns at the deadline, not at the 5 s export timeout");
      assertEquals(result.lines.length, 20, "stdout is never held up by OTLP");
      assertEquals(result.stats!.otlp.dropped + result.stats!.otlp.failed, 20);
      assertAccounting(result.stats!);
    });
  } finally {
    hang.resolve();
  }
});

Deno.test("OTEL_EXPORTER_OTLP_TIMEOUT fails an export that gets no answer", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    await withReceiver({ respond: () => hang.promise.then(() => undefined) }, async (receiver) => {
      const result = await runChild(
        `getLogger("t").info("slow"); ${SHUTDOWN_AND_REPORT}`,
        { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_TIMEOUT: "300" } },
      );
      assertEquals(result.stats!.otlp.failed, 1);
      assertAccounting(result.stats!);
      assertStringIncludes(result.stderr, "lockbox: OTLP export to");
    });
  } finally {
    hang.resolve();
  }
});

Deno.test("lazy init: records logged before initObservability() are kept", async () => {
  const result = await runChild(
    `getLogger("early").info("first"); initObservability({ serviceName: "ignored" });
    ${SHUTDOWN_AND_REPORT}`,
    { env: { OTEL_SERVICE_NAME: "from-env" } },
  );
  assertEquals(result.lines.map((l) => [l.message, l.service]), [["first", "from-env"]]);
  assertStringIncludes(result.stderr, "lockbox: initObservability() called again while running");
});

Deno.test("inline mode: worker: false runs the same pipeline on the main thread", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `initObservability({ worker: false }); console.error("MODE " + observabilityStats().mode);
      getLogger("i").info("inline_record"); ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertStringIncludes(result.stderr, "MODE inline");
    assertEquals(result.lines[0].message, "inline_record");
    assertEquals(result.stats!.mode, "inline");
    assertEquals(result.stats!.otlp.exported, 1);
    assertAccounting(result.stats!);
  });
});

/** A child that logs 5 records, then ends in the given way; returns result + receiver records. */
async function exitScenario(ending: string, options: ChildOptions = {}) {
  return await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `initObservability({ serviceName: "exit-test" });
      const log = getLogger("exit");
      for (let i = 0; i < 5; i++) log.info("pending", { i });
      ${ending}`,
      { ...options, env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...options.env } },
    );
    return { result, received: receiver.records.length };
  });
}

Deno.test("exit flush: natural end of the program flushes both sinks", async () => {
  const { result, received } = await exitScenario(``);
  assertEquals([result.code, result.lines.length, received], [0, 5, 5]);
});

Deno.test("exit flush: process.exit() flushes both sinks and keeps the exit code", async () => {
  const { result, received } = await exitScenario(`process.exit(7);`);
  assertEquals([result.code, result.lines.length, received], [7, 5, 5]);
});

for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
  Deno.test(`exit flush: ${signal} flushes and exits with ${code}`, async () => {
    const { result, received } = await exitScenario(
      `setInterval(() => {}, 1000); console.error("READY");`,
      { signal },
    );
    assertEquals([result.code, result.lines.length, received], [code, 5, 5]);
  });
}

Deno.test("exit flush: with the service's own SIGTERM handler lockbox only flushes", async () => {
  const { result, received } = await exitScenario(
    `const keep = setInterval(() => {}, 1000);
    process.on("SIGTERM", async () => {
      clearInterval(keep);
      const stats = await shutdownObservability();
      console.error("STATS " + JSON.stringify(stats));
      process.exit(42);
    });
    console.error("READY");`,
    { signal: "SIGTERM" },
  );
  assertEquals([result.code, result.lines.length, received], [42, 5, 5]);
  assertAccounting(result.stats!);
});

// #endregion
