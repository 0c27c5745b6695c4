// Conformance suite for the lockbox bundles: one file, run unchanged on Node (`node --test`),
// Bun (`bun test`) and Deno (`deno test`) against the bundle of that runtime.
//
// scripts/conformance.ts copies this file, one bundle (as `observability.mjs`) and
// `observability.d.ts` into an empty temporary directory, starts the OTLP receivers in its own
// process and runs this file there; it passes what the tests need through the environment
// (LOCKBOX_CONFORMANCE_*). Run it through that runner, not directly.
//
// Anything that writes JSON lines to stdout or exits runs in a child process of the same
// runtime: this very file, started with LOCKBOX_CONFORMANCE_SCENARIO=<name>, which runs one
// scenario instead of registering tests. Its real stdout bytes, exit code and stderr are
// asserted; OTLP deliveries are read back from the receiver (`GET /requests`).

import * as lockbox from "./observability.mjs";
// Copied next to this file by scripts/conformance.ts (from test/core/): the cases the core tests
// run from source, so source and bundles are held to the same bytes.
import {
  JSON_LINE_ACCEPTED,
  JSON_LINE_EXPECTED,
  logJsonLineInputs,
  PUBLIC_API,
} from "./contract_fixture.mjs";
import { spawn } from "node:child_process";
import { dirname } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const HERE = dirname(SELF);
const RUNTIME = globalThis.Deno ? "deno" : process.versions.bun ? "bun" : "node";
/** `process.runtime.name` lockbox reports for this runtime. */
const RUNTIME_NAME = { deno: "deno", bun: "bun", node: "nodejs" }[RUNTIME];

// #region Scenarios (child side)

/** Child scenarios: each uses only the public API, then reports on stderr. */
const SCENARIOS = {
  /** The JSON line contract on fixed inputs (the same inputs as the core test). */
  "json-line": async () => {
    logJsonLineInputs(lockbox);
    report("STATS", await lockbox.shutdownObservability());
  },

  /** Five levels over OTLP (protocol and endpoint from the environment); reports the mode. */
  otlp: async () => {
    lockbox.initObservability();
    report("MODE", lockbox.observabilityStats().mode);
    const log = lockbox.getLogger("trade-exec", { run_id: "live_44" });
    for (const level of ["debug", "info", "warn", "error", "fatal"]) {
      log[level](`evt_${level}`, { order_id: "co_1", qty: 100, px: 189.5, ok: true });
    }
    report("STATS", await lockbox.shutdownObservability());
  },

  /** Two records; Basic auth comes from GRAFANA_CLOUD_INSTANCE_ID/TOKEN. */
  auth: async () => {
    const log = lockbox.getLogger("auth");
    log.info("authed", { i: 1 });
    log.info("authed", { i: 2 });
    report("STATS", await lockbox.shutdownObservability());
  },

  /** A burst of 100 into a queue of LOG_QUEUE_MAXSIZE. */
  "queue-full": async () => {
    const log = lockbox.getLogger("q");
    for (let i = 0; i < 100; i++) log.info("burst", { i });
    report("STATS", await lockbox.shutdownObservability());
  },

  /** 50 records, shutdown, one call while it runs and one after. */
  shutdown: async () => {
    const log = lockbox.getLogger("s");
    for (let i = 0; i < 50; i++) log.info("before", { i });
    const pending = lockbox.shutdownObservability();
    log.info("after_start");
    const stats = await pending;
    log.info("after_end");
    report("FINAL", stats);
    report("STATS", lockbox.observabilityStats());
  },

  /** OTLP to a 127.0.0.1 port nobody listens on (bound, then closed). */
  refused: async () => {
    const { createServer } = await import("node:net");
    const server = createServer();
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address();
    await new Promise((r) => server.close(r));
    await faultLoad(300, 30, { endpoint: `http://127.0.0.1:${port}`, timeoutMs: 500 });
  },

  /**
   * 9,900 lines of ~200 bytes (99 ticks of 100, ~1 s); the harness does not read stdout for the
   * first 0.6 s, long enough to fill the pipe and the 2,000-record queue.
   */
  "stdout-stall": async () => {
    await faultLoad(9900, 100, { exporter: "none" });
  },

  /**
   * Sink independence: 3,000 records over ~1 s to a healthy collector while the harness does not
   * read stdout for 2.5 s; reports MID (the stats once OTLP exported them all, or after 1.5 s
   * more), while stdout is still stalled.
   */
  "stdout-stall-otlp": async () => {
    lockbox.initObservability({ rateLimit: 0, batch: { scheduledDelayMs: 100 } });
    const log = lockbox.getLogger("fault");
    for (let i = 0; i < 3000; i += 30) {
      for (let k = 0; k < 30; k++) {
        log.info("stall_otlp", { i: i + k, pad: "x".repeat(120), symbol: "AAPL" });
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const t0 = performance.now();
    while (lockbox.observabilityStats().otlp.exported < 3000 && performance.now() - t0 < 1500) {
      await new Promise((r) => setTimeout(r, 10));
    }
    report("MID", lockbox.observabilityStats());
    report("STATS", await lockbox.shutdownObservability({ timeoutMs: 5000 }));
  },

  /** Five records, then the program simply ends (beforeExit). */
  "exit-natural": () => logFive(),

  /** Five records, then process.exit(7). */
  "exit-call": () => {
    logFive();
    process.exit(7);
  },

  /** Five records, then waits for SIGTERM or SIGINT (the harness sends it after READY). */
  signal: () => readyForSignal(),

  /**
   * The service's own SIGTERM handler (`process.on`), registered before init: it drains (100
   * records, one per timer turn), shuts lockbox down, reports the stats and exits 0.
   */
  "signal-handler-before": () => handlerBeforeInit("on"),

  /** The same with `process.once`, which removes itself as the signal is dispatched. */
  "signal-once-before": () => handlerBeforeInit("once"),

  /**
   * The service's own SIGTERM handler, registered after init: it drains, then calls
   * process.exit(0) without shutting lockbox down (the exit hook finishes it).
   */
  "signal-handler-after": async () => {
    lockbox.initObservability();
    process.on("SIGTERM", async () => {
      await drain();
      process.exit(0);
    });
    await readyForSignal();
  },

  /**
   * Deno only: the service's own SIGTERM listener added with `Deno.addSignalListener` (which
   * node:process does not list) after init; it drains, then calls process.exit(0).
   */
  "signal-deno-listener": async () => {
    lockbox.initObservability();
    globalThis.Deno.addSignalListener("SIGTERM", async () => {
      await drain();
      process.exit(0);
    });
    await readyForSignal();
  },

  /**
   * No service handler, a collector that accepts connections and never answers (in this
   * process): lockbox's flush would wait up to its 30 s deadline; the harness sends SIGTERM
   * after READY and SIGINT once lockbox says it is flushing.
   */
  "signal-second": async () => {
    const { createServer } = await import("node:net");
    const silent = createServer(() => {});
    await new Promise((r) => silent.listen(0, "127.0.0.1", r));
    silent.unref();
    lockbox.initObservability({
      endpoint: `http://127.0.0.1:${silent.address().port}`,
      shutdownTimeoutMs: 30000,
    });
    await readyForSignal();
  },
};

/** A SIGTERM handler registered with `process[method]` before init: drain, shut down, exit 0. */
async function handlerBeforeInit(method) {
  // `keep` is read only once the signal comes, after READY.
  process[method]("SIGTERM", async () => {
    clearInterval(keep);
    await drain();
    report("STATS", await lockbox.shutdownObservability());
    process.exit(0);
  });
  const keep = await readyForSignal();
}

/** The service's drain in its own signal handler: 100 records, one per timer turn. */
async function drain() {
  const log = lockbox.getLogger("svc");
  for (let i = 0; i < 100; i++) {
    log.info("draining", { i });
    await new Promise((r) => setTimeout(r, 1));
  }
}

/**
 * Logs five records, waits until stdout has them, keeps the process alive and prints READY;
 * returns the keep-alive interval.
 */
async function readyForSignal() {
  logFive();
  while (lockbox.observabilityStats().stdout.written < 5) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const keep = setInterval(() => {}, 1000);
  console.error("READY");
  return keep;
}

/**
 * Faults where the runtime matters: logs `total` records at `perTick` per 10 ms while a
 * 5 ms timer measures the worst delay of this event loop, then shuts down within 3 s and
 * reports `DELAY <ms>`, `SHUTDOWN <ms>` and the stats.
 */
async function faultLoad(total, perTick, options) {
  // `total` is a multiple of `perTick`: the counts the tests assert are exact.
  lockbox.initObservability({ rateLimit: 0, ...options });
  const log = lockbox.getLogger("fault");
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  for (let i = 0; i < total; i += perTick) {
    for (let k = 0; k < perTick; k++) {
      log.info("fault_load", { i: i + k, pad: "x".repeat(120), symbol: "AAPL" });
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  clearInterval(timer);
  report("DELAY", worst);
  const t0 = performance.now();
  const stats = await lockbox.shutdownObservability({ timeoutMs: 3000 });
  report("SHUTDOWN", performance.now() - t0);
  report("STATS", stats);
}

function logFive() {
  lockbox.initObservability();
  const log = lockbox.getLogger("exit");
  for (let i = 0; i < 5; i++) log.info("pending", { i });
}

/** One `TAG <json>` line on stderr for the harness. */
function report(tag, value) {
  console.error(`${tag} ${JSON.stringify(value)}`);
}

// #endregion

const scenario = process.env.LOCKBOX_CONFORMANCE_SCENARIO;
if (scenario !== undefined && scenario !== "") {
  const run = SCENARIOS[scenario];
  if (run === undefined) {
    console.error(`conformance: unknown scenario ${JSON.stringify(scenario)}`);
    process.exit(2);
  }
  await run();
} else {
  await registerTests();
}

// #region Tests (harness side)

async function registerTests() {
  const { test } = await import("node:test");
  const { default: assert } = await import("node:assert/strict");

  const need = (name) => {
    const value = process.env[name];
    if (value === undefined || value === "") {
      throw new Error(`${name} is not set: run this suite through scripts/conformance.ts`);
    }
    return value;
  };
  const OTLP_URL = need("LOCKBOX_CONFORMANCE_OTLP_URL");
  const AUTH_URL = need("LOCKBOX_CONFORMANCE_AUTH_URL");
  const AUTH_USER = need("LOCKBOX_CONFORMANCE_AUTH_USER");
  const AUTH_TOKEN = need("LOCKBOX_CONFORMANCE_AUTH_TOKEN");
  const DENO_ARGS = RUNTIME === "deno" ? JSON.parse(need("LOCKBOX_CONFORMANCE_DENO_ARGS")) : [];

  /** Environment for children: only what the runtime needs, so no OTEL_* of the runner leaks. */
  const baseEnv = () => {
    const env = {};
    for (const k of ["PATH", "HOME", "TMPDIR", "DENO_DIR"]) {
      const v = process.env[k];
      if (v !== undefined) env[k] = v;
    }
    return env;
  };

  /** A service name no other test or runtime uses: receiver records are matched by it. */
  let serial = 0;
  const uniqueName = (what) => `conformance-${RUNTIME}-${what}-${process.pid}-${++serial}`;

  /**
   * Runs `scenario` in a child of this runtime and returns its exit status, real stdout and
   * stderr, the stdout lines parsed, and the `TAG <json>` reports from stderr.
   */
  const runChild = (name, env = {}, signal = undefined, pauseStdoutMs = 0) =>
    runSignalled(name, env, signal === undefined ? [] : [["READY\n", signal]], pauseStdoutMs);

  /**
   * {@linkcode runChild} as a service of a name no other run uses (records on the receiver are
   * matched by it), exporting to the plain receiver unless `env` says otherwise. Returns the
   * service name and the child's result.
   */
  const runService = async (scenario, env = {}, signal = undefined, pauseStdoutMs = 0) => {
    const service = uniqueName(scenario);
    const result = await runChild(
      scenario,
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: OTLP_URL,
        OTEL_SERVICE_NAME: service,
        ...env,
      },
      signal,
      pauseStdoutMs,
    );
    return { service, result };
  };

  /**
   * Like runChild; sends each `[text, signal]` of `signals` once stderr contains its text, in
   * order. `lastSignalToExitMs`: from the last signal sent to the child's exit.
   */
  const runSignalled = (name, env, signals, pauseStdoutMs = 0) =>
    new Promise((resolve, reject) => {
      const args = RUNTIME === "deno" ? ["run", ...DENO_ARGS, SELF] : [SELF];
      const child = spawn(process.execPath, args, {
        cwd: HERE,
        env: { ...baseEnv(), LOCKBOX_CONFORMANCE_SCENARIO: name, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      let next = 0;
      let lastSignalAt = 0;
      const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
      if (pauseStdoutMs > 0) {
        // A reader that stops reading: the pipe fills and the child's writes would block.
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), pauseStdoutMs);
      }
      child.stderr.setEncoding("utf8").on("data", (d) => {
        stderr += d;
        while (next < signals.length && stderr.includes(signals[next][0])) {
          lastSignalAt = performance.now();
          // Not child.kill(): Deno's node:child_process then reports the signal it sent instead
          // of the child's exit code, and sends no second signal to the same child.
          process.kill(child.pid, signals[next++][1]);
        }
      });
      child.on("error", reject);
      child.on("close", (code, sig) => {
        clearTimeout(killer);
        const lastSignalToExitMs = performance.now() - lastSignalAt;
        const reports = {};
        for (const line of stderr.split("\n")) {
          const m = /^([A-Z]+) (.*)$/.exec(line);
          if (m !== null && m[1] !== "READY") reports[m[1]] = JSON.parse(m[2]);
        }
        try {
          const lines = stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
          resolve({ code, signal: sig, stdout, stderr, lines, reports, lastSignalToExitMs });
        } catch (e) {
          reject(new Error(`child stdout is not JSON lines (${e}):\n${stdout}\n${stderr}`));
        }
      });
    });

  /** Asserts a clean run: expected exit code, and no permission trouble (Deno). */
  const assertExit = (result, code) => {
    // A child that exits 143 or 130 by itself reports a code; one the signal killed (lockbox's
    // handler missing) reports the signal and no code, so the two never pass for each other.
    assert.equal(
      result.code,
      code,
      `exit code (signal ${result.signal}); stderr:\n${result.stderr}`,
    );
    const stderr = result.stderr;
    assert.ok(
      !stderr.includes("cannot read the environment") && !stderr.includes("NotCapable"),
      `no permission errors; stderr:\n${result.stderr}`,
    );
  };

  /**
   * The accounting identities after shutdown: accepted + internal = stdout.written +
   * stdout.failed + stdout.dropped and, with OTLP, accepted + internal = otlp.exported +
   * otlp.failed + otlp.dropped.
   */
  const assertAccounting = (stats) => {
    const entered = stats.accepted + stats.internal;
    assert.equal(
      entered,
      stats.stdout.written + stats.stdout.failed + stats.stdout.dropped,
      "stdout identity",
    );
    if (stats.otlp.enabled) {
      assert.equal(
        entered,
        stats.otlp.exported + stats.otlp.failed + stats.otlp.dropped,
        "otlp identity",
      );
    }
    assert.equal(stats.pending, 0, "nothing pending after shutdown");
  };

  /** Requests the receiver at `url` got that match `pick`, waiting briefly for `count` records. */
  const received = async (url, pick, count = 0) => {
    for (let attempt = 0;; attempt++) {
      const res = await fetch(`${url}/requests`);
      assert.equal(res.status, 200, "receiver inspection (GET /requests)");
      const requests = (await res.json()).filter(pick);
      const records = requests.flatMap((r) => r.records);
      if (records.length >= count || attempt >= 20) return { requests, records };
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const byService = (service) => (req) =>
    req.records.length > 0 && req.records[0].resource["service.name"] === service;

  // --- API (in this process: nothing here starts a session or writes to stdout)

  test("bundle exports exactly the public API and types resolve at runtime", () => {
    assert.deepEqual(Object.keys(lockbox).sort(), PUBLIC_API);
    assert.match(lockbox.VERSION, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
    assert.equal(lockbox.observabilityStats().mode, "off");
  });

  test("initObservability() throws ObservabilityConfigError listing every bad setting", () => {
    // This process's own environment, set for the one call and restored: no option replaces it.
    const saved = {
      LOG_QUEUE_MAXSIZE: process.env.LOG_QUEUE_MAXSIZE,
      LOG_LEVEL: process.env.LOG_LEVEL,
    };
    let error;
    try {
      process.env.LOG_QUEUE_MAXSIZE = "abc";
      process.env.LOG_LEVEL = "loud";
      lockbox.initObservability();
    } catch (e) {
      error = e;
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    assert.ok(error instanceof lockbox.ObservabilityConfigError, String(error));
    assert.deepEqual([...error.problems].sort(), [
      'Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"',
      'Cannot read LOG_QUEUE_MAXSIZE as it must be an integer from 1 to 2147483647 (records): got "abc"',
    ]);
    assert.equal(lockbox.observabilityStats().mode, "off", "nothing started");
  });

  // --- JSON line

  test("JSON line matches the contract byte for byte on fixed inputs", async () => {
    const result = await runChild("json-line");
    assertExit(result, 0);
    assert.equal(result.stdout, JSON_LINE_EXPECTED);
    assert.equal(result.reports.STATS.accepted, JSON_LINE_ACCEPTED);
  });

  // --- OTLP on the wire

  for (
    const [protocol, contentType, compression] of [
      ["http/protobuf", "application/x-protobuf", "none"],
      ["http/json", "application/json", "gzip"],
    ]
  ) {
    test(`OTLP ${protocol} (${compression}): records, resource, scope and severity reach the receiver`, async () => {
      const { service, result } = await runService("otlp", {
        OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
        OTEL_EXPORTER_OTLP_COMPRESSION: compression,
        LOG_LEVEL: "debug",
        APP_ENV: "prod",
      });
      assertExit(result, 0);
      const stats = result.reports.STATS;
      assertAccounting(stats);
      assert.equal(stats.otlp.exported, 5);
      assert.equal(result.lines.length, 5);
      const { requests, records } = await received(OTLP_URL, byService(service), 5);
      assert.equal(requests[0].path, "/v1/logs");
      assert.equal(requests[0].contentType, contentType);
      assert.equal(requests[0].contentEncoding, compression === "gzip" ? "gzip" : "");
      assert.deepEqual(records.map((r) => [r.severityNumber, r.severityText, r.body]), [
        [5, "DEBUG", "evt_debug"],
        [9, "INFO", "evt_info"],
        [13, "WARN", "evt_warn"],
        [17, "ERROR", "evt_error"],
        [21, "FATAL", "evt_fatal"],
      ]);
      const r = records[1];
      assert.equal(r.eventName, "evt_info");
      assert.equal(r.scope.name, "trade-exec");
      assert.deepEqual(r.attributes, {
        run_id: "live_44",
        order_id: "co_1",
        qty: 100,
        px: 189.5,
        ok: true,
      });
      assert.equal(r.resource["deployment.environment.name"], "prod");
      assert.equal(r.resource["process.runtime.name"], RUNTIME_NAME);
    });
  }

  test("observabilityStats().mode is starting or worker after init, worker at shutdown", async () => {
    const result = await runChild("otlp", {
      OTEL_EXPORTER_OTLP_ENDPOINT: OTLP_URL,
      OTEL_SERVICE_NAME: uniqueName("mode"),
    });
    assertExit(result, 0);
    assert.ok(["starting", "worker"].includes(result.reports.MODE), result.reports.MODE);
    assert.equal(result.reports.STATS.mode, "worker");
    assert.ok(!result.stderr.includes("running inline"), result.stderr);
  });

  test("Grafana Cloud Basic auth: the right token is accepted and never printed", async () => {
    const { service, result } = await runService("auth", {
      OTEL_EXPORTER_OTLP_ENDPOINT: AUTH_URL,
      GRAFANA_CLOUD_INSTANCE_ID: AUTH_USER,
      GRAFANA_CLOUD_TOKEN: AUTH_TOKEN,
    });
    assertExit(result, 0);
    assert.equal(result.reports.STATS.otlp.exported, 2);
    assertAccounting(result.reports.STATS);
    const { requests, records } = await received(AUTH_URL, byService(service), 2);
    assert.equal(records.length, 2);
    assert.ok(requests.every((r) => r.status === 200));
    assert.ok(!result.stdout.includes(AUTH_TOKEN) && !result.stderr.includes(AUTH_TOKEN));
  });

  test("Grafana Cloud Basic auth: a wrong token gets 401, counted failed, never printed", async () => {
    const instance = uniqueName("denied");
    const token = `glc_wrong_${instance}`;
    const result = await runChild("auth", {
      OTEL_EXPORTER_OTLP_ENDPOINT: AUTH_URL,
      GRAFANA_CLOUD_INSTANCE_ID: instance,
      GRAFANA_CLOUD_TOKEN: token,
    });
    assertExit(result, 0);
    const stats = result.reports.STATS;
    assert.equal(stats.otlp.failed, 2);
    assertAccounting(stats);
    const header = `Basic ${btoa(`${instance}:${token}`)}`;
    const { requests } = await received(AUTH_URL, (r) => r.authorization === header);
    assert.deepEqual(requests.map((r) => r.status), [401]);
    assert.ok(result.stderr.includes(`lockbox: OTLP export to ${AUTH_URL}/v1/logs failed`));
    assert.ok(!result.stderr.includes(token) && !result.stdout.includes(token));
  });

  // --- Accounting and lifecycle

  test("queue full: drops are counted exactly and the identities hold", async () => {
    const { service, result } = await runService("queue-full", { LOG_QUEUE_MAXSIZE: "10" });
    assertExit(result, 0);
    const s = result.reports.STATS;
    // 10 accepted from the burst, plus lockbox's own report of the 90 drops (internal).
    assert.deepEqual([s.accepted, s.internal, s.dropped.queueFull], [10, 1, 90]);
    assert.deepEqual(result.lines.slice(0, 10).map((l) => l.i), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const report = result.lines[10];
    assert.deepEqual(
      [report.logger, report.level, report.message, report.queue_full],
      ["lockbox", "warn", "observability_dropped", 90],
    );
    assert.equal(s.otlp.exported, 11);
    assertAccounting(s);
    assert.equal((await received(OTLP_URL, byService(service), 11)).records.length, 11);
  });

  test("shutdownObservability() flushes both sinks before it resolves; later calls counted", async () => {
    const { service, result } = await runService("shutdown");
    assertExit(result, 0);
    assert.equal(result.lines.length, 50);
    const final = result.reports.FINAL;
    assert.equal(final.accepted, 50);
    assert.equal(final.otlp.exported, 50, "exported before shutdown resolved");
    assertAccounting(final);
    assert.equal(result.reports.STATS.dropped.afterShutdown, 2);
    assert.equal((await received(OTLP_URL, byService(service), 50)).records.length, 50);
  });

  // --- Faults where the runtime matters: the worker's I/O, not the OTel SDK's rules.

  test("fault: a refused OTLP endpoint is counted failed; the loop and shutdown stay bounded", async () => {
    const result = await runChild("refused");
    assertExit(result, 0);
    const s = result.reports.STATS;
    console.log(
      `fault ${RUNTIME} | refused | delay ${result.reports.DELAY.toFixed(1)} ms | shutdown ` +
        `${result.reports.SHUTDOWN.toFixed(0)} ms | accepted ${s.accepted} failed ${s.otlp.failed}`,
    );
    assert.ok(s.accepted >= 300);
    assert.equal(s.otlp.exported, 0);
    assert.equal(s.otlp.failed + s.otlp.dropped, s.accepted + s.internal);
    assertAccounting(s);
    assert.ok(result.reports.DELAY < 250, `worst timer delay ${result.reports.DELAY} ms`);
    assert.ok(result.reports.SHUTDOWN < 3300, `shutdown took ${result.reports.SHUTDOWN} ms`);
    assert.equal(
      result.stderr.split("\n").filter((l) => l.startsWith("lockbox: OTLP export")).length,
      1,
      "one warning line",
    );
  });

  test("fault: a stalled stdout reader stalls only the stdout writer; the ring keeps draining", async () => {
    const result = await runChild("stdout-stall", {}, undefined, 600);
    assertExit(result, 0);
    const s = result.reports.STATS;
    const own = result.lines.filter((l) => l.logger === "fault");
    console.log(
      `fault ${RUNTIME} | stdout stalled 0.6 s | delay ${result.reports.DELAY.toFixed(1)} ms | ` +
        `accepted ${s.accepted} queueFull ${s.dropped.queueFull} written ${s.stdout.written} ` +
        `stdout dropped ${s.stdout.dropped}`,
    );
    assert.equal(s.stdout.dropped, 0, "the stdout backlog held the stalled lines");
    // Every call was written or refused at the call; lockbox's own reports are internal.
    assert.equal(own.length + s.dropped.queueFull, 9900);
    assert.equal(s.accepted, own.length);
    assert.equal(result.lines.length, s.stdout.written, "every written line arrived once read");
    assertAccounting(s);
    assert.ok(result.reports.DELAY < 250, `worst timer delay ${result.reports.DELAY} ms`);
    assert.ok(own.at(-1).i > 9000, "logging resumed after the reader came back");
  });

  test("fault: a stalled stdout reader never delays OTLP: every record exported while stdout waits", async () => {
    const { service, result } = await runService("stdout-stall-otlp", {}, undefined, 2500);
    assertExit(result, 0);
    const mid = result.reports.MID;
    console.log(
      `fault ${RUNTIME} | stdout stalled 2.5 s, collector healthy | exported ${mid.otlp.exported} ` +
        `while stdout written ${mid.stdout.written}`,
    );
    assert.equal(mid.otlp.exported, 3000, "every record exported while stdout was stalled");
    assert.ok(mid.stdout.written < 3000, "stdout was still stalled");
    const s = result.reports.STATS;
    assert.equal(s.stdout.written, 3000);
    assert.equal(result.lines.filter((l) => l.message === "stall_otlp").length, 3000);
    assertAccounting(s);
    assert.equal((await received(OTLP_URL, byService(service), 3000)).records.length, 3000);
  });

  for (
    const [scenario, what, code, signal] of [
      ["exit-natural", "natural end of the program", 0, undefined],
      ["exit-call", "process.exit(7)", 7, undefined],
      ["signal", "SIGTERM without a service handler", 143, "SIGTERM"],
      ["signal", "SIGINT without a service handler", 130, "SIGINT"],
    ]
  ) {
    test(`exit flush: ${what} flushes both sinks and exits with ${code}`, async () => {
      const { service, result } = await runService(scenario, {}, signal);
      assertExit(result, code);
      assert.equal(result.lines.length, 5);
      assert.equal((await received(OTLP_URL, byService(service), 5)).records.length, 5);
      if (signal !== undefined) {
        assert.ok(
          result.stderr.includes(
            `lockbox: ${signal}: flushing (up to 5000 ms), then exiting with ${code}; a second ` +
              `SIGTERM or SIGINT exits at once\n`,
          ),
          result.stderr,
        );
      }
    });
  }

  // --- Signals the service handles itself: its drain records are kept

  for (const method of ["on", "once"]) {
    test(`SIGTERM with the service's process.${method} handler registered before init: its 100 drain records are kept`, async () => {
      const scenario = method === "on" ? "signal-handler-before" : "signal-once-before";
      const { service, result } = await runService(scenario, {}, "SIGTERM");
      assertExit(result, 0);
      assert.equal(result.lines.filter((l) => l.message === "draining").length, 100);
      const s = result.reports.STATS;
      assert.deepEqual([s.accepted, s.dropped.afterShutdown, s.otlp.exported], [105, 0, 105]);
      assertAccounting(s);
      assert.equal((await received(OTLP_URL, byService(service), 105)).records.length, 105);
      assert.ok(!result.stderr.includes("flushing"), `lockbox left the signal to the service`);
    });
  }

  for (
    const [who, scenario, denoOnly] of [
      ["handler registered after init that calls process.exit()", "signal-handler-after", false],
      ["Deno.addSignalListener listener (Deno)", "signal-deno-listener", true],
    ]
  ) {
    test(`SIGTERM with the service's ${who}: its drain records are kept`, {
      skip: denoOnly && RUNTIME !== "deno",
    }, async () => {
      const { service, result } = await runService(scenario, {}, "SIGTERM");
      assertExit(result, 0);
      assert.equal(result.lines.filter((l) => l.message === "draining").length, 100);
      assert.equal((await received(OTLP_URL, byService(service), 105)).records.length, 105);
    });
  }

  test("a second signal during lockbox's flush to a collector that never answers exits at once, counting what is left", async () => {
    const result = await runSignalled("signal-second", {}, [
      ["READY\n", "SIGTERM"],
      ["lockbox: SIGTERM: flushing", "SIGINT"],
    ]);
    console.log(
      `signal ${RUNTIME} | second signal during a 30 s flush | exit ${
        result.code ?? result.signal
      } ${result.lastSignalToExitMs.toFixed(0)} ms after it`,
    );
    assertExit(result, 130);
    assert.equal(result.lines.length, 5);
    assert.ok(
      result.stderr.includes(
        "lockbox: SIGINT during the SIGTERM flush; exiting now with 130: 0 records not written " +
          "to stdout (counted stdout.failed), 5 not exported (counted otlp.dropped)\n",
      ),
      result.stderr,
    );
    assert.ok(result.lastSignalToExitMs < 10_000, "exits long before the 30 s deadline");
  });
}

// #endregion
