/**
 * The HTTP side: a `node:http` server on 127.0.0.1 that records every request, answers it
 * (see `answers.ts` for the modes), collects the records of accepted requests and wakes the
 * waiters. Uses only `node:http` and `node:buffer`, so it runs on Deno, Node and Bun.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Answer, answerRequest, basicAuthCheck, messageOf, textAnswer } from "./answers.ts";
import { CONTENT_TYPES, formatOf } from "./decode.ts";
import { put } from "./normalise.ts";
import type { OtlpReceiver, ReceivedLogRecord, ReceivedRequest, ReceiverOptions } from "./types.ts";
import { RecordWaiters } from "./waiters.ts";

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    put(out, name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk as Uint8Array);
  }
  return Buffer.concat(chunks);
}

/** The request as recorded before it is answered (status 0, no records yet). */
function seenOf(req: IncomingMessage, raw: Uint8Array): ReceivedRequest {
  const headers = headerRecord(req);
  return {
    path: (req.url ?? "/").split("?")[0],
    method: req.method ?? "",
    contentType: headers["content-type"] ?? "",
    contentEncoding: headers["content-encoding"] ?? "",
    authorization: headers["authorization"] ?? "",
    headers,
    bytes: raw.byteLength,
    status: 0,
    records: [],
  };
}

function send(res: ServerResponse, answer: Answer): void {
  const body = typeof answer.body === "string" ? Buffer.from(answer.body, "utf8") : answer.body;
  res.writeHead(answer.status, { ...answer.headers, "content-length": String(body.byteLength) });
  res.end(body);
}

/** The one stderr line per answered request, e.g. `POST /v1/logs protobuf -> 200, 3 record(s)`. */
function logLine(seen: ReceivedRequest): string {
  const format = formatOf(seen.contentType) ?? (seen.contentType || "-");
  const encoding = seen.contentEncoding ? `+${seen.contentEncoding}` : "";
  const error = seen.error ? ` (${seen.error})` : "";
  return `otlp receiver: ${seen.method} ${seen.path} ${format}${encoding} -> ${seen.status}, ` +
    `${seen.records.length} record(s), ${seen.bytes} bytes${error}`;
}

/** `GET /requests` with `inspect`: every request so far as JSON, bytes as arrays of numbers. */
function inspectAnswer(requests: ReceivedRequest[]): Answer {
  const json = JSON.stringify(
    requests,
    (_key, value) => value instanceof Uint8Array ? Array.from(value) : value,
  );
  return { status: 200, body: json, headers: { "content-type": CONTENT_TYPES.json } };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Start a receiver on 127.0.0.1 (`options.port`, default a free port). Resolves
 * once it is listening; rejects if it cannot listen (e.g. port in use).
 *
 * Each request is answered as `answers.ts` describes (200, 400, 401, 404, 405, 415, or what
 * `options.respond` chooses), recorded in `requests`, and its records join `records` when the
 * status is 2xx. Unless `options.quiet`, one line per request goes to stderr.
 *
 * @param options port, Basic auth, answer override, quiet, inspect (see {@linkcode ReceiverOptions})
 * @returns the running receiver; call `close()` when done
 * @throws {Error} (as a rejection) when the server cannot listen, e.g. `EADDRINUSE`
 *
 * @example Wait for what an exporter sent
 * ```ts ignore
 * const receiver = await startOtlpReceiver({ quiet: true });
 * // point an OTLP log exporter at receiver.logsUrl and emit two records, then:
 * const [first] = await receiver.waitForRecords(2);
 * console.log(first.severityNumber, first.body);
 * await receiver.close();
 * ```
 */
export async function startOtlpReceiver(options: ReceiverOptions = {}): Promise<OtlpReceiver> {
  const requests: ReceivedRequest[] = [];
  const records: ReceivedLogRecord[] = [];
  const waiters = new RecordWaiters(records, () => requests.length);
  const decide = { authorised: basicAuthCheck(options.basicAuth), respond: options.respond };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const seen = seenOf(req, raw);
    const answer = await answerRequest(seen, raw, decide);
    seen.status = answer.status;
    requests.push(seen);
    if (answer.status >= 200 && answer.status < 300) records.push(...seen.records);
    if (!options.quiet) console.error(logLine(seen));
    send(res, answer);
    waiters.notify();
  }

  const server: Server = createServer((req, res) => {
    if (options.inspect && req.method === "GET" && (req.url ?? "").split("?")[0] === "/requests") {
      return send(res, inspectAnswer(requests));
    }
    handle(req, res).catch((err) => {
      // Only reached if reading the request itself failed (client went away).
      if (!res.headersSent && !res.destroyed) send(res, textAnswer(500, `500 ${messageOf(err)}\n`));
    });
  });
  await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    logsUrl: `${url}/v1/logs`,
    requests,
    records,
    waitForRecords: (count, timeoutMs = 10_000) => waiters.wait(count, timeoutMs),
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        waiters.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
