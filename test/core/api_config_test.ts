// The public API (mod.ts exports, stats before start, idempotent init, isEnabled) and
// configuration errors. Anything that writes to stdout or exits runs in a child process; OTLP goes
// to a real receiver on 127.0.0.1 (scripts/otlp_receiver.ts).

import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertMatch,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import * as lockbox from "../mod.ts";
import {
  getLogger,
  initObservability,
  ObservabilityConfigError,
  observabilityStats,
  shutdownObservability,
} from "../mod.ts";

// #region API

Deno.test("mod.ts exports exactly the public API", () => {
  assertEquals(Object.keys(lockbox).sort(), [
    "ObservabilityConfigError",
    "VERSION",
    "getLogger",
    "initObservability",
    "observabilityStats",
    "shutdownObservability",
  ]);
  assertMatch(lockbox.VERSION, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
});

Deno.test("observabilityStats() reports mode off and zeros before any start", () => {
  assertEquals(observabilityStats(), {
    mode: "off",
    accepted: 0,
    internal: 0,
    dropped: { queueFull: 0, rateLimited: 0, afterShutdown: 0 },
    truncated: 0,
    stdout: { written: 0, failed: 0, dropped: 0 },
    otlp: { enabled: false, exported: 0, failed: 0, dropped: 0 },
    pending: 0,
  });
});

Deno.test("shutdownObservability() before any start resolves at once with mode off", async () => {
  const stats = await shutdownObservability();
  assertEquals(stats.mode, "off");
  assertEquals(stats.accepted, 0);
});

Deno.test("Logger.isEnabled() follows LOG_LEVEL, any case", async () => {
  initObservability({ env: { LOG_LEVEL: "WARN", OTEL_LOGS_EXPORTER: "none" }, exitHooks: false });
  try {
    const log = getLogger("api");
    assertEquals(
      (["debug", "info", "warn", "error", "fatal"] as const).map((l) => log.isEnabled(l)),
      [false, false, true, true, true],
    );
    assertEquals(log.child({ a: 1 }).isEnabled("info"), false);
    assert(["starting", "worker"].includes(observabilityStats().mode));
  } finally {
    const stats = await shutdownObservability();
    assertEquals(stats.accepted, 0);
  }
});

Deno.test("initObservability() is idempotent while running and restarts after shutdown", async () => {
  initObservability({ env: { OTEL_LOGS_EXPORTER: "none" }, exitHooks: false });
  initObservability(); // ignored: still the first session
  assertEquals(observabilityStats().otlp.enabled, false);
  const a = shutdownObservability();
  const b = shutdownObservability();
  assert(a === b, "concurrent shutdowns share one promise");
  await a;
  initObservability({ env: { OTEL_LOGS_EXPORTER: "none", LOG_LEVEL: "error" }, exitHooks: false });
  assertEquals(getLogger("x").isEnabled("warn"), false, "a new session with its own settings");
  await shutdownObservability();
});

// #endregion

// #region Config

Deno.test("initObservability() reports every invalid variable at once", () => {
  const env = {
    LOG_LEVEL: "loud",
    LOG_QUEUE_MAXSIZE: "abc",
    LOG_MAX_VALUE_BYTES: "0",
    OTEL_RESOURCE_ATTRIBUTES: "team=%zz",
    OTEL_LOGS_EXPORTER: "console",
    OTEL_SDK_DISABLED: "yes",
    OTEL_EXPORTER_OTLP_PROTOCOL: "grpc",
    OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: "thrift",
    OTEL_EXPORTER_OTLP_COMPRESSION: "brotli",
    OTEL_EXPORTER_OTLP_LOGS_COMPRESSION: "zstd",
    OTEL_EXPORTER_OTLP_TIMEOUT: "-5",
    OTEL_EXPORTER_OTLP_LOGS_TIMEOUT: "1.5",
    OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "collector:4318/v1/logs",
    OTEL_EXPORTER_OTLP_HEADERS: "x-secret-value",
    OTEL_EXPORTER_OTLP_LOGS_HEADERS: "authorization=Bearer%zzsecret",
    GRAFANA_CLOUD_TOKEN: "glc_secret_token",
    OTEL_BLRP_MAX_QUEUE_SIZE: "many",
    OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: "0",
    OTEL_BLRP_SCHEDULE_DELAY: "soon",
    OTEL_BLRP_EXPORT_TIMEOUT: "1e3",
  };
  const before = observabilityStats();
  const error = assertThrows(() => initObservability({ env }), ObservabilityConfigError);
  assertEquals(error.problems, [
    'Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"',
    'Cannot read LOG_QUEUE_MAXSIZE as it must be a positive integer: got "abc"',
    'Cannot read LOG_MAX_VALUE_BYTES as it must be a positive integer: got "0"',
    'Cannot read OTEL_RESOURCE_ATTRIBUTES as it must be a comma-separated list of key=value pairs, percent-encoded: got entry 1 with a bad "%" escape',
    'Cannot read OTEL_LOGS_EXPORTER as it must be one of "otlp", "none": got "console"',
    'Cannot read OTEL_SDK_DISABLED as it must be "true" or "false": got "yes"',
    'Cannot read OTEL_EXPORTER_OTLP_LOGS_PROTOCOL as it must be one of "http/protobuf", "http/json": got "thrift"',
    'Cannot read OTEL_EXPORTER_OTLP_PROTOCOL as it must be one of "http/protobuf", "http/json": got "grpc"',
    'Cannot read OTEL_EXPORTER_OTLP_LOGS_COMPRESSION as it must be one of "gzip", "none": got "zstd"',
    'Cannot read OTEL_EXPORTER_OTLP_COMPRESSION as it must be one of "gzip", "none": got "brotli"',
    'Cannot read OTEL_EXPORTER_OTLP_LOGS_TIMEOUT as it must be a positive integer: got "1.5"',
    'Cannot read OTEL_EXPORTER_OTLP_TIMEOUT as it must be a positive integer: got "-5"',
    'Cannot read OTEL_EXPORTER_OTLP_LOGS_ENDPOINT as it must be an http:// or https:// URL: got "collector:4318/v1/logs"',
    'Cannot read OTEL_EXPORTER_OTLP_HEADERS as it must be a comma-separated list of key=value pairs: got entry 1 without a key and "="',
    'Cannot read OTEL_EXPORTER_OTLP_LOGS_HEADERS as it must be a comma-separated list of key=value pairs, percent-encoded: got entry 1 with a bad "%" escape',
    "Cannot use Grafana Cloud auth as GRAFANA_CLOUD_INSTANCE_ID and GRAFANA_CLOUD_TOKEN must be set together: got only GRAFANA_CLOUD_TOKEN",
    'Cannot read OTEL_BLRP_MAX_QUEUE_SIZE as it must be a positive integer: got "many"',
    'Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must be a positive integer: got "0"',
    'Cannot read OTEL_BLRP_SCHEDULE_DELAY as it must be a positive integer: got "soon"',
    'Cannot read OTEL_BLRP_EXPORT_TIMEOUT as it must be a positive integer: got "1e3"',
  ]);
  assertStringIncludes(
    error.message,
    "Cannot initialize observability as 20 settings are invalid:",
  );
  assert(!error.message.includes("glc_secret_token"), "the token never appears");
  assert(!error.message.includes("secret"), "header values never appear");
  assertEquals(observabilityStats(), before, "nothing started");
});

Deno.test("initObservability() reports invalid options by their option name", () => {
  const error = assertThrows(
    () =>
      initObservability({
        env: {},
        queueMaxSize: -1,
        level: "verbose" as never,
        endpoint: "localhost:4318",
        batch: { maxQueueSize: 10, maxExportBatchSize: 20 },
        grafanaInstanceId: "12:34",
        grafanaToken: "glc_x",
      }),
    ObservabilityConfigError,
  );
  assertEquals(error.problems, [
    'Cannot read options.level as it must be one of "debug", "info", "warn", "error", "fatal": got "verbose"',
    "Cannot read options.queueMaxSize as it must be a positive integer: got -1",
    'Cannot read options.endpoint as it must be an http:// or https:// URL: got "localhost:4318"',
    'Cannot read GRAFANA_CLOUD_INSTANCE_ID as it must not contain ":": got "12:34"',
    "Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must not exceed OTEL_BLRP_MAX_QUEUE_SIZE (10): got 20",
  ]);
});

Deno.test("ObservabilityConfigError carries problems and a one-problem message", () => {
  const e = new ObservabilityConfigError(["Cannot read X as it must be y: got 1"]);
  assertInstanceOf(e, Error);
  assertEquals(e.name, "ObservabilityConfigError");
  assertEquals(
    e.message,
    "Cannot initialize observability as 1 setting is invalid:\n- Cannot read X as it must be y: got 1",
  );
});

// #endregion
