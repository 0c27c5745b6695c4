/**
 * The deployment examples in `deploy/` parse, wire their pipelines completely, and use only
 * environment variable names that lockbox reads (taken from `observability.ts`, so the test
 * follows the code: a renamed or misspelt variable fails here). Also: the README's Deno
 * `--allow-env` list names every variable the module reads.
 *
 * Run: `npm run test:docs`.
 *
 * @module
 */

import { assert, assertEquals } from "@std/assert";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string) => Deno.readTextFileSync(ROOT + path);

/**
 * Every environment variable name `observability.ts` reads: the LOG_*, OTEL_*, APP_* and
 * GRAFANA_* names it has as string literals (`r.get("APP_ENV")`). Docstring mentions and
 * identifiers such as `OTEL_API_GLOBAL` are not names it reads.
 */
function moduleVariables(): Set<string> {
  const source = read("observability.ts");
  const literal = /["'`]((?:LOG|OTEL|APP|GRAFANA)_[A-Z0-9_]*[A-Z0-9])["'`]/g;
  return new Set([...source.matchAll(literal)].map((m) => m[1]));
}

/** Variables the OpenTelemetry OTLP exporter inside the bundle reads by itself (not lockbox). */
const EXPORTER_OWN_VARIABLES = new Set(
  ["CERTIFICATE", "CLIENT_CERTIFICATE", "CLIENT_KEY"].flatMap((s) => [
    `OTEL_EXPORTER_OTLP_${s}`,
    `OTEL_EXPORTER_OTLP_LOGS_${s}`,
  ]),
);

/** The Express example's own variables (where to listen); everything else must be lockbox's. */
const EXAMPLE_OWN_VARIABLES = new Set(["HOST", "PORT"]);

type Yaml = Record<string, unknown>;
const obj = (v: unknown, what: string): Yaml => {
  assert(v !== null && typeof v === "object" && !Array.isArray(v), `${what} is not a mapping`);
  return v as Yaml;
};

Deno.test("observability.ts mentions the variables this test relies on", () => {
  const vars = moduleVariables();
  for (
    const name of [
      "OTEL_EXPORTER_OTLP_ENDPOINT",
      "GRAFANA_CLOUD_INSTANCE_ID",
      "GRAFANA_CLOUD_TOKEN",
      "OTEL_SERVICE_NAME",
      "LOG_LEVEL",
    ]
  ) assert(vars.has(name), `${name} not found in observability.ts`);
});

Deno.test("deploy/otel-collector/config.yaml wires otlp → memory_limiter, batch → otlphttp with basic auth", () => {
  const text = read("deploy/otel-collector/config.yaml");
  const config = obj(parse(text), "config");
  const service = obj(config.service, "service");
  const logs = obj(obj(service.pipelines, "service.pipelines").logs, "pipelines.logs");
  assertEquals(logs.receivers, ["otlp"]);
  assertEquals(logs.processors, ["memory_limiter", "batch"], "memory_limiter must come first");
  assertEquals(logs.exporters, ["otlphttp/grafana_cloud"]);
  // Every component a pipeline names is defined in its section.
  for (const [section, names] of Object.entries(logs)) {
    for (const name of names as string[]) {
      assert(name in obj(config[section], section), `${section}.${name} is not defined`);
    }
  }
  const receiver = obj(obj(config.receivers, "receivers").otlp, "receivers.otlp");
  assertEquals(obj(obj(receiver.protocols, "protocols").http, "http").endpoint, "0.0.0.0:4318");
  const exporter = obj(
    obj(config.exporters, "exporters")["otlphttp/grafana_cloud"],
    "exporters.otlphttp/grafana_cloud",
  );
  assertEquals(exporter.endpoint, "${env:OTEL_EXPORTER_OTLP_ENDPOINT}");
  const authenticator = obj(exporter.auth, "auth").authenticator as string;
  assert((service.extensions as string[]).includes(authenticator), "auth extension not enabled");
  const auth = obj(obj(config.extensions, "extensions")[authenticator], authenticator);
  assertEquals(obj(auth.client_auth, "client_auth"), {
    username: "${env:GRAFANA_CLOUD_INSTANCE_ID}",
    password: "${env:GRAFANA_CLOUD_TOKEN}",
  });
  const used = [...text.matchAll(/\$\{env:([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);
  const known = moduleVariables();
  for (const name of used) assert(known.has(name), `${name} is not a variable lockbox reads`);
});

Deno.test("deploy/alloy/config.alloy wires the same pipeline and reads lockbox's variable names", () => {
  const text = read("deploy/alloy/config.alloy");
  const code = text.replace(/\/\/.*$/gm, "");
  let depth = 0;
  for (const ch of code) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    assert(depth >= 0, "unbalanced braces");
  }
  assertEquals(depth, 0, "unbalanced braces");
  // Components defined at the top level: `otelcol.x.y "label" {`.
  const defined = new Set(
    [...code.matchAll(/^([a-z_.]+) "([a-z_]+)" \{/gm)].map((m) => `${m[1]}.${m[2]}`),
  );
  for (
    const c of [
      "otelcol.receiver.otlp.default",
      "otelcol.processor.memory_limiter.default",
      "otelcol.processor.batch.default",
      "otelcol.auth.basic.grafana_cloud",
      "otelcol.exporter.otlphttp.grafana_cloud",
    ]
  ) assert(defined.has(c), `${c} is not defined`);
  // Every reference to another component's input or handler points at a defined one.
  const refs = [...code.matchAll(/\b(otelcol\.[a-z_.]+)\.(input|handler)\b/g)].map((m) => m[1]);
  assert(refs.length >= 4, "too few component references");
  for (const r of refs) assert(defined.has(r), `reference to undefined component ${r}`);
  // The receiver feeds memory_limiter, which feeds batch, which feeds the exporter.
  assert(
    /receiver\.otlp[\s\S]*logs = \[otelcol\.processor\.memory_limiter\.default\.input\]/.test(code),
  );
  assert(/memory_limiter[\s\S]*logs = \[otelcol\.processor\.batch\.default\.input\]/.test(code));
  const used = [...code.matchAll(/sys\.env\("([A-Za-z0-9_]+)"\)/g)].map((m) => m[1]);
  assertEquals(used.sort(), [
    "GRAFANA_CLOUD_INSTANCE_ID",
    "GRAFANA_CLOUD_TOKEN",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
  ]);
  const known = moduleVariables();
  for (const name of used) assert(known.has(name), `${name} is not a variable lockbox reads`);
});

Deno.test("deploy/compose.yaml gives the service only lockbox variables and the collector its config", () => {
  const compose = obj(parse(read("deploy/compose.yaml")), "compose");
  const services = obj(compose.services, "services");
  const known = moduleVariables();
  const app = obj(services["orders-api"], "orders-api");
  const appEnv = obj(app.environment, "orders-api.environment");
  for (const name of Object.keys(appEnv)) {
    assert(
      known.has(name) || EXAMPLE_OWN_VARIABLES.has(name),
      `orders-api sets ${name}, which lockbox does not read`,
    );
  }
  assertEquals(appEnv.OTEL_EXPORTER_OTLP_ENDPOINT, "http://otel-collector:4318");
  assert(!("GRAFANA_CLOUD_TOKEN" in appEnv), "the service must not hold the Grafana Cloud token");
  const command = app.command as string[];
  assert(Deno.statSync(ROOT + command.at(-1)).isFile, `${command.at(-1)} does not exist`);

  const collector = obj(services["otel-collector"], "otel-collector");
  const mount = (collector.volumes as string[])[0].split(":");
  assert(Deno.statSync(ROOT + "deploy/" + mount[0]).isFile, `${mount[0]} does not exist`);
  assertEquals(collector.command, [`--config=${mount[1]}`]);
  const collectorEnv = obj(collector.environment, "otel-collector.environment");
  for (const [name, value] of Object.entries(collectorEnv)) {
    assert(known.has(name), `otel-collector gets ${name}, which is not a lockbox variable`);
    // Interpolated from the same name on the host, and required.
    assert(String(value).startsWith(`\${${name}:?`), `${name} must come from the host's ${name}`);
  }
  // Exactly the variables the collector config reads.
  const configVars = [
    ...read("deploy/otel-collector/config.yaml").matchAll(/\$\{env:([A-Za-z0-9_]+)\}/g),
  ].map((m) => m[1]);
  assertEquals(Object.keys(collectorEnv).sort(), [...new Set(configVars)].sort());
});

Deno.test("README's Deno --allow-env list names every variable the module reads", () => {
  // A name missing from the list makes Deno throw where the module reads it; extra names only
  // widen the permission (the list may name a variable of the next release before it merges).
  const readme = read("README.md");
  const flag = readme.match(/--allow-env=([A-Z0-9_,]+)/);
  assert(flag, "no --allow-env=… list in README.md");
  const listed = new Set(flag[1].split(","));
  for (const name of moduleVariables()) {
    assert(listed.has(name), `README's --allow-env list lacks ${name}`);
  }
  for (const name of EXPORTER_OWN_VARIABLES) {
    assert(listed.has(name), `README's --allow-env list lacks ${name} (read by the OTel exporter)`);
  }
});
