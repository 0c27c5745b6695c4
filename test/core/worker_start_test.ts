// Worker start: the mode tells the truth, a worker that cannot start says why and runs inline,
// a copy evaluated in a worker thread lockbox did not start never starts one, and trace ids are
// read through the @opentelemetry/api global with any API version from 1.4 on.

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import {
  assertAccounting,
  baseEnv,
  MOD,
  readAll,
  ROOT,
  runChild,
  SHUTDOWN_AND_REPORT,
  withReceiver,
} from "./helpers.ts";

Deno.test("observabilityStats().mode is starting, then worker once the worker runs", async () => {
  const result = await runChild(
    `initObservability({ exporter: "none" });
    const first = observabilityStats().mode;
    const t0 = performance.now();
    while (observabilityStats().mode !== "worker" && performance.now() - t0 < 10_000) {
      await new Promise((r) => setTimeout(r, 2));
    }
    process.stderr.write("MODES " + first + " " + observabilityStats().mode + "\\n");
    getLogger("m").info("after_start");
    ${SHUTDOWN_AND_REPORT}`,
  );
  assertEquals(result.code, 0, result.stderr);
  const [first, later] = result.stderr.split("\n").find((l) => l.startsWith("MODES "))!.slice(6)
    .split(" ");
  assert(first === "starting" || first === "worker", first);
  assertEquals(later, "worker");
  assertEquals(result.rawLines.length, 1);
});

Deno.test("a worker that cannot start (Deno without --allow-read) gives one notice naming the cause and runs inline", async () => {
  const file = await Deno.makeTempFile({ dir: ROOT, suffix: "_noread.ts" });
  try {
    await Deno.writeTextFile(
      file,
      `import { getLogger, initObservability, observabilityStats, shutdownObservability } from ${
        JSON.stringify(MOD)
      };
      import process from "node:process";
      initObservability({ exporter: "none" });
      const log = getLogger("noread");
      for (let i = 0; i < 50; i++) log.info("rec", { i });
      await new Promise((r) => setTimeout(r, 500));
      process.stderr.write("MODE " + observabilityStats().mode + "\\n");
      ${SHUTDOWN_AND_REPORT}`,
    );
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-env", file],
      cwd: ROOT,
      env: baseEnv(),
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const [stdout, stderr, status] = await Promise.all([
      readAll(child.stdout),
      readAll(child.stderr),
      child.status,
    ]);
    assertEquals(status.code, 0, stderr);
    const notices = stderr.split("\n").filter((l) => l.includes("background worker"));
    assertEquals(notices.length, 1, stderr);
    assertMatch(notices[0], /could not start \(permission: .*\); running inline/);
    assertStringIncludes(stderr, "MODE inline");
    assertEquals(stdout.split("\n").filter((l) => l !== "").length, 50, "every record on stdout");
    const stats = JSON.parse(stderr.split("\n").find((l) => l.startsWith("STATS "))!.slice(6));
    assertEquals(stats.mode, "inline");
    assertAccounting(stats);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("evaluated in a worker thread lockbox did not start: no worker, one notice, inline", async () => {
  const inner = await Deno.makeTempFile({ dir: ROOT, suffix: "_inner.ts" });
  try {
    await Deno.writeTextFile(
      inner,
      `import { getLogger, initObservability, shutdownObservability } from ${JSON.stringify(MOD)};
      import { parentPort } from "node:worker_threads";
      initObservability({ exporter: "none" });
      getLogger("inner").info("from_service_worker");
      getLogger("inner").info("again");
      parentPort!.postMessage(await shutdownObservability());`,
    );
    const result = await runChild(
      `import { Worker } from "node:worker_threads";
      let workers = 0;
      process.on("worker" as never, () => workers++);
      const w = new Worker(new URL(${JSON.stringify("file://" + inner)}));
      const stats = await new Promise((resolve) => w.once("message", resolve));
      await w.terminate();
      process.stderr.write("INNER " + JSON.stringify(stats) + "\\n");
      process.stderr.write("WORKERS " + workers + "\\n");`,
    );
    assertEquals(result.code, 0, result.stderr);
    const stats = JSON.parse(
      result.stderr.split("\n").find((l) => l.startsWith("INNER "))!.slice(6),
    );
    assertEquals(stats.mode, "inline");
    assertAccounting(stats);
    const notices = result.stderr.split("\n").filter((l) =>
      l.includes("worker thread that lockbox did not start")
    );
    assertEquals(notices.length, 1, result.stderr);
    assertStringIncludes(result.stderr, "WORKERS 1", "only the service's own worker started");
    assertEquals(result.rawLines.map((l) => JSON.parse(l).message), [
      "from_service_worker",
      "again",
    ]);
  } finally {
    await Deno.remove(inner);
  }
});

for (const api of ["otel-api-1.4", "otel-api-1.9", "@opentelemetry/api"]) {
  Deno.test(`trace ids reach both sinks with ${api} and a context manager registered after init`, async () => {
    await withReceiver({}, async (receiver) => {
      const result = await runChild(
        `import { context, trace } from ${JSON.stringify(api)};
        import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
        initObservability();
        const log = getLogger("trace");
        log.info("before_manager");
        // Registered after init: the next call must see it (checked per call).
        context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
        const span = trace.wrapSpanContext({
          traceId: "0af7651916cd43dd8448eb211c80319c",
          spanId: "b7ad6b7169203331",
          traceFlags: 1,
        });
        context.with(trace.setSpan(context.active(), span), () => log.info("in_span"));
        log.info("after_span");
        ${SHUTDOWN_AND_REPORT}`,
        { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
      );
      assertEquals(result.code, 0, result.stderr);
      const lines = result.rawLines.map((l) => JSON.parse(l));
      assertEquals(lines.map((l) => l.message), ["before_manager", "in_span", "after_span"]);
      assertEquals([lines[1].trace_id, lines[1].span_id], [
        "0af7651916cd43dd8448eb211c80319c",
        "b7ad6b7169203331",
      ]);
      assertEquals([lines[0].trace_id, lines[2].trace_id], [undefined, undefined]);
      const records = await receiver.waitForRecords(3);
      const inSpan = records.find((r) => r.body === "in_span")!;
      assertEquals([inSpan.traceId, inSpan.spanId], [
        "0af7651916cd43dd8448eb211c80319c",
        "b7ad6b7169203331",
      ]);
      assertEquals(records.find((r) => r.body === "after_span")!.traceId, "");
    });
  });
}
