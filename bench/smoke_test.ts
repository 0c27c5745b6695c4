/**
 * Smoke test of the benchmarks (part of `npm test` as `test:bench-smoke`): bench/run.ts --smoke
 * runs one tiny round of every case in a temporary directory and must write a complete report.
 *
 * On a machine that ran only the repository's `npm ci`, bench's peers (bench/peers/node_modules)
 * are absent: the lockbox, raw OTel SDK, console, floor and no-logging cases run, the peer cases
 * (pino, pino + transport, LogTape, winston) are skipped, and the test says so in its output
 * and checks that the report says so too.
 *
 * @module
 */

import { assert, assertEquals } from "@std/assert";
import { peersInstalled } from "./adapters/peer.ts";

Deno.test("bench/run.ts --smoke runs every case it can and writes the report", async () => {
  const peers = peersInstalled();
  console.log(
    peers
      ? "bench smoke: bench/peers/node_modules present: every case, peers included"
      : "bench smoke: bench/peers/node_modules missing: peer cases (pino, pino_otel, logtape, " +
        "winston) SKIPPED; lockbox, raw OTel SDK, console, floor run (npm ci --prefix bench/peers " +
        "to include them)",
  );
  const dir = await Deno.makeTempDir({ prefix: "lockbox_bench_smoke_" });
  try {
    const run = new URL("run.ts", import.meta.url).pathname;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", run, "--smoke", "--out", dir],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assertEquals(out.code, 0, stderr);
    const all = JSON.parse(await Deno.readTextFile(`${dir}/results.json`));
    assertEquals(all.failures, []);
    assertEquals(all.meta.peers, peers);
    const libs = (key: string) => (all.results[key] ?? []).map((r: { lib: string }) => r.lib);
    const peerLibs = peers ? ["pino", "pino_otel", "logtape", "winston"] : [];
    const loggers = ["floor", "lockbox", ...peerLibs, "otel_sdk", "console"];
    assertEquals(libs("caller_cost").sort(), loggers.sort());
    assertEquals(libs("caller_cost_runtimes"), ["lockbox", "lockbox"]);
    assertEquals(
      libs("steady").sort(),
      ["none", "none", "none", ...loggers.filter((l) => l !== "floor")].sort(),
    );
    assertEquals(libs("steady_runtimes"), ["none", "lockbox", "none", "lockbox"]);
    assertEquals(libs("stall"), ["lockbox"]);
    assertEquals(libs("dead_endpoint"), ["lockbox", ...(peers ? ["pino_otel"] : []), "otel_sdk"]);
    assertEquals(libs("throughput"), ["lockbox", "lockbox", "lockbox"]);
    assertEquals(libs("startup"), ["lockbox", "lockbox", "lockbox"]);
    // Every lockbox run measured the working tree's build, with the policy guard off.
    for (const r of all.results.steady.filter((x: { lib: string }) => x.lib === "lockbox")) {
      assertEquals(r.droppedQueueFull, 0);
      assert(r.mainCpuNs > 0 && r.processCpuNs > 0, JSON.stringify(r));
    }
    const md = await Deno.readTextFile(`${dir}/BENCHMARKS.md`);
    assert(md.includes("## Targets (pipeline v2)"), md);
    assert(md.includes("`LOG_RATE_LIMIT=0`"), md);
    assert(md.includes("Measured code: repository at "), md);
    assertEquals(md.includes("peer cases (pino, pino_otel, logtape, winston) skipped"), !peers);
    if (peers) {
      const png = await Deno.readFile(`${dir}/benchmarks.png`);
      assertEquals([...png.subarray(1, 4)], [80, 78, 71]); // "PNG"
    } else {
      assert((await Deno.readTextFile(`${dir}/benchmarks.svg`)).startsWith("<svg"));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
