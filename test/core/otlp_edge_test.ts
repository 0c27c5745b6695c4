// OTLP edge cases on the real wire (a receiver on 127.0.0.1): well-formed strings on the
// http/json path, the Error cause chain in exception.stacktrace, the one rule for caller-supplied
// exception.* keys, and a collector's 400 for a push it stored in part (Loki).

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { assertAccounting, runChild, SHUTDOWN_AND_REPORT, withReceiver } from "./child.ts";
import type { ReceivedLogRecord, ReceivedRequest } from "../../scripts/otlp_receiver.ts";

/** Every string in a value (keys included) that is not well-formed UTF-16. */
function illFormed(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") {
    if (!v.isWellFormed()) out.push(v);
  } else if (Array.isArray(v)) v.forEach((x) => illFormed(x, out));
  else if (typeof v === "object" && v !== null && !(v instanceof Uint8Array)) {
    for (const [k, x] of Object.entries(v)) {
      illFormed(k, out);
      illFormed(x, out);
    }
  }
  return out;
}

/**
 * A strict proto3-JSON receiver: JSON.parse turns a `\ud800` escape back into a lone surrogate,
 * which a strict parser (protojson) refuses as invalid UTF-8 — for the whole request.
 */
function strict(req: ReceivedRequest) {
  const bad = illFormed(req.records as ReceivedLogRecord[]);
  return bad.length > 0
    ? { status: 400, body: `invalid UTF-8 in ${bad.length} strings` }
    : undefined;
}

Deno.test("http/json: lone surrogates in event, logger, keys, values, Error and resource reach a strict receiver as U+FFFD", async () => {
  await withReceiver({ respond: strict }, async (receiver) => {
    const result = await runChild(
      `initObservability({
        serviceName: "svc",
        resourceAttributes: { "desk\\ud800": "fx\\udc00", region: "eu" },
      });
      const log = getLogger("lone\\ud83d");
      log.info("evt\\ud800", { ["k\\udfff"]: "v\\ud800x", nested: { a: ["\\udc00"] } });
      log.error("failed", { err: new Error("bad \\ud800 input") });
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    assertEquals(receiver.requests.map((r) => [r.contentType, r.status]), [[
      "application/json",
      200,
    ]]);
    const [info, error] = await receiver.waitForRecords(2);
    assertEquals(info.body, "evt\ufffd");
    assertEquals(info.scope.name, "lone\ufffd");
    assertEquals(info.attributes["k\ufffd"], "v\ufffdx");
    assertEquals(info.attributes.nested, { a: ["\ufffd"] });
    assertEquals(info.resource["desk\ufffd"], "fx\ufffd");
    assertEquals(error.attributes["exception.message"], "bad \ufffd input");
    assertEquals(result.stats!.otlp.exported, 2);
    assertAccounting(result.stats!);
  });
});

Deno.test("OTLP exception.stacktrace carries the Error cause chain, as stdout does", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const root = new RangeError("venue timeout");
      const mid = new Error("route failed", { cause: root });
      getLogger("oms").error("order_rejected", { err: new Error("submit failed", { cause: mid }), order_id: "co_1" });
      getLogger("oms").error("plain_cause", { err: new Error("outer", { cause: "socket closed" }) });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [chained, plain] = await receiver.waitForRecords(2);
    assertEquals(chained.attributes["exception.type"], "Error");
    assertEquals(chained.attributes["exception.message"], "submit failed");
    const stack = String(chained.attributes["exception.stacktrace"]);
    // Before: only the outer Error's stack; the causes were on stdout only.
    assertMatch(stack, /^Error: submit failed\n\s+at /);
    assertMatch(stack, /\nCaused by: Error: route failed\n\s+at /);
    assertMatch(stack, /\nCaused by: RangeError: venue timeout\n\s+at /);
    assertEquals(chained.attributes.order_id, "co_1");
    assertMatch(String(plain.attributes["exception.stacktrace"]), /\nCaused by: socket closed$/);
    // stdout keeps the structured cause chain.
    const err = result.lines[0].err as { cause: { message: string; cause: { type: string } } };
    assertEquals(err.cause.message, "route failed");
    assertEquals(err.cause.cause.type, "RangeError");
    assertAccounting(result.stats!);
  });
});

Deno.test("caller exception.* keys with a real Error: the Error supplies all three, the caller's become attr.exception.*", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("oms");
      log.error("mixed", { "exception.type": "OrderReject", "exception.message": "by caller", err: new TypeError("boom") });
      log.error("by_hand", { "exception.type": "OrderReject", "exception.message": "no Error here" });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [mixed, byHand] = await receiver.waitForRecords(2);
    // Before: exception.type "OrderReject" (caller) beside the TypeError's stacktrace.
    assertEquals(mixed.attributes["exception.type"], "TypeError");
    assertEquals(mixed.attributes["exception.message"], "boom");
    assertMatch(String(mixed.attributes["exception.stacktrace"]), /^TypeError: boom\n/);
    assertEquals(mixed.attributes["attr.exception.type"], "OrderReject");
    assertEquals(mixed.attributes["attr.exception.message"], "by caller");
    assertEquals(byHand.attributes["exception.type"], "OrderReject");
    assertEquals(byHand.attributes["exception.message"], "no Error here");
    assert(!("exception.stacktrace" in byHand.attributes));
    assertAccounting(result.stats!);
  });
});

Deno.test("a 400 from Loki that stored part of the push: what it says was stored counts exported", async (t) => {
  const lokiBody = (ignored: number, total: number) =>
    `entry with timestamp 2026-11-29 20:00:00 +0000 UTC ignored, reason: 'stream '{service_name="svc"}' has structured metadata too large',\n` +
    `user 'fake', total ignored: ${ignored} out of ${total} for stream: {service_name="svc"}`;
  const cases = [
    { name: "Loki's count for the whole push", body: lokiBody(1, 5), exported: 4, failed: 1 },
    { name: "a count that is not for this push", body: lokiBody(1, 9), exported: 0, failed: 5 },
    { name: "a 400 without a count", body: "bad request", exported: 0, failed: 5 },
  ];
  for (const c of cases) {
    await t.step(c.name, async () => {
      await withReceiver({ respond: () => ({ status: 400, body: c.body }) }, async (receiver) => {
        const result = await runChild(
          `const log = getLogger("push");
          for (let i = 0; i < 5; i++) log.info("rec", { i });
          ${SHUTDOWN_AND_REPORT}`,
          { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
        );
        assertEquals(result.code, 0, result.stderr);
        assertEquals(receiver.requests.map((r) => [r.status, r.records.length]), [[400, 5]]);
        // Before: all 5 counted failed although Loki said 4 were stored.
        assertEquals(result.stats!.otlp.exported, c.exported);
        assertEquals(result.stats!.otlp.failed, c.failed);
        assertAccounting(result.stats!);
        const notice = result.stderr.split("\n").filter((l) => l.includes("OTLP export"));
        assertEquals(notice.length, 1);
        if (c.exported > 0) {
          assertStringIncludes(notice[0], "the collector stored 4 and rejected 1 of 5 records");
        }
      });
    });
  }
});

Deno.test("a chain of 10 causes with 8 KB stacks: exception.stacktrace stays within 16 K characters and says what it cut", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `let e: Error | undefined;
      for (let i = 0; i < 10; i++) {
        e = new Error("level " + i, { cause: e });
        e.stack = "Error: level " + i + "\\n" + "    at frame\\n".repeat(600);
      }
      getLogger("deep").error("chain", { err: e });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    const stack = String(record.attributes["exception.stacktrace"]);
    assertMatch(stack, /^Error: level 9\n/);
    assertMatch(stack, /\nCaused by: Error: level 8\n/);
    assertMatch(stack, /\nCaused by: …\[\d+ more causes cut\]$/);
    assert(stack.length <= 16 * 1024 + 64, `stacktrace of ${stack.length} characters`);
    assertEquals(record.attributes["exception.type"], "Error");
    assertAccounting(result.stats!);
  });
});
