// The receiver on the real wire: startOtlpReceiver() on 127.0.0.1, requests sent with fetch(),
// one test per answer mode (200 protobuf / JSON / gzip, 404, 405, 401, 415, 400, respond()
// overrides and their 500, GET /requests), the waiters, and the CLI as a child process
// (--help, usage errors, a port in use, serving until SIGINT).

import { assert, assertEquals, assertMatch, assertRejects } from "@std/assert";
import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { ExportLogsServiceRequest } from "../../scripts/otlp_receiver/descriptor.ts";
import {
  encodeExportLogsResponse,
  type OtlpReceiver,
  type ReceiverOptions,
  startOtlpReceiver,
} from "../../scripts/otlp_receiver.ts";

const ENTRY = new URL("../../scripts/otlp_receiver.ts", import.meta.url).pathname;
const PROTOBUF = "application/x-protobuf";

/** An ExportLogsServiceRequest with one record per body text, in OTLP/JSON object form. */
function request(...bodies: string[]) {
  return {
    resourceLogs: [{
      resource: { attributes: [{ key: "service.name", value: { stringValue: "svc" } }] },
      scopeLogs: [{
        scope: { name: "test", version: "1" },
        logRecords: bodies.map((text) => ({
          timeUnixNano: "1700000000000000001",
          severityNumber: 9,
          severityText: "INFO",
          body: { stringValue: text },
          attributes: [{ key: "n", value: { intValue: "5" } }],
        })),
      }],
    }],
  };
}

/** The same request as protobuf bytes, encoded with the receiver's descriptor. */
function protobufBody(...bodies: string[]): Uint8Array {
  const message = ExportLogsServiceRequest.fromObject(request(...bodies));
  return ExportLogsServiceRequest.encode(message).finish();
}

interface Reply {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/** POST (or another method) to the receiver and read the whole answer. */
async function send(
  url: string,
  body: Uint8Array | string | undefined,
  headers: Record<string, string> = {},
  method = "POST",
): Promise<Reply> {
  const res = await fetch(url, { method, body: body as BodyInit | undefined, headers });
  return {
    status: res.status,
    headers: res.headers,
    body: new Uint8Array(await res.arrayBuffer()),
  };
}

const text = (reply: Reply) => new TextDecoder().decode(reply.body);

/** Run `fn` with a quiet receiver started with `options`, closing it afterwards. */
async function withReceiver(
  options: ReceiverOptions,
  fn: (receiver: OtlpReceiver) => Promise<void>,
): Promise<void> {
  const receiver = await startOtlpReceiver({ quiet: true, ...options });
  try {
    await fn(receiver);
  } finally {
    await receiver.close();
  }
}

Deno.test("startOtlpReceiver() answers a protobuf export with 200 and an empty response", async () => {
  await withReceiver({}, async (receiver) => {
    assertMatch(receiver.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assertEquals(receiver.logsUrl, `${receiver.url}/v1/logs`);
    const reply = await send(receiver.logsUrl, protobufBody("a", "b"), {
      "content-type": PROTOBUF,
    });
    assertEquals([reply.status, reply.headers.get("content-type"), reply.body.byteLength], [
      200,
      PROTOBUF,
      0,
    ]);
    const records = await receiver.waitForRecords(2);
    assertEquals(records.map((r) => r.body), ["a", "b"]);
    assertEquals(records[0].resource, { "service.name": "svc" });
    assertEquals(records[0].scope, { name: "test", version: "1" });
    assertEquals(records[0].attributes, { n: 5 });
    assertEquals(records[0].timeUnixNano, "1700000000000000001");
    const [seen] = receiver.requests;
    assertEquals([seen.status, seen.path, seen.method, seen.records.length], [
      200,
      "/v1/logs",
      "POST",
      2,
    ]);
  });
});

Deno.test("startOtlpReceiver() answers OTLP/JSON with 200 and {} and takes snake_case keys", async () => {
  await withReceiver({}, async (receiver) => {
    const snake = JSON.stringify(request("j")).replace(
      /"(resourceLogs|scopeLogs|logRecords|severityNumber|timeUnixNano|stringValue|intValue)"/g,
      (_, k: string) => `"${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}"`,
    );
    assert(snake.includes('"resource_logs"'));
    const headers = { "content-type": "application/json; charset=utf-8" };
    const reply = await send(receiver.logsUrl, snake, headers);
    assertEquals([reply.status, reply.headers.get("content-type"), text(reply)], [
      200,
      "application/json",
      "{}",
    ]);
    const [record] = await receiver.waitForRecords(1);
    assertEquals([record.body, record.severityNumber, record.attributes], ["j", 9, { n: 5 }]);
  });
});

Deno.test("startOtlpReceiver() gunzips a Content-Encoding: gzip body", async () => {
  await withReceiver({}, async (receiver) => {
    const body = gzipSync(protobufBody("zipped"));
    const headers = { "content-type": PROTOBUF, "content-encoding": "gzip" };
    assertEquals((await send(receiver.logsUrl, body, headers)).status, 200);
    assertEquals(receiver.requests[0].bytes, body.byteLength);
    assertEquals((await receiver.waitForRecords(1))[0].body, "zipped");
  });
});

Deno.test("startOtlpReceiver() refuses what is not a logs export, recording why", async (t) => {
  await withReceiver({}, async (receiver) => {
    const cases: [string, () => Promise<Reply>, number, string][] = [
      ["404 for another path", () => send(`${receiver.url}/v1/traces`, "x"), 404, "no route"],
      ["405 for GET", () => send(receiver.logsUrl, undefined, {}, "GET"), 405, "method GET"],
      [
        "415 for text/plain",
        () => send(receiver.logsUrl, "x", { "content-type": "text/plain" }),
        415,
        "unsupported content type",
      ],
      [
        "400 for bytes that are not protobuf",
        () =>
          send(receiver.logsUrl, new Uint8Array([0xff, 0xff, 0xff]), { "content-type": PROTOBUF }),
        400,
        "",
      ],
      [
        "400 for invalid JSON",
        () => send(receiver.logsUrl, "{", { "content-type": "application/json" }),
        400,
        "JSON",
      ],
      [
        "400 for a body that does not gunzip",
        () => send(receiver.logsUrl, "x", { "content-type": PROTOBUF, "content-encoding": "gzip" }),
        400,
        "",
      ],
      [
        "400 for another content encoding",
        () => send(receiver.logsUrl, "x", { "content-type": PROTOBUF, "content-encoding": "br" }),
        400,
        'unsupported content encoding "br"',
      ],
      [
        "400 for a JSON value of the wrong shape",
        () => send(receiver.logsUrl, '{"resourceLogs":{}}', { "content-type": "application/json" }),
        400,
        "resourceLogs must be an array",
      ],
    ];
    for (const [name, post, status, error] of cases) {
      await t.step(name, async () => {
        const reply = await post();
        assertEquals(reply.status, status);
        const seen = receiver.requests.at(-1)!;
        assertEquals([seen.status, seen.records.length], [status, 0]);
        assert(seen.error?.includes(error), `error ${JSON.stringify(seen.error)}`);
        if (status === 405) assertEquals(reply.headers.get("allow"), "POST");
      });
    }
    assertEquals(receiver.records.length, 0);
  });
});

Deno.test("startOtlpReceiver() with basicAuth answers 401 unless the credential matches", async () => {
  await withReceiver({ basicAuth: { username: "u", password: "p:w" } }, async (receiver) => {
    const good = `Basic ${Buffer.from("u:p:w").toString("base64")}`;
    const post = (authorization?: string) =>
      send(receiver.logsUrl, protobufBody("x"), {
        "content-type": PROTOBUF,
        ...(authorization ? { authorization } : {}),
      });
    const missing = await post();
    assertEquals([missing.status, missing.headers.get("www-authenticate")], [
      401,
      'Basic realm="otlp"',
    ]);
    assertEquals((await post(`Basic ${Buffer.from("u:wrong").toString("base64")}`)).status, 401);
    assertEquals((await post(good.replace("Basic", "basic"))).status, 200);
    assertEquals(receiver.requests.map((r) => r.status), [401, 401, 200]);
    assertEquals(receiver.requests[2].authorization, good.replace("Basic", "basic"));
    assertEquals(receiver.records.length, 1);
  });
});

Deno.test("startOtlpReceiver() respond() chooses the answer; non-2xx keeps records out", async (t) => {
  const answers: (ReturnType<NonNullable<ReceiverOptions["respond"]>>)[] = [];
  await withReceiver({ respond: () => answers.shift() }, async (receiver) => {
    const post = () => send(receiver.logsUrl, protobufBody("r"), { "content-type": PROTOBUF });
    await t.step("503 with Retry-After", async () => {
      answers.push({ status: 503, headers: { "Retry-After": "1" } });
      const reply = await post();
      const { status, headers } = reply;
      assertEquals([status, headers.get("retry-after"), headers.get("content-type")], [
        503,
        "1",
        "text/plain; charset=utf-8",
      ]);
      assertEquals(reply.body.byteLength, 0);
      assertEquals([receiver.requests[0].records.length, receiver.records.length], [1, 0]);
    });
    await t.step("200 with a partial-success body", async () => {
      const body = encodeExportLogsResponse({ rejectedLogRecords: 1, errorMessage: "no" });
      answers.push({ status: 200, body });
      const reply = await post();
      assertEquals([reply.status, reply.headers.get("content-type")], [200, PROTOBUF]);
      assertEquals(reply.body, new Uint8Array(body));
      assertEquals(receiver.records.length, 1);
    });
    await t.step("undefined: the normal 200", async () => {
      assertEquals((await post()).status, 200);
      assertEquals(receiver.records.length, 2);
    });
    await t.step(
      "a promise of 202 without a body: the normal success body, JSON here",
      async () => {
        answers.push(Promise.resolve({ status: 202 }));
        const json = JSON.stringify(request("j"));
        const reply = await send(receiver.logsUrl, json, { "content-type": "application/json" });
        assertEquals([reply.status, reply.headers.get("content-type"), text(reply)], [
          202,
          "application/json",
          "{}",
        ]);
        assertEquals(receiver.records.length, 3);
      },
    );
  });
});

Deno.test("startOtlpReceiver() answers 500 when respond() throws", async () => {
  const respond = () => {
    throw new Error("boom");
  };
  await withReceiver({ respond }, async (receiver) => {
    const reply = await send(receiver.logsUrl, protobufBody("x"), { "content-type": PROTOBUF });
    assertEquals([reply.status, text(reply)], [500, "500 respond() failed: boom\n"]);
    assertEquals([receiver.requests[0].error, receiver.records.length], ["boom", 0]);
  });
});

Deno.test("startOtlpReceiver() with inspect answers GET /requests with the requests as JSON", async () => {
  await withReceiver({ inspect: true }, async (receiver) => {
    await send(receiver.logsUrl, protobufBody("i"), { "content-type": PROTOBUF });
    const reply = await send(`${receiver.url}/requests`, undefined, {}, "GET");
    const listed = JSON.parse(text(reply));
    assertEquals([reply.status, listed.length, listed[0].records[0].body], [200, 1, "i"]);
    assertEquals(receiver.requests.length, 1, "inspection is not recorded");
  });
  await withReceiver({}, async (receiver) => {
    assertEquals((await send(`${receiver.url}/requests`, undefined, {}, "GET")).status, 404);
  });
});

Deno.test("OtlpReceiver.waitForRecords() rejects on timeout and on close", async () => {
  const receiver = await startOtlpReceiver({ quiet: true });
  await assertRejects(
    () => receiver.waitForRecords(1, 20),
    Error,
    "timed out after 20 ms waiting for 1 record(s); saw 0 record(s) in 0 request(s)",
  );
  const pending = receiver.waitForRecords(1, 60_000);
  const closed = receiver.close();
  assertEquals(receiver.close(), closed, "close() is idempotent");
  await assertRejects(() => pending, Error, "closed while waiting for 1 record(s); saw 0");
  await closed;
  await assertRejects(() => receiver.waitForRecords(1), Error, "otlp receiver is closed");
  assertEquals(await receiver.waitForRecords(0), []);
});

// #region CLI

/** Run the CLI to completion with `args`. */
async function cli(...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", "--allow-env", ENTRY, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

Deno.test("otlp_receiver CLI prints --help with defaults and exits 0", async () => {
  const { code, stdout } = await cli("--help");
  assertEquals(code, 0);
  assertMatch(stdout, /--port N +port to listen on \(default: 0 = a free port\)/);
  assertMatch(stdout, /Exit codes: 0 stopped by signal or --help, 1 could not start, 2 bad usage/);
});

Deno.test("otlp_receiver CLI exits 2 on bad usage", async (t) => {
  const cases: [string[], string][] = [
    [["--nope"], "Unknown option '--nope'"],
    [["--port", "x1"], "--port must be an integer 0..65535, got x1"],
    [["--port", "70000"], "--port must be an integer 0..65535, got 70000"],
    [["--user", "u"], "--user and --password must be given together"],
    [["extra"], "Unexpected argument 'extra'"],
  ];
  for (const [args, message] of cases) {
    await t.step(args.join(" "), async () => {
      const { code, stdout, stderr } = await cli(...args);
      assertEquals([code, stdout], [2, ""]);
      assert(stderr.includes(message), stderr);
    });
  }
});

Deno.test("otlp_receiver CLI exits 1 when the port is in use", async () => {
  await withReceiver({}, async (receiver) => {
    const port = new URL(receiver.url).port;
    const { code, stderr } = await cli("--port", port);
    assertEquals(code, 1);
    assert(stderr.includes(`cannot listen on 127.0.0.1:${port}`), stderr);
  });
});

Deno.test("otlp_receiver CLI prints its URL, logs each request, and exits 0 on SIGINT", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", "--allow-env", ENTRY, "--user", "u", "--password", "p"],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let first = "";
  while (!first.includes("\n")) {
    const { value, done } = await lines.read();
    if (done) break;
    first += value;
  }
  const match = /^otlp receiver listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(first);
  assert(match, first);
  const authorization = `Basic ${Buffer.from("u:p").toString("base64")}`;
  const headers = { "content-type": PROTOBUF, authorization };
  assertEquals((await send(`${match[1]}/v1/logs`, protobufBody("c"), headers)).status, 200);
  child.kill("SIGINT");
  const [status, stderr] = await Promise.all([
    child.status,
    new Response(child.stderr).text(),
    lines.cancel(),
  ]);
  assertEquals(status.code, 0);
  assertMatch(stderr, /otlp receiver: POST \/v1\/logs protobuf -> 200, 1 record\(s\), \d+ bytes/);
});
