/**
 * The examples in `examples/` run as documented: each starts on a free 127.0.0.1 port, serves
 * requests, writes one JSON line per record on stdout (request id, logger name, event, trace ids
 * of the request's span), exports the same records to an OTLP receiver, and stops cleanly on
 * SIGTERM. Also: `npm run --silent demo` prints JSON lines only on stdout.
 *
 * The examples import the release bundles in `dist/` (what a service vendors), on the runtime
 * each is written for: Express and Hono on Node, `Deno.serve` on Deno, `Bun.serve` on Bun.
 *
 * Run: `npm run test:examples`. To check the examples against other bundles than the release in
 * `dist/` (a fresh build, before cutting a release), give their directory:
 * `npx deno run -A scripts/build.ts --out-dir /tmp/next && EXAMPLES_DIST=/tmp/next npm run test:examples`.
 * The examples then run from a temporary copy of the repo layout whose `dist/` holds those bundles.
 *
 * @module
 */

import { assert, assertEquals, assertMatch, assertNotEquals } from "@std/assert";
import { fileURLToPath } from "node:url";
import { startOtlpReceiver } from "../scripts/otlp_receiver.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const BIN = `${REPO}node_modules/.bin`;

/**
 * Where the examples run: the repository itself, or (with EXAMPLES_DIST) a temporary directory
 * holding a copy of `examples/`, the repo's package.json and deno.json, `node_modules` linked to
 * the repo's, and `dist/` copied from EXAMPLES_DIST.
 */
function examplesRoot(): string {
  const dist = Deno.env.get("EXAMPLES_DIST");
  if (!dist) return REPO;
  try {
    Deno.statSync(`${dist}/observability.node.mjs`);
  } catch {
    throw new Error(
      `Cannot run the examples as EXAMPLES_DIST holds no observability.node.mjs: got ${
        JSON.stringify(dist)
      }`,
    );
  }
  const root = Deno.makeTempDirSync({ prefix: "lockbox-examples-" }) + "/";
  // Removed when the test run ends (the node_modules link goes, not what it points to).
  globalThis.addEventListener("unload", () => Deno.removeSync(root, { recursive: true }));
  const copyDir = (from: string, to: string) => {
    Deno.mkdirSync(to, { recursive: true });
    for (const e of Deno.readDirSync(from)) {
      if (e.isDirectory) copyDir(`${from}/${e.name}`, `${to}/${e.name}`);
      else if (e.isFile) Deno.copyFileSync(`${from}/${e.name}`, `${to}/${e.name}`);
    }
  };
  copyDir(REPO + "examples", root + "examples");
  copyDir(dist, root + "dist");
  for (const f of ["package.json", "deno.json"]) Deno.copyFileSync(REPO + f, root + f);
  Deno.symlinkSync(Deno.realPathSync(REPO + "node_modules"), root + "node_modules");
  console.log(`examples run from ${root} with the bundles of ${dist}`);
  return root;
}
const ROOT = examplesRoot();
/** Upper bound for one example's start-up or exit, so a broken example fails instead of hanging. */
const DEADLINE_MS = 60_000;

/** The caller's trace, sent as a W3C `traceparent` header on the first request. */
const PARENT_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_SPAN_ID = "00f067aa0ba902b7";
const TRACEPARENT = `00-${PARENT_TRACE_ID}-${PARENT_SPAN_ID}-01`;

interface Example {
  name: string;
  cmd: string[];
  /** A path the example serves with 200, and the event its handler logs. */
  okPath: string;
  okEvent: string;
  serviceName: string;
}

const EXAMPLES: Example[] = [
  {
    name: "express (Node, CommonJS require of the ESM bundle)",
    cmd: ["node", "examples/express/server.cjs"],
    okPath: "/orders/co_1",
    okEvent: "order_lookup",
    serviceName: "orders-api",
  },
  {
    name: "hono (Node, @hono/node-server)",
    cmd: ["node", "examples/hono/server.mjs"],
    okPath: "/quotes/aapl",
    okEvent: "quote_served",
    serviceName: "quotes-api",
  },
  {
    name: "Deno.serve (least-privilege flags)",
    cmd: [
      `${BIN}/deno`,
      "run",
      "--allow-env",
      "--allow-net=127.0.0.1",
      "examples/deno_serve.ts",
    ],
    okPath: "/positions/aapl",
    okEvent: "position_served",
    serviceName: "positions-api",
  },
  {
    name: "Bun.serve",
    cmd: [`${BIN}/bun`, "examples/bun_serve.ts"],
    okPath: "/fills/co_1",
    okEvent: "fill_served",
    serviceName: "fills-api",
  },
];

type Line = Record<string, unknown>;

/** A child process whose stdout is collected as text while it runs. */
class Running {
  #child: Deno.ChildProcess;
  #stdout = "";
  #stderr = "";
  #changed: () => void = () => {};
  readonly done: Promise<{ code: number; stdout: string; stderr: string }>;

  constructor(cmd: string[], env: Record<string, string>) {
    this.#child = new Deno.Command(cmd[0], {
      args: cmd.slice(1),
      cwd: ROOT,
      env,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const pump = async (stream: ReadableStream<Uint8Array>, err: boolean) => {
      for await (const text of stream.pipeThrough(new TextDecoderStream())) {
        if (err) this.#stderr += text;
        else this.#stdout += text;
        this.#changed();
      }
    };
    const pumps = Promise.all([pump(this.#child.stdout, false), pump(this.#child.stderr, true)]);
    this.done = Promise.all([this.#child.status, pumps]).then(([status]) => {
      this.#changed();
      return { code: status.code, stdout: this.#stdout, stderr: this.#stderr };
    });
  }

  /** Resolves with the first stdout line matching `test`; rejects at the deadline or exit. */
  async waitForLine(test: (line: Line) => boolean, what: string): Promise<Line> {
    let exited = false;
    this.done.then(() => exited = true);
    const deadline = Date.now() + DEADLINE_MS;
    while (true) {
      const found = this.#stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => {
        try {
          return JSON.parse(l) as Line;
        } catch {
          return null;
        }
      }).find((l) => l !== null && test(l));
      if (found) return found;
      if (exited || Date.now() > deadline) {
        throw new Error(
          `Cannot find ${what} on stdout (${
            exited ? "exited" : "deadline passed"
          }); stdout:\n${this.#stdout}\nstderr:\n${this.#stderr}`,
        );
      }
      // Woken by the next chunk of output, by the exit, or after a second to check the deadline.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        this.#changed = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Sends `signal`; a process that has already exited is left alone. */
  kill(signal: Deno.Signal): void {
    try {
      this.#child.kill(signal);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e; // "Child process has already terminated"
    }
  }
}

/** Every stdout line parsed as JSON; fails on the first line that is not a JSON object. */
function parseLines(stdout: string): Line[] {
  return stdout.split("\n").filter((l) => l !== "").map((l, i) => {
    try {
      const v = JSON.parse(l);
      assert(v !== null && typeof v === "object" && !Array.isArray(v), "not an object");
      return v as Line;
    } catch (e) {
      throw new Error(`stdout line ${i + 1} is not a JSON object (${e}): ${l}`);
    }
  });
}

for (const ex of EXAMPLES) {
  Deno.test(`example ${ex.name} logs each request with its request id and trace ids on stdout and OTLP`, async () => {
    const receiver = await startOtlpReceiver({ quiet: true });
    const env: Record<string, string> = {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: Deno.env.get("HOME") ?? "/tmp",
      PORT: "0",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      APP_ENV: "test",
    };
    const run = new Running(ex.cmd, env);
    try {
      const listening = await run.waitForLine(
        (l) => l.message === "server_listening",
        "server_listening",
      );
      const base = String(listening.url);
      assertMatch(base, /^http:\/\/127\.0\.0\.1:\d+$/);

      // 1: the caller's trace and request id.
      const r1 = await fetch(base + ex.okPath, {
        headers: { "x-request-id": "req-ex-1", traceparent: TRACEPARENT },
      });
      assertEquals(r1.status, 200);
      assertEquals(r1.headers.get("x-request-id"), "req-ex-1");
      await r1.body?.cancel();
      // 2: no request id, no traceparent: the example makes both.
      const r2 = await fetch(base + ex.okPath);
      assertEquals(r2.status, 200);
      const id2 = r2.headers.get("x-request-id") ?? "";
      await r2.body?.cancel();
      assertMatch(id2, /^[0-9a-f-]{36}$/);
      // 3: an unknown route.
      const r3 = await fetch(base + "/no/such/route", { headers: { "x-request-id": "req-ex-3" } });
      assertEquals(r3.status, 404);
      await r3.body?.cancel();
      await run.waitForLine(
        (l) => l.request_id === "req-ex-3" && l.message === "request_finished",
        "the third request's request_finished",
      );

      run.kill("SIGTERM");
      const done = await run.done;
      assertEquals(done.code, 0, `exit code; stderr:\n${done.stderr}`);
      const lines = parseLines(done.stdout);

      // stdout: every record of a request carries its request id, logger "http" and the span ids.
      const of = (id: string) => lines.filter((l) => l.request_id === id);
      const one = of("req-ex-1");
      assertEquals(one.map((l) => l.message), [ex.okEvent, "request_finished"]);
      for (const l of one) {
        assertEquals(l.logger, "http");
        assertEquals(l.service, ex.serviceName);
        assertEquals(l.env, "test");
        assertEquals(l.trace_id, PARENT_TRACE_ID, "continues the caller's trace");
        assertMatch(String(l.span_id), /^[0-9a-f]{16}$/);
        assertNotEquals(l.span_id, PARENT_SPAN_ID, "the server span is a child span");
      }
      assertEquals(one[0].span_id, one[1].span_id, "one span per request");
      assertEquals(one[1].status, 200);

      const two = of(id2);
      assertEquals(two.map((l) => l.message), [ex.okEvent, "request_finished"]);
      assertMatch(String(two[0].trace_id), /^[0-9a-f]{32}$/);
      assertNotEquals(two[0].trace_id, PARENT_TRACE_ID, "a new trace without traceparent");
      assertEquals(two[0].trace_id, two[1].trace_id);

      const three = of("req-ex-3");
      assertEquals(three.map((l) => [l.level, l.message]), [
        ["warn", "route_not_found"],
        ["info", "request_finished"],
      ]);
      assertEquals(three[1].status, 404);
      assertEquals(lines.at(-1)?.message, "server_stopping");

      // OTLP: the same records, with the request id as a log attribute and the same trace ids.
      const records = await receiver.waitForRecords(lines.length, DEADLINE_MS);
      assertEquals(records.length, lines.length);
      const otlpOne = records.filter((r) => r.attributes.request_id === "req-ex-1");
      assertEquals(otlpOne.map((r) => r.eventName), [ex.okEvent, "request_finished"]);
      for (const r of otlpOne) {
        assertEquals(r.scope.name, "http");
        assertEquals(r.traceId, PARENT_TRACE_ID);
        assertEquals(r.spanId, one[0].span_id);
        assertEquals(r.resource["service.name"], ex.serviceName);
      }

      // The example's own accounting line on stderr: nothing lost.
      const statsLine = done.stderr.split("\n").find((l) => l.startsWith("lockbox stats "));
      assert(statsLine, `no stats line on stderr:\n${done.stderr}`);
      const stats = JSON.parse(statsLine.slice("lockbox stats ".length));
      assertEquals(stats.mode, "worker");
      // 0.2.0 counts lockbox's own records (if any) in `internal`, 0.1.x in `accepted`.
      assertEquals(stats.accepted + (stats.internal ?? 0), lines.length);
      assertEquals(stats.stdout.written, lines.length);
      assertEquals(stats.otlp.exported, lines.length);
    } finally {
      run.kill("SIGKILL");
      await run.done.catch(() => {});
      await receiver.close();
    }
  });
}

Deno.test("npm run --silent demo prints only JSON lines on stdout", async () => {
  const out = await new Deno.Command("npm", {
    args: ["run", "--silent", "demo", "--", "--seconds", "1", "--rate", "100"],
    cwd: REPO,
    stdin: "null",
  }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assertEquals(out.code, 0, stderr);
  const lines = parseLines(new TextDecoder().decode(out.stdout));
  assertEquals(lines[0].message, "session_started");
  for (const l of lines) assertEquals(typeof l.ts, "string");
  // The demo's summary (stderr) counts the lines lockbox wrote: all of them are on stdout.
  const written = stderr.match(/JSON lines written:\s+(\d+)/);
  assert(written, `no summary on stderr:\n${stderr}`);
  assertEquals(lines.length, Number(written[1]));
});
