// In-process tests of the OTLP exporter configuration: OTEL_EXPORTER_OTLP_*, OTEL_LOGS_EXPORTER,
// OTEL_SDK_DISABLED and OTEL_BLRP_* follow the OTel SDK environment-variable specification (an
// invalid value warns and counts as unset); the code options stay strict (one
// ObservabilityConfigError). Every test passes `env` explicitly.

import { assertEquals } from "@std/assert";
import { resolve } from "./config_helpers.ts";

// #region OTLP exporter, OTEL_* per the OTel SDK environment spec

Deno.test("resolveConfig() builds the OTLP config from OTEL_EXPORTER_OTLP_* variables", () => {
  const { config, problems, warnings } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/",
    OTEL_EXPORTER_OTLP_PROTOCOL: "HTTP/JSON",
    OTEL_EXPORTER_OTLP_COMPRESSION: "gzip",
    OTEL_EXPORTER_OTLP_TIMEOUT: "2500",
    OTEL_EXPORTER_OTLP_HEADERS: "x-scope-orgid=desk%20a,X-Key=abc%3D%3D",
    OTEL_BLRP_MAX_QUEUE_SIZE: "100",
    OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "10",
    OTEL_BLRP_SCHEDULE_DELAY: "200",
    OTEL_BLRP_EXPORT_TIMEOUT: "3000",
  });
  assertEquals(problems, []);
  assertEquals(warnings, []);
  assertEquals(config.otlpNotice, "");
  assertEquals(config.otlp, {
    url: "http://collector:4318/v1/logs",
    protocol: "http/json",
    headers: { "x-scope-orgid": "desk a", "X-Key": "abc==" },
    timeoutMs: 2500,
    compression: "gzip",
    batch: {
      maxQueueSize: 100,
      maxExportBatchSize: 10,
      scheduledDelayMs: 200,
      exportTimeoutMs: 3000,
    },
  });
});

Deno.test("resolveConfig() lets logs-specific variables and options win, in that order", async (t) => {
  const env = {
    OTEL_EXPORTER_OTLP_ENDPOINT: "http://base:4318",
    OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "http://logs:4318/custom/path",
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: "http/protobuf",
    OTEL_EXPORTER_OTLP_TIMEOUT: "1000",
    OTEL_EXPORTER_OTLP_LOGS_TIMEOUT: "2000",
    OTEL_EXPORTER_OTLP_HEADERS: "a=1,B=2",
    OTEL_EXPORTER_OTLP_LOGS_HEADERS: "b=3",
  };
  await t.step("logs-specific over generic; logs endpoint used as is", () => {
    const otlp = resolve(env).config.otlp!;
    assertEquals(
      [otlp.url, otlp.protocol, otlp.timeoutMs, otlp.headers],
      ["http://logs:4318/custom/path", "http/protobuf", 2000, { a: "1", b: "3" }],
    );
  });
  await t.step("options over variables; endpoint option gets /v1/logs", () => {
    const otlp = resolve(env, {
      endpoint: "https://opt:4318/otlp",
      protocol: "http/json",
      timeoutMs: 42,
      headers: { A: "9" },
    }).config.otlp!;
    assertEquals(
      [otlp.url, otlp.protocol, otlp.timeoutMs, otlp.headers],
      ["https://opt:4318/otlp/v1/logs", "http/json", 42, { b: "3", A: "9" }],
    );
  });
  await t.step("logsEndpoint option over endpoint option", () => {
    const otlp = resolve({}, { endpoint: "http://a:1", logsEndpoint: "http://b:2/x" }).config.otlp!;
    assertEquals(otlp.url, "http://b:2/x");
  });
});

/** One case of the table below: what an invalid OTEL_* value warns and what the config holds. */
interface WarnCase {
  name: string;
  env: Record<string, string>;
  warning: string;
  check: (c: ReturnType<typeof resolve>["config"]) => unknown;
  expected: unknown;
}

/**
 * A case for an OTLP headers variable (`env` sets one) whose value is discarded whole: the
 * warning names the variable and what is wrong (`whose`), never a value, and no header is kept.
 */
function headersCase(name: string, env: Record<string, string>, whose: string): WarnCase {
  const variable = Object.keys(env)[0];
  return {
    name,
    env,
    warning:
      `Cannot read ${variable} as it must be key=value pairs separated by ",": got a value ` +
      `whose ${whose} (values are not shown: they may hold credentials); the whole value is ` +
      "discarded: no headers from it",
    check: (c) => c.otlp!.headers,
    expected: {},
  };
}

Deno.test("resolveConfig() warns about each invalid OTEL_* value and proceeds as if it were unset", async (t) => {
  const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" };
  const cases: WarnCase[] = [
    {
      name: "protocol grpc",
      env: { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_PROTOCOL as it must be one of "http/protobuf", "http/json": got "grpc"; using the default "http/protobuf"',
      check: (c) => c.otlp!.protocol,
      expected: "http/protobuf",
    },
    {
      name: "logs protocol falls back to the generic one",
      env: {
        OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: "thrift",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_LOGS_PROTOCOL as it must be one of "http/protobuf", "http/json": got "thrift"; using OTEL_EXPORTER_OTLP_PROTOCOL or the default "http/protobuf"',
      check: (c) => c.otlp!.protocol,
      expected: "http/json",
    },
    {
      name: "compression brotli",
      env: { OTEL_EXPORTER_OTLP_COMPRESSION: "brotli" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_COMPRESSION as it must be one of "gzip", "none": got "brotli"; using the default "none"',
      check: (c) => c.otlp!.compression,
      expected: "none",
    },
    {
      name: "timeout 0 (no limit is not supported)",
      env: { OTEL_EXPORTER_OTLP_TIMEOUT: "0" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_TIMEOUT as it must be an integer from 1 to 86400000 (milliseconds): got "0"; using the default 5000',
      check: (c) => c.otlp!.timeoutMs,
      expected: 5000,
    },
    {
      name: "logs timeout negative falls back to the generic one",
      env: { OTEL_EXPORTER_OTLP_LOGS_TIMEOUT: "-5", OTEL_EXPORTER_OTLP_TIMEOUT: "700" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_LOGS_TIMEOUT as it must be an integer from 1 to 86400000 (milliseconds): got "-5"; using OTEL_EXPORTER_OTLP_TIMEOUT or the default 5000',
      check: (c) => c.otlp!.timeoutMs,
      expected: 700,
    },
    {
      name: "timeout with a fraction",
      env: { OTEL_EXPORTER_OTLP_TIMEOUT: "1.5" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_TIMEOUT as it must be an integer from 1 to 86400000 (milliseconds): got "1.5"; using the default 5000',
      check: (c) => c.otlp!.timeoutMs,
      expected: 5000,
    },
    {
      name: "exporter console",
      env: { OTEL_LOGS_EXPORTER: "console" },
      warning:
        'Cannot read OTEL_LOGS_EXPORTER as it must list only "otlp" or "none" (stdout always gets every record as a JSON line): got "console"; using the default "otlp"',
      check: (c) => c.otlp !== null,
      expected: true,
    },
    {
      name: "exporter list with an unknown name",
      env: { OTEL_LOGS_EXPORTER: "console,none" },
      warning:
        'Cannot read OTEL_LOGS_EXPORTER as it must list only "otlp" or "none" (stdout always gets every record as a JSON line): got "console,none"; using only the known names in it',
      check: (c) => [c.otlp, c.otlpNotice],
      expected: [null, ""],
    },
    {
      name: "SDK disabled yes",
      env: { OTEL_SDK_DISABLED: "yes" },
      warning:
        'Cannot read OTEL_SDK_DISABLED as it must be "true" or "false": got "yes"; using false',
      check: (c) => c.otlp !== null,
      expected: true,
    },
    {
      name: "BLRP queue size",
      env: { OTEL_BLRP_MAX_QUEUE_SIZE: "many" },
      warning:
        'Cannot read OTEL_BLRP_MAX_QUEUE_SIZE as it must be an integer from 1 to 2147483647 (records): got "many"; using the default 2048',
      check: (c) => c.otlp!.batch.maxQueueSize,
      expected: 2048,
    },
    {
      name: "BLRP batch size 0",
      env: { OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "0" },
      warning:
        'Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must be an integer from 1 to 2147483647 (records): got "0"; using the default 512',
      check: (c) => c.otlp!.batch.maxExportBatchSize,
      expected: 512,
    },
    {
      name: "BLRP batch size above the queue size is cut to it",
      env: { OTEL_BLRP_MAX_QUEUE_SIZE: "100", OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "200" },
      warning:
        "Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must not exceed OTEL_BLRP_MAX_QUEUE_SIZE (100): got 200; using 100",
      check: (c) => c.otlp!.batch.maxExportBatchSize,
      expected: 100,
    },
    {
      name: "BLRP schedule delay beyond 2^31-1",
      env: { OTEL_BLRP_SCHEDULE_DELAY: "99999999999" },
      warning:
        'Cannot read OTEL_BLRP_SCHEDULE_DELAY as it must be an integer from 1 to 86400000 (milliseconds): got "99999999999"; using the default 1000',
      check: (c) => c.otlp!.batch.scheduledDelayMs,
      expected: 1000,
    },
    {
      name: "BLRP export timeout with an exponent",
      env: { OTEL_BLRP_EXPORT_TIMEOUT: "1e3" },
      warning:
        'Cannot read OTEL_BLRP_EXPORT_TIMEOUT as it must be an integer from 1 to 86400000 (milliseconds): got "1e3"; using the default 5000',
      check: (c) => c.otlp!.batch.exportTimeoutMs,
      expected: 5000,
    },
    {
      name: "logs endpoint invalid falls back to the base endpoint",
      env: { OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "collector:4318/v1/logs" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_LOGS_ENDPOINT as it must be an http:// or https:// URL: got "collector:4318/v1/logs"; using OTEL_EXPORTER_OTLP_ENDPOINT',
      check: (c) => c.otlp!.url,
      expected: "http://collector:4318/v1/logs",
    },
    headersCase(
      "headers without '=' are discarded whole, values never shown",
      { OTEL_EXPORTER_OTLP_HEADERS: "x-org=1,x-secret-value" },
      'entry 2 has no "="',
    ),
    headersCase(
      "headers with a bad escape",
      { OTEL_EXPORTER_OTLP_LOGS_HEADERS: "authorization=Bearer%zzsecret" },
      'entry 1 has a bad "%" escape',
    ),
    headersCase(
      "header name that is no HTTP token",
      { OTEL_EXPORTER_OTLP_HEADERS: "x%20org=1" },
      'entry 1 has the header name "x org", not an HTTP token',
    ),
    headersCase(
      "header value with a control character",
      { OTEL_EXPORTER_OTLP_HEADERS: "x-org=a%0Ab" },
      'entry 1 ("x-org") has a control character in its value',
    ),
  ];
  for (const c of cases) {
    await t.step(c.name, () => {
      const { config, problems, warnings } = resolve({ ...endpoint, ...c.env });
      assertEquals(problems, [], "an OTEL_* value never makes a problem");
      assertEquals(warnings, [c.warning]);
      assertEquals(c.check(config), c.expected);
    });
  }
});

Deno.test("resolveConfig() with only an invalid endpoint variable: a warning, no OTLP, no second notice", () => {
  const { config, problems, warnings } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "ftp://collector",
  });
  assertEquals(problems, []);
  assertEquals(warnings, [
    'Cannot read OTEL_EXPORTER_OTLP_ENDPOINT as it must be an http:// or https:// URL: got "ftp://collector"; no OTLP export: logging to stdout only',
  ]);
  assertEquals([config.otlp, config.otlpNotice], [null, ""]);
});

Deno.test("resolveConfig() turns OTLP off by choice without a notice", async (t) => {
  for (
    const env of [
      { OTEL_LOGS_EXPORTER: "none" },
      { OTEL_SDK_DISABLED: "TRUE" },
      { OTEL_LOGS_EXPORTER: "None" },
    ] as Record<string, string>[]
  ) {
    await t.step(JSON.stringify(env), () => {
      const { config, warnings } = resolve({
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318",
        ...env,
      });
      assertEquals([config.otlp, config.otlpNotice, warnings], [null, "", []]);
    });
  }
  await t.step("options.exporter none", () => {
    const r = resolve({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" }, { exporter: "none" });
    assertEquals(r.config.otlp, null);
  });
});

Deno.test("resolveConfig() keeps invalid OTLP options strict: problems named by option", () => {
  const { problems, warnings } = resolve({}, {
    endpoint: "localhost:4318",
    protocol: "grpc" as never,
    compression: "zstd" as never,
    timeoutMs: 0,
    headers: { "bad name": "v", ok: 5 as never },
    batch: { maxQueueSize: 10, maxExportBatchSize: 20 },
  });
  assertEquals(warnings, []);
  assertEquals(problems, [
    'Cannot read options.protocol as it must be one of "http/protobuf", "http/json": got "grpc"',
    'Cannot read options.compression as it must be one of "gzip", "none": got "zstd"',
    "Cannot read options.timeoutMs as it must be an integer from 1 to 86400000 (milliseconds): got 0",
    'Cannot read options.endpoint as it must be an http:// or https:// URL: got "localhost:4318"',
    'Cannot read options.headers["bad name"] as it must be named by an HTTP token: got "bad name"',
    'Cannot read options.headers["ok"] as it must be a string without control characters: got a number (values are not shown)',
    "Cannot read options.batch.maxExportBatchSize as it must not exceed options.batch.maxQueueSize (10): got 20",
  ]);
});

// #endregion
