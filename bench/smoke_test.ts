/**
 * Smoke test of the benchmarks: bench/run.ts --smoke runs one tiny round of every case (all
 * libraries, all runtimes) in a temporary directory and must write a complete report. Not part
 * of `npm test`; run with `deno test -A bench/smoke_test.ts`.
 *
 * @module
 */

import { assert, assertEquals } from "@std/assert";

Deno.test("bench/run.ts --smoke runs every case and writes the report", async () => {
  const dir = await Deno.makeTempDir({ prefix: "lockbox_bench_smoke_" });
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("run.ts", import.meta.url).pathname, "--smoke", "--out", dir],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    assertEquals(out.code, 0, stderr);
    const all = JSON.parse(await Deno.readTextFile(`${dir}/results.json`));
    assertEquals(all.failures, []);
    const count = (key: string) => (all.results[key] ?? []).length;
    assertEquals(count("caller_cost"), 7);
    assertEquals(count("caller_cost_runtimes"), 2);
    assertEquals(count("busy"), 7);
    assertEquals(count("stall"), 4);
    assertEquals(count("dead_endpoint"), 3);
    assertEquals(count("throughput"), 3);
    assertEquals(count("startup"), 3);
    const md = await Deno.readTextFile(`${dir}/BENCHMARKS.md`);
    assert(md.includes("## Targets (issue 6)"), md);
    const png = await Deno.readFile(`${dir}/benchmarks.png`);
    assertEquals([...png.subarray(1, 4)], [80, 78, 71]); // "PNG"
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
