// OTLP on the wire (protobuf, JSON, gzip, auth, resource, trace correlation, exceptions, batching)
// and accounting under a full ring. Anything that writes to stdout or exits runs in a child
// process; OTLP goes to a real receiver on 127.0.0.1 (scripts/otlp_receiver.ts).

import {
  assert,
  assertEquals,
  assertGreaterOrEqual,
  assertMatch,
  assertStringIncludes,
} from "@std/assert";
import { assertAccounting, runChild, SHUTDOWN_AND_REPORT, withReceiver } from "./child.ts";

// #region OTLP on the wire

Deno.test("OTLP http/protobuf: records, resource, scope and severity reach the receiver", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("trade-exec", { run_id: "live_44" });
      for (const l of ["debug", "info", "warn", "error", "fatal"] as const) {
        log[l]("evt_" + l, { order_id: "co_1", qty: 100, px: 189.5, ok: true, tags: ["a", "b"], nested: { k: "v" } });
      }
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url + "/",
          LOG_LEVEL: "debug",
          OTEL_SERVICE_NAME: "trade-exec",
          APP_ENV: "prod",
          APP_VERSION: "2.3.4",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    assertAccounting(result.stats!);
    assertEquals(result.stats!.otlp.exported, 5);
    const records = await receiver.waitForRecords(5);
    assertEquals(receiver.requests[0].path, "/v1/logs");
    assertEquals(receiver.requests[0].contentType, "application/x-protobuf");
    assertEquals(records.map((r) => [r.severityNumber, r.severityText]), [
      [5, "DEBUG"],
      [9, "INFO"],
      [13, "WARN"],
      [17, "ERROR"],
      [21, "FATAL"],
    ]);
    const r = records[1];
    assertEquals(r.body, "evt_info");
    assertEquals(r.eventName, "evt_info");
    assertEquals(r.scope.name, "trade-exec");
    assertEquals(r.attributes, {
      run_id: "live_44",
      order_id: "co_1",
      qty: 100,
      px: 189.5,
      ok: true,
      tags: ["a", "b"],
      nested: { k: "v" },
    });
    assertEquals(r.resource["service.name"], "trade-exec");
    assertEquals(r.resource["service.version"], "2.3.4");
    assertEquals(r.resource["deployment.environment.name"], "prod");
    assertEquals(r.resource["deployment.environment"], "prod");
    assertEquals(r.resource["process.runtime.name"], "deno");
    assertMatch(String(r.resource["service.instance.id"]), /^[0-9a-f-]{36}$/);
    assert(!("order_id" in r.resource), "identifiers stay log attributes");
    // timestamp is the call (µs from the JSON line), observedTimestamp the worker's take.
    const line = result.lines[1];
    const ts = String(line.ts);
    const ns = BigInt(Date.parse(ts.slice(0, 23) + "Z")) * 1_000_000n +
      BigInt(ts.slice(23, 26)) * 1000n;
    assertEquals(r.timeUnixNano, String(ns));
    assertGreaterOrEqual(BigInt(r.observedTimeUnixNano), ns);
  });
});

Deno.test("OTLP http/json with gzip and percent-decoded headers", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `getLogger("j").info("json_record", { n: 1 }); ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: receiver.logsUrl,
          OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:9/unused",
          OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
          OTEL_EXPORTER_OTLP_COMPRESSION: "gzip",
          OTEL_EXPORTER_OTLP_HEADERS: "x-scope-orgid=tenant%201,x-team=desk",
          OTEL_EXPORTER_OTLP_LOGS_HEADERS: "x-team=logs%2Cdesk",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    const req = receiver.requests[0];
    assertEquals(req.path, "/v1/logs", "the logs endpoint is used as is");
    assertEquals(req.contentType, "application/json");
    assertEquals(req.contentEncoding, "gzip");
    assertEquals(req.headers["x-scope-orgid"], "tenant 1");
    assertEquals(req.headers["x-team"], "logs,desk", "signal-specific headers win");
    assertEquals(record.body, "json_record");
    assertEquals(record.attributes, { n: 1 });
    assertAccounting(result.stats!);
  });
});

Deno.test("Grafana Cloud Basic auth from instance id and token; the token never printed", async () => {
  const token = "glc_eyJvIjoiMTIzIn0_secret";
  await withReceiver({ basicAuth: { username: "987654", password: token } }, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("g"); log.info("authed", { i: 1 }); log.info("authed", { i: 2 });
      console.error(JSON.stringify(observabilityStats())); ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          GRAFANA_CLOUD_INSTANCE_ID: "987654",
          GRAFANA_CLOUD_TOKEN: token,
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    await receiver.waitForRecords(2);
    assertEquals(receiver.requests.every((r) => r.status === 200), true);
    assertEquals(result.stats!.otlp.exported, 2);
    assert(!result.stdout.includes(token) && !result.stderr.includes(token), "token not printed");
  });
});

Deno.test("Basic auth rejected (401): records counted failed, one notice without the token", async () => {
  const token = "glc_wrong_token_value";
  await withReceiver({ basicAuth: { username: "1", password: "right" } }, async (receiver) => {
    const result = await runChild(
      `getLogger("g").info("denied"); ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          GRAFANA_CLOUD_INSTANCE_ID: "1",
          GRAFANA_CLOUD_TOKEN: token,
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    assertEquals(receiver.requests.map((r) => r.status), [401]);
    assertEquals(result.stats!.otlp.failed, 1);
    assertAccounting(result.stats!);
    const notices = result.stderr.split("\n").filter((l) => l.includes("OTLP export"));
    assertEquals(notices.length, 1);
    assertStringIncludes(notices[0], `lockbox: OTLP export to ${receiver.logsUrl} failed`);
    assert(!result.stderr.includes(token));
  });
});

Deno.test("OTEL_LOGS_EXPORTER=none and OTEL_SDK_DISABLED=true keep stdout and send nothing", async () => {
  await withReceiver({}, async (receiver) => {
    const variants: Record<string, string>[] = [
      { OTEL_LOGS_EXPORTER: "none" },
      { OTEL_SDK_DISABLED: "TRUE" },
    ];
    for (const env of variants) {
      const result = await runChild(`getLogger("o").info("local"); ${SHUTDOWN_AND_REPORT}`, {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...env },
      });
      assertEquals(result.lines.length, 1);
      assertEquals(result.stats!.otlp.enabled, false);
      assert(!result.stderr.includes("lockbox:"), "off by choice: no notice");
    }
    assertEquals(receiver.requests.length, 0);
  });
});

Deno.test("resource precedence: options > OTEL_SERVICE_NAME > OTEL_RESOURCE_ATTRIBUTES > APP_*", async () => {
  await withReceiver({}, async (receiver) => {
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      APP_NAME: "from-app",
      APP_ENV: "from-app-env",
      APP_VERSION: "0.0.1",
      OTEL_RESOURCE_ATTRIBUTES:
        "service.name=from-attrs,service.version=9.9.9,team=desk%20a,deployment.environment.name=staging",
    };
    const r1 = await runChild(`getLogger("r").info("one"); ${SHUTDOWN_AND_REPORT}`, { env });
    const r2 = await runChild(`getLogger("r").info("two"); ${SHUTDOWN_AND_REPORT}`, {
      env: { ...env, OTEL_SERVICE_NAME: "from-otel-service-name" },
    });
    const r3 = await runChild(
      `initObservability({ serviceName: "from-code" }); getLogger("r").info("three"); ${SHUTDOWN_AND_REPORT}`,
      { env: { ...env, OTEL_SERVICE_NAME: "from-otel-service-name" } },
    );
    const r4 = await runChild(`getLogger("r").info("four"); ${SHUTDOWN_AND_REPORT}`, {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, APP_NAME: "app-only" },
    });
    const [a, b, c, d] = await receiver.waitForRecords(4);
    assertEquals(
      [a, b, c, d].map((r) => r.resource["service.name"]),
      ["from-attrs", "from-otel-service-name", "from-code", "app-only"],
    );
    assertEquals(a.resource["service.version"], "9.9.9");
    assertEquals(a.resource["deployment.environment.name"], "staging");
    assertEquals(a.resource.team, "desk a");
    assertEquals(d.resource["service.version"], "0.0.0");
    assertEquals(d.resource["deployment.environment.name"], "dev");
    assertEquals(
      [r1, r2, r3, r4].map((r) => [r.lines[0].service, r.lines[0].env, r.lines[0].version]),
      [
        ["from-attrs", "staging", "9.9.9"],
        ["from-otel-service-name", "staging", "9.9.9"],
        ["from-code", "staging", "9.9.9"],
        ["app-only", "dev", "0.0.0"],
      ],
    );
  });
});

Deno.test("trace correlation: the span active at the call reaches both sinks", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `import { context, trace } from "@opentelemetry/api";
      import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
      import { TracerProvider } from "@opentelemetry/sdk-trace";
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      const tracer = new TracerProvider().getTracer("test");
      const log = getLogger("traced");
      log.info("outside_span");
      await tracer.startActiveSpan("order", async (span) => {
        await Promise.resolve();
        log.info("inside_span");
        console.error("SPAN " + JSON.stringify(span.spanContext()));
        span.end();
      });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const span = JSON.parse(
      result.stderr.split("\n").find((l) => l.startsWith("SPAN "))!.slice(5),
    );
    const [outside, inside] = result.lines;
    assert(!("trace_id" in outside) && !("span_id" in outside));
    assertEquals([inside.trace_id, inside.span_id], [span.traceId, span.spanId]);
    const records = await receiver.waitForRecords(2);
    const otlpInside = records.find((r) => r.body === "inside_span")!;
    assertEquals(
      [otlpInside.traceId, otlpInside.spanId, otlpInside.flags],
      [span.traceId, span.spanId, span.traceFlags],
    );
    assertEquals(records.find((r) => r.body === "outside_span")!.traceId, "");
  });
});

Deno.test("an Error attribute becomes exception.type/message/stacktrace in OTLP", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const e = new TypeError("bad px"); e.stack = "TypeError: bad px\\n    at pricer";
      getLogger("x").error("pricing_failed", { err: e, symbol: "AAPL" }); ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    assertEquals(result.lines[0].err, {
      type: "TypeError",
      message: "bad px",
      stack: "TypeError: bad px\n    at pricer",
    });
    const [record] = await receiver.waitForRecords(1);
    assertEquals(record.attributes, {
      symbol: "AAPL",
      "exception.type": "TypeError",
      "exception.message": "bad px",
      "exception.stacktrace": "TypeError: bad px\n    at pricer",
    });
  });
});

Deno.test("OTEL_BLRP_MAX_EXPORT_BATCH_SIZE bounds records per OTLP request", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("b"); for (let i = 0; i < 7; i++) log.info("r", { i });
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "3",
          OTEL_BLRP_MAX_QUEUE_SIZE: "5",
          OTEL_BLRP_SCHEDULE_DELAY: "50",
          OTEL_BLRP_EXPORT_TIMEOUT: "2000",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    const records = await receiver.waitForRecords(7);
    assert(receiver.requests.every((r) => r.records.length <= 3), "batches of at most 3");
    assertEquals(records.map((r) => r.attributes.i), [0, 1, 2, 3, 4, 5, 6], "in order, none lost");
    assertAccounting(result.stats!);
    assertEquals(result.stats!.otlp.exported, 7);
  });
});

// #endregion

// #region Accounting

Deno.test("queue full: drops are counted exactly and the identities hold", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("q"); for (let i = 0; i < 100; i++) log.info("burst", { i });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, LOG_QUEUE_MAXSIZE: "10" } },
    );
    assertEquals(result.code, 0, result.stderr);
    const s = result.stats!;
    // 10 accepted from the burst, plus lockbox's own report of the 90 drops (internal).
    assertEquals([s.accepted, s.internal, s.dropped.queueFull], [10, 1, 90]);
    assertEquals(result.lines.slice(0, 10).map((l) => l.i), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const report = result.lines[10];
    assertEquals([report.logger, report.level, report.message], [
      "lockbox",
      "warn",
      "observability_dropped",
    ]);
    assertEquals(report.queue_full, 90);
    assertEquals(s.otlp.exported, 11);
    assertAccounting(s);
    assertEquals((await receiver.waitForRecords(11)).length, 11);
  });
});

Deno.test("LOG_QUEUE_MAXSIZE larger than the batch processor queue never overfills it", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const log = getLogger("q"); for (let i = 0; i < 300; i++) log.info("burst", { i });
      ${SHUTDOWN_AND_REPORT}`,
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          LOG_QUEUE_MAXSIZE: "1000",
          OTEL_BLRP_MAX_QUEUE_SIZE: "20",
          OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "20",
        },
      },
    );
    assertEquals(result.code, 0, result.stderr);
    assertEquals(result.stats!.otlp.exported, 300, "the SDK would have dropped 280 silently");
    assertAccounting(result.stats!);
    assertEquals((await receiver.waitForRecords(300)).length, 300);
  });
});

// #endregion
