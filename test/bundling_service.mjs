// A sample service for test/bundling_test.ts. The test copies it next to a vendored lockbox
// bundle, bundles or compiles it the way services do, runs it, and reads what it prints:
//
// - stderr: `MARKER …` once per evaluation of this file's top-level code (a worker started
//   from the service's own bundle would evaluate it again and print it again);
//   `CHECKPOINT <name>` lines, after each of which the service waits for one line on stdin
//   while the test reads this process's threads from /proc (the service needs no permission
//   for that, so Deno runs it without --allow-read); one `RESULT <json>` line at the end.
// - stdout: lockbox's JSON lines only.
//
// No top-level await, so esbuild can also emit it as CommonJS. The test rewrites the import
// to the runtime's bundle name.

import { pbkdf2 } from "node:crypto";
import process from "node:process";
import {
  getLogger,
  initObservability,
  observabilityStats,
  shutdownObservability,
} from "./vendor/observability/observability.node.mjs";

process.stderr.write("MARKER service top-level code evaluated\n");

let pending = 0; // lines the test sent that no checkpoint has consumed yet
let wake = null;
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  pending += chunk.split("\n").length - 1;
  if (wake !== null && pending > 0) wake();
});

/** Tells the test to look at this process now; resolves when it has (one line on stdin). */
function checkpoint(name) {
  process.stderr.write(`CHECKPOINT ${name}\n`);
  return new Promise((resolve) => {
    wake = () => {
      pending--;
      wake = null;
      resolve();
    };
    if (pending > 0) wake();
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function main() {
  // One call on the runtime's own thread pool (Node's libuv pool starts 4 threads on first use)
  // before the baseline, so the thread counts differ only by what lockbox starts.
  await new Promise((resolve) => pbkdf2("warm", "up", 1, 32, "sha256", resolve));
  await checkpoint("before");
  const started = performance.now();
  initObservability();
  // "starting" until the worker says it is up; bounded so a stuck start shows as a wrong mode.
  for (let i = 0; i < 2000 && observabilityStats().mode === "starting"; i++) await tick();
  const mode = observabilityStats().mode;
  const ready = performance.now();
  const log = getLogger("bundling-test");
  for (let i = 0; i < 50; i++) log.info("bundling_record", { i });
  await checkpoint("during");
  const logged = performance.now();
  const stats = await shutdownObservability();
  const shutDown = performance.now();
  await checkpoint("after");
  process.stdin.destroy(); // lets the program end by itself
  const ms = { ready: ready - started, shutdown: shutDown - logged };
  process.stderr.write(`RESULT ${JSON.stringify({ mode, stats, ms })}\n`);
}

main();
