// Pipeline v2 end to end, in child processes with real pipes and a real OTLP receiver: the two
// sinks are independent, records carry values as of the call, caps bound the work, lines are
// never split by another writer, and the accounting identities hold.

import { assert, assertEquals, assertGreaterOrEqual, assertMatch } from "@std/assert";
import type { ObservabilityStats } from "../../mod.ts";
import {
  assertAccounting,
  baseEnv,
  CONFIG,
  MOD,
  PACED,
  readAll,
  runChild,
  SHUTDOWN_AND_REPORT,
  spawnChild,
  withReceiver,
} from "./helpers.ts";

Deno.test("stdout gets every record while the collector never answers (1,000 rec/s for 8 s)", async () => {
  const hang = Promise.withResolvers<void>();
  try {
    await withReceiver({ respond: () => hang.promise.then(() => undefined) }, async (receiver) => {
      const result = await runChild(
        `${PACED}
        initObservability({ shutdownTimeoutMs: 3000 });
        await paced(8000, 8000, "no_collector");
        ${SHUTDOWN_AND_REPORT}`,
        {
          env: {
            OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
            LOG_RATE_LIMIT: "0",
            OTEL_BLRP_SCHEDULE_DELAY: "200",
          },
          timeoutMs: 60_000,
        },
      );
      assertEquals(result.code, 0, result.stderr);
      const own = result.rawLines.map((l) => JSON.parse(l)).filter((l) =>
        l.message === "no_collector"
      );
      assertEquals(own.length, 8000, "every record on stdout");
      assertEquals(own.map((l) => l.i), Array.from({ length: 8000 }, (_, i) => i), "in order");
      const s = result.stats!;
      assertEquals(s.dropped.queueFull, 0);
      assertEquals(s.otlp.exported, 0);
      assertAccounting(s);
    });
  } finally {
    hang.resolve();
  }
});

Deno.test("the collector gets every record while the stdout reader pauses for 3 s", async () => {
  await withReceiver({}, async (receiver) => {
    const child = spawnChild(
      `import { getLogger, initObservability, shutdownObservability } from ${JSON.stringify(MOD)};
      import process from "node:process";
      ${PACED}
      initObservability();
      await paced(4000, 4000, "stdout_paused");
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          LOG_RATE_LIMIT: "0",
          OTEL_BLRP_SCHEDULE_DELAY: "200",
        },
      },
    );
    const stderr = readAll(child.stderr);
    // Nobody reads stdout for 3 s: the 64 KiB pipe fills after ~300 lines and stays full.
    await receiver.waitForRecords(3000, 20_000);
    const duringPause = receiver.records.length;
    const stdout = await readAll(child.stdout);
    const status = await child.status;
    const err = await stderr;
    assertEquals(status.code, 0, err);
    assertGreaterOrEqual(duringPause, 3000, "OTLP kept exporting while stdout stalled");
    const received = receiver.records.filter((r) => r.body === "stdout_paused");
    assertEquals(received.length, 4000, "every record at the collector");
    const stats: ObservabilityStats = JSON.parse(
      err.split("\n").find((l) => l.startsWith("STATS "))!.slice(6),
    );
    assertAccounting(stats);
    assertEquals(stats.stdout.written, stdout.split("\n").filter((l) => l !== "").length);
  });
});

Deno.test("both sinks show nested attributes and child context as of the call", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `initObservability();
      const order = { status: "new", fills: [{ qty: 1 }] };
      const ctx = { session: { state: "open" } };
      const log = getLogger("snap").child({ ctx });
      ctx.session.state = "opening_changed_after_child";
      log.info("order_submitted", { order });
      order.status = "filled";
      order.fills[0].qty = 99;
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [line] = result.rawLines.map((l) => JSON.parse(l));
    assertEquals(line.order, { status: "new", fills: [{ qty: 1 }] });
    assertEquals(line.ctx, { session: { state: "open" } }, "context as of child()");
    const [record] = await receiver.waitForRecords(1);
    assertEquals(record.attributes.order, { status: "new", fills: [{ qty: 1 }] });
    assertEquals(record.attributes.ctx, { session: { state: "open" } });
  });
});

Deno.test("a 100k-key object and a 10 MB string arrive capped on both sinks and count as truncated", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `initObservability({ maxValueBytes: 4096 });
      const huge: Record<string, number> = {};
      for (let i = 0; i < 100_000; i++) huge["k" + i] = i;
      const log = getLogger("caps");
      log.info("wide", { huge });
      log.info("long", { s: "y".repeat(10 * 1024 * 1024) });
      log.info("plain", { ok: 1 });
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          LOG_LOKI_MAX_ENTRIES: "0",
          LOG_LOKI_MAX_METADATA_BYTES: "0",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    const [wide, long, plain] = result.rawLines.map((l) => JSON.parse(l));
    assertEquals(Object.keys(wide.huge).length, 1001);
    assertEquals(wide.huge["[more]"], "more keys omitted");
    assertMatch(long.s, /^y{4096}…\[truncated at least 10481664 bytes\]$/);
    assertEquals(plain.ok, 1);
    assertEquals(result.stats!.truncated, 2);
    assertAccounting(result.stats!);
    const records = await receiver.waitForRecords(3);
    assertEquals(Object.keys(records[0].attributes.huge as object).length, 1001);
    assertEquals((records[1].attributes.s as string).length, long.s.length);
  });
});

Deno.test("another writer on the same stdout while the pipe stalls never splits a line up to 4 KB", async () => {
  const child = spawnChild(
    `import { getLogger, initObservability, shutdownObservability } from ${JSON.stringify(MOD)};
    import { writeSync } from "node:fs";
    import process from "node:process";
    initObservability({ shutdownTimeoutMs: 20_000 });
    const log = getLogger("mix");
    let other = 0;
    // The other writer: whole lines of its own, one write(2) each, retried on EAGAIN.
    const otherWriter = setInterval(() => {
      const line = new TextEncoder().encode("OTHER " + other++ + " " + "o".repeat(300) + "\\n");
      for (;;) {
        try { writeSync(1, line); break; } catch (e) { if ((e as { code?: string }).code !== "EAGAIN") throw e; }
      }
    }, 1);
    for (let i = 0; i < 3000; i++) {
      // Lines from ~100 bytes to just under 4 KB.
      log.info("mixed", { i, pad: "p".repeat((i * 131) % 3800) });
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    clearInterval(otherWriter);
    process.stderr.write("STATS " + JSON.stringify(await shutdownObservability()) + "\\n");`,
    { env: { LOG_RATE_LIMIT: "0", OTEL_LOGS_EXPORTER: "none" } },
  );
  const stderr = readAll(child.stderr);
  await new Promise((r) => setTimeout(r, 1500)); // the pipe stalls
  const stdout = await readAll(child.stdout);
  const status = await child.status;
  const err = await stderr;
  assertEquals(status.code, 0, err);
  const lines = stdout.split("\n").filter((l) => l !== "");
  let own = 0;
  let others = 0;
  for (const line of lines) {
    if (line.startsWith("OTHER ")) {
      assertMatch(line, /^OTHER \d+ o{300}$/, "the other writer's line is whole");
      others++;
      continue;
    }
    const parsed = JSON.parse(line); // throws on a split line
    assertEquals(parsed.logger, "mix");
    own++;
  }
  const stats: ObservabilityStats = JSON.parse(
    err.split("\n").find((l) => l.startsWith("STATS "))!.slice(6),
  );
  assert(others > 0, "the other writer wrote");
  assertEquals(own, stats.stdout.written);
  assertEquals(own + stats.stdout.dropped + stats.dropped.queueFull, 3000);
  assertAccounting(stats);
});

/**
 * A child logging 3,000 records (every 100th a 24 KB line, far past PIPE_BUF) while
 * another writer writes 8 KB lines to the same fd 1, with fd 1 opened by `sh` as given
 * (`> file` or `> /dev/null`); returns the final stats.
 */
async function logToFd1(redirect: string): Promise<ObservabilityStats> {
  const code = `import { getLogger, initObservability, shutdownObservability } from ${
    JSON.stringify(MOD)
  };
    import { writeSync } from "node:fs";
    import process from "node:process";
    initObservability({ shutdownTimeoutMs: 20_000 });
    const log = getLogger("fd1");
    const other = new TextEncoder().encode("OTHER " + "o".repeat(8192) + "\\n");
    for (let i = 0; i < 3000; i++) {
      const big = i % 100 === 0 ? "b".repeat(8000) : undefined; // under LOG_MAX_VALUE_BYTES
      log.info("to_fd1", { i, big, big2: big, big3: big });
      if (i % 50 === 0) {
        writeSync(1, other); // one write(2) of a whole line
        await new Promise((r) => setTimeout(r, 1));
      }
    }
    process.stderr.write("STATS " + JSON.stringify(await shutdownObservability()) + "\\n");`;
  const out = await new Deno.Command("sh", {
    args: [
      "-c",
      `exec "$@" ${redirect}`,
      "sh",
      Deno.execPath(),
      "eval",
      "--ext=ts",
      `--config=${CONFIG}`,
      code,
    ],
    env: {
      ...baseEnv(),
      LOG_RATE_LIMIT: "0",
      LOG_QUEUE_MAXSIZE: "10000",
      OTEL_LOGS_EXPORTER: "none",
    },
    clearEnv: true,
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  const err = new TextDecoder().decode(out.stderr);
  assertEquals(out.code, 0, err);
  return JSON.parse(err.split("\n").find((l) => l.startsWith("STATS "))!.slice(6));
}

Deno.test("stdout to a regular file: lines far past 4 KB stay whole beside another writer", async () => {
  const file = await Deno.makeTempFile({ suffix: ".log" });
  try {
    const stats = await logToFd1(`>'${file}'`);
    let own = 0;
    let others = 0;
    for (const line of (await Deno.readTextFile(file)).split("\n")) {
      if (line === "") continue;
      if (line.startsWith("OTHER ")) {
        assertEquals(line.length, 6 + 8192, "the other writer's line is whole");
        others++;
        continue;
      }
      const parsed = JSON.parse(line); // throws on a split line
      assertEquals(parsed.message, "to_fd1");
      if (parsed.i % 100 === 0) assertGreaterOrEqual(line.length, 24_000);
      own++;
    }
    assertEquals(others, 60);
    assertEquals(own, 3000);
    assertEquals(stats.stdout.written, 3000);
    assertAccounting(stats);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("stdout to /dev/null: every record counted written", async () => {
  const stats = await logToFd1(">/dev/null");
  assertEquals(stats.accepted, 3000);
  assertEquals(stats.stdout.written, 3000);
  assertEquals(stats.stdout.failed, 0);
  assertAccounting(stats);
});
