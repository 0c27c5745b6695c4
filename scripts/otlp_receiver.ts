/**
 * A small OTLP/HTTP **logs** receiver for tests and for the demo.
 *
 * It accepts `POST /v1/logs` with an `ExportLogsServiceRequest` encoded as
 * protobuf (`application/x-protobuf`, decoded with protobufjs from a JSON
 * descriptor of the OTLP logs schema) or as OTLP/JSON (`application/json`),
 * optionally `Content-Encoding: gzip`, and normalises both encodings to the
 * same plain-JS {@linkcode ReceivedLogRecord} shape. Every request is recorded
 * (see {@linkcode OtlpReceiver.requests}); records of accepted (2xx) requests
 * are collected in {@linkcode OtlpReceiver.records}. It binds 127.0.0.1 only.
 *
 * Answers: 200 with an empty `ExportLogsServiceResponse` (protobuf) or `{}`
 * (JSON); 404 for other paths; 405 for other methods on `/v1/logs`; 401 when
 * `basicAuth` is configured and the request lacks exactly that Basic
 * credential (like the Grafana Cloud OTLP gateway); 415 for content types
 * other than protobuf/JSON; 400 when the body cannot be gunzipped or decoded.
 * `respond` can override the answer for decodable requests (fault injection).
 *
 * The library part uses only `node:http`, `node:zlib`, `node:buffer` and
 * `protobufjs`, so it runs on Deno, Node and Bun.
 *
 * Library use:
 *
 *     import { startOtlpReceiver } from "./scripts/otlp_receiver.ts";
 *     const receiver = await startOtlpReceiver({ quiet: true });
 *     // point an OTLP log exporter at receiver.logsUrl, emit logs, then:
 *     const records = await receiver.waitForRecords(1);
 *     await receiver.close();
 *
 * CLI use:
 *
 *     deno run --allow-net=127.0.0.1 --allow-env scripts/otlp_receiver.ts \
 *       [--port N] [--user U --password P] [--quiet]
 *
 * The CLI prints `otlp receiver listening on http://127.0.0.1:PORT` to stdout,
 * one line per request to stderr (unless `--quiet`), and stops on SIGINT or
 * SIGTERM.
 *
 * Exit codes: 0 = stopped by SIGINT/SIGTERM, or `--help`; 1 = could not start
 * (for example the port is in use); 2 = bad command-line usage.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import process from "node:process";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import protobuf from "protobufjs";

/** One OTLP log record, normalised to plain JS (identical for protobuf and JSON requests). */
export interface ReceivedLogRecord {
  /** Resource attributes, with AnyValues converted to plain JS. */
  resource: Record<string, unknown>;
  /** Instrumentation scope; `version` is omitted when empty. */
  scope: { name: string; version?: string };
  /** `time_unix_nano` as a decimal string (`"0"` when unset). */
  timeUnixNano: string;
  /** `observed_time_unix_nano` as a decimal string (`"0"` when unset). */
  observedTimeUnixNano: string;
  /** OTLP severity number (0 = unspecified). */
  severityNumber: number;
  /** Severity text, `""` when absent. */
  severityText: string;
  /** Body as plain JS; `null` when absent or an empty AnyValue. */
  body: unknown;
  /** `event_name` (field 12), `""` when absent. */
  eventName: string;
  /**
   * Attributes as plain JS: string, number (int and double), boolean, kvlist ->
   * object, array -> array, bytes -> Uint8Array, empty AnyValue -> null.
   * int64 values beyond Number.MAX_SAFE_INTEGER lose precision.
   */
  attributes: Record<string, unknown>;
  /** Lowercase hex trace id, `""` when absent or empty. */
  traceId: string;
  /** Lowercase hex span id, `""` when absent or empty. */
  spanId: string;
  /** W3C trace flags (`flags` field), 0 when absent. */
  flags: number;
}

/** One HTTP request as seen by the receiver (recorded for every request, whatever the answer). */
export interface ReceivedRequest {
  /** Request path without the query string, e.g. `"/v1/logs"`. */
  path: string;
  /** HTTP method, e.g. `"POST"`. */
  method: string;
  /** `Content-Type` header (`""` when absent). */
  contentType: string;
  /** `Content-Encoding` header (`""` when absent). */
  contentEncoding: string;
  /** `Authorization` header (`""` when absent). */
  authorization: string;
  /** All headers, lower-cased names; repeated headers joined with `", "`. */
  headers: Record<string, string>;
  /** Body size in bytes as received (before gunzip). */
  bytes: number;
  /** Status the receiver answered with. */
  status: number;
  /** Decoded records (empty when the request was not decoded, e.g. 401/404/400). */
  records: ReceivedLogRecord[];
  /** Why the request was refused (decode error, bad content type, ...), when it was. */
  error?: string;
}

/** An answer chosen by {@linkcode ReceiverOptions.respond}. */
export interface ReceiverResponse {
  /** HTTP status; a non-2xx status keeps the request's records out of `receiver.records`. */
  status: number;
  /**
   * Response body. When omitted on a 2xx answer, the normal success body is
   * sent; otherwise defaults to empty. A `Uint8Array` allows protobuf bodies
   * (see {@linkcode encodeExportLogsResponse}).
   */
  body?: string | Uint8Array;
  /** Extra response headers (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

/** Options for {@linkcode startOtlpReceiver}. */
export interface ReceiverOptions {
  /** Port to listen on (127.0.0.1); default 0 = a free port. */
  port?: number;
  /**
   * When set, requests without exactly this `Authorization: Basic` credential
   * get 401 (like the Grafana Cloud gateway); they are recorded with status
   * 401 and no records.
   */
  basicAuth?: { username: string; password: string };
  /**
   * Override the answer (fault injection). Called for each request that passed
   * routing, auth and decoding, with `status` tentatively 200 and `records`
   * decoded. Return `undefined` for the normal 200. If it throws, the receiver
   * answers 500.
   */
  respond?: (
    req: ReceivedRequest,
  ) => ReceiverResponse | undefined | Promise<ReceiverResponse | undefined>;
  /** Do not print the one-line-per-request log to stderr (default false: print). */
  quiet?: boolean;
  /**
   * Also answer `GET /requests` with every request received so far as JSON (the
   * {@linkcode OtlpReceiver.requests} array; `Uint8Array` values become arrays of bytes), so
   * a test in another process (another runtime) can inspect what arrived. Inspection requests
   * are neither recorded nor logged. Default false: `GET /requests` is a 404 like any path.
   */
  inspect?: boolean;
}

/** A running receiver, returned by {@linkcode startOtlpReceiver}. */
export interface OtlpReceiver {
  /** Base URL without trailing slash, e.g. `"http://127.0.0.1:43123"`. */
  readonly url: string;
  /** `url + "/v1/logs"`: the value for an OTLP log exporter's `url`. */
  readonly logsUrl: string;
  /** Every request received so far (whatever its status), in the order they were answered. */
  readonly requests: ReceivedRequest[];
  /** All records from accepted (2xx) requests, in arrival order. */
  readonly records: ReceivedLogRecord[];
  /**
   * Resolve with a snapshot of `records` as soon as `records.length >= count`;
   * reject after `timeoutMs` (default 10000) with an Error naming the count,
   * the number seen and the timeout, or when the receiver is closed first.
   */
  waitForRecords(count: number, timeoutMs?: number): Promise<ReceivedLogRecord[]>;
  /** Close the server and all its sockets; pending waiters are rejected. Idempotent. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// OTLP logs schema (opentelemetry-proto, logs + collector/logs + common + resource)

const COMMON = "opentelemetry.proto.common.v1";
const PROTO3 = "proto3"; // open enums, implicit presence, as in the .proto files

const SEVERITY_VALUES: Record<string, number> = { SEVERITY_NUMBER_UNSPECIFIED: 0 };
["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].forEach((level, i) => {
  for (let n = 1; n <= 4; n++) {
    SEVERITY_VALUES[`SEVERITY_NUMBER_${level}${n === 1 ? "" : n}`] = i * 4 + n;
  }
});

const repeated = (type: string, id: number) => ({ rule: "repeated", type, id });

/** protobufjs JSON descriptor; field numbers from the opentelemetry-proto .proto files. */
const OTLP_LOGS_DESCRIPTOR = {
  nested: {
    opentelemetry: {
      nested: {
        proto: {
          nested: {
            common: {
              nested: {
                v1: {
                  nested: {
                    AnyValue: {
                      edition: PROTO3,
                      oneofs: {
                        value: {
                          oneof: [
                            "stringValue",
                            "boolValue",
                            "intValue",
                            "doubleValue",
                            "arrayValue",
                            "kvlistValue",
                            "bytesValue",
                          ],
                        },
                      },
                      fields: {
                        stringValue: { type: "string", id: 1 },
                        boolValue: { type: "bool", id: 2 },
                        intValue: { type: "int64", id: 3 },
                        doubleValue: { type: "double", id: 4 },
                        arrayValue: { type: "ArrayValue", id: 5 },
                        kvlistValue: { type: "KeyValueList", id: 6 },
                        bytesValue: { type: "bytes", id: 7 },
                      },
                    },
                    ArrayValue: { edition: PROTO3, fields: { values: repeated("AnyValue", 1) } },
                    KeyValueList: { edition: PROTO3, fields: { values: repeated("KeyValue", 1) } },
                    KeyValue: {
                      edition: PROTO3,
                      fields: {
                        key: { type: "string", id: 1 },
                        value: { type: "AnyValue", id: 2 },
                      },
                    },
                    InstrumentationScope: {
                      edition: PROTO3,
                      fields: {
                        name: { type: "string", id: 1 },
                        version: { type: "string", id: 2 },
                        attributes: repeated("KeyValue", 3),
                        droppedAttributesCount: { type: "uint32", id: 4 },
                      },
                    },
                  },
                },
              },
            },
            resource: {
              nested: {
                v1: {
                  nested: {
                    Resource: {
                      edition: PROTO3,
                      fields: {
                        attributes: repeated(`${COMMON}.KeyValue`, 1),
                        droppedAttributesCount: { type: "uint32", id: 2 },
                      },
                    },
                  },
                },
              },
            },
            logs: {
              nested: {
                v1: {
                  nested: {
                    SeverityNumber: { edition: PROTO3, values: SEVERITY_VALUES },
                    ResourceLogs: {
                      edition: PROTO3,
                      fields: {
                        resource: { type: "opentelemetry.proto.resource.v1.Resource", id: 1 },
                        scopeLogs: repeated("ScopeLogs", 2),
                        schemaUrl: { type: "string", id: 3 },
                      },
                      reserved: [[1000, 1000]],
                    },
                    ScopeLogs: {
                      edition: PROTO3,
                      fields: {
                        scope: { type: `${COMMON}.InstrumentationScope`, id: 1 },
                        logRecords: repeated("LogRecord", 2),
                        schemaUrl: { type: "string", id: 3 },
                      },
                    },
                    LogRecord: {
                      edition: PROTO3,
                      fields: {
                        timeUnixNano: { type: "fixed64", id: 1 },
                        observedTimeUnixNano: { type: "fixed64", id: 11 },
                        severityNumber: { type: "SeverityNumber", id: 2 },
                        severityText: { type: "string", id: 3 },
                        body: { type: `${COMMON}.AnyValue`, id: 5 },
                        attributes: repeated(`${COMMON}.KeyValue`, 6),
                        droppedAttributesCount: { type: "uint32", id: 7 },
                        flags: { type: "fixed32", id: 8 },
                        traceId: { type: "bytes", id: 9 },
                        spanId: { type: "bytes", id: 10 },
                        eventName: { type: "string", id: 12 },
                      },
                      reserved: [[4, 4]],
                    },
                  },
                },
              },
            },
            collector: {
              nested: {
                logs: {
                  nested: {
                    v1: {
                      nested: {
                        ExportLogsServiceRequest: {
                          edition: PROTO3,
                          fields: {
                            resourceLogs: repeated("opentelemetry.proto.logs.v1.ResourceLogs", 1),
                          },
                        },
                        ExportLogsServiceResponse: {
                          edition: PROTO3,
                          fields: { partialSuccess: { type: "ExportLogsPartialSuccess", id: 1 } },
                        },
                        ExportLogsPartialSuccess: {
                          edition: PROTO3,
                          fields: {
                            rejectedLogRecords: { type: "int64", id: 1 },
                            errorMessage: { type: "string", id: 2 },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const otlpRoot = protobuf.Root.fromJSON(OTLP_LOGS_DESCRIPTOR);
const ExportLogsServiceRequest = otlpRoot.lookupType(
  "opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest",
);
const ExportLogsServiceResponse = otlpRoot.lookupType(
  "opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse",
);

/**
 * Encode an `ExportLogsServiceResponse` with protobufjs: empty (0 bytes) by
 * default, or carrying `partial_success`. Handy as a `respond` body for
 * protobuf requests.
 */
export function encodeExportLogsResponse(
  partialSuccess?: { rejectedLogRecords?: number; errorMessage?: string },
): Uint8Array {
  const message = ExportLogsServiceResponse.fromObject(partialSuccess ? { partialSuccess } : {});
  return ExportLogsServiceResponse.encode(message).finish();
}

// ---------------------------------------------------------------------------
// Normalisation (protobuf -> toObject, JSON -> parse; both then the same walk)

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    !(value instanceof Uint8Array);
}

function obj(value: unknown, what: string): Obj {
  if (value === undefined || value === null) return {};
  if (!isObj(value)) throw new TypeError(`${what} must be an object`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array`);
  return value;
}

function str(value: unknown, what: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new TypeError(`${what} must be a string`);
  return value;
}

const has = (o: Obj, key: string) => Object.hasOwn(o, key) && o[key] !== undefined;

/** Set `key` as an own data property even when it is `"__proto__"`. */
function put(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** int64 / fixed64 (Long-as-string from protobufjs, or JSON string/number) -> decimal string. */
function int64String(value: unknown, what: string): string {
  if (value === undefined || value === null) return "0";
  if (typeof value === "number" && Number.isFinite(value)) {
    return BigInt(Math.trunc(value)).toString();
  }
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value).toString();
  throw new TypeError(`${what} must be an integer (string or number)`);
}

function bytesFrom(value: unknown, what: string): Uint8Array {
  // A fresh plain Uint8Array (protobufjs may hand out Node Buffers / subarrays).
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (typeof value === "string") return new Uint8Array(Buffer.from(value, "base64"));
  throw new TypeError(`${what} must be bytes (base64 string in JSON)`);
}

/** trace/span id: bytes (protobuf) or hex string (OTLP/JSON; base64 tolerated) -> lowercase hex. */
function idHex(value: unknown, what: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" && /^(?:[0-9a-fA-F]{2})*$/.test(value)) return value.toLowerCase();
  return Buffer.from(bytesFrom(value, what)).toString("hex");
}

/** AnyValue -> plain JS; absent or empty AnyValue -> null. */
function anyValue(value: unknown, what: string): unknown {
  if (value === undefined || value === null) return null;
  const v = obj(value, what);
  if (has(v, "stringValue")) return str(v.stringValue, what);
  if (has(v, "boolValue")) {
    if (typeof v.boolValue !== "boolean") throw new TypeError(`${what}.boolValue must be boolean`);
    return v.boolValue;
  }
  if (has(v, "intValue")) return Number(int64String(v.intValue, `${what}.intValue`));
  if (has(v, "doubleValue")) {
    const d = v.doubleValue;
    // OTLP/JSON allows "NaN", "Infinity", "-Infinity" (and numeric strings).
    if (typeof d === "number") return d;
    if (typeof d === "string" && (d === "NaN" || (d.trim() !== "" && !Number.isNaN(Number(d))))) {
      return Number(d);
    }
    throw new TypeError(`${what}.doubleValue must be a number`);
  }
  if (has(v, "arrayValue")) {
    const values = list(obj(v.arrayValue, `${what}.arrayValue`).values, `${what}.arrayValue`);
    return values.map((item, i) => anyValue(item, `${what}[${i}]`));
  }
  if (has(v, "kvlistValue")) {
    return keyValues(obj(v.kvlistValue, `${what}.kvlistValue`).values, `${what}.kvlistValue`);
  }
  if (has(v, "bytesValue")) return bytesFrom(v.bytesValue, `${what}.bytesValue`);
  return null;
}

/** repeated KeyValue -> object (later duplicates win). */
function keyValues(value: unknown, what: string): Record<string, unknown> {
  const out: Obj = {};
  for (const item of list(value, what)) {
    const kv = obj(item, what);
    const key = str(kv.key, `${what} key`);
    put(out, key, anyValue(kv.value, `${what}.${key}`));
  }
  return out;
}

const SEVERITY_BY_NAME = new Map(Object.entries(SEVERITY_VALUES));

function severity(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return Number(value);
    const n = SEVERITY_BY_NAME.get(value);
    if (n !== undefined) return n;
  }
  throw new TypeError(`severityNumber ${JSON.stringify(value)} is not a SeverityNumber`);
}

function flagsNumber(value: unknown): number {
  if (value === undefined || value === null) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new TypeError("flags must be a uint32");
  }
  return n;
}

/** Walk an ExportLogsServiceRequest object (camelCase keys) into normalised records. */
function normaliseRequest(request: unknown): ReceivedLogRecord[] {
  const out: ReceivedLogRecord[] = [];
  const resourceLogs = list(obj(request, "request").resourceLogs, "resourceLogs");
  for (const [r, rlValue] of resourceLogs.entries()) {
    const rl = obj(rlValue, `resourceLogs[${r}]`);
    const resourceObj = obj(rl.resource, `resourceLogs[${r}].resource`);
    for (const [s, slValue] of list(rl.scopeLogs, "scopeLogs").entries()) {
      const where = `resourceLogs[${r}].scopeLogs[${s}]`;
      const sl = obj(slValue, where);
      const scopeObj = obj(sl.scope, `${where}.scope`);
      for (const [l, lrValue] of list(sl.logRecords, `${where}.logRecords`).entries()) {
        const at = `${where}.logRecords[${l}]`;
        const lr = obj(lrValue, at);
        const scope: { name: string; version?: string } = {
          name: str(scopeObj.name, "scope.name"),
        };
        const version = str(scopeObj.version, "scope.version");
        if (version !== "") scope.version = version;
        out.push({
          // Converted per record so that records never share mutable objects.
          resource: keyValues(resourceObj.attributes, "resource.attributes"),
          scope,
          timeUnixNano: int64String(lr.timeUnixNano, `${at}.timeUnixNano`),
          observedTimeUnixNano: int64String(lr.observedTimeUnixNano, `${at}.observedTimeUnixNano`),
          severityNumber: severity(lr.severityNumber),
          severityText: str(lr.severityText, `${at}.severityText`),
          body: anyValue(lr.body, `${at}.body`),
          eventName: str(lr.eventName, `${at}.eventName`),
          attributes: keyValues(lr.attributes, `${at}.attributes`),
          traceId: idHex(lr.traceId, `${at}.traceId`),
          spanId: idHex(lr.spanId, `${at}.spanId`),
          flags: flagsNumber(lr.flags),
        });
      }
    }
  }
  return out;
}

/** protobuf body -> records (protobufjs decode + toObject with int64 as decimal strings). */
function decodeProtobuf(body: Uint8Array): ReceivedLogRecord[] {
  const message = ExportLogsServiceRequest.decode(body);
  // longs: String -> int64/fixed64 as decimal strings (with or without `long`);
  // bytes are left as Uint8Array/Buffer; only fields present on the wire appear.
  return normaliseRequest(
    ExportLogsServiceRequest.toObject(message, { longs: String, enums: Number, arrays: true }),
  );
}

/** proto3 JSON parsers accept the original snake_case field names too; map them to camelCase. */
function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    put(out, key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), camelKeys(v));
  }
  return out;
}

/** OTLP/JSON body -> records. */
function decodeJson(body: Uint8Array): ReceivedLogRecord[] {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  return normaliseRequest(camelKeys(JSON.parse(text)));
}

// ---------------------------------------------------------------------------
// HTTP server

type Format = "protobuf" | "json";

function formatOf(contentType: string): Format | undefined {
  const mime = contentType.split(";")[0].trim().toLowerCase();
  if (mime === "application/x-protobuf" || mime === "application/protobuf") return "protobuf";
  if (mime === "application/json") return "json";
  return undefined;
}

const CONTENT_TYPES: Record<Format, string> = {
  protobuf: "application/x-protobuf",
  json: "application/json",
};

interface Answer {
  status: number;
  body: string | Uint8Array;
  headers: Record<string, string>;
}

function textAnswer(status: number, text: string, headers: Record<string, string> = {}): Answer {
  return {
    status,
    body: text,
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
  };
}

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

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Start a receiver on 127.0.0.1 (`options.port`, default a free port). Resolves
 * once it is listening; rejects if it cannot listen (e.g. port in use).
 */
export async function startOtlpReceiver(options: ReceiverOptions = {}): Promise<OtlpReceiver> {
  const requests: ReceivedRequest[] = [];
  const records: ReceivedLogRecord[] = [];
  const waiters = new Set<{
    count: number;
    resolve: (records: ReceivedLogRecord[]) => void;
    reject: (err: Error) => void;
    timer: ReturnType<typeof setTimeout>;
  }>();
  const expectedAuth = options.basicAuth
    ? Buffer.from(`${options.basicAuth.username}:${options.basicAuth.password}`, "utf8")
      .toString("base64")
    : undefined;
  let closing: Promise<void> | undefined;

  function notify(): void {
    for (const waiter of waiters) {
      if (records.length >= waiter.count) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(records.slice());
      }
    }
  }

  function authorised(header: string): boolean {
    if (expectedAuth === undefined) return true;
    const match = /^basic +(\S+)\s*$/i.exec(header);
    return match !== null && match[1] === expectedAuth;
  }

  async function handle(req: IncomingMessage): Promise<{ seen: ReceivedRequest; answer: Answer }> {
    const raw = await readBody(req);
    const headers = headerRecord(req);
    const seen: ReceivedRequest = {
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
    const refuse = (answer: Answer, error: string) => {
      seen.error = error;
      return { seen, answer };
    };
    if (seen.path !== "/v1/logs") {
      return refuse(textAnswer(404, "404 page not found\n"), `no route for ${seen.path}`);
    }
    if (seen.method !== "POST") {
      return refuse(
        textAnswer(405, "405 method not allowed\n", { allow: "POST" }),
        `method ${seen.method} not allowed`,
      );
    }
    if (!authorised(seen.authorization)) {
      return refuse(
        textAnswer(401, "401 unauthorized\n", { "www-authenticate": 'Basic realm="otlp"' }),
        "missing or wrong basic auth",
      );
    }
    const format = formatOf(seen.contentType);
    if (format === undefined) {
      return refuse(
        textAnswer(415, `415 unsupported content type ${JSON.stringify(seen.contentType)}\n`),
        `unsupported content type ${JSON.stringify(seen.contentType)}`,
      );
    }
    const encoding = seen.contentEncoding.trim().toLowerCase();
    try {
      let body = raw;
      if (encoding === "gzip" || encoding === "x-gzip") body = gunzipSync(raw);
      else if (encoding !== "" && encoding !== "identity") {
        throw new Error(`unsupported content encoding ${JSON.stringify(seen.contentEncoding)}`);
      }
      seen.records = format === "protobuf" ? decodeProtobuf(body) : decodeJson(body);
    } catch (err) {
      seen.records = [];
      return refuse(textAnswer(400, `400 bad request: ${message(err)}\n`), message(err));
    }

    const success: Answer = format === "protobuf"
      ? {
        status: 200,
        body: encodeExportLogsResponse(),
        headers: { "content-type": CONTENT_TYPES.protobuf },
      }
      : { status: 200, body: "{}", headers: { "content-type": CONTENT_TYPES.json } };
    if (!options.respond) return { seen, answer: success };
    seen.status = 200;
    let custom: ReceiverResponse | undefined;
    try {
      custom = await options.respond(seen);
    } catch (err) {
      return refuse(textAnswer(500, `500 respond() failed: ${message(err)}\n`), message(err));
    }
    if (custom === undefined) return { seen, answer: success };
    const ok = custom.status >= 200 && custom.status < 300;
    const answer: Answer = {
      status: custom.status,
      body: custom.body ?? (ok ? success.body : ""),
      headers: {
        "content-type": ok ? success.headers["content-type"] : "text/plain; charset=utf-8",
        ...Object.fromEntries(
          Object.entries(custom.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
        ),
      },
    };
    return { seen, answer };
  }

  function send(res: ServerResponse, answer: Answer): void {
    const body = typeof answer.body === "string" ? Buffer.from(answer.body, "utf8") : answer.body;
    res.writeHead(answer.status, { ...answer.headers, "content-length": String(body.byteLength) });
    res.end(body);
  }

  function log(seen: ReceivedRequest): void {
    if (options.quiet) return;
    const format = formatOf(seen.contentType) ?? (seen.contentType || "-");
    const encoding = seen.contentEncoding ? `+${seen.contentEncoding}` : "";
    const error = seen.error ? ` (${seen.error})` : "";
    console.error(
      `otlp receiver: ${seen.method} ${seen.path} ${format}${encoding} -> ${seen.status}, ` +
        `${seen.records.length} record(s), ${seen.bytes} bytes${error}`,
    );
  }

  const server: Server = createServer((req, res) => {
    if (options.inspect && req.method === "GET" && (req.url ?? "").split("?")[0] === "/requests") {
      const json = JSON.stringify(
        requests,
        (_key, value) => value instanceof Uint8Array ? Array.from(value) : value,
      );
      send(res, { status: 200, body: json, headers: { "content-type": CONTENT_TYPES.json } });
      return;
    }
    handle(req).then(({ seen, answer }) => {
      seen.status = answer.status;
      requests.push(seen);
      if (answer.status >= 200 && answer.status < 300) records.push(...seen.records);
      log(seen);
      send(res, answer);
      notify();
    }).catch((err) => {
      // Only reached if reading the request itself failed (client went away).
      if (!res.headersSent && !res.destroyed) send(res, textAnswer(500, `500 ${message(err)}\n`));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    logsUrl: `${url}/v1/logs`,
    requests,
    records,
    waitForRecords(count: number, timeoutMs = 10_000): Promise<ReceivedLogRecord[]> {
      if (records.length >= count) return Promise.resolve(records.slice());
      if (closing) {
        return Promise.reject(
          new Error(
            `otlp receiver is closed: waited for ${count} record(s), saw ${records.length}`,
          ),
        );
      }
      const waiting = new Promise<ReceivedLogRecord[]>((resolve, reject) => {
        const waiter = {
          count,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            reject(
              new Error(
                `otlp receiver: timed out after ${timeoutMs} ms waiting for ${count} record(s); ` +
                  `saw ${records.length} record(s) in ${requests.length} request(s)`,
              ),
            );
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
      // Callers still see the rejection; an abandoned waiter (never awaited)
      // must not surface as an unhandled rejection when it times out or the
      // receiver closes.
      waiting.catch(() => {});
      return waiting;
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const waiter of waiters) {
          clearTimeout(waiter.timer);
          waiter.reject(
            new Error(
              `otlp receiver closed while waiting for ${waiter.count} record(s); ` +
                `saw ${records.length}`,
            ),
          );
        }
        waiters.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------
// CLI

const USAGE = `Usage: deno run --allow-net=127.0.0.1 --allow-env scripts/otlp_receiver.ts [options]

A small OTLP/HTTP logs receiver on 127.0.0.1 (POST /v1/logs, protobuf or JSON, gzip).

Options:
  --port N          port to listen on (default: 0 = a free port)
  --user U          require HTTP Basic auth with this username (default: no auth)
  --password P      password for --user (required with --user)
  --quiet           do not print one line per request to stderr (default: print)
  --help            show this help and exit

Prints "otlp receiver listening on http://127.0.0.1:PORT" to stdout; stops on SIGINT/SIGTERM.
Exit codes: 0 stopped by signal or --help, 1 could not start, 2 bad usage.
`;

async function main(args: string[]): Promise<number | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: "string" },
        user: { type: "string" },
        password: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`otlp_receiver: ${message(err)}\nTry --help.`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) {
      console.error(`otlp_receiver: --port must be an integer 0..65535, got ${values.port}`);
      return 2;
    }
  }
  if ((values.user === undefined) !== (values.password === undefined)) {
    console.error("otlp_receiver: --user and --password must be given together");
    return 2;
  }
  let receiver: OtlpReceiver;
  try {
    receiver = await startOtlpReceiver({
      port,
      quiet: values.quiet ?? false,
      basicAuth: values.user !== undefined
        ? { username: values.user, password: values.password ?? "" }
        : undefined,
    });
  } catch (err) {
    console.error(`otlp_receiver: cannot listen on 127.0.0.1:${port}: ${message(err)}`);
    return 1;
  }
  console.log(`otlp receiver listening on ${receiver.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    receiver.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return undefined; // keep running until a signal arrives
}

if (import.meta.main) {
  main(process.argv.slice(2)).then((code) => {
    if (code !== undefined) process.exit(code);
  });
}
