// Policy guard (rate limit), redaction and the self-report records. Anything that writes to stdout
// or exits runs in a child process; OTLP goes to a real receiver on 127.0.0.1
// (scripts/otlp_receiver.ts).

import { assert, assertEquals } from "@std/assert";
import { assertAccounting, runChild, SHUTDOWN_AND_REPORT, withReceiver } from "./child.ts";

// #region Policy guard, redaction, self-report

Deno.test("redaction: secrets never reach stdout or the receiver", async () => {
  const token = "glc_eyJrIjoiZ3JhZmFuYSJ9_live_token";
  const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0cmFkZXIifQ.c2lnbmF0dXJlX3ZhbHVl";
  await withReceiver({ basicAuth: { username: "77", password: token } }, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("sec", { api_key: "ctx-api-key-value", desk: "eq" });
      log.info("login with Bearer abcdef.ghijkl.mnop for trader", {
        auth: { password: "hunter2-password", nested: { Cookie: "session=cookie-value" } },
        header: "Basic dXNlcjpwYXNzd29yZA==",
        jwt: ${JSON.stringify(jwt)},
        echoed: "the token is " + ${JSON.stringify(token)},
        account_no: "ACCT-000123",
        note: "wire to ACCT-998877 today",
        err: new Error("refresh failed for privateKey=pk-secret-value"),
        privateKey: "pk-secret-value",
        symbol: "AAPL",
      });
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          GRAFANA_CLOUD_INSTANCE_ID: "77",
          GRAFANA_CLOUD_TOKEN: token,
          LOG_REDACT_KEYS: "account_no",
          LOG_REDACT_PATTERNS: '["ACCT-\\\\d+"]',
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    const wire = JSON.stringify(record);
    for (
      const secret of [
        "abcdef.ghijkl.mnop",
        "hunter2-password",
        "cookie-value",
        "dXNlcjpwYXNzd29yZA==",
        jwt,
        token,
        "ACCT-000123",
        "ACCT-998877",
        "pk-secret-value",
        "ctx-api-key-value",
      ]
    ) {
      assert(!result.stdout.includes(secret), `stdout leaks ${secret}`);
      assert(!result.stderr.includes(secret), `stderr leaks ${secret}`);
      assert(!wire.includes(secret), `OTLP leaks ${secret}`);
    }
    const line = result.lines[0];
    assertEquals(line.message, "login with [REDACTED] for trader");
    assertEquals(line.api_key, "[REDACTED]");
    assertEquals(line.desk, "eq");
    assertEquals(line.auth, { password: "[REDACTED]", nested: { Cookie: "[REDACTED]" } });
    assertEquals(line.note, "wire to [REDACTED] today");
    assertEquals(line.echoed, "the token is [REDACTED]");
    assertEquals(line.symbol, "AAPL");
    assertEquals(
      record.attributes["exception.message"],
      "refresh failed for privateKey=[REDACTED]",
    );
  });
});

Deno.test("rate limit: a flood of one event is cut at the burst and summarised", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("loop");
      for (let i = 0; i < 100; i++) log.info("tick", { i });
      for (let i = 0; i < 3; i++) log.info("order_submitted", { i });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, LOG_RATE_LIMIT: "5" } },
    );
    assertEquals(result.code, 0, result.stderr);
    const s = result.stats!;
    assertEquals(s.dropped.rateLimited, 90, "burst = 2 × 5/s");
    assertEquals(s.accepted, 10 + 3, "ticks, orders");
    assertEquals(s.internal, 2, "log_suppressed, observability_dropped");
    const byMessage = (m: string) => result.lines.filter((l) => l.message === m);
    assertEquals(byMessage("tick").length, 10);
    assertEquals(byMessage("order_submitted").length, 3, "other events keep their own budget");
    const [suppressed] = byMessage("log_suppressed");
    assertEquals([suppressed.logger, suppressed.level, suppressed.event, suppressed.suppressed], [
      "loop",
      "warn",
      "tick",
      90,
    ]);
    assertEquals(byMessage("observability_dropped")[0].rate_limited, 90);
    assertAccounting(s);
    const received = await receiver.waitForRecords(15);
    assertEquals(received.filter((r) => r.body === "log_suppressed").length, 1);
  });
});

Deno.test("rate limit: LOG_RATE_LIMIT=0 turns the guard off", async () => {
  const result = await runChild(
    `const log = getLogger("loop"); for (let i = 0; i < 5000; i++) log.info("tick", { i });
    ${SHUTDOWN_AND_REPORT}`,
    { env: { LOG_RATE_LIMIT: "0", LOG_QUEUE_MAXSIZE: "10000" } },
  );
  assertEquals([result.stats!.accepted, result.stats!.dropped.rateLimited], [5000, 0]);
  assertEquals(result.lines.length, 5000);
});

// #endregion
