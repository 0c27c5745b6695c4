// In-process tests of the Errors and Config regions of observability.ts: defaults, levels and
// limits, redaction settings, the Resource, and configForStart(). The OTLP exporter settings
// (OTEL_* per the OTel SDK environment-variable specification) are in config_otlp_test.ts, auth
// and credential scrubbing in config_credentials_test.ts. Every test passes `env` explicitly, so
// the runner's own environment never leaks in. Nothing here starts a session, a worker or a
// socket.

import { assert, assertEquals, assertInstanceOf, assertThrows } from "@std/assert";
import { configForStart, ObservabilityConfigError, resolveConfig } from "../observability.ts";
import { resolve, TOKEN } from "./config_helpers.ts";

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
    loki: { maxEntries: 128, maxMetadataBytes: 65536, maxLineBytes: 262144 },
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
  });
  assertEquals(problems, [
    'Cannot read options.level as it must be one of "debug", "info", "warn", "error", "fatal": got "verbose"',
    'Cannot read options.format as it must be one of "json", "pretty": got "yaml"',
    "Cannot read options.queueMaxSize as it must be an integer from 1 to 2147483647 (records): got -1",
    "Cannot read options.maxValueBytes as it must be an integer from 1 to 2147483647 (UTF-8 bytes): got 1.5",
    'Cannot read options.rateLimit as it must be an integer from 0 to 2147483647 (records per second; 0 turns the guard off): got "10"',
    'Cannot read options.worker as it must be true or false: got "no"',
    "Cannot read options.exitHooks as it must be true or false: got 0",
    "Cannot read options.shutdownTimeoutMs as it must be an integer from 1 to 86400000 (milliseconds): got 0",
    'Cannot read options.serviceName as it must be a non-empty string: got ""',
  ]);
});

Deno.test("resolveConfig() reports options of the wrong shape, never quoting a credential", () => {
  const { problems } = resolveConfig({
    batch: 5 as never,
    headers: "authorization=Bearer x" as never,
    resourceAttributes: "team=a" as never,
    redactPatterns: "ACCT" as never,
    grafanaInstanceId: 1 as never,
    grafanaToken: 12345678 as never,
  }, {});
  assertEquals(problems, [
    'Cannot read options.redactPatterns as it must be an array of strings or RegExps: got "ACCT"',
    'Cannot read options.resourceAttributes as it must be an object: got "team=a"',
    "Cannot read options.headers as it must be an object of header names to strings: got a string",
    "Cannot read options.grafanaInstanceId as it must be a string: got 1",
    "Cannot read options.batch as it must be an object: got 5",
  ]);
  assertEquals(
    resolveConfig({ grafanaInstanceId: "1", grafanaToken: 12345678 as never }, {}).problems,
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

// #region Start

Deno.test("configForStart() throws every problem at once when strict", () => {
  const error = assertThrows(
    () => configForStart({}, true, { LOG_LEVEL: "loud", GRAFANA_CLOUD_TOKEN: TOKEN }),
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
    configForStart({}, false, {
      LOG_LEVEL: "loud",
      LOG_REDACT_PATTERNS: "(${TOKEN}",
      GRAFANA_CLOUD_INSTANCE_ID: "1",
      GRAFANA_CLOUD_TOKEN: "${TOKEN}",
      OTEL_EXPORTER_OTLP_COMPRESSION: "zstd",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://trader:PASS@collector:4318",
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: "trader:PASS@collector",
    });`;
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
    { exitHooks: false },
    true,
    { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" },
  );
  assertEquals(config.level, "info");
});

// #endregion
