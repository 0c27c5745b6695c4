// Fault-matrix child: one scenario against one lockbox bundle, unchanged on Node, Bun and Deno.
//
// test/faults/faults_test.ts copies this file next to freshly built bundles in an empty
// temporary directory and starts it on each runtime with:
//
// - LOCKBOX_FAULT_BUNDLE: absolute path of the bundle to import (observability.<runtime>.mjs);
// - LOCKBOX_FAULT_CASE: the scenario to run (a key of SCENARIOS below);
// - LOCKBOX_FAULT_PARAMS: the scenario's parameters as JSON (optional);
// - lockbox's own variables (OTEL_*, LOG_*) shaping the fault.
//
// It uses only the bundle's public API. Everything the runner asserts is reported on stderr as
// one `TAG <json>` line per figure: CALLS (log calls made, counted here), INIT_MS, DELAY (worst
// lateness of a 5 ms interval on this thread, from init to the end of shutdown, in ms),
// RSS_GROWTH (bytes), SHUTDOWN_MS and STATS (what shutdownObservability() resolved with).
// stdout carries lockbox's JSON lines only.
//
// Exit codes: those of the scenario (0, or what it provokes: process.exit(7), an uncaught
// throw); 2 when the environment names no bundle or an unknown scenario.

import process from "node:process";
import { pathToFileURL } from "node:url";

const bundle = process.env.LOCKBOX_FAULT_BUNDLE ?? "";
const caseName = process.env.LOCKBOX_FAULT_CASE ?? "";
const params = JSON.parse(process.env.LOCKBOX_FAULT_PARAMS || "{}");

// The module does not expose its workers. Every runtime emits process "worker" (a Node API that
// Bun and Deno implement) for each Worker created, so the worker-death scenarios get the real
// ones, in creation order. Registered before the bundle loads, so none is missed.
const lockboxWorkers = [];
process.on("worker", (w) => {
  lockboxWorkers.push(w);
});

if (bundle === "") {
  console.error("fault child: LOCKBOX_FAULT_BUNDLE is not set: run it through faults_test.ts");
  process.exit(2);
}
const lockbox = await import(pathToFileURL(bundle).href);

// #region Measuring

/** One `TAG <json>` line on stderr for the runner. */
function report(tag, value) {
  console.error(`${tag} ${JSON.stringify(value)}`);
}

let calls = 0;
let meter = null;

/**
 * Starts the session from the environment and the delay and memory meters. initObservability()
 * is timed apart (INIT_MS): spawning the worker is a one-time cost, not the fault's effect.
 */
function start(options = {}) {
  const t0 = performance.now();
  lockbox.initObservability(options);
  const initMs = performance.now() - t0;
  const m = { initMs, delay: 0, last: performance.now(), rss0: rss(), rssMax: 0, timer: null };
  m.rssMax = m.rss0;
  m.timer = setInterval(() => {
    const now = performance.now();
    m.delay = Math.max(m.delay, now - m.last - 5);
    m.last = now;
  }, 5);
  meter = m;
}

function rss() {
  return process.memoryUsage().rss;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Logs `n` records of about 200 bytes, paced evenly over `ms` milliseconds (one slice per 5 ms
 * tick), each numbered `i` from 0 within its event.
 */
async function load(n, ms, event = "load", logger = lockbox.getLogger("fault")) {
  const ticks = Math.max(1, Math.floor(ms / 5));
  const perTick = Math.ceil(n / ticks);
  const t0 = performance.now();
  let i = 0;
  for (let slice = 0; i < n; slice++) {
    for (const end = Math.min(n, i + perTick); i < end; i++) {
      calls++;
      logger.info(event, { i, order_id: "co_" + i, symbol: "AAPL", pad: "x".repeat(60) });
    }
    meter.rssMax = Math.max(meter.rssMax, rss());
    // Paced against the clock, not the tick count, so a late timer does not stretch the run.
    const due = t0 + (slice + 1) * (ms / ticks);
    while (performance.now() < due) await tick();
  }
}

/** Resolves once cond() holds (checked every 5 ms); throws after timeoutMs. */
async function until(what, cond, timeoutMs = 10_000) {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > timeoutMs) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}: ` +
          JSON.stringify(lockbox.observabilityStats()),
      );
    }
    await tick();
  }
}

/** Shuts down within `timeoutMs` and reports every figure, stats last. */
async function shutdownMeasured(timeoutMs) {
  const t0 = performance.now();
  const stats = await lockbox.shutdownObservability({ timeoutMs });
  const elapsed = performance.now() - t0;
  clearInterval(meter.timer);
  meter.rssMax = Math.max(meter.rssMax, rss());
  report("CALLS", calls);
  report("INIT_MS", Math.round(meter.initMs * 10) / 10);
  report("DELAY", Math.round(meter.delay * 10) / 10);
  report("RSS_GROWTH", meter.rssMax - meter.rss0);
  report("SHUTDOWN_MS", Math.round(elapsed));
  report("STATS", stats);
}

/**
 * Resolves with the next line the runner sends on stdin. stdin is opened on the first call only:
 * the other scenarios run with stdin closed, and an open stdin would keep the process alive.
 */
let stdinLines = null;
function nextCommand() {
  if (stdinLines === null) {
    stdinLines = { buffered: "", waiting: [] };
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      stdinLines.buffered += chunk;
      deliver();
    });
  }
  return new Promise((resolve) => {
    stdinLines.waiting.push(resolve);
    deliver();
  });
}

function deliver() {
  let nl;
  while ((nl = stdinLines.buffered.indexOf("\n")) >= 0 && stdinLines.waiting.length > 0) {
    const line = stdinLines.buffered.slice(0, nl);
    stdinLines.buffered = stdinLines.buffered.slice(nl + 1);
    stdinLines.waiting.shift()(line);
  }
}

// #endregion

// #region Scenarios

const SCENARIOS = {
  /**
   * `records` records over `ms` milliseconds, then shutdown within `shutdownMs`. The OTLP fault
   * is the receiver's (or the endpoint's) doing; this side is the same for all of them.
   */
  async load({ records = 300, ms = 300, shutdownMs = 3000 }) {
    start();
    await load(records, ms);
    await shutdownMeasured(shutdownMs);
  },

  /**
   * The receiver goes away and comes back: 100 records while it is up, 100 while it is away
   * (the runner closes it after `PHASE before`), 100 after it is back (after `PHASE during`).
   */
  async "away-and-back"() {
    start();
    const otlp = () => lockbox.observabilityStats().otlp;
    await load(100, 200, "before");
    await until("the records before to be exported", () => otlp().exported >= 100);
    report("PHASE", "before");
    await nextCommand();
    await load(100, 200, "during");
    await until("the records during to fail", () => otlp().failed >= 100);
    report("PHASE", "during");
    await nextCommand();
    await load(100, 200, "after");
    await until("the records after to be exported", () => otlp().exported >= 200);
    await shutdownMeasured(3000);
  },

  /**
   * 20,000 records over 2 s while the runner does not read stdout (a 64 KiB pipe); STALLED
   * reports the figures at that point. Once the runner reads again and everything is through,
   * 100 more records, then shutdown.
   */
  async "stdout-stall"() {
    start();
    await load(20_000, 2000, "stalled");
    report("STALLED", { delay: meter.delay, ...lockbox.observabilityStats() });
    await until("the reader to resume", () => lockbox.observabilityStats().pending === 0, 20_000);
    await load(100, 50, "after_resume");
    await shutdownMeasured(5000);
  },

  /**
   * The consumer worker dies mid-run: `terminated` from outside (like an OOM kill of the
   * thread), or `crashed` by an uncaught exception inside it, raised by malformed messages on
   * its real port. The consumer is the last worker lockbox created (any helper thread would
   * start before it). 200 records before, 200 around the death, 200 once lockbox reports inline
   * mode; a worker that survives its fault is reported (WORKER_DIED false) and the run goes on.
   */
  async "worker-death"({ how }) {
    start();
    await load(200, 200, "before");
    await until("the worker", () => lockbox.observabilityStats().mode === "worker");
    report("WORKERS", lockboxWorkers.length);
    const victim = lockboxWorkers.at(-1);
    if (victim === undefined) throw new Error('mode is "worker" but process "worker" saw none');
    const exited = new Promise((resolve) => victim.once("exit", resolve));
    if (how === "terminated") {
      await victim.terminate();
    } else {
      // Shapes the worker cannot handle: a batch that is not one, a message that is not an
      // object. What matters is that its thread throws, not which of them does it.
      for (const msg of [{ t: "batch", batch: null }, null, { t: "batch" }, 42]) {
        victim.postMessage(msg);
      }
    }
    const died = await Promise.race([
      exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 3000)),
    ]);
    report("WORKER_DIED", died);
    await load(200, 200, "around");
    if (died) {
      await until("inline mode", () => lockbox.observabilityStats().mode === "inline", 5000);
    }
    await load(200, 200, "after");
    await shutdownMeasured(3000);
  },

  /** 2,000 records, then process.exit(7) at once; the exit listener reports what lockbox did. */
  "exit-pending"() {
    lockbox.initObservability({ serviceName: "exit-2000" });
    const log = lockbox.getLogger("exit");
    // Registered after init, so it runs after lockbox's own exit hook has flushed.
    process.on("exit", () => {
      report("EXIT_MS", Math.round(performance.now() - t0));
      report("CALLS", calls);
      report("STATS", lockbox.observabilityStats());
    });
    for (let i = 0; i < 2000; i++) {
      calls++;
      log.info("pending", { i, pad: "x".repeat(60) });
    }
    const t0 = performance.now();
    process.exit(7);
  },

  /** Three records, then an uncaught throw at the top level of this module. */
  "uncaught-top"() {
    logThreeThenReport();
    throw new Error("boom");
  },

  /** Three records, then an uncaught throw in a timer callback. */
  "uncaught-timer"() {
    logThreeThenReport();
    setTimeout(() => {
      throw new Error("boom");
    });
  },
};

/**
 * Three error records with lazy init (as a service that never calls initObservability()), and a
 * report of the stats when the process ends. The listeners are added after lockbox's (first log
 * call), so they run after its flush: process "exit" where the runtime emits it for an uncaught
 * error (Node, Bun), the global error events where it does not (Deno).
 */
function logThreeThenReport() {
  const log = lockbox.getLogger("crash");
  for (let i = 0; i < 3; i++) {
    calls++;
    log.error("before_crash", { i });
  }
  let reported = false;
  const final = () => {
    if (reported) return;
    reported = true;
    report("CALLS", calls);
    report("STATS", lockbox.observabilityStats());
  };
  process.on("exit", final);
  globalThis.addEventListener?.("error", final);
  globalThis.addEventListener?.("unhandledrejection", final);
}

// #endregion

const scenario = SCENARIOS[caseName];
if (scenario === undefined) {
  console.error(`fault child: unknown scenario ${JSON.stringify(caseName)}`);
  process.exit(2);
}
await scenario(params);
