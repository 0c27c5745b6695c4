// The smoke test: init, five `grafana_smoke_test` records with an `iteration`
// attribute, shutdown; five JSON lines on stdout and five OTLP records at the receiver with the
// right resource.
//
// The test runs this same file as a child with only the permissions the module needs:
//   deno run --allow-env --allow-net=127.0.0.1 --allow-read=<path of observability.ts> smoke_test.ts
// (env: configuration and the OTel exporter's own variables; net: the collector; read: the
// worker loads its own module file). Under `deno test` it starts the receiver and asserts.

import { assertEquals } from "@std/assert";
import process from "node:process";
import { getLogger, initObservability, shutdownObservability } from "./mod.ts";
import { startOtlpReceiver } from "./scripts/otlp_receiver.ts";

const MODULE_PATH = new URL("./observability.ts", import.meta.url).pathname;

/** The smoke scenario itself (the child side). */
async function smoke(): Promise<void> {
  initObservability();
  const log = getLogger("smoke");
  for (let iteration = 1; iteration <= 5; iteration++) {
    log.info("grafana_smoke_test", { iteration });
  }
  const stats = await shutdownObservability();
  process.stderr.write(`STATS ${JSON.stringify(stats)}\n`);
}

if (process.env.LOCKBOX_SMOKE_CHILD === "1") await smoke();

Deno.test("smoke: five grafana_smoke_test records reach stdout and OTLP with least privilege", async () => {
  const receiver = await startOtlpReceiver({
    quiet: true,
    basicAuth: { username: "424242", password: "glc_smoke_token" },
  });
  try {
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-env",
        "--allow-net=127.0.0.1",
        `--allow-read=${MODULE_PATH}`,
        new URL(import.meta.url).pathname,
      ],
      clearEnv: true,
      env: {
        PATH: Deno.env.get("PATH") ?? "",
        HOME: Deno.env.get("HOME") ?? "",
        LOCKBOX_SMOKE_CHILD: "1",
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: "smoke-service",
        APP_ENV: "ci",
        APP_VERSION: "9.9.9",
        GRAFANA_CLOUD_INSTANCE_ID: "424242",
        GRAFANA_CLOUD_TOKEN: "glc_smoke_token",
      },
      stdout: "piped",
      stderr: "piped",
    });
    const out = await child.output();
    const stdout = new TextDecoder().decode(out.stdout);
    const stderr = new TextDecoder().decode(out.stderr);
    assertEquals(out.code, 0, stderr);

    const lines = stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    assertEquals(lines.map((l) => [l.message, l.iteration, l.service, l.env, l.version]), [
      ["grafana_smoke_test", 1, "smoke-service", "ci", "9.9.9"],
      ["grafana_smoke_test", 2, "smoke-service", "ci", "9.9.9"],
      ["grafana_smoke_test", 3, "smoke-service", "ci", "9.9.9"],
      ["grafana_smoke_test", 4, "smoke-service", "ci", "9.9.9"],
      ["grafana_smoke_test", 5, "smoke-service", "ci", "9.9.9"],
    ]);

    const records = await receiver.waitForRecords(5);
    assertEquals(records.map((r) => [r.body, r.attributes.iteration]), [
      ["grafana_smoke_test", 1],
      ["grafana_smoke_test", 2],
      ["grafana_smoke_test", 3],
      ["grafana_smoke_test", 4],
      ["grafana_smoke_test", 5],
    ]);
    for (const r of records) {
      assertEquals(r.resource["service.name"], "smoke-service");
      assertEquals(r.resource["deployment.environment.name"], "ci");
      assertEquals(r.resource["service.version"], "9.9.9");
    }
    const stats = JSON.parse(stderr.split("\n").find((l) => l.startsWith("STATS "))!.slice(6));
    assertEquals([stats.mode, stats.accepted, stats.stdout.written, stats.otlp.exported], [
      "worker",
      5,
      5,
      5,
    ]);
  } finally {
    await receiver.close();
  }
});
