// In-process tests of auth and credentials in the configuration: Grafana Cloud Basic auth, URL
// userinfo, explicit Authorization headers, and that no problem, warning or printable part of the
// config carries a credential in any form (secretScrubber(), withoutUserinfo()). Every test passes
// `env` explicitly.

import { assert, assertEquals } from "@std/assert";
import { type ObservabilityOptions, secretScrubber, withoutUserinfo } from "../observability.ts";
import { assertNowhere, B64, resolve, TOKEN } from "./config_helpers.ts";

// #region Auth and credentials

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
