// In-process tests of the Errors and Config regions of observability.ts: the small readers, the
// OTel SDK environment rules for OTEL_* variables (warn and ignore), the strict rules for options
// and lockbox's own variables (one ObservabilityConfigError), and credential scrubbing. Every
// test passes `env` explicitly, so the runner's own environment never leaks in. Nothing here
// starts a session, a worker or a socket.

import { assert, assertEquals, assertInstanceOf, assertThrows } from "@std/assert";
import {
  configForStart,
  ObservabilityConfigError,
  type ObservabilityOptions,
  resolveConfig,
  secretScrubber,
  withoutUserinfo,
} from "../observability.ts";

/** `resolveConfig()` with exactly `env` as the environment. */
function resolve(env: Record<string, string>, options: ObservabilityOptions = {}) {
  return resolveConfig({ ...options, env });
}

/** Asserts that no report and no printable part of the config contains any of `secrets`. */
function assertNowhere(
  report: ReturnType<typeof resolveConfig>,
  secrets: string[],
): void {
  const printed = [
    ...report.problems,
    ...report.warnings,
    report.config.otlp?.url ?? "",
    new ObservabilityConfigError(report.problems.length > 0 ? report.problems : ["x"]).message,
  ].join("\n");
  for (const s of secrets) assert(!printed.includes(s), `printed text leaks ${JSON.stringify(s)}`);
}

const B64 = (s: string) => btoa(s);

// #region Errors

Deno.test("ObservabilityConfigError carries problems and a one-problem message", () => {
  const e = new ObservabilityConfigError(["Cannot read X as it must be y: got 1"]);
  assertInstanceOf(e, Error);
  assertEquals(e.name, "ObservabilityConfigError");
  assertEquals(e.problems, ["Cannot read X as it must be y: got 1"]);
  assertEquals(
    e.message,
    "Cannot initialize observability as 1 setting is invalid:\n- Cannot read X as it must be y: got 1",
  );
});

Deno.test("ObservabilityConfigError lists several problems, one per line", () => {
  const e = new ObservabilityConfigError(["Cannot a", "Cannot b"]);
  assertEquals(
    e.message,
    "Cannot initialize observability as 2 settings are invalid:\n- Cannot a\n- Cannot b",
  );
});

// #endregion

// #region Defaults and levels/limits

Deno.test("resolveConfig() uses the defaults when nothing is set", () => {
  const { config, problems, warnings } = resolve({});
  assertEquals(problems, []);
  assertEquals(warnings, []);
  const { resource, redactPatterns, redactKeys, ...rest } = config;
  assertEquals(rest, {
    level: "info",
    format: "json",
    queueMaxSize: 2000,
    maxValueBytes: 8192,
    rateLimit: 1000,
    secrets: [],
    service: "unknown_service",
    environment: "dev",
    serviceVersion: "0.0.0",
    otlp: null,
    otlpNotice:
      "no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only",
    worker: true,
    exitHooks: true,
    shutdownTimeoutMs: 5000,
  });
  assertEquals(redactKeys.includes("password"), true);
  assertEquals(redactPatterns.length, 3);
  assertEquals(resource["service.name"], "unknown_service");
  assertEquals(resource["deployment.environment"], "dev");
  assertEquals(typeof resource["service.instance.id"], "string");
});

Deno.test("resolveConfig() reads levels and limits from LOG_* variables, any case", () => {
  const { config, problems } = resolve({
    LOG_LEVEL: "WARN",
    LOG_FORMAT: "Pretty",
    LOG_QUEUE_MAXSIZE: " 50 ",
    LOG_MAX_VALUE_BYTES: "100",
    LOG_RATE_LIMIT: "0",
  });
  assertEquals(problems, []);
  assertEquals(
    [config.level, config.format, config.queueMaxSize, config.maxValueBytes, config.rateLimit],
    ["warn", "pretty", 50, 100, 0],
  );
});

Deno.test("resolveConfig() lets options win over LOG_* variables", () => {
  const { config, problems } = resolve(
    { LOG_LEVEL: "warn", LOG_FORMAT: "pretty", LOG_QUEUE_MAXSIZE: "50", LOG_RATE_LIMIT: "5" },
    { level: "debug", format: "json", queueMaxSize: 7, rateLimit: 0 },
  );
  assertEquals(problems, []);
  assertEquals([config.level, config.format, config.queueMaxSize, config.rateLimit], [
    "debug",
    "json",
    7,
    0,
  ]);
});

Deno.test("resolveConfig() reports every invalid LOG_* variable as a problem and uses defaults", () => {
  const { config, problems, warnings } = resolve({
    LOG_LEVEL: "loud",
    LOG_FORMAT: "auto",
    LOG_QUEUE_MAXSIZE: "abc",
    LOG_MAX_VALUE_BYTES: "0",
    LOG_RATE_LIMIT: "-1",
  });
  assertEquals(problems, [
    'Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"',
    'Cannot read LOG_FORMAT as it must be one of "json", "pretty": got "auto"',
    'Cannot read LOG_QUEUE_MAXSIZE as it must be an integer from 1 to 2147483647 (records): got "abc"',
    'Cannot read LOG_MAX_VALUE_BYTES as it must be an integer from 1 to 2147483647 (UTF-8 bytes): got "0"',
    'Cannot read LOG_RATE_LIMIT as it must be an integer from 0 to 2147483647 (records per second; 0 turns the guard off): got "-1"',
  ]);
  assertEquals(warnings, []);
  assertEquals(
    [config.level, config.format, config.queueMaxSize, config.maxValueBytes, config.rateLimit],
    ["info", "json", 2000, 8192, 1000],
  );
});

Deno.test("resolveConfig() reports invalid options by their option name", () => {
  const { problems } = resolve({ LOG_LEVEL: "warn" }, {
    level: "verbose" as never,
    format: "yaml" as never,
    queueMaxSize: -1,
    maxValueBytes: 1.5,
    rateLimit: "10" as never,
    serviceName: "",
    worker: "no" as never,
    exitHooks: 0 as never,
    shutdownTimeoutMs: 0,
    clock: 5 as never,
  });
  assertEquals(problems, [
    'Cannot read options.level as it must be one of "debug", "info", "warn", "error", "fatal": got "verbose"',
    'Cannot read options.format as it must be one of "json", "pretty": got "yaml"',
    "Cannot read options.queueMaxSize as it must be an integer from 1 to 2147483647 (records): got -1",
    "Cannot read options.maxValueBytes as it must be an integer from 1 to 2147483647 (UTF-8 bytes): got 1.5",
    'Cannot read options.rateLimit as it must be an integer from 0 to 2147483647 (records per second; 0 turns the guard off): got "10"',
    "Cannot read options.clock as it must be a function returning milliseconds: got 5",
    'Cannot read options.worker as it must be true or false: got "no"',
    "Cannot read options.exitHooks as it must be true or false: got 0",
    "Cannot read options.shutdownTimeoutMs as it must be an integer from 1 to 86400000 (milliseconds): got 0",
    'Cannot read options.serviceName as it must be a non-empty string: got ""',
  ]);
});

Deno.test("resolveConfig() reports options of the wrong shape, never quoting a credential", () => {
  const { problems } = resolveConfig({
    env: 7 as never,
    batch: 5 as never,
    headers: "authorization=Bearer x" as never,
    resourceAttributes: "team=a" as never,
    redactPatterns: "ACCT" as never,
    grafanaInstanceId: 1 as never,
    grafanaToken: 12345678 as never,
  });
  assertEquals(problems, [
    'Cannot read options.redactPatterns as it must be an array of strings or RegExps: got "ACCT"',
    "Cannot read options.env as it must be an object of variable names to strings: got 7",
    'Cannot read options.resourceAttributes as it must be an object: got "team=a"',
    "Cannot read options.headers as it must be an object of header names to strings: got a string",
    "Cannot read options.grafanaInstanceId as it must be a string: got 1",
    "Cannot read options.batch as it must be an object: got 5",
  ]);
  assertEquals(
    resolveConfig({ env: {}, grafanaInstanceId: "1", grafanaToken: 12345678 as never }).problems,
    ["Cannot read options.grafanaToken as it must be a string: got a number (not shown)"],
  );
});

Deno.test("resolveConfig() reads the code-only lifecycle options", () => {
  const { config, problems } = resolve({}, {
    worker: false,
    exitHooks: false,
    shutdownTimeoutMs: 250,
  });
  assertEquals(problems, []);
  assertEquals([config.worker, config.exitHooks, config.shutdownTimeoutMs], [false, false, 250]);
});

Deno.test({
  name: "resolveConfig() names every variable Deno refuses to read in one warning",
  // Only variables whose every value is valid, so the runner's own environment cannot matter.
  permissions: { env: ["APP_NAME", "APP_VERSION"] },
  fn() {
    const { config, problems, warnings } = resolveConfig({ exitHooks: false });
    assertEquals(problems, []);
    assertEquals(warnings.length, 1);
    assert(
      warnings[0].startsWith(
        "Cannot read LOG_LEVEL, LOG_FORMAT, LOG_QUEUE_MAXSIZE, LOG_MAX_VALUE_BYTES, ",
      ),
      warnings[0],
    );
    assert(warnings[0].includes(" as Deno needs --allow-env=LOG_LEVEL,LOG_FORMAT,"));
    assert(warnings[0].endsWith(": got a permission error; using defaults and options for them"));
    assert(!warnings[0].includes("APP_NAME"), "a permitted variable is read");
    assertEquals(config.format, "json");
  },
});

// #endregion

// #region Redaction

Deno.test("resolveConfig() adds LOG_REDACT_KEYS and LOG_REDACT_PATTERNS to the defaults", async (t) => {
  await t.step("a JSON array of patterns", () => {
    const { config, problems } = resolve({
      LOG_REDACT_KEYS: " Account_No ,iban,",
      LOG_REDACT_PATTERNS: '["ACCT-\\\\d+", "(?:x)y"]',
    });
    assertEquals(problems, []);
    assertEquals(config.redactKeys.slice(-2), ["account_no", "iban"]);
    assertEquals(config.redactPatterns.slice(3).map(String), ["/ACCT-\\d+/g", "/(?:x)y/g"]);
  });
  await t.step("one bare pattern", () => {
    const { config } = resolve({ LOG_REDACT_PATTERNS: "ACCT-\\d+" });
    assertEquals(config.redactPatterns.slice(3).map(String), ["/ACCT-\\d+/g"]);
  });
  await t.step("options win and RegExp flags are kept, made global", () => {
    const { config } = resolve({ LOG_REDACT_KEYS: "iban" }, {
      redactKeys: ["Pin"],
      redactPatterns: [/card-\d+/i],
    });
    assertEquals(config.redactKeys.at(-1), "pin");
    assertEquals(config.redactKeys.includes("iban"), false);
    assertEquals(config.redactPatterns.slice(3).map(String), ["/card-\\d+/gi"]);
  });
});

Deno.test("resolveConfig() reports invalid redaction settings as problems", () => {
  assertEquals(resolve({ LOG_REDACT_PATTERNS: '["("]' }).problems, [
    'Cannot read LOG_REDACT_PATTERNS as it must hold valid regular expressions: got "("',
  ]);
  assertEquals(resolve({ LOG_REDACT_PATTERNS: "[not json" }).problems, [
    'Cannot read LOG_REDACT_PATTERNS as it must be a regex or a JSON array of regex strings: got "[not json"',
  ]);
  assertEquals(resolve({}, { redactKeys: "pin" as never }).problems, [
    'Cannot read options.redactKeys as it must be an array of strings: got "pin"',
  ]);
});

// #endregion

// #region Resource

Deno.test("resolveConfig() resource precedence: options > OTEL_SERVICE_NAME > OTEL_RESOURCE_ATTRIBUTES > APP_*", async (t) => {
  const env = {
    APP_NAME: "from-app",
    APP_ENV: "from-app-env",
    APP_VERSION: "0.0.1",
    OTEL_RESOURCE_ATTRIBUTES:
      "service.name=from-attrs,service.version=9.9.9,team=desk%20a,deployment.environment.name=staging",
  };
  const pick = (c: ReturnType<typeof resolve>["config"]): unknown[] => [
    c.service,
    c.serviceVersion,
    c.environment,
    c.resource.team,
  ];
  await t.step("APP_* alone", () => {
    assertEquals(pick(resolve({ APP_NAME: "app-only" }).config), [
      "app-only",
      "0.0.0",
      "dev",
      undefined,
    ]);
  });
  await t.step("OTEL_RESOURCE_ATTRIBUTES over APP_*", () => {
    assertEquals(pick(resolve(env).config), ["from-attrs", "9.9.9", "staging", "desk a"]);
  });
  await t.step("OTEL_SERVICE_NAME over OTEL_RESOURCE_ATTRIBUTES", () => {
    const c = resolve({ ...env, OTEL_SERVICE_NAME: "from-otel" }).config;
    assertEquals(pick(c), ["from-otel", "9.9.9", "staging", "desk a"]);
  });
  await t.step("options over everything", () => {
    const c = resolve({ ...env, OTEL_SERVICE_NAME: "from-otel" }, {
      serviceName: "from-code",
      resourceAttributes: { team: "desk b", "service.version": "1.2.3", shards: 4 },
    }).config;
    assertEquals(pick(c), ["from-code", "1.2.3", "staging", "desk b"]);
    assertEquals(c.resource.shards, 4);
    assertEquals(c.resource["deployment.environment.name"], "staging");
    assertEquals(c.resource["deployment.environment"], "staging");
  });
});

Deno.test("resolveConfig() discards a malformed OTEL_RESOURCE_ATTRIBUTES as a whole, with a warning", async (t) => {
  const cases: [string, string][] = [
    ["service.name=attrs,team=%zz", 'entry 2 has a bad "%" escape'],
    ["service.name=attrs,k8s.label=app=web", 'entry 2 has an unencoded "=": write it as %3D'],
    ["service.name=attrs,team", 'entry 2 has no "="'],
    ["service.name=attrs,=x", "entry 2 has an empty key"],
  ];
  for (const [value, why] of cases) {
    await t.step(why, () => {
      const { config, problems, warnings } = resolve({
        OTEL_RESOURCE_ATTRIBUTES: value,
        APP_NAME: "from-app",
      });
      assertEquals(problems, []);
      assertEquals(warnings, [
        `Cannot read OTEL_RESOURCE_ATTRIBUTES as it must be key=value pairs separated by "," with "," "=" and "%" percent-encoded: got ${
          JSON.stringify(value)
        } (${why}); the whole value is discarded, as the OTel Resource SDK spec says`,
      ]);
      assertEquals(config.service, "from-app", "service.name=attrs from the bad value is gone too");
      assertEquals(Object.keys(config.resource).includes("team"), false);
    });
  }
});

Deno.test("resolveConfig() reports invalid resource options as problems", () => {
  assertEquals(
    resolve({}, { resourceAttributes: { ok: "x", bad: { nested: 1 } as never, nan: NaN } })
      .problems,
    [
      'Cannot read options.resourceAttributes["bad"] as it must be a string, a finite number or a boolean: got {"nested":1}',
      'Cannot read options.resourceAttributes["nan"] as it must be a string, a finite number or a boolean: got NaN',
    ],
  );
});

// #endregion

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

Deno.test("resolveConfig() warns about each invalid OTEL_* value and proceeds as if it were unset", async (t) => {
  const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" };
  const cases: {
    name: string;
    env: Record<string, string>;
    warning: string;
    check: (c: ReturnType<typeof resolve>["config"]) => unknown;
    expected: unknown;
  }[] = [
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
    {
      name: "headers without '=' are discarded whole, values never shown",
      env: { OTEL_EXPORTER_OTLP_HEADERS: "x-org=1,x-secret-value" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_HEADERS as it must be key=value pairs separated by ",": got a value whose entry 2 has no "=" (values are not shown: they may hold credentials); the whole value is discarded: no headers from it',
      check: (c) => c.otlp!.headers,
      expected: {},
    },
    {
      name: "headers with a bad escape",
      env: { OTEL_EXPORTER_OTLP_LOGS_HEADERS: "authorization=Bearer%zzsecret" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_LOGS_HEADERS as it must be key=value pairs separated by ",": got a value whose entry 1 has a bad "%" escape (values are not shown: they may hold credentials); the whole value is discarded: no headers from it',
      check: (c) => c.otlp!.headers,
      expected: {},
    },
    {
      name: "header name that is no HTTP token",
      env: { OTEL_EXPORTER_OTLP_HEADERS: "x%20org=1" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_HEADERS as it must be key=value pairs separated by ",": got a value whose entry 1 has the header name "x org", not an HTTP token (values are not shown: they may hold credentials); the whole value is discarded: no headers from it',
      check: (c) => c.otlp!.headers,
      expected: {},
    },
    {
      name: "header value with a control character",
      env: { OTEL_EXPORTER_OTLP_HEADERS: "x-org=a%0Ab" },
      warning:
        'Cannot read OTEL_EXPORTER_OTLP_HEADERS as it must be key=value pairs separated by ",": got a value whose entry 1 ("x-org") has a control character in its value (values are not shown: they may hold credentials); the whole value is discarded: no headers from it',
      check: (c) => c.otlp!.headers,
      expected: {},
    },
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

// #region Auth and credentials

const TOKEN = "glc_eyJrIjoiZ3JhZmFuYSJ9_live_token";

Deno.test("resolveConfig() sets Grafana Cloud Basic auth from instance id and token", () => {
  const { config, problems } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "https://otlp.grafana.net/otlp",
    GRAFANA_CLOUD_INSTANCE_ID: "987654",
    GRAFANA_CLOUD_TOKEN: TOKEN,
  });
  assertEquals(problems, []);
  assertEquals(config.otlp!.headers, { Authorization: `Basic ${B64(`987654:${TOKEN}`)}` });
});

Deno.test("resolveConfig() lets an explicit Authorization header win over Grafana Cloud and URL userinfo", () => {
  const { config } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "https://user:password99@otlp.example/otlp",
    OTEL_EXPORTER_OTLP_HEADERS: "authorization=Bearer%20explicit-token",
    GRAFANA_CLOUD_INSTANCE_ID: "987654",
    GRAFANA_CLOUD_TOKEN: TOKEN,
  });
  assertEquals(config.otlp!.headers, { authorization: "Bearer explicit-token" });
  assertEquals(config.otlp!.url, "https://otlp.example/otlp/v1/logs");
});

Deno.test("resolveConfig() reports Grafana Cloud settings as problems, never showing the token", async (t) => {
  await t.step("token without instance id", () => {
    assertEquals(resolve({ GRAFANA_CLOUD_TOKEN: TOKEN }).problems, [
      "Cannot use Grafana Cloud auth as GRAFANA_CLOUD_INSTANCE_ID and GRAFANA_CLOUD_TOKEN must be set together: got only GRAFANA_CLOUD_TOKEN",
    ]);
  });
  await t.step("instance id option without token, named by option", () => {
    assertEquals(resolve({}, { grafanaInstanceId: "1" }).problems, [
      "Cannot use Grafana Cloud auth as options.grafanaInstanceId and GRAFANA_CLOUD_TOKEN must be set together: got only options.grafanaInstanceId",
    ]);
  });
  await t.step("instance id holding id:token", () => {
    const r = resolve({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318",
      GRAFANA_CLOUD_INSTANCE_ID: `987654:${TOKEN}`,
      GRAFANA_CLOUD_TOKEN: TOKEN,
    });
    assertEquals(r.problems, [
      'Cannot use GRAFANA_CLOUD_INSTANCE_ID as it must be the instance id alone: got a value with ":" (not shown: it may hold the token); put the id in GRAFANA_CLOUD_INSTANCE_ID and the token in GRAFANA_CLOUD_TOKEN',
    ]);
    assertNowhere(r, [TOKEN, `987654:${TOKEN}`]);
    assertEquals(r.config.otlp!.headers, {}, "no Authorization from a bad instance id");
  });
});

Deno.test("resolveConfig() moves URL userinfo into a Basic Authorization header and out of the URL", async (t) => {
  await t.step("base endpoint", () => {
    const { config } = resolve({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://trader:PASS%40word1@collector:4318",
    });
    assertEquals(config.otlp!.url, "http://collector:4318/v1/logs");
    assertEquals(config.otlp!.headers, { Authorization: `Basic ${B64("trader:PASS@word1")}` });
  });
  await t.step("logs endpoint option", () => {
    const { config } = resolve({}, { logsEndpoint: "https://u:p@c/v1/logs" });
    assertEquals(config.otlp!.url, "https://c/v1/logs");
    assertEquals(config.otlp!.headers, { Authorization: `Basic ${B64("u:p")}` });
  });
  await t.step("Grafana Cloud wins over userinfo", () => {
    const { config } = resolve({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://u:p@c",
      GRAFANA_CLOUD_INSTANCE_ID: "1",
      GRAFANA_CLOUD_TOKEN: TOKEN,
    });
    assertEquals(config.otlp!.headers, { Authorization: `Basic ${B64(`1:${TOKEN}`)}` });
  });
});

Deno.test("resolveConfig() never prints URL userinfo, also for an invalid URL", async (t) => {
  const cases: [Record<string, string>, ObservabilityOptions, string][] = [
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "ftp://user:PASS@host" }, {}, '"ftp://host"'],
    [{ OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "user:PASS@collector:4318" }, {}, '"collector:4318"'],
    [{}, { endpoint: "http//user:PASS@host" }, '"host"'],
    [{}, { logsEndpoint: "htp:/user:PASS@host/v1/logs" }, '"host/v1/logs"'],
  ];
  for (const [env, options, shown] of cases) {
    await t.step(JSON.stringify({ ...env, ...options }), () => {
      const r = resolve(env, options);
      const reports = [...r.problems, ...r.warnings];
      assertEquals(reports.length, 1);
      assert(reports[0].includes(`got ${shown}`), reports[0]);
      assertNowhere(r, ["PASS", "user:"]);
    });
  }
});

Deno.test("resolveConfig() collects every known secret form, longest first, none short", () => {
  const { config } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "http://trader:pass%2Fword9@collector:4318",
    OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=key-value-123,x-tenant=42",
    GRAFANA_CLOUD_INSTANCE_ID: "987654",
    GRAFANA_CLOUD_TOKEN: TOKEN,
  });
  const s = config.secrets;
  for (
    const expected of [
      TOKEN,
      `987654:${TOKEN}`,
      B64(`987654:${TOKEN}`),
      `Basic ${B64(`987654:${TOKEN}`)}`,
      "key-value-123",
      "pass/word9",
      "pass%2Fword9",
      "trader:pass/word9",
      B64("trader:pass/word9"),
    ]
  ) {
    assert(s.includes(expected), `secrets miss ${expected}`);
  }
  assertEquals(s.includes("42"), false, "a 2-character header value is no substring secret");
  assertEquals(s.includes("trader"), false, "user names under 8 characters are not scrubbed");
  assertEquals(s.every((x) => x.length >= 8), true);
  assertEquals(s, [...s].sort((a, b) => b.length - a.length));
});

Deno.test("secretScrubber() removes each credential form from a text", async (t) => {
  const { config } = resolve({
    OTEL_EXPORTER_OTLP_ENDPOINT: "http://trader:PASSWORD-123@collector:4318",
    OTEL_EXPORTER_OTLP_LOGS_HEADERS: "x-api-key=hdr-secret-value",
    GRAFANA_CLOUD_INSTANCE_ID: "987654",
    GRAFANA_CLOUD_TOKEN: TOKEN,
  });
  const scrub = secretScrubber(config);
  const forms: [string, string][] = [
    ["token", TOKEN],
    ["id:token", `987654:${TOKEN}`],
    ["base64 of id:token", B64(`987654:${TOKEN}`)],
    ["base64 of id:token without padding", B64(`987654:${TOKEN}`).replace(/=+$/, "")],
    ["header value", "hdr-secret-value"],
    ["URL password", "PASSWORD-123"],
    ["decoded URL userinfo", "trader:PASSWORD-123"],
    ["base64 of URL userinfo", B64("trader:PASSWORD-123")],
  ];
  for (const [name, secret] of forms) {
    await t.step(`${name} in a collector's reason phrase`, () => {
      const reason = `401 Unauthorized: invalid credentials ${secret} for tenant`;
      assertEquals(scrub(reason), "401 Unauthorized: invalid credentials [REDACTED] for tenant");
    });
  }
  await t.step("userinfo of any URL in the text, even a short one", () => {
    assertEquals(
      scrub("export to http://a:b@host:4318/v1/logs and https://x@y/ failed"),
      "export to http://host:4318/v1/logs and https://y/ failed",
    );
  });
  await t.step("text without secrets is unchanged", () => {
    assertEquals(scrub("order_submitted AAPL 100 @ 187.5"), "order_submitted AAPL 100 @ 187.5");
  });
});

Deno.test("secretScrubber() does not scrub secrets shorter than 8 characters as substrings", () => {
  const scrub = secretScrubber({ secrets: ["1234567", "12345678"] });
  assertEquals(scrub("a 1234567 b 12345678 c"), "a 1234567 b [REDACTED] c");
});

Deno.test("resolveConfig() scrubs every problem and warning", () => {
  const r = resolve({
    GRAFANA_CLOUD_INSTANCE_ID: "1",
    GRAFANA_CLOUD_TOKEN: TOKEN,
    LOG_REDACT_PATTERNS: `(${TOKEN}`,
    OTEL_RESOURCE_ATTRIBUTES: `leak=${TOKEN},bad`,
  });
  assertEquals(r.problems, [
    'Cannot read LOG_REDACT_PATTERNS as it must hold valid regular expressions: got "([REDACTED]"',
  ]);
  assertEquals(r.warnings, [
    'Cannot read OTEL_RESOURCE_ATTRIBUTES as it must be key=value pairs separated by "," with "," "=" and "%" percent-encoded: got "leak=[REDACTED],bad" (entry 2 has no "="); the whole value is discarded, as the OTel Resource SDK spec says',
  ]);
});

Deno.test("withoutUserinfo() drops user and password from any URL-like string", () => {
  assertEquals(withoutUserinfo("http://u:p@h:1/x"), "http://h:1/x");
  assertEquals(withoutUserinfo("u:p@h:1"), "h:1");
  assertEquals(withoutUserinfo("http://h/x"), "http://h/x");
  assertEquals(withoutUserinfo("http://u:p@w@h/"), "http://h/");
});

// #endregion

// #region Start

Deno.test("configForStart() throws every problem at once when strict", () => {
  const error = assertThrows(
    () => configForStart({ env: { LOG_LEVEL: "loud", GRAFANA_CLOUD_TOKEN: TOKEN } }, true),
    ObservabilityConfigError,
  );
  assertEquals(error.problems.length, 2);
  assert(!error.message.includes(TOKEN));
});

Deno.test("configForStart() prints lazy-start problems and each warning once on stderr, scrubbed", async () => {
  // A child process: notices go straight to fd 2, so the real bytes are asserted there.
  const code = `import { configForStart } from ${
    JSON.stringify(new URL("../observability.ts", import.meta.url).href)
  };
    configForStart({ env: {
      LOG_LEVEL: "loud",
      LOG_REDACT_PATTERNS: "(${TOKEN}",
      GRAFANA_CLOUD_INSTANCE_ID: "1",
      GRAFANA_CLOUD_TOKEN: "${TOKEN}",
      OTEL_EXPORTER_OTLP_COMPRESSION: "zstd",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://trader:PASS@collector:4318",
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "trader:PASS@collector",
    } }, false);`;
  const output = await new Deno.Command(Deno.execPath(), {
    args: [
      "eval",
      "--ext=ts",
      `--config=${new URL("../deno.json", import.meta.url).pathname}`,
      code,
    ],
    // Only what Deno itself needs, so the runner's own OTEL_* never leak in.
    env: Object.fromEntries(
      ["PATH", "HOME", "DENO_DIR", "TMPDIR"].flatMap((k) => {
        const v = Deno.env.get(k);
        return v === undefined ? [] : [[k, v]];
      }),
    ),
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  assertEquals(output.code, 0, stderr);
  assertEquals(new TextDecoder().decode(output.stdout), "");
  assertEquals(stderr.split("\n"), [
    "lockbox: Cannot initialize observability as 2 settings are invalid:",
    '- Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"',
    '- Cannot read LOG_REDACT_PATTERNS as it must hold valid regular expressions: got "([REDACTED]"',
    "lockbox: started with defaults for those settings",
    'lockbox: Cannot read OTEL_EXPORTER_OTLP_COMPRESSION as it must be one of "gzip", "none": got "zstd"; using the default "none"',
    'lockbox: Cannot read OTEL_EXPORTER_OTLP_LOGS_ENDPOINT as it must be an http:// or https:// URL: got "collector"; using OTEL_EXPORTER_OTLP_ENDPOINT',
    "",
  ]);
});

Deno.test("configForStart() starts despite invalid OTEL_* values, strict or not", () => {
  const config = configForStart(
    { env: { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }, exitHooks: false },
    true,
  );
  assertEquals(config.level, "info");
});

// #endregion
