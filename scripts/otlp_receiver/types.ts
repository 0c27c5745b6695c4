/**
 * The receiver's public shapes: what it records of each request and record, the options of
 * `startOtlpReceiver`, and the running receiver it returns.
 *
 * @module
 */

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
   * (see `encodeExportLogsResponse`).
   */
  body?: string | Uint8Array;
  /** Extra response headers (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

/** Options for `startOtlpReceiver`. */
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

/** A running receiver, returned by `startOtlpReceiver`. */
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
