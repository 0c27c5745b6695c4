// lockbox observability — the one logging module every trading service vendors byte for byte.
//
// Runtimes: Deno 2, Bun 1.x, Node.js 20+ (the same file; Node and Bun run the esbuild bundle).
// Implements: OTel Logs Data Model (LogRecord, severityNumber), OTel Logs SDK via
// @opentelemetry/sdk-logs 3.1.0 (LoggerProvider, BatchLogRecordProcessor), OTLP/HTTP 1.x
// (http/protobuf and http/json) via @opentelemetry/otlp-exporter-base and otlp-transformer
// 0.301.0, OTel SDK environment variables (OTEL_EXPORTER_OTLP_*, OTEL_BLRP_*,
// OTEL_RESOURCE_ATTRIBUTES). License: Apache-2.0.
//
// Runtime code lives only in this file; docs/DESIGN.md describes the data path. Regions follow
// the data flow: Types → Defaults → Errors → Runtime → Config → Session → Call → Ring → Decode →
// Sinks → Worker → Lifecycle.

/**
 * lockbox: structured logging for trading services that never blocks the trading loop.
 *
 * A log call encodes the record (values as of the call) into a shared ring buffer and returns;
 * a background worker decodes it, writes one JSON line to stdout and exports it over OTLP/HTTP
 * through the OpenTelemetry logs SDK. Each sink has its own bounded backlog and counters; a full
 * ring or backlog drops the record and counts it. docs/DESIGN.md describes the data path.
 *
 * @example Log from a service
 * ```ts
 * import { getLogger, initObservability, shutdownObservability } from "./observability.ts";
 *
 * initObservability({ serviceName: "trade-exec" });
 * const log = getLogger("trade-exec").child({ run_id: "live_44" });
 * log.info("order_submitted", { order_id: "co_1", symbol: "AAPL", qty: 100 });
 * const stats = await shutdownObservability();
 * console.error(stats.accepted, stats.dropped.queueFull);
 * ```
 *
 * A line on stdout:
 * `{"ts":"2026-11-21T14:03:05.123456Z","level":"info","logger":"trade-exec","message":"order_submitted","service":"trade-exec","env":"dev","version":"0.0.0","run_id":"live_44","order_id":"co_1","symbol":"AAPL","qty":100}`
 *
 * @module
 */

// Only type imports from OpenTelemetry: the SDK and exporter are loaded with import() by the
// consumer (worker or inline mode), so the service's thread never evaluates them.
import type { LoggerProvider, LogRecordExporter, ReadableLogRecord } from "@opentelemetry/sdk-logs";
import type { IExportLogsServiceResponse, ISerializer } from "@opentelemetry/otlp-transformer";
import { Buffer } from "node:buffer";
import { randomUUID } from "node:crypto";
import { fstatSync, write, writeSync } from "node:fs";
import process from "node:process";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/**
 * The lockbox release this file belongs to (semver). Pinned in `dist/lockbox.json`; it must
 * change whenever any shipped byte changes (see LOCKBOX.md).
 */
export const VERSION = "0.3.2";

// #region Types — the public shapes

/** The five log levels, lowest first. The `Level` type is derived from this list. */
const LEVELS = ["debug", "info", "warn", "error", "fatal"] as const;

/**
 * A log level: `"debug" | "info" | "warn" | "error" | "fatal"`.
 *
 * Maps to OTel severityNumber DEBUG 5, INFO 9, WARN 13, ERROR 17, FATAL 21 (OTel Logs Data
 * Model, "Field: SeverityNumber").
 */
export type Level = typeof LEVELS[number];

/**
 * Attributes of a record or bound context: string keys, any values. Values are copied deeply at
 * the call (values as of the call) and made safe while copying: Error → `{type, message, stack,
 * cause}`, BigInt → decimal string, Date → RFC 3339, circular → `"[Circular]"`,
 * undefined/functions/symbols omitted, strings longer than LOG_MAX_VALUE_BYTES cut with a marker,
 * at most 1,000 items per array or object and 10 levels deep.
 */
export type Attributes = Record<string, unknown>;

/**
 * A named logger. Every method does bounded work on the caller's thread: no I/O, no await,
 * nothing scheduled, and it never throws, whatever it is given.
 */
export interface Logger {
  /** Log `event` at debug level with optional `attributes`. Drops and counts when the ring is full. */
  debug(event: string, attributes?: Attributes): void;
  /** Log `event` at info level with optional `attributes`. Drops and counts when the ring is full. */
  info(event: string, attributes?: Attributes): void;
  /** Log `event` at warn level with optional `attributes`. Drops and counts when the ring is full. */
  warn(event: string, attributes?: Attributes): void;
  /** Log `event` at error level with optional `attributes`. Drops and counts when the ring is full. */
  error(event: string, attributes?: Attributes): void;
  /** Log `event` at fatal level with optional `attributes`. Drops and counts when the ring is full. */
  fatal(event: string, attributes?: Attributes): void;
  /**
   * A logger with the same name and `context` bound: merged into every record. The context is
   * copied deeply now (later changes to it are not seen); the child's keys win over the
   * parent's; a call's attributes win over both.
   */
  child(context: Attributes): Logger;
  /** Whether a record at `level` would be accepted by the level gate (LOG_LEVEL). */
  isEnabled(level: Level): boolean;
}

/** Batch processor settings (OTel SDK env vars `OTEL_BLRP_*`). */
export interface BatchOptions {
  /** Records the BatchLogRecordProcessor buffers. @default {2048} (OTEL_BLRP_MAX_QUEUE_SIZE) */
  maxQueueSize?: number;
  /** Records per OTLP request. @default {512} (OTEL_BLRP_MAX_EXPORT_BATCH_SIZE) */
  maxExportBatchSize?: number;
  /** Delay between scheduled exports, in milliseconds. @default {1000} (OTEL_BLRP_SCHEDULE_DELAY) */
  scheduledDelayMs?: number;
  /** Time an export may take, in milliseconds. @default {5000} (OTEL_BLRP_EXPORT_TIMEOUT) */
  exportTimeoutMs?: number;
}

/**
 * Options for {@linkcode initObservability}. Each one overrides the environment variable named
 * beside it, which overrides the default.
 */
export interface ObservabilityOptions {
  /** `service.name`. @default {"unknown_service"} (OTEL_SERVICE_NAME > OTEL_RESOURCE_ATTRIBUTES > APP_NAME) */
  serviceName?: string;
  /** `service.version`. @default {"0.0.0"} (OTEL_RESOURCE_ATTRIBUTES > APP_VERSION) */
  serviceVersion?: string;
  /** `deployment.environment.name`. @default {"dev"} (OTEL_RESOURCE_ATTRIBUTES > APP_ENV) */
  environment?: string;
  /** Extra resource attributes; they win over OTEL_RESOURCE_ATTRIBUTES. */
  resourceAttributes?: Record<string, string | number | boolean>;
  /** Lowest level accepted. @default {"info"} (LOG_LEVEL) */
  level?: Level;
  /** Records held in the shared ring between the call and the consumer, at most. @default {2000} (LOG_QUEUE_MAXSIZE) */
  queueMaxSize?: number;
  /** Cap for one string value, in UTF-8 bytes; longer strings are cut with a marker. @default {8192} (LOG_MAX_VALUE_BYTES) */
  maxValueBytes?: number;
  /** Records per second per (logger, event), burst twice that; `0` turns the guard off. @default {1000} (LOG_RATE_LIMIT) */
  rateLimit?: number;
  /** Extra attribute key fragments to redact at any depth (case-insensitive). (LOG_REDACT_KEYS, comma-separated) */
  redactKeys?: string[];
  /** Extra patterns whose matches are redacted in every string value and event. (LOG_REDACT_PATTERNS: a regex, or a JSON array of regexes) */
  redactPatterns?: (string | RegExp)[];
  /** OTLP base URL; `/v1/logs` is appended. (OTEL_EXPORTER_OTLP_ENDPOINT) */
  endpoint?: string;
  /** Full OTLP logs URL, used as is; wins over `endpoint`. (OTEL_EXPORTER_OTLP_LOGS_ENDPOINT) */
  logsEndpoint?: string;
  /** OTLP encoding. @default {"http/protobuf"} (OTEL_EXPORTER_OTLP_[LOGS_]PROTOCOL) */
  protocol?: "http/protobuf" | "http/json";
  /** Extra HTTP headers for OTLP requests. (OTEL_EXPORTER_OTLP_[LOGS_]HEADERS) */
  headers?: Record<string, string>;
  /** OTLP request timeout, in milliseconds. @default {5000} (OTEL_EXPORTER_OTLP_[LOGS_]TIMEOUT) */
  timeoutMs?: number;
  /** OTLP request compression. @default {"none"} (OTEL_EXPORTER_OTLP_[LOGS_]COMPRESSION) */
  compression?: "gzip" | "none";
  /** `"none"` turns OTLP export off (stdout stays). @default {"otlp"} (OTEL_LOGS_EXPORTER) */
  exporter?: "otlp" | "none";
  /** Grafana Cloud instance id: with `grafanaToken`, sets `Authorization: Basic base64(id:token)`. (GRAFANA_CLOUD_INSTANCE_ID) */
  grafanaInstanceId?: string;
  /** Grafana Cloud access token; never printed. (GRAFANA_CLOUD_TOKEN) */
  grafanaToken?: string;
  /** BatchLogRecordProcessor settings. */
  batch?: BatchOptions;
  /** Consume the ring in a background worker; `false` consumes it on this thread in slices of at most 0.5 ms. @default {true} */
  worker?: boolean;
  /**
   * Finish the session at the natural program end and on `process.exit()`; on SIGTERM/SIGINT with
   * no service listener, flush then exit 143/130 (with one, keep logging until the process exits).
   * @default {true}
   */
  exitHooks?: boolean;
  /** Deadline for automatic shutdowns (exit, signals), in milliseconds. @default {5000} */
  shutdownTimeoutMs?: number;
  /**
   * Stdout line format: `"json"`, one JSON object per line, or `"pretty"`, a coloured one-line
   * form for a developer's terminal. Never chosen automatically from a TTY: containers often
   * have one in production. @default {"json"} (LOG_FORMAT)
   */
  format?: "json" | "pretty";
}

/**
 * Counters of one observability session. After {@linkcode shutdownObservability} resolves these
 * identities hold exactly:
 *
 * - calls = `accepted + dropped.queueFull + dropped.rateLimited + dropped.afterShutdown`
 *   (calls below the LOG_LEVEL gate are not counted)
 * - `accepted + internal = stdout.written + stdout.failed + stdout.dropped`
 * - with OTLP: `accepted + internal = otlp.exported + otlp.failed + otlp.dropped`
 */
export interface ObservabilityStats {
  /**
   * Where the ring is consumed: `"starting"` (a worker was started and has not yet signalled it
   * runs; records wait in the ring), `"worker"`, `"inline"` (on the calling thread), `"off"`.
   */
  mode: "worker" | "inline" | "off" | "starting";
  /** The service's records that entered the ring. */
  accepted: number;
  /** lockbox's own records that entered the ring (`observability_dropped`, `log_suppressed`). */
  internal: number;
  /** Records refused at the call: ring full, rate-limited by the policy guard, or logged after shutdown. */
  dropped: { queueFull: number; rateLimited: number; afterShutdown: number };
  /**
   * Records changed by a cap (value bytes, items, depth, record size, Loki structured-metadata
   * entries or bytes, line size).
   */
  truncated: number;
  /** JSON lines written to stdout, lines whose write failed, and lines dropped because the stdout backlog was full. */
  stdout: { written: number; failed: number; dropped: number };
  /** OTLP: records the exporter reported exported or failed, and records dropped before export (backlog full, or left at shutdown). */
  otlp: { enabled: boolean; exported: number; failed: number; dropped: number };
  /** Records that entered the ring and are not yet finished on every enabled sink. */
  pending: number;
}

// #endregion

// #region Defaults — every default once; docs above cite these values

/** Defaults of every setting. */
const DEFAULTS = {
  serviceName: "unknown_service",
  serviceVersion: "0.0.0",
  environment: "dev",
  level: "info",
  queueMaxSize: 2000,
  maxValueBytes: 8192,
  rateLimit: 1000,
  protocol: "http/protobuf",
  timeoutMs: 5000,
  compression: "none",
  exporter: "otlp",
  batchMaxQueueSize: 2048,
  batchMaxExportBatchSize: 512,
  batchScheduledDelayMs: 1000,
  batchExportTimeoutMs: 5000,
  shutdownTimeoutMs: 5000,
  lokiMaxEntries: 128,
  lokiMaxMetadataBytes: 65536,
  maxLineBytes: 262144,
} as const;

/** OTel severityNumber per level index (OTel Logs Data Model, SeverityNumber ranges). */
const SEVERITY_NUMBERS = [5, 9, 13, 17, 21] as const;
/** OTel severityText per level index: the level in upper case. */
const SEVERITY_TEXTS = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL"] as const;
/** JSON line keys that attributes never overwrite, in line order. */
const RESERVED_KEYS = new Set([
  "ts",
  "level",
  "logger",
  "message",
  "service",
  "env",
  "version",
  "trace_id",
  "span_id",
]);
/** Prefix given to an attribute key that collides with a reserved key: `message` → `attr.message`. */
const COLLISION_PREFIX = "attr.";
/** Nesting levels encoded below a top-level attribute value; deeper values become a marker. */
const MAX_DEPTH = 10;
/** Items encoded per array or Set, keys per object or Map; the rest is summarised by a marker. */
const MAX_ITEMS = 1000;
/** Values encoded per record (all depths); past it values become a marker. Bounds a call's work. */
const MAX_NODES = 20_000;
/**
 * Encoded size of one record, at most, in bytes; past it values become a marker. Keeps a
 * record (and so its JSON line) under Loki's 256 KB line limit in all but pathological escaping.
 */
const MAX_RECORD_BYTES = 240 * 1024;
/**
 * Resource attributes Loki's OTLP ingestion stores as index labels, not as structured metadata
 * (Loki docs, "Ingesting logs to Loki using OpenTelemetry Collector", Format considerations: "we
 * have selected the following resource attributes to be stored as index labels, while the
 * remaining attributes are stored as Structured Metadata with each log entry"). Every other
 * resource attribute counts against each record's structured-metadata limits. Deliberately
 * without `service.instance.id` and `deployment.environment.name`: not every Loki version
 * promotes them, and counting one entry too many is harmless where one too few gets a push
 * rejected.
 */
const LOKI_INDEX_LABELS: ReadonlySet<string> = new Set([
  "cloud.availability_zone",
  "cloud.region",
  "container.name",
  "deployment.environment",
  "k8s.cluster.name",
  "k8s.container.name",
  "k8s.cronjob.name",
  "k8s.daemonset.name",
  "k8s.deployment.name",
  "k8s.job.name",
  "k8s.namespace.name",
  "k8s.pod.name",
  "k8s.replicaset.name",
  "k8s.statefulset.name",
  "service.name",
  "service.namespace",
]);
/**
 * Structured-metadata entries Loki adds to every OTLP record from LogRecord fields rather than
 * attributes: severity_number, severity_text, observed_timestamp, flags, trace_id, span_id,
 * scope_name, scope_version, detected_level, and lockbox.logger past the scope cap.
 */
const LOKI_RECORD_FIELD_ENTRIES = 10;
/** Bytes reserved for those fields (names and values: ids, numbers, a scope name). */
const LOKI_RECORD_FIELD_BYTES = 1024;
/** Longest `lockbox.truncated` marker that names what a cap cut, in characters. */
const MAX_MARKER_CHARS = 512;
/** Longest logger name or attribute key kept, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;
/** Ring bytes per LOG_QUEUE_MAXSIZE record: the byte bound of the ring (clamped below). */
const RING_BYTES_PER_RECORD = 1024;
/** Smallest ring, in bytes: room for a few records of MAX_RECORD_BYTES. */
const RING_MIN_BYTES = 1024 * 1024;
/** Largest ring, in bytes. */
const RING_MAX_BYTES = 32 * 1024 * 1024;
/**
 * The stdout backlog: JSON lines waiting for the writer, in bytes. A stalled stdout holds at
 * most this much; past it lines are dropped and counted in `stdout.dropped`.
 */
const STDOUT_BACKLOG_BYTES = 8 * 1024 * 1024;
/**
 * The OTLP backlog: decoded records waiting for room in the BatchLogRecordProcessor (which drops
 * silently when full, so it is never overfilled). Past it records are dropped and counted in
 * `otlp.dropped`. At ~1–2 KB per record this is the OTLP sink's memory bound, with the
 * processor's own OTEL_BLRP_MAX_QUEUE_SIZE.
 */
const OTLP_BACKLOG_RECORDS = 8192;
/**
 * Bytes written per write(2), at most: POSIX PIPE_BUF on Linux. A write of at most PIPE_BUF
 * bytes to a pipe is atomic, so a chunk of whole lines is never interleaved with another writer.
 */
const PIPE_BUF = 4096;
/**
 * Bytes per write(2) when fd 1 is a regular file or /dev/null, at most. Linux holds the file's
 * lock for a whole write to a regular file, so another writer cannot split a chunk of any size;
 * 64 KiB chunks make ~16 times fewer writes (and wake-ups) than PIPE_BUF ones.
 */
const FILE_CHUNK = 65536;
/** Records the ring holds past LOG_QUEUE_MAXSIZE for lockbox's own records (policy reports). */
const INTERNAL_RESERVE = 64;
/**
 * How long the consumer naps between steps while records flow, in ms. A nap ends early when
 * the producer sees the ring a quarter full (RING_WAKE_DIVISOR), so the nap bounds latency,
 * not throughput. Every wake-up of a thread costs its own CPU whatever it serves — on the bench
 * VM a bare `setTimeout(8)` loop cost 7.8 ms of CPU per second on Node 20, 12 on Bun, 26 on
 * Deno — so the consumer wakes 20 times a second at a steady rate instead of 125 (8 ms polls):
 * the worker's CPU per record at 5,000 rec/s went from 15–20 µs to 12–14 µs with this alone.
 */
const CONSUMER_NAP_MS = 50;
/**
 * A napping consumer is woken once the ring holds 1/RING_WAKE_DIVISOR of its record bound (or
 * of its bytes): the guard for a burst faster than the flow the nap was sized for (the default
 * 2,000 records: at 500).
 */
const RING_WAKE_DIVISOR = 4;
/** Longest slice of inline consumption on the calling thread, in milliseconds. */
const INLINE_SLICE_MS = 0.5;
/** Sleep of a consumer where Atomics.waitAsync is missing, and retry delay after EAGAIN, in ms. */
const IDLE_POLL_MS = 5;
/** Delay before a stdout write is retried after EAGAIN (a full non-blocking pipe), in ms. */
const EAGAIN_SLEEP_MS = 2;
/** Margin past the batch export timeout after which an unanswered export is counted failed, in ms. */
const EXPORT_GUARD_MS = 1000;
/** Interval of the policy reports (`log_suppressed`, `observability_dropped`), in milliseconds. */
const REPORT_INTERVAL_MS = 1000;
/** Rate-guard buckets kept (all loggers, all events); past it idle buckets are evicted. */
const MAX_RATE_KEYS = 10_000;
/** Instrumentation scope shared by logger names past MAX_CACHE_KEYS (see OtlpSink). */
const OVERFLOW_SCOPE = "lockbox.overflow";
/** Cache entries kept per cache on the consumer side (key info, OTel loggers by name). */
const MAX_CACHE_KEYS = 10_000;
/** Replacement for a redacted value or match. */
const REDACTED = "[REDACTED]";
/**
 * Attribute keys redacted by default, at any depth, matched as case-insensitive fragments.
 */
const DEFAULT_REDACT_KEYS = [
  "password",
  "passwd",
  "secret",
  "token",
  "api_key",
  "apikey",
  "api-key",
  "authorization",
  "cookie",
  "private_key",
  "privatekey",
];
/**
 * Value patterns redacted by default: bearer and basic credentials, and JWTs (three base64url
 * parts, the first one a JSON object header `eyJ…`).
 */
const DEFAULT_REDACT_PATTERNS = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/g,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/g,
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g,
];
/** Marks the workerData of lockbox's own workers (a service's own workers never match). */
const WORKER_TAG = "lockbox-worker/2";
/**
 * Heap settings of the consumer worker (Node's `resourceLimits`; Deno takes them too, Bun
 * ignores them). Only the young generation is capped, at 8 MB in place of Node's default 48 MB:
 * records live in the worker until their OTLP batch is exported, so under load V8 keeps
 * growing the semi-spaces, and the default lets them reach 16 MB each. Measured on Node 20
 * (fresh processes, 5 000 records/s for 4 s, RSS growth from before the import): 44.0 → 40.6 MB
 * median, with the worker's scavenges 26 → 30 and their time unchanged (~35 ms per run); at
 * 20 000 records/s 61 → 52 MB for ~30 ms more scavenge time per 67 000 records. A 2 or 4 MB cap
 * saved more but doubled to quadrupled the scavenges at 5 000 records/s. The old generation is
 * left at its default, so the worker runs out of heap exactly when it did before; with any
 * `resourceLimits` given, Node then ends only the worker (ERR_WORKER_OUT_OF_MEMORY, checked) and
 * the consumer continues inline from the ring.
 */
const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 } as const;

// #endregion

// #region Errors

/**
 * Thrown by {@linkcode initObservability} when an option in code or one of lockbox's own
 * variables (LOG_*, GRAFANA_CLOUD_*) is invalid; nothing is started then. `problems` lists every
 * invalid setting at once, each as `Cannot <action> as <rule>: got <value>`, naming the real
 * source (`options.queueMaxSize` or `LOG_QUEUE_MAXSIZE`); values are JSON-quoted, and no problem
 * ever holds a credential (header values and tokens are never quoted, URL userinfo is removed,
 * and every known secret is replaced by `[REDACTED]`).
 *
 * Invalid OTEL_* variables never throw: as the OTel SDK environment spec asks, each gets one
 * warning on stderr and is treated as unset. Log calls never throw.
 *
 * @example Report every problem
 * ```ts
 * // With LOG_QUEUE_MAXSIZE=abc in the environment:
 * try {
 *   initObservability();
 * } catch (e) {
 *   // ["Cannot read LOG_QUEUE_MAXSIZE as it must be an integer from 1 to 2147483647 (records): got \"abc\""]
 *   if (e instanceof ObservabilityConfigError) console.error(e.problems);
 * }
 * ```
 */
export class ObservabilityConfigError extends Error {
  /** One message per invalid setting, e.g. `Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"`. */
  readonly problems: string[];

  /** @param problems One message per invalid setting (at least one). */
  constructor(problems: string[]) {
    const n = problems.length;
    super(
      `Cannot initialize observability as ${n} setting${n === 1 ? " is" : "s are"} invalid:\n` +
        problems.map((p) => `- ${p}`).join("\n"),
    );
    this.name = "ObservabilityConfigError";
    this.problems = problems;
  }
}

// #endregion

// #region Runtime — detect Deno / Bun / Node once, at load; the worker source the build embeds

/** Runtime name and version for `process.runtime.*` resource attributes. */
const RUNTIME: { name: string; version: string } = (() => {
  const deno = (globalThis as { Deno?: { version?: { deno?: string } } }).Deno;
  if (deno?.version?.deno) return { name: "deno", version: deno.version.deno };
  const versions = process.versions as Record<string, string | undefined>;
  if (versions.bun) return { name: "bun", version: versions.bun };
  return { name: "nodejs", version: versions.node ?? "unknown" };
})();

/**
 * The worker script as text, put here by the build (esbuild `define`): observability.ts bundled
 * on its own with OpenTelemetry inlined, as CommonJS that requires only `node:` builtins — the
 * body of a `function (require, module, exports)`, which startWorkers and startInline compile
 * with node:vm. From source it is not defined.
 */
declare const LOCKBOX_WORKER_SOURCE: string | undefined;
/** The embedded worker script (CommonJS text), or undefined when running from source. */
const WORKER_SOURCE: string | undefined = typeof LOCKBOX_WORKER_SOURCE === "string"
  ? LOCKBOX_WORKER_SOURCE
  : undefined;

/**
 * Whether this copy was evaluated inside a worker thread that lockbox did not start (a bundled
 * service whose own worker re-evaluates the bundle). Such a copy never starts a worker.
 */
const FOREIGN_WORKER = !isMainThread &&
  (workerData as { tag?: unknown } | null)?.tag !== WORKER_TAG;

/**
 * Scrubs the running configuration's secrets from a notice (secretScrubber of the config, set by
 * start() on the calling thread and by the consumer in the worker); identity before any start.
 */
let noticeScrub: (text: string) => string = (text) => text;

/**
 * Writes one `lockbox: …` line to stderr. The only way notices leave, so every one passes the
 * secret scrubber; never throws.
 */
function notice(text: string): void {
  try {
    writeSync(2, `lockbox: ${noticeScrub(text)}\n`);
  } catch {
    // stderr gone: nothing left to tell
  }
}

/** Message of an unknown thrown value; never throws. */
function errorText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unprintable error";
  }
}

// #endregion

// #region Config — environment + options → one resolved, validated config
//
// Sources, highest first: an option in code, then an environment variable, then DEFAULTS. Small
// readers each return their part of the config and report what is wrong under the name of the
// real source (`options.serviceName`, `OTEL_SERVICE_NAME`). Two kinds of report:
//
// - A problem: an invalid option in code, or one of lockbox's own variables (LOG_*,
//   GRAFANA_CLOUD_*). Strict init throws one ObservabilityConfigError listing every problem; lazy
//   init (a log call before initObservability()) prints them on stderr and uses the defaults.
// - A warning: an invalid OTEL_* variable. The OTel SDK environment variable spec, "Configuration
//   types": for numbers, "if the user provides a value the implementation cannot parse, or which is
//   outside the valid range for the configuration item, the implementation SHOULD generate a
//   warning and gracefully ignore the setting, i.e., treat them as not set"; for enums, "the
//   implementation MUST generate a warning and gracefully ignore the setting"; for booleans, "a
//   warning SHOULD be logged to inform users about the fallback to false being applied". So a
//   warning never stops a start: the variable is treated as unset.
//
// Every report passes through the secret scrubber of the same config before anyone sees it, and
// no reader puts a header value, a token or URL userinfo into a report in the first place.

/** The stdout line formats, `LOG_FORMAT`. The `Format` type is derived from this list. */
const FORMATS = ["json", "pretty"] as const;

/**
 * Format of the stdout line: `"json"`, one JSON object per line (the contract), or `"pretty"`, a
 * coloured one-line form for a developer's terminal.
 */
type Format = typeof FORMATS[number];

/**
 * Default stdout format. Plain `json`, never chosen by whether stdout is a TTY: containers often
 * get a TTY in production (`docker run -t`, `tty: true` in Kubernetes), and a line format that
 * changes with the environment would silently break every log pipeline parsing the JSON; a
 * developer sets `LOG_FORMAT=pretty` once in the shell.
 */
const DEFAULT_FORMAT: Format = "json";

/**
 * Shortest secret, in UTF-16 code units, that is scrubbed wherever it occurs as a substring.
 *
 * Shorter values occur by chance in ordinary text ("42", "true", "admin", a tenant id in a
 * header), and scrubbing them would corrupt every message and record that happens to contain
 * them; a credential that short protects little anyway. URL userinfo is removed by its position
 * in a URL, whatever its length, so a short URL password is still never printed.
 */
const MIN_SECRET_CHARS = 8;

/**
 * Largest integer an OTEL_* variable may hold: 2³¹ − 1. The OTel SDK environment spec,
 * "Integer": implementations "SHOULD support nonnegative values between 0 and 2³¹ − 1".
 */
const MAX_INT31 = 2_147_483_647;

/**
 * Largest duration or timeout accepted, in milliseconds: one day. Timers past 2³¹ − 1 ms fire at
 * once on Node, Bun and Deno (a TimeoutOverflowWarning), and lockbox adds margins to these values
 * before it arms a timer; a day leaves room for any margin and is longer than any sane export.
 */
const MAX_DURATION_MS = 86_400_000;

/** A URL's scheme and userinfo inside free text: `https://user:pass@` → keep `https://`. */
const USERINFO_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi;

/** An HTTP header name (RFC 9110 "token"); anything else makes the HTTP client throw. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header value an HTTP client accepts: no control characters other than tab (RFC 9110). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Resolved OTLP exporter settings; crosses the thread boundary as workerData. */
interface OtlpConfig {
  /** The OTLP/HTTP logs URL, never with userinfo (it became an Authorization header). */
  url: string;
  protocol: "http/protobuf" | "http/json";
  /** Request headers, Authorization included; every value is in `ResolvedConfig.secrets`. */
  headers: Record<string, string>;
  /** OTLP request timeout, in milliseconds. */
  timeoutMs: number;
  compression: "gzip" | "none";
  batch: Required<BatchOptions>;
}

/** Everything a session runs with, after validation. Serializable (structured clone). */
interface ResolvedConfig {
  level: Level;
  /** Stdout line format (`LOG_FORMAT`); rendering is the worker's. */
  format: Format;
  queueMaxSize: number;
  maxValueBytes: number;
  rateLimit: number;
  redactKeys: string[];
  redactPatterns: RegExp[];
  /**
   * Every known credential, longest first, each at least MIN_SECRET_CHARS long: the Grafana
   * token, `id:token` and its base64, every header value and its credential part (after
   * `Basic `/`Bearer `) and the decoded Basic pair, URL userinfo (user and password, raw and
   * percent-decoded). Redacted wherever they appear; see {@linkcode secretScrubber}.
   */
  secrets: string[];
  service: string;
  environment: string;
  serviceVersion: string;
  resource: Record<string, string | number | boolean>;
  otlp: OtlpConfig | null;
  /** Why OTLP is off, as a one-line notice, or "" when it is on, off by choice or already reported. */
  otlpNotice: string;
  worker: boolean;
  exitHooks: boolean;
  shutdownTimeoutMs: number;
  /** Loki-safe record limits (LOG_LOKI_MAX_ENTRIES, LOG_LOKI_MAX_METADATA_BYTES, LOG_MAX_LINE_BYTES). */
  loki: LokiLimits;
}

/**
 * Per-record limits that keep every record acceptable to Loki (its `limits_config` defaults:
 * `max_structured_metadata_entries_count` 128, `max_structured_metadata_size` 64 KB,
 * `max_line_size` 256 KB). `0` turns the two metadata caps off.
 */
interface LokiLimits {
  /** Structured-metadata entries per record, resource and record fields included; 0 = no cap. */
  maxEntries: number;
  /** Structured-metadata bytes per record (names + values, UTF-8); 0 = no cap. */
  maxMetadataBytes: number;
  /** Longest stdout line, in UTF-8 bytes, newline excluded. */
  maxLineBytes: number;
}

/**
 * What {@linkcode resolveConfig} found: the config to run with (defaults in place of every
 * invalid value), the problems (strict init throws them) and the warnings (invalid OTEL_*
 * variables, ignored as the OTel SDK environment spec says). Problems and warnings are scrubbed.
 */
interface ConfigReport {
  config: ResolvedConfig;
  problems: string[];
  warnings: string[];
}

/** Reads variables and collects every problem and warning instead of stopping at the first. */
class ConfigReader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  /** Variables the runtime refused to read (Deno without `--allow-env` for them). */
  readonly denied: string[] = [];
  #env: Record<string, string | undefined> | null;

  constructor(env: Record<string, string | undefined> | undefined) {
    this.#env = env ?? null;
  }

  /**
   * The variable's value, trimmed. The OTel SDK environment spec, "Parsing empty value": "The SDK
   * MUST interpret an empty value of an environment variable the same way as when the variable is
   * unset"; lockbox's own variables follow the same rule.
   */
  get(name: string): string | undefined {
    let value: string | undefined;
    try {
      value = this.#env !== null ? this.#env[name] : process.env[name];
    } catch {
      // Deno without --allow-env for this name (NotCapable): treat as unset; resolveConfig()
      // names every refused variable in one warning.
      if (!this.denied.includes(name)) this.denied.push(name);
      return undefined;
    }
    return typeof value !== "string" || value.trim() === "" ? undefined : value.trim();
  }

  /**
   * Reports an invalid value of `source`: `Cannot read <source> as it <rule>: got <got>`. An
   * OTEL_* variable gets a warning ending in `; <instead>` (what happens instead, e.g. `using the
   * default 5000`); an option or one of lockbox's own variables gets a problem.
   */
  invalid(source: string, rule: string, got: string, instead: string): void {
    const text = `Cannot read ${source} as it ${rule}: got ${got}`;
    if (source.startsWith("OTEL_")) this.warnings.push(`${text}; ${instead}`);
    else this.problems.push(text);
  }
}

/** JSON text of a value for a report (`NaN`, `Infinity` as such); never throws. */
function safeJson(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `"a", "b"` for a rule text. */
function quotedList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

/**
 * `url` without its userinfo, for a message: everything between `://` (or the start) and the
 * last `@` goes, so neither a user nor a password survives even in a string that is no valid URL
 * (`user:pass@collector:4318`). A path or query holding `@` loses a part too: safe over exact.
 *
 * @internal Exported for tests; not part of the public API (mod.ts does not re-export it).
 */
export function withoutUserinfo(url: string): string {
  const at = url.lastIndexOf("@");
  if (at < 0) return url;
  const scheme = url.indexOf("://");
  const start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
  return url.slice(0, start) + url.slice(at + 1);
}

/**
 * Builds the one function that removes every known credential from a text: each of
 * `config.secrets` (longest first, so `id:token` goes before `token`) becomes `[REDACTED]`, and
 * the userinfo of every `scheme://user:pass@host` in the text is dropped whatever its length.
 * Used for every configuration problem and warning; meant for every notice and every rendered
 * record too.
 *
 * @param config The resolved config, or anything with its `secrets` list.
 * @returns `(text) => text` without credentials; never throws for a string.
 *
 * @internal Exported for the notice path and tests; not part of the public API.
 *
 * @example Scrub an export failure reason
 * ```ts
 * const scrub = secretScrubber({ secrets: ["glc_live_token_1"] });
 * scrub("401 for glc_live_token_1 at http://u:p@host/v1/logs");
 * // → "401 for [REDACTED] at http://host/v1/logs"
 * ```
 */
export function secretScrubber(config: { secrets: readonly string[] }): (text: string) => string {
  const secrets = secretList(config.secrets);
  return (text) => {
    // Most texts hold no "@": one scan instead of a regex pass.
    let s = text.includes("@") ? text.replace(USERINFO_IN_TEXT, "$1") : text;
    for (const secret of secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
    return s;
  };
}

/** Distinct secrets at least MIN_SECRET_CHARS long, longest first. */
function secretList(candidates: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const c of candidates) if (c.length >= MIN_SECRET_CHARS) out.add(c);
  return [...out].sort((a, b) => b.length - a.length);
}

/** `text` in base64, padded and unpadded (a reason phrase may echo either). */
function base64Forms(text: string): string[] {
  const b64 = Buffer.from(text, "utf8").toString("base64");
  return [b64, b64.replace(/=+$/, "")];
}

/**
 * The secret forms of one header value: the value, its credential after a `Basic `/`Bearer `
 * scheme, and for Basic the decoded `user:password` and the password alone.
 */
function headerSecrets(value: string): string[] {
  const out = [value];
  const m = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(value);
  if (m !== null) {
    out.push(m[2]);
    if (m[1].toLowerCase() === "basic") {
      const decoded = Buffer.from(m[2], "base64").toString("utf8");
      out.push(decoded);
      const colon = decoded.indexOf(":");
      if (colon >= 0) out.push(decoded.slice(colon + 1));
    }
  }
  return out;
}

/** `decodeURIComponent`, or undefined for a bad `%` escape. */
function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

// Readers, one per part of the config.

/**
 * An integer from `min` to `max`: the option if given, else the variable. `unit` goes into the
 * rule text. A variable must be decimal digits only (no sign, exponent or fraction).
 */
function readInt(
  r: ConfigReader,
  spec: {
    option: unknown;
    optionName: string;
    envName?: string;
    min: number;
    max: number;
    unit?: string;
    fallback: number;
    /** What a warning says is used instead; default: `the default <fallback>`. */
    fallbackText?: string;
  },
): number {
  const rule = `must be an integer from ${spec.min} to ${spec.max}${
    spec.unit !== undefined ? ` (${spec.unit})` : ""
  }`;
  const inRange = (n: number) => Number.isSafeInteger(n) && n >= spec.min && n <= spec.max;
  if (spec.option !== undefined) {
    if (typeof spec.option === "number" && inRange(spec.option)) return spec.option;
    r.invalid(`options.${spec.optionName}`, rule, safeJson(spec.option), "");
    return spec.fallback;
  }
  if (spec.envName === undefined) return spec.fallback;
  const raw = r.get(spec.envName);
  if (raw === undefined) return spec.fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (inRange(n)) return n;
  r.invalid(
    spec.envName,
    rule,
    JSON.stringify(raw),
    `using ${spec.fallbackText ?? `the default ${spec.fallback}`}`,
  );
  return spec.fallback;
}

/**
 * One of `allowed`: the option if given (exact), else the first of `envNames` that holds a valid
 * value (case-insensitive, as the OTel SDK environment spec's enums are). Every variable is
 * checked, even one shadowed by a more specific one that is valid.
 */
function readEnum<T extends string>(
  r: ConfigReader,
  spec: {
    option: unknown;
    optionName: string;
    envNames: string[];
    allowed: readonly T[];
    fallback: T;
  },
): T {
  const rule = `must be one of ${quotedList(spec.allowed)}`;
  const allowed = spec.allowed as readonly string[];
  if (spec.option !== undefined) {
    if (typeof spec.option === "string" && allowed.includes(spec.option)) return spec.option as T;
    r.invalid(`options.${spec.optionName}`, rule, safeJson(spec.option), "");
    return spec.fallback;
  }
  let found: T | undefined;
  spec.envNames.forEach((name, i) => {
    const raw = r.get(name);
    if (raw === undefined) return;
    const v = raw.toLowerCase();
    if (allowed.includes(v)) {
      found ??= v as T;
      return;
    }
    const rest = spec.envNames.slice(i + 1);
    const fallback = rest.length > 0
      ? `using ${rest.join(" or ")} or the default "${spec.fallback}"`
      : `using the default "${spec.fallback}"`;
    r.invalid(name, rule, JSON.stringify(raw), fallback);
  });
  return found ?? spec.fallback;
}

/** A boolean option: `true`, `false` or absent. */
function readBool(
  r: ConfigReader,
  option: unknown,
  optionName: string,
  fallback: boolean,
): boolean {
  if (option === undefined) return fallback;
  if (typeof option === "boolean") return option;
  r.invalid(`options.${optionName}`, "must be true or false", safeJson(option), "");
  return fallback;
}

/** Levels and limits: `level`, `format`, `queueMaxSize`, `maxValueBytes`, `rateLimit`. */
function readLevelsAndLimits(
  r: ConfigReader,
  o: ObservabilityOptions,
): Pick<ResolvedConfig, "level" | "format" | "queueMaxSize" | "maxValueBytes" | "rateLimit"> {
  return {
    level: readEnum(r, {
      option: o.level,
      optionName: "level",
      envNames: ["LOG_LEVEL"],
      allowed: LEVELS,
      fallback: DEFAULTS.level,
    }),
    format: readEnum(r, {
      option: o.format,
      optionName: "format",
      envNames: ["LOG_FORMAT"],
      allowed: FORMATS,
      fallback: DEFAULT_FORMAT,
    }),
    queueMaxSize: readInt(r, {
      option: o.queueMaxSize,
      optionName: "queueMaxSize",
      envName: "LOG_QUEUE_MAXSIZE",
      min: 1,
      max: MAX_INT31,
      unit: "records",
      fallback: DEFAULTS.queueMaxSize,
    }),
    maxValueBytes: readInt(r, {
      option: o.maxValueBytes,
      optionName: "maxValueBytes",
      envName: "LOG_MAX_VALUE_BYTES",
      min: 1,
      max: MAX_INT31,
      unit: "UTF-8 bytes",
      fallback: DEFAULTS.maxValueBytes,
    }),
    rateLimit: readInt(r, {
      option: o.rateLimit,
      optionName: "rateLimit",
      envName: "LOG_RATE_LIMIT",
      min: 0,
      max: MAX_INT31,
      unit: "records per second; 0 turns the guard off",
      fallback: DEFAULTS.rateLimit,
    }),
  };
}

/**
 * The Loki-safe record limits, from LOG_LOKI_MAX_ENTRIES, LOG_LOKI_MAX_METADATA_BYTES and
 * LOG_MAX_LINE_BYTES (lockbox's own variables: an invalid value is a problem, like every LOG_*).
 */
function readLoki(r: ConfigReader): LokiLimits {
  return {
    maxEntries: readInt(r, {
      option: undefined,
      optionName: "lokiMaxEntries",
      envName: "LOG_LOKI_MAX_ENTRIES",
      min: 0,
      max: MAX_INT31,
      unit: "structured-metadata entries per record; 0 turns the cap off",
      fallback: DEFAULTS.lokiMaxEntries,
    }),
    maxMetadataBytes: readInt(r, {
      option: undefined,
      optionName: "lokiMaxMetadataBytes",
      envName: "LOG_LOKI_MAX_METADATA_BYTES",
      min: 0,
      max: MAX_INT31,
      unit: "structured-metadata bytes per record; 0 turns the cap off",
      fallback: DEFAULTS.lokiMaxMetadataBytes,
    }),
    maxLineBytes: readInt(r, {
      option: undefined,
      optionName: "maxLineBytes",
      envName: "LOG_MAX_LINE_BYTES",
      min: 4096,
      max: MAX_INT31,
      unit: "UTF-8 bytes per stdout line",
      fallback: DEFAULTS.maxLineBytes,
    }),
  };
}

/**
 * Redaction: `redactKeys` (the defaults plus `options.redactKeys` or LOG_REDACT_KEYS, lower
 * case) and `redactPatterns` (the defaults plus `options.redactPatterns` or LOG_REDACT_PATTERNS,
 * each made global).
 */
function readRedaction(
  r: ConfigReader,
  o: ObservabilityOptions,
): Pick<ResolvedConfig, "redactKeys" | "redactPatterns"> {
  let extraKeys: string[] = [];
  if (o.redactKeys !== undefined) {
    if (Array.isArray(o.redactKeys) && o.redactKeys.every((k) => typeof k === "string")) {
      extraKeys = o.redactKeys;
    } else {
      r.invalid("options.redactKeys", "must be an array of strings", safeJson(o.redactKeys), "");
    }
  } else {
    extraKeys = (r.get("LOG_REDACT_KEYS") ?? "").split(",");
  }
  const redactKeys = [...DEFAULT_REDACT_KEYS, ...extraKeys]
    .map((k) => k.trim().toLowerCase())
    .filter((k) => k !== "");

  const given: { source: string; pattern: string | RegExp }[] = [];
  if (o.redactPatterns !== undefined) {
    if (Array.isArray(o.redactPatterns)) {
      for (const pattern of o.redactPatterns) {
        given.push({ source: "options.redactPatterns", pattern });
      }
    } else {
      r.invalid(
        "options.redactPatterns",
        "must be an array of strings or RegExps",
        safeJson(o.redactPatterns),
        "",
      );
    }
  } else {
    const raw = r.get("LOG_REDACT_PATTERNS");
    if (raw !== undefined) {
      let list: unknown = [raw];
      if (raw.startsWith("[")) {
        try {
          list = JSON.parse(raw);
        } catch {
          list = null;
        }
      }
      if (Array.isArray(list) && list.every((x) => typeof x === "string")) {
        for (const pattern of list) given.push({ source: "LOG_REDACT_PATTERNS", pattern });
      } else {
        r.invalid(
          "LOG_REDACT_PATTERNS",
          "must be a regex or a JSON array of regex strings",
          JSON.stringify(raw),
          "",
        );
      }
    }
  }
  const redactPatterns = [...DEFAULT_REDACT_PATTERNS];
  for (const { source, pattern } of given) {
    try {
      if (!(pattern instanceof RegExp) && typeof pattern !== "string") throw new TypeError();
      const re = pattern instanceof RegExp ? pattern : new RegExp(pattern, "g");
      redactPatterns.push(
        new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"),
      );
    } catch {
      r.invalid(source, "must hold valid regular expressions", safeJson(String(pattern)), "");
    }
  }
  return { redactKeys, redactPatterns };
}

/**
 * OTEL_RESOURCE_ATTRIBUTES as attributes, or `{}`. The OTel Resource SDK spec, "Specifying
 * resource information via an environment variable": the value is `key1=value1,key2=value2`;
 * "The `,` and `=` characters in keys and values MUST be percent encoded"; "In case of any
 * error, e.g. failure during the decoding process, the entire environment variable value SHOULD
 * be discarded and an error SHOULD be reported". So one bad entry discards the whole value, with
 * a warning. Empty entries (`a=1,,b=2`, a trailing comma) are skipped.
 */
function readResourceAttributes(r: ConfigReader): Record<string, string> {
  const name = "OTEL_RESOURCE_ATTRIBUTES";
  const raw = r.get(name);
  if (raw === undefined) return {};
  const out: Record<string, string> = {};
  const entries = raw.split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (entry === "") continue;
    const parts = entry.split("=");
    let why = "";
    if (parts.length !== 2) {
      why = parts.length === 1 ? 'has no "="' : 'has an unencoded "=": write it as %3D';
    } else {
      const key = percentDecode(parts[0].trim());
      const value = percentDecode(parts[1].trim());
      if (key === undefined || value === undefined) why = 'has a bad "%" escape';
      else if (key === "") why = "has an empty key";
      else out[key] = value;
    }
    if (why !== "") {
      r.invalid(
        name,
        'must be key=value pairs separated by "," with "," "=" and "%" percent-encoded',
        `${JSON.stringify(raw)} (entry ${i + 1} ${why})`,
        "the whole value is discarded, as the OTel Resource SDK spec says",
      );
      return {};
    }
  }
  return out;
}

/**
 * Resource: `service.name`, `service.version`, `deployment.environment.name` (and the older
 * `deployment.environment`), `service.instance.id`, `process.runtime.*`, OTEL_RESOURCE_ATTRIBUTES
 * and `options.resourceAttributes`. Precedence, highest first: the named option, then
 * `options.resourceAttributes`, then OTEL_SERVICE_NAME (service name only; the OTel SDK
 * environment spec: "If `service.name` is also provided in `OTEL_RESOURCE_ATTRIBUTES`, then
 * `OTEL_SERVICE_NAME` takes precedence"), then OTEL_RESOURCE_ATTRIBUTES, then APP_NAME /
 * APP_VERSION / APP_ENV, then the default.
 */
function readResource(
  r: ConfigReader,
  o: ObservabilityOptions,
): Pick<ResolvedConfig, "service" | "serviceVersion" | "environment" | "resource"> {
  const named = (value: unknown, optionName: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === "string" && value.trim() !== "") return value;
    r.invalid(`options.${optionName}`, "must be a non-empty string", safeJson(value), "");
    return undefined;
  };
  const codeAttrs: Record<string, string | number | boolean> = {};
  if (o.resourceAttributes !== undefined) {
    if (typeof o.resourceAttributes !== "object" || o.resourceAttributes === null) {
      r.invalid(
        "options.resourceAttributes",
        "must be an object",
        safeJson(o.resourceAttributes),
        "",
      );
    } else {
      for (const [k, v] of Object.entries(o.resourceAttributes)) {
        if (
          typeof v === "string" || typeof v === "boolean" ||
          (typeof v === "number" && Number.isFinite(v))
        ) {
          codeAttrs[k] = v;
        } else {
          r.invalid(
            `options.resourceAttributes[${JSON.stringify(k)}]`,
            "must be a string, a finite number or a boolean",
            safeJson(v),
            "",
          );
        }
      }
    }
  }
  const envAttrs = readResourceAttributes(r);
  const service = String(
    named(o.serviceName, "serviceName") ?? codeAttrs["service.name"] ??
      r.get("OTEL_SERVICE_NAME") ?? envAttrs["service.name"] ?? r.get("APP_NAME") ??
      DEFAULTS.serviceName,
  );
  const serviceVersion = String(
    named(o.serviceVersion, "serviceVersion") ?? codeAttrs["service.version"] ??
      envAttrs["service.version"] ?? r.get("APP_VERSION") ?? DEFAULTS.serviceVersion,
  );
  const environment = String(
    named(o.environment, "environment") ?? codeAttrs["deployment.environment.name"] ??
      envAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment"] ??
      r.get("APP_ENV") ?? DEFAULTS.environment,
  );
  return {
    service,
    serviceVersion,
    environment,
    resource: {
      "service.instance.id": randomUUID(),
      "process.runtime.name": RUNTIME.name,
      "process.runtime.version": RUNTIME.version,
      ...envAttrs,
      ...codeAttrs,
      "service.name": service,
      "service.version": serviceVersion,
      "deployment.environment.name": environment,
      "deployment.environment": environment,
    },
  };
}

/**
 * OTEL_EXPORTER_OTLP_HEADERS / _LOGS_HEADERS: `key=value,key2=value2` (the OTLP exporter spec:
 * "a format matching to the W3C Baggage"), keys and values percent-decoded. Every header name
 * must be an HTTP token and every value free of control characters, or the HTTP client would
 * throw at the first export. A bad entry discards the whole variable, with a warning that never
 * shows a value (values carry credentials). `secrets` gets every value that can be read, also
 * from a discarded variable.
 */
function readHeaderVariable(
  r: ConfigReader,
  name: string,
  secrets: string[],
): Record<string, string> {
  const raw = r.get(name);
  if (raw === undefined) return {};
  const out: Record<string, string> = {};
  let why = "";
  const entries = raw.split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq < 0) {
      secrets.push(entry, percentDecode(entry) ?? entry);
      why ||= `entry ${i + 1} has no "="`;
      continue;
    }
    const rawValue = entry.slice(eq + 1).trim();
    const key = percentDecode(entry.slice(0, eq).trim());
    const value = percentDecode(rawValue);
    secrets.push(rawValue, ...headerSecrets(value ?? rawValue));
    if (key === undefined || value === undefined) why ||= `entry ${i + 1} has a bad "%" escape`;
    else if (!HEADER_NAME.test(key)) {
      why ||= `entry ${i + 1} has the header name ${JSON.stringify(key)}, not an HTTP token`;
    } else if (!HEADER_VALUE.test(value)) {
      why ||= `entry ${i + 1} (${JSON.stringify(key)}) has a control character in its value`;
    } else out[key] = value;
  }
  if (why === "") return out;
  r.invalid(
    name,
    'must be key=value pairs separated by ","',
    `a value whose ${why} (values are not shown: they may hold credentials)`,
    "the whole value is discarded: no headers from it",
  );
  return {};
}

/**
 * An OTLP URL: an absolute http:// or https:// URL. Returns it split into the URL without
 * userinfo and the decoded userinfo, or undefined (reported; the report never shows userinfo).
 */
function readUrl(
  r: ConfigReader,
  source: string,
  value: unknown,
  fallback: string,
): { url: string; user: string; password: string } | undefined {
  const rule = "must be an http:// or https:// URL";
  if (typeof value !== "string") {
    r.invalid(source, rule, safeJson(value), fallback);
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (parsed === undefined || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    r.invalid(source, rule, JSON.stringify(withoutUserinfo(value)), fallback);
    return undefined;
  }
  const user = percentDecode(parsed.username) ?? parsed.username;
  const password = percentDecode(parsed.password) ?? parsed.password;
  let url = value;
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
    url = parsed.href;
  }
  return { url, user, password };
}

/** `base` + `/v1/logs`, without a doubled slash (OTLP exporter spec, "Endpoint URLs for OTLP/HTTP"). */
function logsUrlFromBase(base: string): string {
  return base.replace(/\/+$/, "") + "/v1/logs";
}

/** One candidate for the OTLP logs URL; `base` says `/v1/logs` is appended to it. */
type EndpointSource = { source: string; value: unknown; base: boolean };

/** A URL split by `readUrl`: without userinfo, plus the decoded user and password. */
type SplitUrl = { url: string; user: string; password: string };

/**
 * Endpoint, headers and auth. The URL: `options.logsEndpoint` (as is) > `options.endpoint`
 * (+ `/v1/logs`) > OTEL_EXPORTER_OTLP_LOGS_ENDPOINT (as is) > OTEL_EXPORTER_OTLP_ENDPOINT
 * (+ `/v1/logs`); an invalid variable is ignored and the next one used. Headers, later wins,
 * names compared case-insensitively: OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_LOGS_HEADERS,
 * `options.headers`. Authorization, first found wins: an explicit Authorization header, then
 * Grafana Cloud (`Basic base64(id:token)`), then the URL's userinfo (`Basic base64(user:pass)`,
 * what Node's HTTP client would send; the userinfo is removed from the URL so that no message
 * that prints the URL can print it). Returns every secret seen, valid or not.
 */
function readEndpointAndAuth(
  r: ConfigReader,
  o: ObservabilityOptions,
): {
  url: string | undefined;
  urlGiven: boolean;
  headers: Record<string, string>;
  secrets: string[];
} {
  // The order matters: problems are reported, and secrets collected, in reading order.
  const secrets: string[] = [];
  const sources = endpointSources(r, o);
  const found = readFirstValidEndpoint(r, sources, secrets);
  const headers = readHeaders(r, o, secrets);
  addGrafanaCloudAuth(r, o, headers, secrets);
  if (found !== undefined) addUserinfoAuth(found, headers, secrets);
  for (const v of Object.values(headers)) secrets.push(...headerSecrets(v));
  return { url: found?.url, urlGiven: sources.length > 0, headers, secrets };
}

/** The URL candidates in precedence order: one option, or both variables (each when set). */
function endpointSources(r: ConfigReader, o: ObservabilityOptions): EndpointSource[] {
  if (o.logsEndpoint !== undefined) {
    return [{ source: "options.logsEndpoint", value: o.logsEndpoint, base: false }];
  }
  if (o.endpoint !== undefined) {
    return [{ source: "options.endpoint", value: o.endpoint, base: true }];
  }
  const sources: EndpointSource[] = [];
  const logs = r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");
  const base = r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
  if (logs !== undefined) {
    sources.push({ source: "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", value: logs, base: false });
  }
  if (base !== undefined) {
    sources.push({ source: "OTEL_EXPORTER_OTLP_ENDPOINT", value: base, base: true });
  }
  return sources;
}

/**
 * The first valid source wins; an invalid one is reported and the next one used. Every
 * source's userinfo goes into `secrets`, including those after the winner.
 */
function readFirstValidEndpoint(
  r: ConfigReader,
  sources: EndpointSource[],
  secrets: string[],
): SplitUrl | undefined {
  let found: SplitUrl | undefined;
  for (let i = 0; i < sources.length; i++) {
    const { source, value, base } = sources[i];
    if (typeof value === "string") secrets.push(...userinfoSecrets(value));
    if (found !== undefined) continue;
    const fallback = i + 1 < sources.length
      ? `using ${sources[i + 1].source}`
      : "no OTLP export: logging to stdout only";
    const url = readUrl(r, source, value, fallback);
    if (url !== undefined) found = base ? { ...url, url: logsUrlFromBase(url.url) } : url;
  }
  return found;
}

/** Sets each header of `add` on `headers`, replacing any of the same name in another case. */
function mergeHeaders(headers: Record<string, string>, add: Record<string, string>): void {
  for (const [k, v] of Object.entries(add)) {
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
    }
    headers[k] = v;
  }
}

/** Whether `headers` holds an Authorization header, in any case. */
function hasAuthorization(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === "authorization");
}

/** OTEL_EXPORTER_OTLP_HEADERS, then OTEL_EXPORTER_OTLP_LOGS_HEADERS, then `options.headers`. */
function readHeaders(
  r: ConfigReader,
  o: ObservabilityOptions,
  secrets: string[],
): Record<string, string> {
  const headers: Record<string, string> = {};
  mergeHeaders(headers, readHeaderVariable(r, "OTEL_EXPORTER_OTLP_HEADERS", secrets));
  mergeHeaders(headers, readHeaderVariable(r, "OTEL_EXPORTER_OTLP_LOGS_HEADERS", secrets));
  if (o.headers !== undefined) mergeHeaders(headers, readOptionHeaders(r, o.headers, secrets));
  return headers;
}

/** The valid entries of `options.headers`; each invalid one is reported without its value. */
function readOptionHeaders(
  r: ConfigReader,
  given: unknown,
  secrets: string[],
): Record<string, string> {
  const ok: Record<string, string> = {};
  if (typeof given !== "object" || given === null) {
    r.invalid(
      "options.headers",
      "must be an object of header names to strings",
      "a " + typeof given,
      "",
    );
    return ok;
  }
  for (const [k, v] of Object.entries(given)) {
    if (typeof v === "string") secrets.push(...headerSecrets(v));
    const source = `options.headers[${JSON.stringify(k)}]`;
    if (!HEADER_NAME.test(k)) {
      r.invalid(source, "must be named by an HTTP token", JSON.stringify(k), "");
    } else if (typeof v !== "string" || !HEADER_VALUE.test(v)) {
      r.invalid(
        source,
        "must be a string without control characters",
        `a ${
          typeof v === "string" ? "string with a control character" : typeof v
        } (values are not shown)`,
        "",
      );
    } else ok[k] = v;
  }
  return ok;
}

/**
 * Grafana Cloud auth (`Basic base64(id:token)`) unless an Authorization header is set. These
 * are lockbox's own variables, so strict: both or neither, strings, no `:` in the instance id.
 */
function addGrafanaCloudAuth(
  r: ConfigReader,
  o: ObservabilityOptions,
  headers: Record<string, string>,
  secrets: string[],
): void {
  const idSource = o.grafanaInstanceId !== undefined
    ? "options.grafanaInstanceId"
    : "GRAFANA_CLOUD_INSTANCE_ID";
  const tokenSource = o.grafanaToken !== undefined ? "options.grafanaToken" : "GRAFANA_CLOUD_TOKEN";
  const instanceId = o.grafanaInstanceId ?? r.get("GRAFANA_CLOUD_INSTANCE_ID");
  const token = o.grafanaToken ?? r.get("GRAFANA_CLOUD_TOKEN");
  secrets.push(...grafanaSecrets(instanceId, token));
  if (instanceId !== undefined && typeof instanceId !== "string") {
    r.invalid(idSource, "must be a string", safeJson(instanceId), "");
  } else if (token !== undefined && typeof token !== "string") {
    r.invalid(tokenSource, "must be a string", `a ${typeof token} (not shown)`, "");
  } else if ((instanceId === undefined) !== (token === undefined)) {
    r.problems.push(
      `Cannot use Grafana Cloud auth as ${idSource} and ${tokenSource} must be set together: got only ${
        instanceId === undefined ? tokenSource : idSource
      }`,
    );
  } else if (instanceId !== undefined && token !== undefined) {
    if (instanceId.includes(":")) {
      r.problems.push(
        `Cannot use ${idSource} as it must be the instance id alone: got a value with ":" (not shown: it may hold the token); put the id in ${idSource} and the token in ${tokenSource}`,
      );
    } else if (!hasAuthorization(headers)) {
      headers["Authorization"] = "Basic " + base64Forms(`${instanceId}:${token}`)[0];
    }
  }
}

/** Every form of the Grafana Cloud credentials that could reach a log line, valid or not. */
function grafanaSecrets(instanceId: unknown, token: unknown): string[] {
  const secrets: string[] = [];
  if (typeof token === "string") secrets.push(token, ...base64Forms(token));
  if (typeof instanceId === "string" && instanceId.includes(":")) {
    // `id:token` in the instance id: the whole value and the token part are credentials.
    secrets.push(
      instanceId,
      instanceId.slice(instanceId.indexOf(":") + 1),
      ...base64Forms(instanceId),
    );
  }
  if (typeof instanceId === "string" && typeof token === "string") {
    secrets.push(`${instanceId}:${token}`, ...base64Forms(`${instanceId}:${token}`));
  }
  return secrets;
}

/** The URL's userinfo as `Basic base64(user:pass)`, unless an Authorization header is set. */
function addUserinfoAuth(
  found: SplitUrl,
  headers: Record<string, string>,
  secrets: string[],
): void {
  if (found.user === "" && found.password === "") return;
  secrets.push(...base64Forms(`${found.user}:${found.password}`));
  if (!hasAuthorization(headers)) {
    headers["Authorization"] = "Basic " + base64Forms(`${found.user}:${found.password}`)[0];
  }
}

/** The userinfo of a URL-like string, raw and percent-decoded: user, password and `user:pass`. */
function userinfoSecrets(value: string): string[] {
  const at = value.lastIndexOf("@");
  if (at < 0) return [];
  const scheme = value.indexOf("://");
  const userinfo = value.slice(scheme >= 0 && scheme < at ? scheme + 3 : 0, at);
  const out: string[] = [];
  for (const form of [userinfo, percentDecode(userinfo) ?? userinfo]) {
    out.push(form);
    const colon = form.indexOf(":");
    if (colon >= 0) {
      out.push(form.slice(0, colon), form.slice(colon + 1), form.slice(form.lastIndexOf(":") + 1));
    }
  }
  return out;
}

/**
 * OTLP exporter switches: `exporter` (OTEL_LOGS_EXPORTER; a comma-separated list in the OTel SDK
 * environment spec, of which lockbox knows `otlp` and `none`), OTEL_SDK_DISABLED (Boolean),
 * `protocol`, `compression` and `timeoutMs` (each: option > OTEL_EXPORTER_OTLP_LOGS_* >
 * OTEL_EXPORTER_OTLP_*). A timeout of 0 is invalid, as in the OTel JS exporter ("expected
 * number greater than 0"): an export without a deadline would hold the OTLP sink for ever.
 */
function readExporter(
  r: ConfigReader,
  o: ObservabilityOptions,
): { enabled: boolean } & Pick<OtlpConfig, "protocol" | "compression" | "timeoutMs"> {
  // The order matters: problems are reported in reading order.
  const exporter = readExporterName(r, o);
  const sdkDisabled = readSdkDisabled(r);
  const protocol = readEnum(r, {
    option: o.protocol,
    optionName: "protocol",
    envNames: ["OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"],
    allowed: ["http/protobuf", "http/json"] as const,
    fallback: DEFAULTS.protocol,
  });
  const compression = readEnum(r, {
    option: o.compression,
    optionName: "compression",
    envNames: ["OTEL_EXPORTER_OTLP_LOGS_COMPRESSION", "OTEL_EXPORTER_OTLP_COMPRESSION"],
    allowed: ["gzip", "none"] as const,
    fallback: DEFAULTS.compression,
  });
  const timeoutMs = readExportTimeoutMs(r, o);
  return { enabled: exporter === "otlp" && !sdkDisabled, protocol, compression, timeoutMs };
}

/**
 * `options.exporter` (`otlp` or `none`), else OTEL_LOGS_EXPORTER: a comma-separated list of
 * which unknown names are reported and ignored; `otlp` anywhere in it wins over `none`.
 */
function readExporterName(r: ConfigReader, o: ObservabilityOptions): "otlp" | "none" {
  if (o.exporter !== undefined) {
    return readEnum(r, {
      option: o.exporter,
      optionName: "exporter",
      envNames: [],
      allowed: ["otlp", "none"] as const,
      fallback: DEFAULTS.exporter,
    });
  }
  const raw = r.get("OTEL_LOGS_EXPORTER");
  if (raw === undefined) return DEFAULTS.exporter;
  const names = raw.split(",").map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  const unknown = names.filter((n) => n !== "otlp" && n !== "none");
  if (unknown.length > 0) {
    r.invalid(
      "OTEL_LOGS_EXPORTER",
      'must list only "otlp" or "none" (stdout always gets every record as a JSON line)',
      JSON.stringify(raw),
      names.length > unknown.length
        ? "using only the known names in it"
        : 'using the default "otlp"',
    );
  }
  if (names.includes("otlp")) return "otlp";
  if (names.includes("none")) return "none";
  return DEFAULTS.exporter;
}

/** OTEL_SDK_DISABLED, a Boolean in the OTel SDK environment spec: "true" or "false", any case. */
function readSdkDisabled(r: ConfigReader): boolean {
  const raw = r.get("OTEL_SDK_DISABLED");
  if (raw === undefined) return false;
  const v = raw.toLowerCase();
  if (v === "true") return true;
  if (v !== "false") {
    r.invalid("OTEL_SDK_DISABLED", 'must be "true" or "false"', JSON.stringify(raw), "using false");
  }
  return false;
}

/**
 * `options.timeoutMs` > OTEL_EXPORTER_OTLP_LOGS_TIMEOUT > OTEL_EXPORTER_OTLP_TIMEOUT >
 * DEFAULTS.timeoutMs, in milliseconds from 1 to MAX_DURATION_MS.
 */
function readExportTimeoutMs(r: ConfigReader, o: ObservabilityOptions): number {
  const timeout = (option: unknown, envName?: string, fallback?: number, fallbackText?: string) =>
    readInt(r, {
      option,
      optionName: "timeoutMs",
      envName,
      min: 1,
      max: MAX_DURATION_MS,
      unit: "milliseconds",
      fallback: fallback ?? DEFAULTS.timeoutMs,
      fallbackText,
    });
  // Both variables are read (and reported) even when the option wins.
  const any = timeout(undefined, "OTEL_EXPORTER_OTLP_TIMEOUT");
  const logs = timeout(
    undefined,
    "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT",
    any,
    `OTEL_EXPORTER_OTLP_TIMEOUT or the default ${DEFAULTS.timeoutMs}`,
  );
  return o.timeoutMs !== undefined ? timeout(o.timeoutMs) : logs;
}

/**
 * BatchLogRecordProcessor settings: `options.batch.*` > OTEL_BLRP_* > DEFAULTS. The OTel SDK
 * environment spec, "Batch LogRecord Processor": the queue and batch sizes are Integers ("Valid
 * values are positive"), OTEL_BLRP_MAX_EXPORT_BATCH_SIZE "Must be less than or equal to
 * OTEL_BLRP_MAX_QUEUE_SIZE" (a larger one is cut to the queue size, as the OTel JS SDK does), the
 * delay a Duration and the export timeout a Timeout (both accepted from 1 ms to one day).
 */
function readBatch(r: ConfigReader, o: ObservabilityOptions): Required<BatchOptions> {
  let b: BatchOptions = {};
  if (o.batch !== undefined) {
    if (typeof o.batch === "object" && o.batch !== null) b = o.batch;
    else r.invalid("options.batch", "must be an object", safeJson(o.batch), "");
  }
  const size = (option: unknown, key: string, envName: string, fallback: number) =>
    readInt(r, {
      option,
      optionName: `batch.${key}`,
      envName,
      min: 1,
      max: MAX_INT31,
      unit: "records",
      fallback,
    });
  const ms = (option: unknown, key: string, envName: string, fallback: number) =>
    readInt(r, {
      option,
      optionName: `batch.${key}`,
      envName,
      min: 1,
      max: MAX_DURATION_MS,
      unit: "milliseconds",
      fallback,
    });
  const batch: Required<BatchOptions> = {
    maxQueueSize: size(
      b.maxQueueSize,
      "maxQueueSize",
      "OTEL_BLRP_MAX_QUEUE_SIZE",
      DEFAULTS.batchMaxQueueSize,
    ),
    maxExportBatchSize: size(
      b.maxExportBatchSize,
      "maxExportBatchSize",
      "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",
      DEFAULTS.batchMaxExportBatchSize,
    ),
    scheduledDelayMs: ms(
      b.scheduledDelayMs,
      "scheduledDelayMs",
      "OTEL_BLRP_SCHEDULE_DELAY",
      DEFAULTS.batchScheduledDelayMs,
    ),
    exportTimeoutMs: ms(
      b.exportTimeoutMs,
      "exportTimeoutMs",
      "OTEL_BLRP_EXPORT_TIMEOUT",
      DEFAULTS.batchExportTimeoutMs,
    ),
  };
  if (batch.maxExportBatchSize > batch.maxQueueSize) {
    const source = b.maxExportBatchSize !== undefined
      ? "options.batch.maxExportBatchSize"
      : "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE";
    const limit = b.maxQueueSize !== undefined
      ? "options.batch.maxQueueSize"
      : "OTEL_BLRP_MAX_QUEUE_SIZE";
    r.invalid(
      source,
      `must not exceed ${limit} (${batch.maxQueueSize})`,
      String(batch.maxExportBatchSize),
      `using ${batch.maxQueueSize}`,
    );
    batch.maxExportBatchSize = batch.maxQueueSize;
  }
  return batch;
}

/** Code-only lifecycle options: `worker`, `exitHooks`, `shutdownTimeoutMs`. */
function readLifecycle(
  r: ConfigReader,
  o: ObservabilityOptions,
): Pick<ResolvedConfig, "worker" | "exitHooks" | "shutdownTimeoutMs"> {
  return {
    worker: readBool(r, o.worker, "worker", true),
    exitHooks: readBool(r, o.exitHooks, "exitHooks", true),
    shutdownTimeoutMs: readInt(r, {
      option: o.shutdownTimeoutMs,
      optionName: "shutdownTimeoutMs",
      min: 1,
      max: MAX_DURATION_MS,
      unit: "milliseconds",
      fallback: DEFAULTS.shutdownTimeoutMs,
    }),
  };
}

/**
 * Resolves options over the environment over defaults, reader by reader. Nothing throws: every
 * invalid value is reported (problems for options and lockbox's own variables, warnings for
 * OTEL_* variables) and replaced by its fallback, so a lazy start can still run. Every report is
 * passed through {@linkcode secretScrubber} of the resulting config.
 *
 * @param env the environment to read instead of `process.env`; the unit tests pass exactly the
 * variables they mean, so the runner's own LOG_* / OTEL_* never count.
 * @internal Exported for tests; not part of the public API.
 */
export function resolveConfig(
  options: ObservabilityOptions,
  env?: Record<string, string | undefined>,
): ConfigReport {
  const r = new ConfigReader(env);
  const limits = readLevelsAndLimits(r, options);
  const redaction = readRedaction(r, options);
  const lifecycle = readLifecycle(r, options);
  const resource = readResource(r, options);
  const exporter = readExporter(r, options);
  const endpoint = readEndpointAndAuth(r, options);
  const batch = readBatch(r, options);
  const loki = readLoki(r);

  let otlp: OtlpConfig | null = null;
  let otlpNotice = "";
  if (exporter.enabled) {
    if (endpoint.url !== undefined) {
      otlp = {
        url: endpoint.url,
        protocol: exporter.protocol,
        headers: endpoint.headers,
        timeoutMs: exporter.timeoutMs,
        compression: exporter.compression,
        batch,
      };
    } else if (!endpoint.urlGiven) {
      otlpNotice =
        "no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only";
    } // else: given but invalid, already reported
  }
  const config: ResolvedConfig = {
    ...limits,
    ...redaction,
    secrets: secretList(endpoint.secrets),
    ...resource,
    otlp,
    otlpNotice,
    ...lifecycle,
    loki,
  };
  if (r.denied.length > 0) {
    const names = r.denied.join(",");
    r.warnings.push(
      `Cannot read ${
        r.denied.join(", ")
      } as Deno needs --allow-env=${names}: got a permission error; using defaults and options for ${
        r.denied.length === 1 ? "it" : "them"
      }`,
    );
  }
  const scrub = secretScrubber(config);
  return { config, problems: r.problems.map(scrub), warnings: r.warnings.map(scrub) };
}

/**
 * The config a session starts with. Problems: strict init throws them as one
 * {@linkcode ObservabilityConfigError}; lazy init prints them on stderr and runs with defaults
 * for them. Warnings (invalid OTEL_* variables) are printed once each, on stderr, and never stop
 * a start.
 *
 * @throws {ObservabilityConfigError} when `strict` and any option or LOG_* / GRAFANA_CLOUD_*
 * variable is invalid; nothing is printed then.
 *
 * @param env as for {@linkcode resolveConfig}: `start()` passes none and `process.env` is read.
 * @internal Exported for tests; `start()` calls it. Not part of the public API.
 */
export function configForStart(
  options: ObservabilityOptions,
  strict: boolean,
  env?: Record<string, string | undefined>,
): ResolvedConfig {
  const { config, problems, warnings } = resolveConfig(options, env);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}\nlockbox: started with defaults for those settings`);
  }
  for (const warning of warnings) notice(warning);
  return config;
}

// #endregion

// #region Session — the one object start() makes; everything a running session owns

/** Where a session is in its life. */
const enum Phase {
  Running,
  Stopping,
  Stopped,
}

/** Counters kept by the consumer side in shared memory (Float64Array slots; one writer each). */
const C_STDOUT_WRITTEN = 0; // the consumer (stdout write results)
const C_STDOUT_FAILED = 1;
const C_STDOUT_DROPPED = 2; // the consumer: stdout backlog full
const C_OTLP_EXPORTED = 3; // the consumer (exporter results)
const C_OTLP_FAILED = 4;
const C_OTLP_DROPPED = 5; // the consumer: OTLP backlog full, SDK missing
const C_CONSUMED = 6; // the consumer: records taken from the ring
const C_TRUNCATED = 7; // the consumer: records a Loki cap or the line cap changed
const COUNTER_SLOTS = 8;

/**
 * A running (or finished) session: made by `start()`, replaced by the next `start()` after a
 * shutdown. The call path reads only `phase`, `minLevel`, `rateLimit`, `clock` and `ring`.
 */
interface Session {
  phase: Phase;
  readonly config: ResolvedConfig;
  /** Lowest accepted level index. */
  readonly minLevel: number;
  /** LOG_RATE_LIMIT: records per second per (logger, event); 0 = guard off; burst twice that. */
  readonly rateLimit: number;
  readonly clock: () => number;
  readonly ring: Ring;
  /** What a consumer needs (worker or inline): the shared buffers and the resolved config. */
  readonly init: ConsumerInit;
  readonly counters: Float64Array;
  accepted: number;
  internal: number;
  queueFull: number;
  rateLimited: number;
  afterShutdown: number;
  /** Records a cap changed at the call (the consumer adds line-size cuts in C_TRUNCATED). */
  truncated: number;
  /** Whether the consumer runs in a worker (true) or on this thread. */
  workerMode: boolean;
  worker: Worker | null;
  /** The consumer when it runs on this thread (inline mode), or a promise of it while it loads. */
  inline: Consumer | null;
  /** Rate-guard buckets that suppressed records since the last report. */
  suppressed: RateBucket[];
  /** Counters as of the last `observability_dropped` record. */
  reported: Record<string, number>;
  reportTimer: ReturnType<typeof setInterval> | undefined;
  shutdownPromise: Promise<ObservabilityStats> | null;
  finalStats: ObservabilityStats | null;
}

/**
 * The current session, or null before the first start. The one module-level mutable of the
 * call path: a session object instead of dozens of lets (the call reads five fields of it).
 */
let session: Session | null = null;

// #endregion

// #region Call — level gate → rate guard → encode into the ring
//
// Rules for everything in this region: no await, no I/O, never throws, nothing scheduled on
// this thread, bounded work for any input; cheap checks first. A call below the level costs a
// comparison; otherwise a clock read, an encode walk capped by MAX_NODES and MAX_RECORD_BYTES,
// written straight into the ring (or, near its end, into a private buffer and copied) and, when
// the consumer sleeps, one Atomics.notify.

/** Per-logger state shared by a logger and the children that add no context. */
class LoggerCore {
  /** The logger name as UTF-8 bytes, encoded once. */
  readonly nameBytes: Uint8Array;
  /** Bound context, encoded once at `child()`: pair count and the encoded pairs. */
  readonly contextCount: number;
  readonly contextBytes: Uint8Array;
  /** Whether a cap changed the bound context when it was encoded. */
  readonly contextTruncated: boolean;
  /** Rate-limit buckets per event, shared by every logger with this name. */
  readonly buckets: Map<unknown, RateBucket>;

  constructor(
    readonly name: string,
    contextCount: number,
    contextBytes: Uint8Array,
    contextTruncated: boolean,
  ) {
    this.nameBytes = encodeKey(name);
    this.contextCount = contextCount;
    this.contextBytes = contextBytes;
    this.contextTruncated = contextTruncated;
    this.buckets = bucketsFor(name);
  }
}

const EMPTY_BYTES = new Uint8Array(0);
const TEXT_ENCODER = new TextEncoder();

/** A logger name or key as capped UTF-8 bytes. */
function encodeKey(s: string): Uint8Array {
  const bytes = TEXT_ENCODER.encode(s.length > MAX_KEY_BYTES ? s.slice(0, MAX_KEY_BYTES) : s);
  return bytes.length > MAX_KEY_BYTES ? bytes.slice(0, MAX_KEY_BYTES) : bytes;
}

/** A token bucket of the policy guard for one (logger name, event). */
class RateBucket {
  /** Records suppressed since the last `log_suppressed` report. */
  suppressed = 0;
  constructor(
    public tokens: number,
    /** Time of the last refill or use, ms (the record clock). */
    public last: number,
    readonly core: LoggerCore,
    readonly event: unknown,
    readonly owner: Map<unknown, RateBucket>,
  ) {}
}
/** Buckets per logger name (children share their parent's). */
const bucketsByName = new Map<string, Map<unknown, RateBucket>>();
let namesSincePrune = 0;
/**
 * Every bucket in insertion order, for eviction: the state is bounded by MAX_RATE_KEYS whatever
 * the logger and event cardinality.
 */
const bucketOrder = new Set<RateBucket>();
/**
 * The bucket shared by new (logger, event) pairs while the table is full of buckets in use:
 * unbounded cardinality cannot buy fresh bursts.
 */
let overflowBucket: RateBucket | null = null;

function bucketsFor(name: string): Map<unknown, RateBucket> {
  let buckets = bucketsByName.get(name);
  if (buckets === undefined) {
    // Names whose buckets were all evicted are pruned at most once per MAX_RATE_KEYS / 4 new
    // names: a scan per new name would make a million names cost 10^10 steps.
    if (bucketsByName.size >= MAX_RATE_KEYS && ++namesSincePrune >= MAX_RATE_KEYS / 4) {
      namesSincePrune = 0;
      for (const [n, m] of bucketsByName) if (m.size === 0) bucketsByName.delete(n);
    }
    buckets = new Map();
    // Past the bound even after pruning, this name's map is used without being remembered.
    if (bucketsByName.size < MAX_RATE_KEYS) bucketsByName.set(name, buckets);
  }
  return buckets;
}

/**
 * Policy guard: a token bucket per (logger name, event), refilled at `rate` per second up to a
 * burst of twice that. A refused record is counted and reported later in one `log_suppressed`
 * record per event.
 *
 * Bounded state: at most MAX_RATE_KEYS buckets. A new pair evicts the oldest bucket only when
 * that bucket has been idle long enough to be full again (2 × burst / rate = 2 s), so eviction
 * never refills a bucket in use; when every bucket is in use the new pair shares one overflow
 * bucket.
 */
function admitRate(s: Session, core: LoggerCore, event: unknown, now: number): boolean {
  const rate = s.rateLimit;
  const burst = rate * 2;
  let bucket = core.buckets.get(event);
  if (bucket === undefined) {
    if (bucketOrder.size < MAX_RATE_KEYS || evictIdleBucket(now)) {
      bucket = new RateBucket(burst, now, core, event, core.buckets);
      core.buckets.set(event, bucket);
      bucketOrder.add(bucket);
    } else {
      bucket = overflowBucket ??= new RateBucket(burst, now, core, event, new Map());
    }
  }
  const tokens = Math.min(burst, bucket.tokens + (now - bucket.last) * rate / 1000);
  bucket.last = now;
  if (tokens >= 1) {
    bucket.tokens = tokens - 1;
    return true;
  }
  bucket.tokens = tokens;
  if (bucket.suppressed++ === 0) s.suppressed.push(bucket);
  return false;
}

/** Evicts one bucket idle for at least 2 s (it would be full again); looks at 4 at most. */
function evictIdleBucket(now: number): boolean {
  let looked = 0;
  for (const b of bucketOrder) {
    if (looked++ >= 4) return false;
    bucketOrder.delete(b);
    if (now - b.last >= 2000 && b.suppressed === 0) {
      b.owner.delete(b.event);
      return true;
    }
    bucketOrder.add(b); // in use: to the back of the line
  }
  return false;
}

/** Forgets every bucket (a new session). */
function resetRateGuard(): void {
  for (const m of bucketsByName.values()) m.clear();
  bucketOrder.clear();
  overflowBucket = null;
}

/**
 * The @opentelemetry/api 1.x global registry. Every copy of the API in a process (1.4 on) shares
 * it; the registered context manager sits at its `context` key. Reading it directly works with
 * whatever API version the service uses, and the call path never imports the API.
 */
const OTEL_API_GLOBAL = Symbol.for("opentelemetry.js.api.1");
/** The context key under which @opentelemetry/api 1.x stores the active span. */
const OTEL_SPAN_KEY = Symbol.for("OpenTelemetry Context Key SPAN");
interface OtelGlobalLike {
  context?: { active(): { getValue(key: symbol): unknown } | undefined };
}
interface SpanContextLike {
  traceId: string;
  spanId: string;
  traceFlags: number;
}
const GLOBAL = globalThis as unknown as Record<symbol, OtelGlobalLike | undefined>;

/**
 * The span context active at this call, read through the API's global registry; undefined
 * without a context manager (checked per call, so one registered after init counts from the
 * next call). Never throws.
 */
function activeSpanContext(): SpanContextLike | undefined {
  const manager = GLOBAL[OTEL_API_GLOBAL]?.context;
  if (manager === undefined) return undefined;
  try {
    const span = manager.active()?.getValue(OTEL_SPAN_KEY) as
      | { spanContext?: () => SpanContextLike }
      | undefined;
    const sc = span?.spanContext?.();
    if (
      sc !== undefined && typeof sc.traceId === "string" && sc.traceId.length === 32 &&
      typeof sc.spanId === "string" && sc.spanId.length === 16
    ) return sc;
  } catch {
    // a broken context manager or span: no ids on this record
  }
  return undefined;
}

/** Offset from `performance.now()` to the Unix epoch, re-anchored when the wall clock steps. */
let clockOffsetMs = Date.now() - performance.now();

/** Wall clock in ms since the Unix epoch with µs resolution (performance.now() anchored to Date.now()). */
function wallClockMs(): number {
  return clockOffsetMs + performance.now();
}

/** Re-anchors the µs clock to the wall clock when it stepped by more than 2 ms (NTP). */
function reanchorClock(): void {
  const offset = Date.now() - performance.now();
  if (Math.abs(offset - clockOffsetMs) > 2) clockOffsetMs = offset;
}

/** Record flags (first byte of an encoded record). */
const F_INTERNAL = 1;
const F_TRUNCATED = 2;
const F_SPAN = 4;

/** Value tags of the encoding. */
const T_OMIT = 0;
const T_NULL = 1;
const T_TRUE = 2;
const T_FALSE = 3;
const T_NUM = 4;
const T_STR = 5;
const T_ARR = 6;
const T_OBJ = 7;
const T_ERR = 8;

/** Room past the record bound for markers written after the bound was reached, in bytes. */
const ENCODER_SLACK = 8192;

/**
 * Encodes one record into the ring in place, or into its private buffer (bound context, and a
 * record near the ring's end), making values safe on the way (see `Attributes`).
 * Caps apply during the walk: MAX_DEPTH, MAX_ITEMS per container, MAX_NODES per record,
 * LOG_MAX_VALUE_BYTES per string, MAX_RECORD_BYTES per record; a value whose read throws
 * becomes a marker on its own. Encoding (little-endian):
 *
 * ```
 * record  = u8 flags, u8 level, f64 timeMs,
 *           [u8 traceFlags, 32 B traceId, 16 B spanId]   (when flags & F_SPAN)
 *           str name, value event, u32 ctxCount, u32 ctxBytes, pairs ctx, value attrs
 * str     = u32 byteLength, UTF-8 bytes
 * value   = u8 tag, then: T_NUM f64 | T_STR str | T_ARR u32 n, n values
 *           | T_OBJ u32 n, n pairs | T_ERR str type, str message, value stack, value cause
 * pair    = str key, value
 * ```
 *
 * Internal: exported for the unit tests in test/; not part of the public API (mod.ts).
 */
export class Encoder {
  /** The private buffer: bound context, and records that cannot be encoded in the ring. */
  readonly own = new Uint8Array(MAX_RECORD_BYTES + ENCODER_SLACK);
  readonly ownView = new DataView(this.own.buffer);
  /** Where the record goes: `own`, or the ring's bytes when encoding in place. */
  buf: Uint8Array = this.own;
  view: DataView = this.ownView;
  /** Offset of the record's first byte in `buf`. */
  base = 0;
  pos = 0;
  /** Where the walk stops adding values (base + MAX_RECORD_BYTES). */
  limit = MAX_RECORD_BYTES;
  /** Where markers stop: they may use the slack past `limit`, so a cap can always say so. */
  markerLimit = MAX_RECORD_BYTES + ENCODER_SLACK - 512;
  nodes = 0;
  truncated = false;
  maxValueBytes: number = DEFAULTS.maxValueBytes;
  readonly seen: object[] = [];

  /** Starts a record in the private buffer. */
  reset(): void {
    this.target(this.own, this.ownView, 0);
  }

  /**
   * Starts a record at `base` of `buf` (the ring's bytes, with MAX_RECORD_BYTES + ENCODER_SLACK
   * bytes of room claimed there): encoding in place saves the copy out of a private buffer, which
   * cost 35–60 ns of a ~100-byte record (Node 20, bench machine).
   */
  target(buf: Uint8Array, view: DataView, base: number): void {
    this.buf = buf;
    this.view = view;
    this.base = this.pos = base;
    this.limit = base + MAX_RECORD_BYTES;
    this.markerLimit = base + MAX_RECORD_BYTES + ENCODER_SLACK - 512;
    this.nodes = 0;
    this.truncated = false;
    // Setting length costs ~60 ns even on an empty array (Deno 2.9, bench machine): skip it.
    if (this.seen.length !== 0) this.seen.length = 0;
  }

  /**
   * The first `len` bytes of the private buffer as a view, cached per length below 4096: records
   * of one shape have one length, and making a view costs ~100 ns per call.
   */
  head(len: number): Uint8Array {
    if (len >= 4096) return this.own.subarray(0, len);
    return this.#heads[len] ??= this.own.subarray(0, len);
  }
  readonly #heads: Uint8Array[] = [];

  u8(x: number): void {
    this.buf[this.pos++] = x;
  }
  u32(x: number): void {
    this.view.setUint32(this.pos, x, true);
    this.pos += 4;
  }
  f64(x: number): void {
    this.view.setFloat64(this.pos, x, true);
    this.pos += 8;
  }
  bytes(b: Uint8Array): void {
    const n = b.length;
    this.u32(n);
    if (n <= 32) {
      // A loop beats TypedArray#set for logger names (set is a builtin call: ~25 ns).
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = b[i];
    } else this.buf.set(b, this.pos);
    this.pos += n;
  }

  /** A str of at most `max` bytes (and what the record bound leaves), marked when cut. */
  str(s: string, max: number): void {
    const start = this.pos;
    const p = start + 4;
    const n = s.length;
    const buf = this.buf;
    if (n <= 64 && n <= max && p + n <= this.limit) {
      // ASCII fast path: most keys and values are short ASCII.
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[p + i] = c;
      }
      if (i === n) {
        this.view.setUint32(start, n, true);
        this.pos = p + n;
        return;
      }
    }
    const room = Math.max(0, Math.min(max, this.limit - p));
    let written: number;
    if (n * 3 <= room) {
      written = TEXT_ENCODER.encodeInto(s, buf.subarray(p, p + n * 3)).written;
    } else {
      const r = TEXT_ENCODER.encodeInto(s, buf.subarray(p, p + room));
      written = r.written;
      if (r.read < n) {
        // Exact size of the cut when it is cheap to know; a lower bound (UTF-8 bytes ≥ UTF-16
        // units) for huge strings, so a 10 MB string costs no more than a short one.
        const rest = n - r.read;
        const cut = rest <= 65536
          ? `${Buffer.byteLength(s.slice(r.read), "utf8")} bytes`
          : `at least ${rest} bytes`;
        written += TEXT_ENCODER.encodeInto(
          `…[truncated ${cut}]`,
          buf.subarray(p + written, p + written + 64),
        ).written;
        this.truncated = true;
      }
    }
    this.view.setUint32(start, written, true);
    this.pos = p + written;
  }

  /** A marker string value (tagged), e.g. "[Circular]". */
  marker(text: string): void {
    // Markers may use the slack past the record bound: a cap must always be able to say so.
    const limit = this.limit;
    this.limit = this.markerLimit;
    this.u8(T_STR);
    this.str(text, 256);
    this.limit = limit;
  }

  /** Whether the record bound or node budget is used up: the walk stops adding values. */
  full(): boolean {
    if (this.pos >= this.limit || this.nodes >= MAX_NODES) {
      this.truncated = true;
      return true;
    }
    return false;
  }

  /** Writes a tagged value; returns false (and writes nothing) when the value is omitted. */
  value(v: unknown, depth: number): boolean {
    switch (typeof v) {
      case "string":
        this.u8(T_STR);
        this.str(v, this.maxValueBytes);
        return true;
      case "number":
        this.u8(T_NUM);
        this.f64(v);
        return true;
      case "boolean":
        this.u8(v ? T_TRUE : T_FALSE);
        return true;
      case "bigint":
        this.u8(T_STR);
        this.str(v.toString(), this.maxValueBytes);
        return true;
      case "undefined":
      case "function":
      case "symbol":
        return false;
    }
    if (v === null) {
      this.u8(T_NULL);
      return true;
    }
    const start = this.pos;
    const seenDepth = this.seen.length;
    try {
      this.object(v as object, depth);
    } catch (e) {
      // A revoked Proxy, a throwing trap or getter: this value alone becomes a marker.
      this.pos = start;
      this.seen.length = seenDepth;
      this.marker(`[Unreadable: ${errorText(e)}]`);
      this.truncated = true;
    }
    return true;
  }

  object(v: object, depth: number): void {
    this.nodes++;
    if (this.full()) return this.marker("[Size limit]");
    if (this.seen.includes(v)) return this.marker("[Circular]");
    if (
      Object.getPrototypeOf(v) === Object.prototype && depth < MAX_DEPTH &&
      typeof (v as { toJSON?: unknown }).toJSON !== "function"
    ) {
      // Fast path for plain objects (most attribute values): none of the checks below apply.
      this.seen.push(v);
      this.u8(T_OBJ);
      this.pairs(v, depth);
      this.seen.pop();
      return;
    }
    if (v instanceof Date) {
      const t = v.getTime();
      return this.marker(Number.isNaN(t) ? "Invalid Date" : new Date(t).toISOString());
    }
    if (depth >= MAX_DEPTH) {
      this.truncated = true;
      return this.marker("[Depth limit]");
    }
    this.seen.push(v);
    if (v instanceof Error) {
      this.u8(T_ERR);
      this.str(stringProperty(v, "name", "Error"), this.maxValueBytes);
      this.str(stringProperty(v, "message", ""), this.maxValueBytes);
      if (!this.value(readProperty(v, "stack"), depth + 1)) this.u8(T_OMIT);
      if (!("cause" in v) || !this.value(readProperty(v, "cause"), depth + 1)) this.u8(T_OMIT);
    } else if (Array.isArray(v) || v instanceof Set) {
      this.u8(T_ARR);
      const countAt = this.pos;
      this.u32(0);
      let count = 0;
      let total = 0;
      if (Array.isArray(v)) {
        total = v.length;
        const n = Math.min(total, MAX_ITEMS);
        for (let i = 0; i < n && !this.full(); i++, count++) {
          this.nodes++;
          if (!this.value(v[i], depth + 1)) this.u8(T_NULL);
        }
      } else {
        total = v.size;
        for (const item of v) {
          if (count >= MAX_ITEMS || this.full()) break;
          this.nodes++;
          if (!this.value(item, depth + 1)) this.u8(T_NULL);
          count++;
        }
      }
      if (total > count) {
        this.marker(`[${total - count} more items]`);
        count++;
        this.truncated = true;
      }
      this.view.setUint32(countAt, count, true);
    } else if (ArrayBuffer.isView(v)) {
      this.marker(`[${v.constructor?.name ?? "TypedArray"} ${v.byteLength} bytes]`);
    } else if (typeof (v as { toJSON?: unknown }).toJSON === "function") {
      const json = (v as { toJSON: () => unknown }).toJSON();
      if (!this.value(json, depth + 1)) this.u8(T_NULL);
    } else if (v instanceof Map) {
      this.u8(T_OBJ);
      const countAt = this.pos;
      this.u32(0);
      let count = 0;
      for (const [k, value] of v) {
        if (count >= MAX_ITEMS || this.full()) {
          this.moreKeys();
          count++;
          break;
        }
        if (this.pair(String(k), value, depth)) count++;
      }
      this.view.setUint32(countAt, count, true);
    } else {
      this.u8(T_OBJ);
      this.pairs(v, depth);
    }
    this.seen.pop();
  }

  /** u32 count + pairs of an object's own enumerable string keys, at most MAX_ITEMS. */
  pairs(v: object, depth: number): number {
    const countAt = this.pos;
    this.u32(0);
    let count = 0;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (count >= MAX_ITEMS || this.full()) {
        this.moreKeys();
        count++;
        break;
      }
      if (this.pair(k, readProperty(v, k), depth)) count++;
    }
    this.view.setUint32(countAt, count, true);
    return count;
  }

  /** `"[more]": "more keys omitted"`: the marker pair of a capped object. */
  moreKeys(): void {
    this.truncated = true;
    const limit = this.limit;
    this.limit = this.markerLimit;
    this.str("[more]", 16);
    this.limit = limit;
    this.marker("more keys omitted");
  }

  /** Writes key + value; writes nothing and returns false when the value is omitted. */
  pair(k: string, value: unknown, depth: number): boolean {
    const start = this.pos;
    this.nodes++;
    this.str(k, MAX_KEY_BYTES);
    if (this.value(value, depth + 1)) return true;
    this.pos = start;
    return false;
  }
}

/** A property read that turns a throwing getter into a marker. */
function readProperty(o: object, k: string): unknown {
  try {
    return (o as Record<string, unknown>)[k];
  } catch (e) {
    return `[Unreadable: ${errorText(e)}]`;
  }
}

/** A property as a string (Error name, message); never throws. */
function stringProperty(o: object, k: string, fallback: string): string {
  const v = readProperty(o, k);
  if (v === undefined || v === null) return fallback;
  try {
    return String(v);
  } catch {
    return fallback;
  }
}

/** The encoder of this thread (one producer per thread), made at the first start. */
let encoder: Encoder | null = null;

/**
 * Encodes a bound context (call-time copy) into bytes: pairs of `context`'s own keys. Never
 * throws: a context whose keys cannot be read becomes one marker pair.
 */
function encodeContext(context: unknown): { count: number; bytes: Uint8Array; truncated: boolean } {
  const e = encoder ??= new Encoder();
  e.maxValueBytes = session?.config.maxValueBytes ?? DEFAULTS.maxValueBytes;
  e.reset();
  let count = 0;
  try {
    if (typeof context === "object" && context !== null) count = e.pairs(context, -1);
  } catch (err) {
    e.reset();
    e.u32(1);
    e.str("lockbox.attributes_error", 64);
    e.marker(errorText(err));
    count = 1;
  }
  // pairs() wrote a u32 count first: keep only the pair bytes.
  return { count, bytes: e.buf.slice(4, e.pos), truncated: e.truncated };
}

/** The single entry of every log call. Never throws. */
function emit(level: number, core: LoggerCore, event: unknown, attributes: unknown): void {
  let s = session;
  if (s === null || s.phase !== Phase.Running) {
    s = admitSlow();
    if (s === null) return;
  }
  if (level < s.minLevel) return;
  const time = s.clock();
  if (s.rateLimit > 0 && !admitRate(s, core, event, time)) {
    s.rateLimited++;
    return;
  }
  if (encodeRecord(s, time, level, core, event, attributes, 0)) s.accepted++;
  else s.queueFull++;
}

/**
 * Encodes one record into the ring; false when the ring is full. Never throws.
 * `flags` carries F_INTERNAL for lockbox's own records.
 */
function encodeRecord(
  s: Session,
  time: number,
  level: number,
  core: LoggerCore,
  event: unknown,
  attributes: unknown,
  flags: number,
): boolean {
  const e = encoder!;
  const ring = s.ring;
  // lockbox's own records may use INTERNAL_RESERVE records past LOG_QUEUE_MAXSIZE: they report
  // the drops of a full ring, so a full ring must not swallow them (a few per second at most).
  const reserve = flags & F_INTERNAL ? INTERNAL_RESERVE : 0;
  // In place when the ring has room for the largest record before its end (all but the last
  // MAX_RECORD_BYTES of it); else in the private buffer, then copied at its exact size.
  const at = ring.claim(MAX_RECORD_BYTES + ENCODER_SLACK, reserve);
  if (at === RING_FULL) return false; // the record bound: no encode work for a dropped record
  if (at >= 0) e.target(ring.bytes, ring.view, at);
  else e.reset();
  const base = e.base;
  try {
    const span = activeSpanContext();
    e.u8(0); // flags, set below
    e.u8(level);
    e.f64(time);
    if (span !== undefined) {
      flags |= F_SPAN;
      e.u8(Number(span.traceFlags) & 0xff);
      const buf = e.buf;
      let p = e.pos;
      for (let i = 0; i < 32; i++) buf[p++] = span.traceId.charCodeAt(i) & 0x7f;
      for (let i = 0; i < 16; i++) buf[p++] = span.spanId.charCodeAt(i) & 0x7f;
      e.pos = p;
    }
    e.bytes(core.nameBytes);
    if (!e.value(event, 0)) e.marker(String(event));
    e.u32(core.contextCount);
    e.bytes(core.contextBytes);
    if (attributes === undefined || attributes === null) e.u8(T_OMIT);
    else if (typeof attributes !== "object" || attributes instanceof Error) {
      e.u8(T_OBJ);
      const countAt = e.pos;
      e.u32(0);
      if (e.pair(attributes instanceof Error ? "error" : "value", attributes, -1)) {
        e.view.setUint32(countAt, 1, true);
      }
    } else {
      const start = e.pos;
      e.u8(T_OBJ);
      try {
        e.pairs(attributes, -1);
      } catch (err) {
        e.pos = start;
        e.u8(T_OBJ);
        e.u32(1);
        e.str("lockbox.attributes_error", 64);
        e.marker(errorText(err));
        e.truncated = true;
      }
    }
    if (core.contextTruncated || e.truncated) flags |= F_TRUNCATED;
    e.buf[base] = flags;
  } catch (err) {
    // Nothing above should throw; if it does, log the fact rather than lose the call.
    if (at >= 0) e.target(ring.bytes, ring.view, at);
    else e.reset();
    flags |= F_TRUNCATED;
    e.u8(flags);
    e.u8(level);
    e.f64(time);
    e.bytes(core.nameBytes);
    e.marker("[unencodable record]");
    e.u32(0);
    e.u32(0);
    e.u8(T_OBJ);
    e.u32(1);
    e.str("lockbox.attributes_error", 64);
    e.marker(errorText(err));
  }
  const len = e.pos - base;
  if (at >= 0) ring.commit(at, len);
  else if (!ring.push(e.head(len), len, reserve)) return false;
  if (flags & F_TRUNCATED) s.truncated++;
  return true;
}

/** Before the first start: lazy start from the environment. After shutdown: count and refuse. */
function admitSlow(): Session | null {
  const s = session;
  if (s === null) {
    start({}, false);
    return session;
  }
  if (s.phase === Phase.Stopped || s.phase === Phase.Stopping) s.afterShutdown++;
  return null;
}

/** The Logger returned by getLogger(); methods are thin forwards to `emit`. */
class LoggerImpl implements Logger {
  #core: LoggerCore;
  constructor(core: LoggerCore) {
    this.#core = core;
  }
  debug(event: string, attributes?: Attributes): void {
    emit(0, this.#core, event, attributes);
  }
  info(event: string, attributes?: Attributes): void {
    emit(1, this.#core, event, attributes);
  }
  warn(event: string, attributes?: Attributes): void {
    emit(2, this.#core, event, attributes);
  }
  error(event: string, attributes?: Attributes): void {
    emit(3, this.#core, event, attributes);
  }
  fatal(event: string, attributes?: Attributes): void {
    emit(4, this.#core, event, attributes);
  }
  child(context: Attributes): Logger {
    const parent = this.#core;
    const own = encodeContext(context);
    // Parent pairs first, then the child's: the consumer keeps the last value of a key at its
    // first position (Object.assign order), so the child's keys win.
    const bytes = new Uint8Array(parent.contextBytes.length + own.bytes.length);
    bytes.set(parent.contextBytes, 0);
    bytes.set(own.bytes, parent.contextBytes.length);
    return new LoggerImpl(
      new LoggerCore(
        parent.name,
        parent.contextCount + own.count,
        bytes,
        parent.contextTruncated || own.truncated,
      ),
    );
  }
  isEnabled(level: Level): boolean {
    if (session === null) start({}, false);
    const index = LEVELS.indexOf(level);
    return index >= 0 && index >= (session?.minLevel ?? 0);
  }
}

/**
 * Returns the logger named `name` (the OTel instrumentation scope of its records), with
 * `context` bound to every record it logs.
 *
 * Loggers are cheap; create them once per component and keep them. Logging before
 * {@linkcode initObservability} starts the module from the environment (lazy init).
 *
 * @param name Logger name, e.g. `"trade-exec"`; appears as `logger` in the JSON line. A
 *   non-string is converted with `String()`; one that cannot be converted is named
 *   `"[unprintable logger name]"`.
 * @param context Attributes bound to every record, copied deeply now.
 * @returns A {@linkcode Logger}. Never throws.
 *
 * @example
 * ```ts
 * const log = getLogger("trade-exec", { strategy_id: "mm_1" });
 * log.info("order_submitted", { order_id: "co_1", symbol: "AAPL" });
 * ```
 */
export function getLogger(name: string, context?: Attributes): Logger {
  let text: string;
  try {
    text = typeof name === "string" ? name : String(name);
  } catch {
    text = "[unprintable logger name]";
  }
  const logger = new LoggerImpl(new LoggerCore(text, 0, EMPTY_BYTES, false));
  return context === undefined ? logger : logger.child(context);
}

// #endregion

// #region Ring — the shared buffer between the calling thread and the consumer
//
// A single-producer single-consumer ring of variable-size records in a SharedArrayBuffer. The
// first CTL_BYTES hold Int32 control cells; the rest holds records, each `u32 length` + bytes,
// contiguous. A record that does not fit before the end starts again at offset 0; the bytes
// skipped are marked by WRAP (or are fewer than 4) and count as used until the consumer passes.
//
// Each side writes only its own cells (HEAD and PUSHED: the producer; TAIL and RELEASED: the
// consumer) and keeps a private copy of the other side's, re-read only when that copy says the
// ring is full (producer) or empty (consumer). A push costs one Atomics.store (HEAD, which
// publishes the record) and one Atomics.load (WAITING): each Atomics call costs 10–25 ns on V8
// here, and the former six per push were a quarter of the call (Node 20, bench machine).
// HEAD == TAIL means empty, so the producer always leaves at least one byte free.

// Cells are grouped by writer, one 64-byte cache line each, so a store by one side does not
// evict the line the other side keeps writing (false sharing). Not measurable above this
// machine's noise (±30 %); kept because it costs 128 bytes and removes a cross-core line
// transfer per record on each side.
const CTL_HEAD = 0; // next write offset; written by the producer only
const CTL_PUSHED = 1; // records pushed so far (wraps at 2^32); written by the producer only
const CTL_TAIL = 16; // next read offset; written by the consumer only
const CTL_RELEASED = 17; // records released so far (wraps at 2^32); written by the consumer only
const CTL_SEQ = 32; // bumped to wake the consumer (the futex word it waits on)
const CTL_WAITING = 33; // how a sleeping consumer wants to be woken (WAIT_*); 0 while awake
const CTL_STOP = 34; // 1: the producer side asks the consumer to finish
const CTL_STATE = 35; // consumer state: 0 not started, 1 running
const CTL_DONE = 36; // 1: the consumer finished (after CTL_STOP)
const CTL_BYTES = 192;
const WRAP = 0xffffffff;
/** CTL_WAITING: the consumer sleeps until the next record (the ring was empty for a nap). */
const WAIT_ANY = 1;
/** CTL_WAITING: the consumer naps while records flow; wake it only when the ring backs up. */
const WAIT_BACKLOG = 2;
/** Bytes waiting, at most, for the producer to start again at 0 before the ring's end. */
const RING_RESTART_BACKLOG = 64 * 1024;
/** `Ring.claim()`: the record bound is reached (as opposed to -1: no room in place). */
const RING_FULL = -2;

/** Atomics.waitAsync (ES2024), typed here so the file also checks against ES2022 libs. */
type WaitAsync = (
  cells: Int32Array,
  index: number,
  value: number,
  timeoutMs?: number,
) => { async: boolean; value: Promise<string> | string };

/**
 * One side's view of a ring (an object may serve both sides, as the unit tests do: each side's
 * private state is its own).
 *
 * Internal: exported for the unit tests in test/; not part of the public API (mod.ts).
 */
export class Ring {
  readonly ctl: Int32Array;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly capacity: number;
  // Producer side: its own offset and count, and its last reading of the consumer's cells.
  #head: number;
  #pushed: number;
  #tailSeen: number;
  #releasedSeen: number;
  /** Where the producer last went back to 0 (records end there; WRAP marks it). */
  #wrapAt = 0;
  /** Backlog (records, bytes) at which a push wakes a napping consumer. */
  readonly wakeRecords: number;
  readonly #wakeBytes: number;
  // Consumer side: its own offset and count, and its last reading of HEAD.
  #tail: number;
  #released: number;
  #headSeen: number;

  /** @param maxRecords Records held at most (LOG_QUEUE_MAXSIZE for the record ring). */
  constructor(readonly buffer: SharedArrayBuffer, readonly maxRecords: number) {
    this.ctl = new Int32Array(buffer, 0, CTL_BYTES / 4);
    this.bytes = new Uint8Array(buffer, CTL_BYTES);
    this.view = new DataView(buffer, CTL_BYTES);
    this.capacity = this.bytes.length;
    const ctl = this.ctl;
    this.#head = Atomics.load(ctl, CTL_HEAD);
    this.#pushed = Atomics.load(ctl, CTL_PUSHED);
    this.#tail = this.#tailSeen = Atomics.load(ctl, CTL_TAIL);
    this.#released = this.#releasedSeen = Atomics.load(ctl, CTL_RELEASED);
    this.#headSeen = this.#head;
    this.wakeRecords = Math.max(1, Math.floor(maxRecords / RING_WAKE_DIVISOR));
    this.#wakeBytes = Math.floor(this.capacity / RING_WAKE_DIVISOR);
  }

  /** A new ring buffer with `dataBytes` of record space. */
  static create(dataBytes: number): SharedArrayBuffer {
    return new SharedArrayBuffer(CTL_BYTES + dataBytes);
  }

  /**
   * Producer: where a record of `need` bytes (length prefix included) goes, as seen from the
   * last reading of TAIL, or -1 when it does not fit. `wrap` allows starting again at 0.
   */
  #place(need: number, wrap: boolean): number {
    const head = this.#head;
    const tail = this.#tailSeen;
    const cap = this.capacity;
    if (head >= tail) {
      // Free: [head, cap) and [0, tail - 1); a record ending at cap while tail is 0 would make
      // HEAD == TAIL, which reads as empty.
      if (need <= cap - head - (tail === 0 ? 1 : 0)) return head;
      return wrap && need <= tail - 1 ? 0 : -1;
    }
    return need <= tail - head - 1 ? head : -1;
  }

  /** Producer: whether another record is allowed by the record bound (+ `reserve`). */
  #roomForRecord(reserve: number): boolean {
    const limit = this.maxRecords + reserve;
    if (((this.#pushed - this.#releasedSeen) | 0) < limit) return true;
    this.#releasedSeen = Atomics.load(this.ctl, CTL_RELEASED);
    return ((this.#pushed - this.#releasedSeen) | 0) < limit;
  }

  /**
   * Producer: the offset at which up to `maxLen` payload bytes can be written in place, without
   * wrapping; RING_FULL when the record bound is reached; -1 when there is not that much room
   * before the end (a `push()` of the exact size may still fit). Write
   * the payload there, then `commit()`; nothing is visible to the consumer before that.
   */
  claim(maxLen: number, reserve = 0): number {
    if (!this.#roomForRecord(reserve)) return RING_FULL;
    const need = 4 + maxLen;
    const restartAt = this.#wakeBytes + 2 * need;
    let at = this.#head >= restartAt && (this.#pushed & 15) === 0 ? this.#restart(need) : -1;
    if (at < 0) at = this.#place(need, false);
    if (at < 0) {
      this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
      at = this.#place(need, false);
    }
    return at < 0 ? -1 : at + 4;
  }

  /**
   * Producer: 0 when records can start again at the ring's beginning before its end — the
   * consumer has not wrapped, is past the `need` bytes a claim reserves and at most
   * RING_RESTART_BACKLOG behind — else -1. Checked on every 16th claim once HEAD is past the
   * byte wake threshold plus twice `need` (about 1 MB of the default 2 MiB ring): until the
   * consumer passes the wrap point only [0, TAIL) is free, and that room must outlast the wake
   * at a quarter (a nap ends at the wrap too). The records then cycle through the first ~1 MB:
   * fewer pages resident in a long run and first touched on the calling thread.
   */
  #restart(need: number): number {
    const tail = this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
    // Only behind a consumer that is nearly caught up: until it reaches the wrap point, only
    // [0, TAIL) is free, so a restart far ahead of it would shrink the room for a burst.
    return tail <= this.#head && need < tail && this.#head - tail <= RING_RESTART_BACKLOG ? 0 : -1;
  }

  /** Producer: publishes the `len` payload bytes written at `offset` (from `claim()`). */
  commit(offset: number, len: number): void {
    const wrapped = offset === 4 && this.#markWrap();
    this.view.setUint32(offset - 4, len, true);
    this.#publish(offset + len, wrapped);
  }

  /**
   * Producer: a record goes at 0; if HEAD is elsewhere the consumer must skip from HEAD to 0,
   * so HEAD is marked and true returned.
   */
  #markWrap(): boolean {
    const head = this.#head;
    if (head === 0) return false;
    this.#wrapAt = head;
    if (this.capacity - head >= 4) this.view.setUint32(head, WRAP, true);
    return true;
  }

  /** Producer: copies `len` bytes of `src` in as one record; false when full. Wakes a sleeping consumer. */
  push(src: Uint8Array, len: number, reserve = 0): boolean {
    if (!this.#roomForRecord(reserve)) return false;
    const need = 4 + len;
    let at = this.#place(need, true);
    if (at < 0) {
      this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
      at = this.#place(need, true);
      if (at < 0) return false;
    }
    const wrapped = at === 0 && this.#markWrap();
    this.view.setUint32(at, len, true);
    this.bytes.set(src.length === len ? src : src.subarray(0, len), at + 4);
    this.#publish(at + need, wrapped);
    return true;
  }

  #publish(end: number, wrapped: boolean): void {
    const ctl = this.ctl;
    this.#head = end === this.capacity ? 0 : end;
    this.#pushed = (this.#pushed + 1) | 0;
    ctl[CTL_PUSHED] = this.#pushed; // read only for size(); HEAD below publishes
    Atomics.store(ctl, CTL_HEAD, this.#head); // publishes the record (seq-cst)
    const waiting = Atomics.load(ctl, CTL_WAITING);
    // A wrap wakes a napping consumer too: until it passes the wrap point only [0, TAIL) is free.
    if (
      waiting === WAIT_ANY ||
      (waiting === WAIT_BACKLOG && (wrapped || this.#backedUp()))
    ) this.wake();
  }

  /**
   * Producer: whether the backlog reached the wake threshold. The copies of the consumer's cells
   * are older than the truth, so they overstate the backlog: they are re-read only when they
   * say "wake", which keeps a push during a nap at one atomic load.
   */
  #backedUp(): boolean {
    if (!this.#overThreshold()) return false;
    this.#releasedSeen = Atomics.load(this.ctl, CTL_RELEASED);
    this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
    return this.#overThreshold();
  }

  #overThreshold(): boolean {
    const head = this.#head;
    const tail = this.#tailSeen;
    // Wrapped: records run from TAIL to the last wrap point, then from 0 to HEAD.
    const used = head >= tail ? head - tail : this.#wrapAt - tail + head;
    return ((this.#pushed - this.#releasedSeen) | 0) >= this.wakeRecords ||
      used >= this.#wakeBytes;
  }

  /** Wakes the consumer if it sleeps. */
  wake(): void {
    const ctl = this.ctl;
    Atomics.store(ctl, CTL_WAITING, 0);
    Atomics.add(ctl, CTL_SEQ, 1);
    Atomics.notify(ctl, CTL_SEQ);
  }

  /** Records waiting (pushed and not yet released), from either side. */
  size(): number {
    return (Atomics.load(this.ctl, CTL_PUSHED) - Atomics.load(this.ctl, CTL_RELEASED)) | 0;
  }

  /** Consumer: whether no record waits. */
  empty(): boolean {
    return this.#tail === (this.#headSeen = Atomics.load(this.ctl, CTL_HEAD));
  }

  /**
   * Consumer: the next record's offset and length in `bytes` (valid until `release()`), or -1
   * when empty. Skips a wrapped end.
   */
  peek(): number {
    let tail = this.#tail;
    if (tail === this.#headSeen) {
      this.#headSeen = Atomics.load(this.ctl, CTL_HEAD);
      if (tail === this.#headSeen) return -1;
    }
    if (this.capacity - tail < 4 || this.view.getUint32(tail, true) === WRAP) this.#tail = tail = 0;
    return tail;
  }

  /** Consumer: the length of the record at `offset` (from `peek()`). */
  lengthAt(offset: number): number {
    return this.view.getUint32(offset, true);
  }

  /** Consumer: frees the record at `offset` of `len` bytes. */
  release(offset: number, len: number): void {
    const ctl = this.ctl;
    const next = offset + 4 + len;
    this.#tail = next === this.capacity ? 0 : next;
    this.#released = (this.#released + 1) | 0;
    Atomics.store(ctl, CTL_TAIL, this.#tail);
    Atomics.store(ctl, CTL_RELEASED, this.#released);
  }

  /**
   * Consumer: resolves when the producer side sets CTL_STOP, `timeoutMs` passes, or — with
   * `wakeOn` WAIT_ANY — a record arrives; with WAIT_BACKLOG (a nap while records flow) only
   * when the ring holds a quarter of its records or bytes. Sleeps in Atomics.waitAsync where the
   * runtime has it, else on a short timer.
   */
  sleep(timeoutMs: number, wakeOn: number = WAIT_ANY): Promise<unknown> {
    const ctl = this.ctl;
    const seq = Atomics.load(ctl, CTL_SEQ);
    Atomics.store(ctl, CTL_WAITING, wakeOn);
    // Checked after announcing the sleep: a push after this point sees CTL_WAITING and bumps
    // CTL_SEQ, so the wait below returns at once (seq-cst atomics on both sides).
    const due = wakeOn === WAIT_ANY
      ? Atomics.load(ctl, CTL_HEAD) !== this.#tail
      : ((Atomics.load(ctl, CTL_PUSHED) - this.#released) | 0) >= this.wakeRecords;
    if (due || Atomics.load(ctl, CTL_STOP) === 1) {
      Atomics.store(ctl, CTL_WAITING, 0);
      return Promise.resolve();
    }
    // An idle consumer must not keep the process alive: the fallback timer is unref'd.
    return sleepOn(ctl, CTL_SEQ, seq, timeoutMs, false);
  }

  /**
   * Consumer: a nap while records flow — `sleep(timeoutMs, WAIT_BACKLOG)`: only a backlog of a
   * quarter of the ring (records or bytes), CTL_STOP or the timeout end it.
   */
  nap(timeoutMs: number): Promise<unknown> {
    return this.sleep(timeoutMs, WAIT_BACKLOG);
  }

  /** Whether the consumer announced a sleep or nap that no push has ended yet. */
  sleeping(): boolean {
    return Atomics.load(this.ctl, CTL_WAITING) !== 0;
  }

  /** Producer side: asks the consumer to finish. */
  stop(): void {
    Atomics.store(this.ctl, CTL_STOP, 1);
    this.wake();
  }

  stopping(): boolean {
    return Atomics.load(this.ctl, CTL_STOP) === 1;
  }
}

/**
 * Waits on a shared cell without blocking the thread: Atomics.waitAsync, or where a runtime
 * lacks it a timer of at most IDLE_POLL_MS, which keeps the process alive unless `keepAlive`
 * is false.
 */
function sleepOn(
  cells: Int32Array,
  index: number,
  value: number,
  ms: number,
  keepAlive = true,
): Promise<unknown> {
  const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
  if (typeof waitAsync === "function") {
    const r = waitAsync(cells, index, value, ms);
    return r.async ? r.value as Promise<string> : Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(ms, IDLE_POLL_MS));
    if (!keepAlive) (timer as { unref?: () => void }).unref?.();
  });
}

/** Size of the record ring for LOG_QUEUE_MAXSIZE records, in bytes. */
function ringBytesFor(queueMaxSize: number): number {
  return Math.min(RING_MAX_BYTES, Math.max(RING_MIN_BYTES, queueMaxSize * RING_BYTES_PER_RECORD));
}

// #endregion

// #region Decode — ring bytes → record → redaction → JSON line and OTel LogRecord fields

/** An Error as decoded: rendered `{type, message, stack, cause}`; becomes exception.* in OTLP. */
class ErrorValue {
  type: string;
  message: string;
  stack?: unknown;
  cause?: unknown;
  constructor(type: string, message: string) {
    this.type = type;
    this.message = message;
  }
}

/**
 * Redaction on the consumer side: secret keys at any depth (fragments, case-insensitive),
 * configured credentials, the default patterns (Bearer, Basic, JWT, `key=value` in free text)
 * and LOG_REDACT_PATTERNS.
 *
 * Internal: exported for the unit tests in test/; not part of the public API (mod.ts).
 */
export class Redactor {
  readonly #keys: string[];
  readonly #patterns: RegExp[];
  readonly #secrets: string[];
  readonly #keyValue: RegExp;
  /** Key → redacted? Keys repeat; the fragment scan need not (bounded by MAX_CACHE_KEYS). */
  readonly #decisions = new Map<string, boolean>();

  constructor(config: { redactKeys: string[]; redactPatterns: RegExp[]; secrets: string[] }) {
    this.#keys = config.redactKeys;
    this.#patterns = config.redactPatterns;
    this.#secrets = config.secrets;
    const alternatives = config.redactKeys.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    this.#keyValue = new RegExp(
      `([\\w.-]*(?:${alternatives})[\\w.-]*)(\\s*[=:]\\s*)("[^"]*"|'[^']*'|[^\\s,;&"']+)`,
      "gi",
    );
  }

  /** Whether a key's value is redacted. */
  isSecretKey(k: string): boolean {
    let decision = this.#decisions.get(k);
    if (decision === undefined) {
      const lower = k.toLowerCase();
      decision = this.#keys.some((fragment) => lower.includes(fragment));
      if (this.#decisions.size >= MAX_CACHE_KEYS) this.#decisions.clear();
      this.#decisions.set(k, decision);
    }
    return decision;
  }

  /** Replaces configured credentials and every pattern match with "[REDACTED]". */
  string(s: string): string {
    for (const secret of this.#secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
    // URL userinfo (`scheme://user:pass@host`) is a credential whatever its length, as in notices;
    // most strings hold no "@", so one scan decides before the regex runs.
    if (s.includes("@")) s = s.replace(USERINFO_IN_TEXT, `$1${REDACTED}@`);
    // What every default pattern needs to match at all: `Bearer`, `Basic`, a JWT's `eyJ`, or
    // the `=`/`:` of `key=value`. Most values ("AAPL", "co_1") have none: one test instead of
    // four costs ~60 ns instead of 240–370 ns per short string (Node 20, bench machine).
    const defaults = DEFAULT_PATTERN_TRIGGER.test(s);
    if (defaults) {
      const kv = this.#keyValue;
      kv.lastIndex = 0;
      if (kv.test(s)) {
        kv.lastIndex = 0;
        s = s.replace(kv, `$1$2${REDACTED}`);
      }
    }
    const patterns = this.#patterns;
    for (let i = defaults ? 0 : DEFAULT_REDACT_PATTERNS.length; i < patterns.length; i++) {
      const re = patterns[i];
      re.lastIndex = 0;
      if (re.test(s)) {
        re.lastIndex = 0;
        s = s.replace(re, REDACTED);
      }
    }
    return s;
  }
}
const DEFAULT_PATTERN_TRIGGER = /Bearer|Basic|eyJ|[=:]/;

/**
 * A decoded record: what both sinks are built from.
 *
 * Internal: exported for the unit tests in test/; not part of the public API (mod.ts).
 */
export interface DecodedRecord {
  internal: boolean;
  truncated: boolean;
  level: number;
  /** ms since the Unix epoch, µs in the fraction. */
  time: number;
  traceFlags: number;
  traceId: string;
  spanId: string;
  logger: string;
  message: string;
  /** Output keys (collision rule applied) and redacted values, bound context first, in line order. */
  keys: string[];
  values: unknown[];
}

const HEX32 = /^[0-9a-f]{32}$/;
/** Strings of up to this many bytes are decoded in JS when ASCII (see `Decoder`). */
const SHORT_ASCII = 8;
const HEX16 = /^[0-9a-f]{16}$/;

/**
 * Reads records encoded by `Encoder` from a private copy of their bytes.
 *
 * Internal: exported for the unit tests in test/; not part of the public API (mod.ts).
 */
export class Decoder {
  #buf: Buffer = Buffer.alloc(0);
  #view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  #pos = 0;
  readonly #redact: Redactor;
  constructor(redact: Redactor) {
    this.#redact = redact;
  }

  #u8(): number {
    return this.#buf[this.#pos++];
  }
  #u32(): number {
    const v = this.#view.getUint32(this.#pos, true);
    this.#pos += 4;
    return v;
  }
  #f64(): number {
    const v = this.#view.getFloat64(this.#pos, true);
    this.#pos += 8;
    return v;
  }
  #str(): string {
    const n = this.#u32();
    const start = this.#pos;
    this.#pos += n;
    const buf = this.#buf;
    if (n <= SHORT_ASCII) {
      // Keys and short values: built in JS, 2× faster than Buffer#toString's native call for
      // up to 8 bytes (40 vs 77 ns for 6 bytes; Node 20, Deno 2.9 and Bun 1.4, bench machine).
      let out = "";
      let i = start;
      const end = start + n;
      for (; i < end; i++) {
        const c = buf[i];
        if (c >= 0x80) break;
        out += String.fromCharCode(c);
      }
      if (i === end) return out;
    }
    return buf.toString("utf8", start, start + n);
  }
  #ascii(n: number): string {
    const start = this.#pos;
    this.#pos += n;
    return this.#buf.toString("latin1", start, start + n);
  }

  /** A tagged value, redacted; `undefined` for T_OMIT. */
  #value(): unknown {
    const tag = this.#u8();
    switch (tag) {
      case T_NULL:
        return null;
      case T_TRUE:
        return true;
      case T_FALSE:
        return false;
      case T_NUM: {
        const n = this.#f64();
        return Number.isFinite(n) ? n : String(n);
      }
      case T_STR:
        return this.#redact.string(this.#str());
      case T_ARR: {
        const n = this.#u32();
        const out = new Array(n);
        for (let i = 0; i < n; i++) out[i] = this.#value() ?? null;
        return out;
      }
      case T_OBJ: {
        const n = this.#u32();
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = this.#str();
          const v = this.#value();
          setOwn(out, k, v !== undefined && this.#redact.isSecretKey(k) ? REDACTED : v);
        }
        return out;
      }
      case T_ERR: {
        const e = new ErrorValue(
          this.#redact.string(this.#str()),
          this.#redact.string(this.#str()),
        );
        const stack = this.#value();
        if (stack !== undefined) e.stack = stack;
        const cause = this.#value();
        if (cause !== undefined) e.cause = cause;
        return e;
      }
      default:
        return undefined;
    }
  }

  /** Pairs into `keys`/`values`: later keys replace earlier values at the earlier position. */
  #pairs(n: number, keys: string[], values: unknown[], index: Map<string, number> | null): void {
    for (let i = 0; i < n; i++) {
      const k = this.#str();
      let v = this.#value();
      if (v === undefined) continue;
      if (this.#redact.isSecretKey(k)) v = REDACTED;
      const at = index === null ? undefined : index.get(k);
      if (at !== undefined) values[at] = v;
      else {
        index?.set(k, keys.length);
        keys.push(k);
        values.push(v);
      }
    }
  }

  /** Decodes one record from `bytes` (a private copy). Never throws on bytes the encoder wrote. */
  decode(bytes: Uint8Array): DecodedRecord {
    const buf = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.decodeAt(buf, new DataView(buf.buffer, buf.byteOffset, buf.byteLength), 0);
  }

  /**
   * Decodes the record at `offset` of `buf` (a private copy; `view` is a DataView of the same
   * bytes). The consumer keeps one buffer and one view: making a Buffer and a DataView per record
   * took ~1.5 % of the worker's CPU (subarray, FastBuffer; Node 20 profile, bench machine).
   */
  decodeAt(buf: Buffer, view: DataView, offset: number): DecodedRecord {
    this.#buf = buf;
    this.#view = view;
    this.#pos = offset;
    const flags = this.#u8();
    const level = this.#u8();
    const time = this.#f64();
    let traceFlags = 0;
    let traceId = "";
    let spanId = "";
    if (flags & F_SPAN) {
      traceFlags = this.#u8();
      traceId = this.#ascii(32);
      spanId = this.#ascii(16);
      // Only a valid span context is written (W3C Trace Context: lowercase hex, not all zeros).
      if (
        !HEX32.test(traceId) || !HEX16.test(spanId) || /^0+$/.test(traceId) ||
        /^0+$/.test(spanId)
      ) traceId = spanId = "";
    }
    const logger = this.#str();
    const event = this.#value();
    const message = typeof event === "string"
      ? event
      : event === undefined
      ? ""
      : this.#redact.string(JSON.stringify(event) ?? "");
    // Bound context and call attributes, collected separately: the call wins over the context.
    const ctxKeys: string[] = [];
    const ctxValues: unknown[] = [];
    const ctxCount = this.#u32();
    this.#u32(); // context byte length (lets a reader skip it)
    if (ctxCount > 0) this.#pairs(ctxCount, ctxKeys, ctxValues, new Map());
    const attrKeys: string[] = [];
    const attrValues: unknown[] = [];
    // An object's own keys are unique: no index needed for the call's attributes.
    if (this.#u8() === T_OBJ) this.#pairs(this.#u32(), attrKeys, attrValues, null);
    let collides = ctxKeys.length > 0;
    for (let i = 0; i < attrKeys.length && !collides; i++) {
      collides = RESERVED_KEYS.has(attrKeys[i]) || attrKeys[i].startsWith(COLLISION_PREFIX);
    }
    let keys = attrKeys;
    let values = attrValues;
    if (collides) {
      keys = [];
      values = [];
      const callKeys = new Set(attrKeys);
      for (let i = 0; i < ctxKeys.length; i++) {
        const k = ctxKeys[i];
        const out = outputKey(k);
        // The call's attributes win over bound context, under the key or its renamed form.
        if (callKeys.has(k) || (out !== k && callKeys.has(out))) continue;
        keys.push(out);
        values.push(ctxValues[i]);
      }
      for (let i = 0; i < attrKeys.length; i++) {
        const k = attrKeys[i];
        const out = outputKey(k);
        if (out !== k && callKeys.has(out)) continue; // an explicit "attr.x" wins
        keys.push(out);
        values.push(attrValues[i]);
      }
    }
    return {
      internal: (flags & F_INTERNAL) !== 0,
      truncated: (flags & F_TRUNCATED) !== 0,
      level: level < LEVELS.length ? level : 1,
      time,
      traceFlags,
      traceId,
      spanId,
      logger,
      message,
      keys,
      values,
    };
  }
}

/** Sets an own enumerable property, also for `__proto__` (never the prototype). */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__") {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } else o[k] = v;
}

/** The key in the line: COLLISION_PREFIX + key for a reserved one (`message` → `attr.message`). */
function outputKey(k: string): string {
  return RESERVED_KEYS.has(k) ? COLLISION_PREFIX + k : k;
}

/** RFC 3339 UTC with microseconds, e.g. `2026-11-21T14:03:05.123456Z`. */
function isoMicros(timeMs: number): string {
  if (!Number.isFinite(timeMs)) timeMs = 0;
  const us = Math.floor(timeMs * 1000);
  const sec = Math.floor(us / 1e6);
  if (sec !== isoCache.sec) {
    // Format the date once per second, only the six fraction digits per record (measured on
    // Node 20 at 5,000 records/s: 0.13 µs per record before, 0.065 µs after).
    isoCache.sec = sec;
    try {
      const iso = new Date(sec * 1000).toISOString();
      // Up to and including the ".": years past 9999 make the text longer, never the tail.
      isoCache.text = iso.slice(0, iso.length - 4);
    } catch {
      isoCache.text = "1970-01-01T00:00:00.";
    }
  }
  // 1e6 + fraction has seven digits: dropping the first leaves the zero-padded six.
  return isoCache.text + String(us - sec * 1e6 + 1e6).slice(1) + "Z";
}
const isoCache = { sec: NaN, text: "" };

/** How many quoted keys `quoteKey` keeps, and the longest key it keeps: bounds its memory. */
const KEY_CACHE_MAX_ENTRIES = 1024;
const KEY_CACHE_MAX_CHARS = 128;
const keyCache = new Map<string, string>();

/**
 * `JSON.stringify(k)` for a key or logger name, from a bounded cache: keys repeat on every
 * record (measured on Node 20: 0.08 µs per key stringified, 0.01–0.02 µs from the cache). Once
 * the cache is full, new keys are quoted each time and not kept, so key cardinality cannot grow
 * memory past KEY_CACHE_MAX_ENTRIES × KEY_CACHE_MAX_CHARS.
 */
function quoteKey(k: string): string {
  let q = keyCache.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (keyCache.size < KEY_CACHE_MAX_ENTRIES && k.length <= KEY_CACHE_MAX_CHARS) {
      keyCache.set(k, q);
    }
  }
  return q;
}

/**
 * Structured-metadata caps for one record, so that Loki accepts it: at most
 * `LokiLimits.maxEntries` entries and `maxMetadataBytes` bytes, counting what Loki's OTLP
 * ingestion stores as structured metadata — every attribute with nested maps flattened (one
 * entry per leaf; an array is one entry), the resource attributes that are not index labels
 * (LOKI_INDEX_LABELS) and the record fields (LOKI_RECORD_FIELD_ENTRIES). Loki answers 400 for a
 * record past either limit (`max_structured_metadata_entries_count`,
 * `max_structured_metadata_size`).
 *
 * Which attributes stay, in this order, each kept while it still fits: the first Error (its
 * exception.* on OTLP), the top-level values that are not maps (bound context first, then the call's attributes, in call order), then the leaves
 * of nested maps, depth first, in the same key order. What is cut is named in one more
 * attribute, `lockbox.truncated` (a string: counts, the limits and the first cut keys). The same
 * capped record feeds stdout and OTLP, so both sinks carry the same keys.
 */
class LokiCaps {
  readonly #maxEntries: number;
  readonly #maxBytes: number;

  constructor(limits: LokiLimits, resource: Record<string, unknown>) {
    let entries = LOKI_RECORD_FIELD_ENTRIES;
    let bytes = LOKI_RECORD_FIELD_BYTES;
    // The OTLP sink merges the SDK's default resource (telemetry.sdk.language, .name, .version)
    // under the configured one; they are not index labels either.
    for (const k of SDK_RESOURCE_KEYS) {
      if (k in resource) continue;
      entries++;
      bytes += utf8Bytes(k) + 32;
    }
    for (const k of Object.keys(resource)) {
      if (LOKI_INDEX_LABELS.has(k)) continue;
      entries++;
      bytes += utf8Bytes(k) + utf8Bytes(String(resource[k]));
    }
    // What is left for the record's attributes; a disabled cap (0) never binds.
    this.#maxEntries = limits.maxEntries === 0 ? Infinity : limits.maxEntries - entries;
    this.#maxBytes = limits.maxMetadataBytes === 0 ? Infinity : limits.maxMetadataBytes - bytes;
  }

  /** Caps `r` in place (keys and values, plus the marker); true when something was cut. */
  apply(r: DecodedRecord): boolean {
    if (this.#maxEntries === Infinity && this.#maxBytes === Infinity) return false;
    if (r.keys.length <= this.#maxEntries) {
      // The common record fits by far: an exact count of entries and an upper bound of bytes
      // settle it without stringifying or measuring anything (measured on Node 20: exact sizes
      // cost ~1.5 µs per record with a small nested map, the bound ~0.1 µs).
      BOUND.entries = 0;
      BOUND.bytes = 0;
      for (let i = 0; i < r.values.length; i++) {
        metadataBound(r.keys[i], r.keys[i].length, r.values[i], false);
      }
      if (BOUND.entries <= this.#maxEntries && BOUND.bytes <= this.#maxBytes) return false;
    }
    const sizes = r.values.map((v, i) => metadataSize(r.keys[i], v));
    let entries = 0;
    let bytes = 0;
    for (const s of sizes) {
      entries += s.entries;
      bytes += s.bytes;
    }
    if (entries <= this.#maxEntries && bytes <= this.#maxBytes) return false;
    // Room for the marker itself: one entry and its longest text.
    const maxEntries = this.#maxEntries - 1;
    const maxBytes = this.#maxBytes - MAX_MARKER_CHARS * 3 - 64;
    let usedEntries = 0;
    let usedBytes = 0;
    const cut: string[] = [];
    const keep: (unknown | undefined)[] = new Array(r.keys.length);
    const fits = (e: number, b: number) => {
      if (usedEntries + e > maxEntries || usedBytes + b > maxBytes) return false;
      usedEntries += e;
      usedBytes += b;
      return true;
    };
    // Pass 0: the first Error (exception.* on OTLP), wherever it is: what an error record is for.
    const first = r.values.findIndex((v) => v instanceof ErrorValue);
    if (first >= 0) {
      if (fits(sizes[first].entries, sizes[first].bytes)) keep[first] = r.values[first];
      else cut.push(r.keys[first]);
    }
    // Pass 1: top-level values that are not maps, in line order.
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      if (isPlainMap(v) || i === first) continue;
      if (fits(sizes[i].entries, sizes[i].bytes)) keep[i] = v;
      else cut.push(r.keys[i]);
    }
    // Pass 2: the leaves of nested maps, depth first.
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      if (!isPlainMap(v)) continue;
      const pruned = pruneMap(v, r.keys[i], fits, cut);
      if (pruned !== undefined) keep[i] = pruned;
    }
    const keys: string[] = [];
    const values: unknown[] = [];
    let earlier = "";
    for (let i = 0; i < r.keys.length; i++) {
      if (keep[i] === undefined) continue;
      // One marker per record: a `lockbox.truncated` already there (the caller's) is folded in.
      if (r.keys[i] === TRUNCATED_KEY) {
        const v = keep[i];
        earlier = (typeof v === "string" ? v : JSON.stringify(v) ?? "").slice(0, 100) + "; ";
        continue;
      }
      keys.push(r.keys[i]);
      values.push(keep[i]);
    }
    const limits = `${this.#maxEntries === Infinity ? "" : `${this.#maxEntries} entries, `}${
      this.#maxBytes === Infinity ? "no byte cap" : `${this.#maxBytes} bytes`
    }`;
    keys.push(TRUNCATED_KEY);
    values.push(markerText(
      `${earlier}structured metadata: kept ${usedEntries} of ${entries} entries, ${usedBytes} of ${bytes} bytes (room for attributes: ${limits}); cut`,
      cut,
    ));
    r.keys = keys;
    r.values = values;
    return true;
  }
}

/** Resource attributes the OTel SDK's defaultResource() adds to every LogRecord's resource. */
const SDK_RESOURCE_KEYS = ["telemetry.sdk.language", "telemetry.sdk.name", "telemetry.sdk.version"];

/** The attribute that says what a cap cut from a record. */
const TRUNCATED_KEY = "lockbox.truncated";

/** `head` + the first cut keys that fit in MAX_MARKER_CHARS, and how many more. */
function markerText(head: string, cut: string[]): string {
  let text = head;
  let n = 0;
  for (; n < cut.length; n++) {
    const next = `${n === 0 ? ": " : ", "}${cut[n]}`;
    if (text.length + next.length > MAX_MARKER_CHARS - 24) break;
    text += next;
  }
  if (n < cut.length) text += ` (+${cut.length - n} more)`;
  return text;
}

/** A decoded object that Loki flattens (not an array, not an Error). */
function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof ErrorValue);
}

/** UTF-8 bytes of a string. */
function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * Structured-metadata entries and bytes of one attribute as Loki stores it: a map is flattened
 * (one entry per leaf, its key the joined path), an array is one entry holding its JSON, an
 * Error three entries (exception.type, exception.message, exception.stacktrace).
 */
function metadataSize(key: string, v: unknown): { entries: number; bytes: number } {
  if (isPlainMap(v)) {
    let entries = 0;
    let bytes = 0;
    for (const k of Object.keys(v)) {
      const s = metadataSize(`${key}.${k}`, v[k]);
      entries += s.entries;
      bytes += s.bytes;
    }
    // An empty map is still one entry (Loki keeps the key with an empty value).
    return entries === 0 ? { entries: 1, bytes: utf8Bytes(key) } : { entries, bytes };
  }
  if (v instanceof ErrorValue) {
    // The first Error of a record is exactly three entries on OTLP; a further one travels as a
    // map (type, message, stack, and each cause's three): count every Error that way, erring
    // on the safe side.
    let entries = 3;
    for (let c = v.cause; c !== undefined; c = c instanceof ErrorValue ? c.cause : undefined) {
      entries += 3;
    }
    return {
      entries,
      bytes: 64 * entries + utf8Bytes(exceptionStacktrace(v)) + utf8Bytes(v.message),
    };
  }
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? "null";
  return { entries: 1, bytes: utf8Bytes(key) + utf8Bytes(text) };
}

/** The running sums of metadataBound (one consumer thread; no allocation per record). */
const BOUND = { entries: 0, bytes: 0 };

/**
 * Adds to BOUND the exact entries of one attribute (as metadataSize counts them) and an upper
 * bound of its bytes: 3 UTF-8 bytes per UTF-16 unit of a key or string (6 inside an array, where
 * JSON may escape it), 24 per number, boolean or null.
 */
function metadataBound(key: string, keyChars: number, v: unknown, inArray: boolean): void {
  if (typeof v === "string") {
    BOUND.bytes += (inArray ? 6 : 3) * v.length + 2;
  } else if (typeof v !== "object" || v === null) {
    BOUND.bytes += 24;
  } else if (Array.isArray(v)) {
    if (!inArray) {
      BOUND.entries++;
      BOUND.bytes += 3 * keyChars;
    }
    BOUND.bytes += 2;
    for (let i = 0; i < v.length; i++) metadataBound("", 0, v[i], true);
    return;
  } else if (v instanceof ErrorValue) {
    if (inArray) BOUND.bytes += 1 << 30; // never expected: let the exact count decide
    else {
      const s = metadataSize(key, v);
      BOUND.entries += s.entries;
      BOUND.bytes += s.bytes;
    }
    return;
  } else {
    const o = v as Record<string, unknown>;
    let n = 0;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      n++;
      if (inArray) {
        BOUND.bytes += 6 * k.length + 4;
        metadataBound("", 0, o[k], true);
      } else metadataBound(key, keyChars + 1 + k.length, o[k], false);
    }
    if (inArray) BOUND.bytes += 2;
    else if (n === 0) {
      BOUND.entries++;
      BOUND.bytes += 3 * keyChars;
    }
    return;
  }
  if (!inArray) {
    BOUND.entries++;
    BOUND.bytes += 3 * keyChars;
  } else BOUND.bytes += 1;
}

/** A copy of map `v` with only the leaves `fits` admits (cut ones named into `cut`). */
function pruneMap(
  v: Record<string, unknown>,
  path: string,
  fits: (entries: number, bytes: number) => boolean,
  cut: string[],
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let kept = 0;
  const keys = Object.keys(v);
  if (keys.length === 0) {
    if (fits(1, utf8Bytes(path))) return out;
    cut.push(path);
    return undefined;
  }
  for (const k of keys) {
    const child = v[k];
    const childPath = `${path}.${k}`;
    if (isPlainMap(child)) {
      const pruned = pruneMap(child, childPath, fits, cut);
      if (pruned !== undefined) {
        setOwn(out, k, pruned);
        kept++;
      }
      continue;
    }
    const s = metadataSize(childPath, child);
    if (fits(s.entries, s.bytes)) {
      setOwn(out, k, child);
      kept++;
    } else cut.push(childPath);
  }
  return kept > 0 ? out : undefined;
}

/**
 * `exception.stacktrace` of an Error with its cause chain: the stack (or `Type: message` when
 * there is none), then `Caused by: ` and each cause's stack in turn, as stdout shows it in
 * `cause`. A cause that is not an Error is written as its JSON. At most MAX_DEPTH causes (the
 * encoder bounds the chain too).
 */
function exceptionStacktrace(e: ErrorValue): string {
  let text = errorHead(e);
  let cause = e.cause;
  let depth = 0;
  for (; cause !== undefined && depth < MAX_DEPTH; depth++) {
    const next = cause instanceof ErrorValue
      ? errorHead(cause)
      : typeof cause === "string"
      ? cause
      : JSON.stringify(cause) ?? "";
    // The outer stack always stays; causes stop at MAX_STACKTRACE_CHARS, so a long chain of
    // 8 KB stacks cannot outgrow Loki's 64 KB of structured metadata and cost the whole Error.
    if (text.length + next.length > MAX_STACKTRACE_CHARS) break;
    text += `\nCaused by: ${next}`;
    cause = cause instanceof ErrorValue ? cause.cause : undefined;
  }
  if (cause !== undefined) {
    let more = 0;
    for (let c: unknown = cause; c !== undefined && more < MAX_DEPTH; more++) {
      c = c instanceof ErrorValue ? c.cause : undefined;
    }
    text += `\nCaused by: …[${more} more causes cut]`;
  }
  return text;
}
/** Longest exception.stacktrace with causes, in UTF-16 units (the outer stack always stays). */
const MAX_STACKTRACE_CHARS = 16 * 1024;

/** An Error's stack, or `Type: message` when it has none. */
function errorHead(e: ErrorValue): string {
  return typeof e.stack === "string" && e.stack !== "" ? e.stack : `${e.type}: ${e.message}`;
}

/**
 * What the consumer calls for each decoded record: applies the Loki caps (LokiCaps) to the
 * record in place — so the OTLP sink gets the same capped record — and renders its stdout line
 * in the configured format (JSON or pretty), at most `LokiLimits.maxLineBytes` bytes.
 * `cut` is true when a cap changed the record or its line (the consumer counts `truncated`).
 */
function recordRenderer(
  config: ResolvedConfig,
): (r: DecodedRecord) => { line: string; cut: boolean } {
  const caps = new LokiCaps(config.loki, config.resource);
  const maxLineBytes = config.loki.maxLineBytes;
  if (config.format === "pretty") {
    return (r) => {
      const capped = caps.apply(r);
      const out = renderPretty(r, maxLineBytes);
      if (capped) out.cut = true;
      return out;
    };
  }
  const resourceFragment = `,"service":${JSON.stringify(config.service)},"env":${
    JSON.stringify(config.environment)
  },"version":${JSON.stringify(config.serviceVersion)}`;
  return (r) => {
    const capped = caps.apply(r);
    const out = renderLine(r, resourceFragment, maxLineBytes);
    if (capped) out.cut = true;
    return out;
  };
}

/**
 * The JSON line of a record, with "\n". Keys in order: ts, level, logger, message, service, env,
 * version, trace_id, span_id (only with a valid span), bound context, call attributes. Every
 * key and value goes through JSON.stringify, so no value can forge a key or a line. A line
 * longer than `maxLineBytes` UTF-8 bytes (Loki's `max_line_size`, 256 KB by default) keeps its
 * fixed fields and as many attributes, in line order, as fit, and names the rest in
 * `lockbox.truncated`.
 */
function renderLine(
  r: DecodedRecord,
  resourceFragment: string,
  maxLineBytes: number = DEFAULTS.maxLineBytes,
): { line: string; cut: boolean } {
  let line = `{"ts":"${isoMicros(r.time)}","level":"${LEVELS[r.level]}","logger":${
    quoteKey(r.logger)
  },"message":${JSON.stringify(r.message)}${resourceFragment}`;
  if (r.traceId !== "") line += `,"trace_id":"${r.traceId}","span_id":"${r.spanId}"`;
  const head = line;
  for (let i = 0; i < r.keys.length; i++) {
    line += `,${quoteKey(r.keys[i])}:${JSON.stringify(r.values[i]) ?? "null"}`;
  }
  // UTF-16 length ≤ UTF-8 bytes ≤ 3 × length: count bytes only when the line may be too long.
  if (line.length * 3 <= maxLineBytes || utf8Bytes(line) + 1 <= maxLineBytes) {
    return { line: line + "}\n", cut: false };
  }
  return { line: cutLine(r, head, maxLineBytes), cut: true };
}

/** The line of `r` from `head` with the attributes that fit in `maxLineBytes`, and the marker. */
function cutLine(r: DecodedRecord, head: string, maxLineBytes: number): string {
  // Room for the marker and the closing brace.
  const room = maxLineBytes - utf8Bytes(head) - MAX_MARKER_CHARS * 3 - 64;
  let line = head;
  let used = 0;
  let earlier = "";
  const cut: string[] = [];
  for (let i = 0; i < r.keys.length; i++) {
    if (r.keys[i] === TRUNCATED_KEY) {
      earlier = String(r.values[i]);
      continue;
    }
    const part = `,${JSON.stringify(r.keys[i])}:${JSON.stringify(r.values[i]) ?? "null"}`;
    const size = utf8Bytes(part);
    if (used + size <= room) {
      line += part;
      used += size;
    } else cut.push(r.keys[i]);
  }
  const marker = markerText(
    `${
      earlier === "" ? "" : `${earlier.slice(0, 200)}; `
    }line size: over ${maxLineBytes} bytes; cut`,
    cut,
  );
  line += `,${JSON.stringify(TRUNCATED_KEY)}:${JSON.stringify(marker)}}\n`;
  // Keys escape to at most 6 characters per byte: check once more, never emit an oversized line.
  if (utf8Bytes(line) <= maxLineBytes + 1) return line;
  return head + `,${JSON.stringify(TRUNCATED_KEY)}:"line size: over ${maxLineBytes} bytes"}\n`;
}

/** ANSI colour per level index: debug grey, info green, warn yellow, error red, fatal magenta. */
const PRETTY_COLOURS = ["\x1b[90m", "\x1b[32m", "\x1b[33m", "\x1b[31m", "\x1b[35m"] as const;
/** Keys and plain values written bare in the pretty format; anything else is JSON-quoted. */
const PRETTY_BARE = /^[\w.:/@+-]+$/;

/**
 * The `LOG_FORMAT=pretty` line, for a developer's terminal: one line per record, coloured level,
 * e.g. `14:03:05.123 INFO  trade-exec order_submitted order_id=co_1 qty=100`. Time is UTC
 * (HH:MM:SS.mmm); trace and span ids come after the event; every key and value that is not a
 * plain word is JSON-quoted, so no value can break the line. Not a contract: JSON stays the
 * format for pipes and log shippers.
 */
function renderPretty(
  r: DecodedRecord,
  maxLineBytes: number = DEFAULTS.maxLineBytes,
): { line: string; cut: boolean } {
  const ts = isoMicros(r.time).slice(11, 23);
  const level = SEVERITY_TEXTS[r.level].padEnd(5);
  const text = (v: string) => PRETTY_BARE.test(v) ? v : JSON.stringify(v);
  let line = `\x1b[2m${ts}\x1b[0m ${PRETTY_COLOURS[r.level]}${level}\x1b[0m \x1b[2m${
    text(r.logger)
  }\x1b[0m ${text(r.message)}`;
  if (r.traceId !== "") line += ` trace_id=${r.traceId} span_id=${r.spanId}`;
  for (let i = 0; i < r.keys.length; i++) {
    const v = r.values[i];
    line += ` ${text(r.keys[i])}=${typeof v === "string" ? text(v) : JSON.stringify(v) ?? "null"}`;
  }
  if (line.length * 3 > maxLineBytes && utf8Bytes(line) + 1 > maxLineBytes) {
    // Cut by bytes, then drop a split character at the end (U+FFFD from a partial sequence).
    const cutText = Buffer.from(line, "utf8").subarray(0, maxLineBytes - 4).toString("utf8")
      .replace(/\uFFFD$/, "");
    return { line: cutText + "…\n", cut: true };
  }
  return { line: line + "\n", cut: false };
}

// #endregion

// #region Sinks — stdout and OTLP, each with its own bounded backlog and counters

/** ExportResultCode of @opentelemetry/core (SUCCESS = 0, FAILED = 1), without importing it. */
const EXPORT_SUCCESS = 0;
const EXPORT_FAILED = 1;
interface ExportResultLike {
  code: number;
  error?: Error;
}

/** Whether a write error means "try again later" (a full non-blocking pipe). */
function isEagain(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? (e as { name?: string }).name;
  return code === "EAGAIN" || code === "WouldBlock" || code === "EWOULDBLOCK";
}

/**
 * What fd 1 is, which decides how the stdout sink writes:
 * - "null": /dev/null (Linux device 1:3). A write never blocks: written synchronously, the whole
 *   backlog at each flush, with no thread-pool round trip and no completion wake-up.
 * - "file": a regular file. Chunks of up to FILE_CHUNK bytes (a write to a file is not
 *   interleaved with another writer's), written asynchronously: a file write can wait on the disk.
 * - "stream": a pipe, socket, TTY or anything unknown. Chunks of at most PIPE_BUF bytes (atomic
 *   on a pipe), written asynchronously: a blocking pipe may block for as long as its reader waits.
 */
function stdoutKind(): "null" | "file" | "stream" {
  try {
    const st = fstatSync(1);
    if (st.isFile()) return "file";
    if (process.platform === "linux" && st.isCharacterDevice() && st.rdev === DEV_NULL_RDEV) {
      return "null";
    }
  } catch {
    // fd 1 closed or not inspectable: the careful default
  }
  return "stream";
}
/** st_rdev of /dev/null on Linux: makedev(1, 3) (Linux "devices.txt": char major 1, minor 3). */
const DEV_NULL_RDEV = 259;

/** Slots of the stdout backlog's cursors (Float64Array at the start of its SharedArrayBuffer). */
const SB_APPENDED = 0; // bytes of whole lines appended by the consumer
const SB_WRITTEN = 1; // bytes whose write completed (or failed)
const SB_HEADER = 16;

/** A SharedArrayBuffer for the stdout backlog: two cursors, then STDOUT_BACKLOG_BYTES of bytes. */
function stdoutBacklogBuffer(): SharedArrayBuffer {
  // Untouched pages cost no RSS, and the cursors restart at 0 whenever the backlog empties, so
  // only the backlog's high-water mark is ever touched.
  return new SharedArrayBuffer(SB_HEADER + STDOUT_BACKLOG_BYTES);
}

/**
 * The stdout sink: a backlog of JSON lines bounded by STDOUT_BACKLOG_BYTES (past it lines are
 * dropped and counted in `stdout.dropped`), written to fd 1 in chunks of whole lines of at most
 * PIPE_BUF bytes (a longer line goes alone), one chunk in flight at a time.
 *
 * The backlog's bytes live in shared memory (a byte ring with an "appended" and a "written"
 * cursor, shared with the calling thread), not in the consumer's heap: when the worker dies, the
 * consumer that takes over on the calling thread adopts the lines between the two cursors and
 * writes them, so a dying worker loses no rendered line. A chunk whose write completed just as
 * the worker died (before its cursor moved) may be written twice: at most one chunk.
 *
 * Writes are asynchronous (`fs.write` on Node and Bun, `Deno.stdout.write` on Deno): the runtime
 * performs them off the JavaScript thread (libuv's pool, Bun's pool, Deno's async op), so a
 * blocking pipe whose reader stalls
 * holds one pool thread and this backlog — never the consumer's thread that serves OTLP, and
 * never the calling thread in inline mode. EAGAIN (a full non-blocking pipe) retries the same
 * chunk after EAGAIN_SLEEP_MS. `stdout.written` and `stdout.failed` count lines.
 */
class StdoutSink {
  readonly #counters: Float64Array;
  /** The cursors (SB_APPENDED, SB_WRITTEN): byte counts since the backlog was last empty. */
  readonly #cursor: Float64Array;
  /** The ring's bytes; a line at cursor c starts at c % capacity. */
  readonly #ring: Buffer;
  /** UTF-8 sizes of the lines not yet handed to a write, oldest first from #head. */
  #sizes: number[] = [];
  #head = 0;
  /** Bytes handed to writes (in flight or done): cursor of the next chunk. */
  #taken = 0;
  #inFlight = false;
  #idle: (() => void)[] = [];
  /** Synchronous writes (fd 1 is /dev/null) and the chunk bound, from stdoutKind(). */
  readonly #sync: boolean;
  readonly #chunkBytes: number;

  /**
   * @param backlog A buffer from stdoutBacklogBuffer(); lines a dead consumer left between its
   *   cursors are adopted and written first.
   */
  constructor(counters: Float64Array, backlog: SharedArrayBuffer) {
    this.#counters = counters;
    const kind = stdoutKind();
    this.#sync = kind === "null";
    this.#chunkBytes = kind === "stream" ? PIPE_BUF : FILE_CHUNK;
    this.#cursor = new Float64Array(backlog, 0, 2);
    this.#ring = Buffer.from(backlog, SB_HEADER);
    const from = this.#cursor[SB_WRITTEN];
    const to = this.#cursor[SB_APPENDED];
    if (to <= from) {
      // Empty (or a reset cut short by a death: appended is reset first).
      this.#cursor[SB_APPENDED] = 0;
      this.#cursor[SB_WRITTEN] = 0;
      return;
    }
    // Lines end with "\n" (JSON escapes it inside strings): split the adopted bytes there.
    const cap = this.#ring.length;
    let start = from;
    for (let c = from; c < to; c++) {
      if (this.#ring[c % cap] === 0x0a) {
        this.#sizes.push(c + 1 - start);
        start = c + 1;
      }
    }
    this.#taken = from;
  }

  /** Takes one line; counts it dropped when the backlog is full. Never blocks, never throws. */
  push(line: string): void {
    const size = Buffer.byteLength(line, "utf8");
    const cursor = this.#cursor;
    const appended = cursor[SB_APPENDED];
    const ring = this.#ring;
    if (appended - cursor[SB_WRITTEN] + size > ring.length) {
      this.#counters[C_STDOUT_DROPPED]++;
      return;
    }
    const at = appended % ring.length;
    if (at + size <= ring.length) ring.write(line, at, size, "utf8");
    else {
      const bytes = Buffer.from(line, "utf8");
      const first = ring.length - at;
      ring.set(bytes.subarray(0, first), at);
      ring.set(bytes.subarray(first), 0);
    }
    // Moved after the bytes are in place: a consumer that dies mid-line leaves no partial line.
    cursor[SB_APPENDED] = appended + size;
    this.#sizes.push(size);
  }

  /**
   * Starts writing what is queued if no write is in flight (writes it all when fd 1 is
   * /dev/null); true when all is written.
   */
  flush(): boolean {
    if (this.#inFlight) return false;
    for (;;) {
      const sizes = this.#sizes;
      if (this.#head === sizes.length) {
        this.#emptied();
        return true;
      }
      let used = sizes[this.#head];
      let n = 1;
      // Whole lines up to the chunk bound per write; a longer line goes alone.
      while (this.#head + n < sizes.length && used + sizes[this.#head + n] <= this.#chunkBytes) {
        used += sizes[this.#head + n++];
      }
      const chunk = this.#bytesAt(this.#taken, used);
      this.#head += n;
      this.#taken += used;
      if (this.#head > 4096 && this.#head * 2 > sizes.length) {
        this.#sizes = sizes.slice(this.#head);
        this.#head = 0;
      }
      if (this.#sync) {
        this.#settled(chunk.length, n, writeAllSync(chunk));
        continue;
      }
      this.#inFlight = true;
      this.#write(chunk, 0, n);
      return false;
    }
  }

  /** Everything queued is written: restart the ring at 0 and resolve `finish()` waiters. */
  #emptied(): void {
    if (this.#head > 0) {
      this.#sizes = [];
      this.#head = 0;
    }
    // Restart at 0 so only the high-water mark of the ring is touched. Appended first: a death
    // between the two stores leaves appended <= written, which reads as empty.
    if (this.#taken > 0) {
      this.#cursor[SB_APPENDED] = 0;
      this.#cursor[SB_WRITTEN] = 0;
      this.#taken = 0;
    }
    for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** A copy of `size` ring bytes from cursor `from` (a copy: writes never see shared memory). */
  #bytesAt(from: number, size: number): Buffer {
    const ring = this.#ring;
    const at = from % ring.length;
    if (at + size <= ring.length) return Buffer.from(ring.subarray(at, at + size));
    return Buffer.concat([ring.subarray(at), ring.subarray(0, size - (ring.length - at))]);
  }

  /** A write of `bytes` bytes (`lines` lines) finished: moves the cursor, then counts. */
  #settled(bytes: number, lines: number, ok: boolean): void {
    // The cursor first: a death between the two leaves lines uncounted (counted failed at
    // shutdown), never counted twice.
    this.#cursor[SB_WRITTEN] += bytes;
    this.#counters[ok ? C_STDOUT_WRITTEN : C_STDOUT_FAILED] += lines;
  }

  #write(chunk: Buffer, offset: number, lines: number): void {
    const done = (ok: boolean) => {
      this.#settled(chunk.length, lines, ok);
      this.#inFlight = false;
      this.flush();
    };
    const settle = (err: unknown, written: number) => {
      if (err) {
        if (!isEagain(err)) return done(false);
        const t = setTimeout(() => this.#write(chunk, offset, lines), EAGAIN_SLEEP_MS);
        (t as { unref?: () => void }).unref?.();
        return;
      }
      // A partial write (a file, or a chunk over PIPE_BUF): finish the chunk before the next.
      if (offset + written < chunk.length) this.#write(chunk, offset + written, lines);
      else done(true);
    };
    try {
      if (DENO_STDOUT !== undefined) {
        DENO_STDOUT.write(chunk.subarray(offset)).then((n) => settle(null, n), (e) => settle(e, 0));
      } else write(1, chunk, offset, chunk.length - offset, null, settle);
    } catch {
      done(false);
    }
  }

  /** Resolves when everything queued is written (or failed), or at `deadline`. */
  async finish(deadline: number): Promise<void> {
    while (!this.flush() && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.#idle.push(resolve);
        const t = setTimeout(resolve, Math.min(50, Math.max(1, deadline - Date.now())));
        (t as { unref?: () => void }).unref?.();
      });
    }
  }

  /**
   * Exit hooks on the calling thread (inline mode): writes what is queued synchronously, retrying
   * EAGAIN until `deadline`. A chunk already in flight finishes on its own.
   */
  finishSync(deadline: number): void {
    const sizes = this.#sizes;
    while (this.#head < sizes.length && Date.now() < deadline) {
      const size = sizes[this.#head++];
      const line = this.#bytesAt(this.#taken, size);
      this.#taken += size;
      let offset = 0;
      let ok = true;
      while (offset < line.length) {
        try {
          offset += writeSync(1, line, offset, line.length - offset);
        } catch (e) {
          if (!isEagain(e) || Date.now() >= deadline) {
            ok = false;
            break;
          }
          Atomics.wait(SLEEP_CELL, 0, 0, EAGAIN_SLEEP_MS);
        }
      }
      this.#settled(size, 1, ok);
    }
  }
}
/** Writes all of `chunk` to fd 1 synchronously (fd 1 is /dev/null); false on an error. */
function writeAllSync(chunk: Buffer): boolean {
  try {
    for (let off = 0; off < chunk.length;) off += writeSync(1, chunk, off, chunk.length - off);
    return true;
  } catch {
    return false;
  }
}

/**
 * Deno's own async stdout write. Deno's node:fs `write` on fd 1 blocks the calling thread when
 * the pipe is full (measured: a 10 ms timer ran once in 1 s), `Deno.stdout.write` does not; on
 * Node and Bun, `fs.write` runs on the I/O thread pool (the same timer ran 96 times).
 */
const DENO_STDOUT = (globalThis as {
  Deno?: { stdout?: { write(p: Uint8Array): Promise<number> } };
}).Deno?.stdout;
const SLEEP_CELL = new Int32Array(new SharedArrayBuffer(4));

/** The OpenTelemetry modules the OTLP sink uses, loaded with import() on the consumer side. */
interface OtelModules {
  api: typeof import("@opentelemetry/api");
  resources: typeof import("@opentelemetry/resources");
  sdk: typeof import("@opentelemetry/sdk-logs");
  base: typeof import("@opentelemetry/otlp-exporter-base");
  nodeHttp: typeof import("@opentelemetry/otlp-exporter-base/node-http");
  transformer: typeof import("@opentelemetry/otlp-transformer");
}
let otelModules: Promise<OtelModules> | null = null;

/**
 * Loads the OTel SDK, exporter and resources: the one place they are imported, so only a thread
 * that consumes the ring (the worker, or inline mode) ever evaluates them.
 */
function loadOtel(): Promise<OtelModules> {
  return otelModules ??= Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-logs"),
    import("@opentelemetry/otlp-exporter-base"),
    import("@opentelemetry/otlp-exporter-base/node-http"),
    import("@opentelemetry/otlp-transformer"),
  ]).then(([api, resources, sdk, base, nodeHttp, transformer]) => ({
    api,
    resources,
    sdk,
    base,
    nodeHttp,
    transformer,
  }));
}

/**
 * Counts what the OTLP exporter reports. The SDK's batch processor does not surface results,
 * so this wrapper is where `otlp.exported` / `otlp.failed` come from. A guard timer counts an
 * export that never answers as failed, so a hung exporter cannot pin records in flight forever.
 */
class CountingExporter implements LogRecordExporter {
  #inner: LogRecordExporter;
  #guardMs: number;
  #onResult: (exported: number, failed: number, error: Error | undefined) => void;
  /**
   * Set by the response serializer right before the exporter reports SUCCESS (synchronously,
   * so it belongs to the export being settled): records the collector rejected in an OTLP
   * partial success (OTLP spec, "Partial Success").
   */
  partial: { rejected: number; message: string } | null = null;
  constructor(
    inner: (
      serializer: ISerializer<ReadableLogRecord[], IExportLogsServiceResponse>,
    ) => LogRecordExporter,
    serializer: ISerializer<ReadableLogRecord[], IExportLogsServiceResponse>,
    guardMs: number,
    onResult: (exported: number, failed: number, error: Error | undefined) => void,
  ) {
    this.#inner = inner({
      serializeRequest: (request) => serializer.serializeRequest(request),
      deserializeResponse: (data) => {
        const response = serializer.deserializeResponse(data);
        const rejected = Number(response?.partialSuccess?.rejectedLogRecords ?? 0);
        if (rejected > 0) {
          this.partial = {
            rejected,
            message: String(response.partialSuccess?.errorMessage ?? ""),
          };
        }
        return response;
      },
    });
    this.#guardMs = guardMs;
    this.#onResult = onResult;
  }
  export(records: ReadableLogRecord[], done: (result: ExportResultLike) => void): void {
    let settled = false;
    const settle = (result: ExportResultLike) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      const partial = this.partial;
      this.partial = null;
      const ignored = result.code !== EXPORT_SUCCESS
        ? lokiIgnored(result.error, records.length)
        : undefined;
      if (ignored !== undefined) {
        this.#onResult(
          records.length - ignored,
          ignored,
          new Error(
            `the collector stored ${
              records.length - ignored
            } and rejected ${ignored} of ${records.length} records (Loki: HTTP 400 "total ignored")`,
          ),
        );
      } else if (result.code !== EXPORT_SUCCESS) {
        this.#onResult(0, records.length, result.error);
      } else if (partial !== null) {
        const rejected = Math.min(partial.rejected, records.length);
        this.#onResult(
          records.length - rejected,
          rejected,
          new Error(
            `the collector rejected ${rejected} of ${records.length} records (partial success)` +
              (partial.message ? `: ${partial.message}` : ""),
          ),
        );
      } else this.#onResult(records.length, 0, undefined);
      done(result);
    };
    const guard = setTimeout(() => {
      settle({
        code: EXPORT_FAILED,
        error: new Error(`OTLP export got no answer within ${this.#guardMs} ms`),
      });
    }, this.#guardMs);
    try {
      this.#inner.export(records, settle);
    } catch (e) {
      settle({ code: EXPORT_FAILED, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.#inner.forceFlush?.() ?? Promise.resolve();
  }
}

/**
 * Records a 400 answer says were NOT stored, when the answer says exactly that; otherwise
 * `undefined` (then every record of the request counts as failed).
 *
 * Loki stores the valid entries of a push and answers 400 for the rest; its message ends in
 * `total ignored: N out of M` for the stream. Every record of a lockbox request has the same
 * resource, so one stream, so when exactly one such count is present and M is the number of
 * records sent, M − N were stored. Anything else (another collector, several streams, a body
 * without the count) is unknown: lockbox cannot tell which records were kept, and counts all
 * of them failed.
 */
function lokiIgnored(error: Error | undefined, sent: number): number | undefined {
  const e = error as { code?: unknown; data?: unknown } | undefined;
  if (e?.code !== 400 || typeof e.data !== "string") return undefined;
  const counts = [...e.data.matchAll(/total ignored: (\d+) out of (\d+)/g)];
  if (counts.length !== 1) return undefined;
  const ignored = Number(counts[0][1]);
  return Number(counts[0][2]) === sent && ignored <= sent ? ignored : undefined;
}

/** A decoded record waiting for room in the batch processor, with its observed time. */
interface OtlpItem {
  record: DecodedRecord;
  observedMs: number;
}

/**
 * The OTLP sink: LoggerProvider(resource) → BatchLogRecordProcessor → OTLP/HTTP exporter.
 * Records wait in a backlog of at most OTLP_BACKLOG_RECORDS while the processor is full (it
 * drops silently when overfilled, so it never gets more than OTEL_BLRP_MAX_QUEUE_SIZE); past
 * the backlog, or when the SDK cannot be loaded, records count in `otlp.dropped`.
 */
class OtlpSink {
  readonly #counters: Float64Array;
  readonly #config: OtlpConfig;
  readonly #secrets: string[];
  #mods: OtelModules | null = null;
  #provider: LoggerProvider | null = null;
  #unavailable = false;
  /** OTel loggers by name (instrumentation scope); bounded by MAX_CACHE_KEYS. */
  readonly #loggers = new Map<string, ReturnType<LoggerProvider["getLogger"]>>();
  #overflowLogger: ReturnType<LoggerProvider["getLogger"]> | null = null;
  #backlog: (OtlpItem | undefined)[] = [];
  #head = 0;
  #inProcessor = 0;
  #lastExportOk = true;
  #finishing: Promise<void> | null = null;
  readonly ready: Promise<void>;

  constructor(
    config: OtlpConfig,
    resource: Record<string, string | number | boolean>,
    counters: Float64Array,
  ) {
    this.#counters = counters;
    this.#config = config;
    this.#secrets = Object.values(config.headers).filter((v) => v.length >= 4);
    this.ready = loadOtel().then(
      (mods) => this.#build(mods, resource),
      (e) => {
        this.#unavailable = true;
        notice(`cannot load the OpenTelemetry SDK (${errorText(e)}); OTLP export is off`);
        this.#counters[C_OTLP_DROPPED] += this.#backlog.length - this.#head;
        this.#backlog = [];
        this.#head = 0;
      },
    );
  }

  #build(mods: OtelModules, resource: Record<string, string | number | boolean>): void {
    const otlp = this.#config;
    const exporterConfig = {
      url: otlp.url,
      headers: otlp.headers,
      timeoutMillis: otlp.timeoutMs,
      compression: otlp.compression as never,
    };
    const json = otlp.protocol === "http/json";
    const { base, nodeHttp, transformer, sdk } = mods;
    // What OTLPLogExporter of exporter-logs-otlp-{http,proto} 0.301.0 does in its constructor,
    // from the same public parts, with the response serializer observed for partial success.
    const exporter = new CountingExporter(
      (serializer) =>
        new base.OTLPExporterBase(
          nodeHttp.createOtlpHttpExportDelegate(
            nodeHttp.convertLegacyHttpOptions(exporterConfig, "LOGS", "v1/logs", {
              "Content-Type": json ? "application/json" : "application/x-protobuf",
            }),
            serializer,
            "otlp_http_log_exporter",
            transformer.LogsExporterMetricsHelper,
            undefined,
          ),
        ),
      json ? transformer.JsonLogsSerializer : transformer.ProtobufLogsSerializer,
      otlp.batch.exportTimeoutMs + EXPORT_GUARD_MS,
      (exported, failed, error) => this.#onExported(exported, failed, error),
    );
    this.#provider = new sdk.LoggerProvider({
      resource: mods.resources.defaultResource().merge(
        mods.resources.resourceFromAttributes(wellFormed(resource)),
      ),
      // The SDK drops attributes past 128 per LogRecord by default, silently (no counter, no
      // marker, only a diag warning). lockbox's own Loki caps (LokiCaps) decide what is cut and
      // say so in the record, so the SDK's limits must never bind (sdk-logs 3.1.0 takes them
      // from these options only; it reads no OTEL_*_LIMIT variable).
      logRecordLimits: {
        attributeCountLimit: Number.MAX_SAFE_INTEGER,
        attributeValueLengthLimit: Infinity,
      },
      processors: [
        new sdk.BatchLogRecordProcessor({
          exporter,
          maxQueueSize: otlp.batch.maxQueueSize,
          maxExportBatchSize: otlp.batch.maxExportBatchSize,
          scheduledDelayMillis: otlp.batch.scheduledDelayMs,
          exportTimeoutMillis: otlp.batch.exportTimeoutMs,
        }),
      ],
    });
    this.#mods = mods;
    this.pump();
  }

  /** Takes one record; counts it dropped when the backlog is full. Never throws. */
  push(record: DecodedRecord, observedMs: number): void {
    if (this.#unavailable || this.#backlog.length - this.#head >= OTLP_BACKLOG_RECORDS) {
      this.#counters[C_OTLP_DROPPED]++;
      return;
    }
    this.#backlog.push({ record, observedMs });
  }

  /** Records held by this sink (backlog and processor). */
  held(): number {
    return this.#backlog.length - this.#head + this.#inProcessor;
  }

  /** Moves backlog into the batch processor while it has room. */
  pump(): void {
    if (this.#provider === null) return;
    const capacity = this.#config.batch.maxQueueSize;
    const backlog = this.#backlog;
    while (this.#head < backlog.length && this.#inProcessor < capacity) {
      const item = backlog[this.#head]!;
      backlog[this.#head++] = undefined;
      this.#inProcessor++;
      try {
        this.#emit(item);
      } catch {
        this.#inProcessor--;
        this.#counters[C_OTLP_FAILED]++;
      }
    }
    if (this.#head === backlog.length) {
      this.#backlog = [];
      this.#head = 0;
    } else if (this.#head > 4096) {
      this.#backlog = backlog.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Maps a decoded record to an OTel LogRecord: scope = logger, body = eventName = event. */
  #emit(item: OtlpItem): void {
    const r = item.record;
    const mods = this.#mods!;
    let logger = this.#loggers.get(r.logger);
    const attributes: Record<string, unknown> = {};
    if (logger === undefined) {
      // The SDK's LoggerProvider keeps every scope it was asked for. Past MAX_CACHE_KEYS logger
      // names, further names share one scope and travel as an attribute, so unbounded logger
      // cardinality cannot grow the consumer's memory.
      if (this.#loggers.size < MAX_CACHE_KEYS) {
        logger = this.#provider!.getLogger(r.logger);
        this.#loggers.set(r.logger, logger);
      } else {
        logger = this.#overflowLogger ??= this.#provider!.getLogger(OVERFLOW_SCOPE);
        attributes["lockbox.logger"] = r.logger;
      }
    }
    // One rule for exception.* (OTel semantic conventions, "Exceptions"): when the record
    // carries a real Error, exception.type, exception.message and exception.stacktrace all come
    // from the first Error (the stacktrace with its cause chain), and the caller's own
    // `exception.*` attributes are kept as `attr.exception.*`, so the three never mix sources.
    // Without an Error, the caller's `exception.*` attributes are written as given.
    let error: ErrorValue | undefined;
    for (let i = 0; i < r.values.length && error === undefined; i++) {
      const v = r.values[i];
      if (v instanceof ErrorValue) error = v;
    }
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      const k = r.keys[i];
      if (v === error) continue;
      if (error !== undefined && k.startsWith("exception.")) {
        setOwn(attributes, COLLISION_PREFIX + k, v);
      } else setOwn(attributes, k, v);
    }
    if (error !== undefined) {
      attributes["exception.type"] = error.type;
      attributes["exception.message"] = error.message;
      attributes["exception.stacktrace"] = exceptionStacktrace(error);
    }
    const ctx = r.traceId !== ""
      ? mods.api.trace.setSpanContext(mods.api.ROOT_CONTEXT, {
        traceId: r.traceId,
        spanId: r.spanId,
        traceFlags: r.traceFlags,
      })
      : mods.api.ROOT_CONTEXT;
    logger.emit({
      timestamp: microsToHrTime(Math.floor(r.time * 1000)),
      observedTimestamp: item.observedMs,
      severityNumber: SEVERITY_NUMBERS[r.level],
      severityText: SEVERITY_TEXTS[r.level],
      body: r.message,
      eventName: r.message,
      attributes: attributes as never,
      context: ctx,
    } as never);
  }

  #onExported(exported: number, failed: number, error: Error | undefined): void {
    this.#inProcessor -= exported + failed;
    this.#counters[C_OTLP_EXPORTED] += exported;
    this.#counters[C_OTLP_FAILED] += failed;
    const ok = failed === 0;
    if (!ok && this.#lastExportOk) {
      let why = error?.message ?? "unknown error";
      for (const s of this.#secrets) why = why.split(s).join(REDACTED);
      notice(`OTLP export to ${this.#config.url} failed (${failed} records): ${why}`);
    }
    this.#lastExportOk = ok;
    this.pump();
  }

  /** Exports everything held: backlog → forceFlush (repeated while backlog) → shutdown. Runs once. */
  finish(): Promise<void> {
    this.#finishing ??= (async () => {
      await this.ready;
      const provider = this.#provider;
      if (provider === null) return;
      try {
        while (this.#head < this.#backlog.length) {
          this.pump();
          await provider.forceFlush();
        }
        await provider.forceFlush();
        await provider.shutdown();
      } catch {
        // Failures were counted by CountingExporter; nothing else to do on the way out.
      }
    })();
    return this.#finishing;
  }
}

/**
 * The resource with every string well-formed (a lone UTF-16 surrogate becomes U+FFFD). Records
 * cross the ring as UTF-8, which already replaces lone surrogates; the resource crosses by
 * structured clone and could carry one from an option. protobuf encodes it as U+FFFD anyway,
 * but `http/json` would send `\ud800`, which a strict proto3-JSON receiver rejects — for the
 * whole request.
 */
function wellFormed(
  resource: Record<string, string | number | boolean>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const k of Object.keys(resource)) {
    const v = resource[k];
    setOwn(out, toWellFormed(k), typeof v === "string" ? toWellFormed(v) : v);
  }
  return out;
}

/** `s` with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, ES2024). */
function toWellFormed(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

/** µs since the Unix epoch → OTel HrTime [seconds, nanoseconds]. */
function microsToHrTime(micros: number): [number, number] {
  const seconds = Math.floor(micros / 1_000_000);
  return [seconds, (micros - seconds * 1_000_000) * 1000];
}

// #endregion

// #region Worker — the consumer entry, shared by the worker and inline mode

/**
 * What a consumer needs, for the worker (as workerData) and for inline mode alike: the shared
 * buffers and the resolved config. Structured-cloneable.
 */
interface ConsumerInit {
  tag: string;
  /** The record ring (see the Ring region) and its record bound (LOG_QUEUE_MAXSIZE). */
  ring: SharedArrayBuffer;
  queueMaxSize: number;
  /** COUNTER_SLOTS Float64 counters shared with the calling thread. */
  counters: SharedArrayBuffer;
  /** The stdout backlog (stdoutBacklogBuffer()): outlives a consumer, so a takeover writes it. */
  stdoutBacklog: SharedArrayBuffer;
  config: ResolvedConfig;
}

/** A running consumer of the record ring. */
interface Consumer {
  /** Resolves when the ring is drained after CTL_STOP and both sinks finished (or `deadline`). */
  finish(deadline: number): Promise<void>;
  /** Exit hooks: drains and writes stdout synchronously up to `deadline` (OTLP cannot finish). */
  finishSync(deadline: number): void;
}

/**
 * The consumer entry, used by the worker and by inline mode: decode → redact → render → stdout
 * sink and OTLP sink. In inline mode it runs on the calling thread in slices of at most
 * INLINE_SLICE_MS, woken by Atomics.notify from the producer.
 *
 * Internal, not part of the public API (mod.ts): exported because inline mode in a bundle
 * evaluates the embedded worker script (CommonJS, compiled with node:vm) and calls this export
 * of it on the calling thread, so the bundle's worker script must keep this name exported.
 *
 * @param consumerInit A ConsumerInit: shared buffers and the resolved config.
 * @param inline Whether it runs on the calling thread.
 * @returns A handle to finish the consumer (async, or synchronously from exit hooks).
 */
export function startConsumer(
  consumerInit: unknown,
  inline: boolean,
): { finish(deadline: number): Promise<void>; finishSync(deadline: number): void } {
  const init = consumerInit as ConsumerInit;
  noticeScrub = secretScrubber(init.config);
  const ring = new Ring(init.ring, init.queueMaxSize);
  const counters = new Float64Array(init.counters);
  const config = init.config;
  const decoder = new Decoder(new Redactor(config));
  const render = recordRenderer(config);
  const stdout = new StdoutSink(counters, init.stdoutBacklog);
  const otlp = config.otlp !== null ? new OtlpSink(config.otlp, config.resource, counters) : null;
  const budgetMs = inline ? INLINE_SLICE_MS : 20;
  let scratch = Buffer.alloc(MAX_RECORD_BYTES + ENCODER_SLACK);
  let scratchView = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);

  /** Consumes records for at most `ms`; returns how many it took. */
  const step = (ms: number): number => {
    const until = performance.now() + ms;
    const observedMs = Date.now();
    let n = 0;
    for (let off = ring.peek(); off >= 0; off = ring.peek()) {
      const len = ring.lengthAt(off);
      if (len > scratch.length) {
        scratch = Buffer.alloc(len);
        scratchView = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);
      }
      scratch.set(ring.bytes.subarray(off + 4, off + 4 + len));
      // Released before it is used: a consumer killed mid-record loses it (counted at
      // shutdown) rather than writing it twice after a takeover.
      ring.release(off, len);
      counters[C_CONSUMED]++;
      let record: DecodedRecord;
      try {
        record = decoder.decodeAt(scratch, scratchView, 0);
      } catch (e) {
        record = brokenRecord(e);
      }
      const { line, cut } = render(record);
      // A record cut at the call was counted there: count each record once.
      if (cut && !record.truncated) counters[C_TRUNCATED]++;
      stdout.push(line);
      otlp?.push(record, observedMs);
      // Inline: the clock after every record keeps a slice within INLINE_SLICE_MS even for
      // records near MAX_RECORD_BYTES; a worker looks every 16 records.
      n++;
      if ((inline || (n & 15) === 0) && performance.now() >= until) break;
    }
    otlp?.pump();
    stdout.flush();
    return n;
  };

  let finished: Promise<void> | null = null;
  let finishDeadline = Infinity;
  const loop = (async () => {
    Atomics.store(ring.ctl, CTL_STATE, 1);
    // Records a nap should let in at the rate just seen: half the producer's wake threshold.
    const napRecords = Math.max(1, ring.wakeRecords / 2);
    let since = performance.now();
    let taken = 0;
    for (;;) {
      taken += step(budgetMs);
      if (!ring.empty()) {
        await new Promise((resolve) => setTimeout(resolve, 0)); // let I/O and timers run
        continue;
      }
      if (ring.stopping()) break;
      const now = performance.now();
      await rest(ring, taken, now - since, napRecords);
      since = now; // what the next step takes arrived from here on
      taken = 0;
    }
    await stdout.finish(finishDeadline);
    await otlp?.finish();
    Atomics.store(ring.ctl, CTL_DONE, 1);
    Atomics.notify(ring.ctl, CTL_DONE);
  })();

  return {
    finish(deadline: number): Promise<void> {
      finishDeadline = deadline;
      ring.stop();
      return finished ??= loop;
    },
    finishSync(deadline: number): void {
      ring.stop();
      do step(Infinity); while (!ring.empty() && Date.now() < deadline);
      stdout.finishSync(deadline);
    },
  };
}

/**
 * The consumer's rest once the ring is empty. Records came since the last rest (`taken` in
 * `elapsedMs`): nap, woken early only when the ring backs up, for as long as that flow takes to
 * bring `napRecords` (an eighth of the ring), 1 to CONSUMER_NAP_MS ms — so a steady flow costs
 * the calling thread no notify (a system call) and this thread few wake-ups, and a fast flow
 * gets short naps rather than the producer's wake at a quarter. None came: sleep until the next
 * record (the producer notifies), so a lone record is written at once.
 */
function rest(ring: Ring, taken: number, elapsedMs: number, napRecords: number): Promise<unknown> {
  if (taken === 0) return ring.sleep(1000);
  const perMs = taken / Math.max(1, elapsedMs);
  return ring.nap(Math.max(1, Math.min(CONSUMER_NAP_MS, napRecords / perMs)));
}

/** The record written when a record cannot be decoded (never expected; never silent). */
function brokenRecord(e: unknown): DecodedRecord {
  return {
    internal: false,
    truncated: true,
    level: 3,
    time: Date.now(),
    traceFlags: 0,
    traceId: "",
    spanId: "",
    logger: "lockbox",
    message: "undecodable_record",
    keys: ["error"],
    values: [errorText(e)],
  };
}

// #endregion

// #region Lifecycle — start, worker start, stats, shutdown, exit and signal hooks

/** Whether the "foreign worker" notice was given (once per process). */
let foreignNoticeGiven = false;

/**
 * Starts observability: validates the configuration (options over environment over defaults),
 * creates the ring, starts the consumer (a background worker, or inline on this thread) and
 * installs the exit and signal hooks.
 *
 * Idempotent: a second call while running does nothing (a notice on stderr if it carried
 * options). A call while a shutdown runs starts nothing and says so on stderr (log calls until
 * it resolves count as `dropped.afterShutdown`). After {@linkcode shutdownObservability} has
 * resolved, a call starts a new session with fresh counters. With no OTLP endpoint configured,
 * logs go to stdout only and one notice line goes to stderr. `observabilityStats().mode` is
 * `"starting"` until the worker runs.
 *
 * Exit and signal hooks (`exitHooks`, default on): the natural end of the program and
 * `process.exit()` finish the session (both sinks, bounded by `shutdownTimeoutMs`). On SIGTERM
 * or SIGINT lockbox does what the default action would: when the service has a listener of its
 * own for the signal, registered before or after this call, the process is the service's to end,
 * so logging goes on while it drains (lines written as they come, OTLP exported every
 * OTEL_BLRP_SCHEDULE_DELAY) and the session finishes when the process exits; with none, lockbox
 * says so on stderr, shuts down, then exits with 143 (SIGTERM) or 130 (SIGINT), and a second
 * signal during that flush exits at once, counting what is unfinished. Listeners are seen through
 * `node:process` on every runtime; on Deno, listeners added with `Deno.addSignalListener` are
 * seen too when added after this module was evaluated (earlier ones are not: register those
 * through `node:process`).
 *
 * @param options Settings that override the environment.
 * @throws {ObservabilityConfigError} listing every invalid setting at once; nothing is started.
 *
 * @example
 * ```ts
 * initObservability({ serviceName: "trade-exec", environment: "prod" });
 * ```
 */
export function initObservability(options: ObservabilityOptions = {}): void {
  const s = session;
  if (s !== null && s.phase === Phase.Stopping) {
    notice(
      "initObservability() called while shutting down; nothing started, and log calls until " +
        "then are counted dropped.afterShutdown (call it again after shutdownObservability() " +
        "resolves to start a new session)",
    );
    return;
  }
  if (s !== null && s.phase === Phase.Running) {
    if (Object.keys(options).length > 0) {
      notice("initObservability() called again while running; its options are ignored");
    }
    return;
  }
  start(options, true);
}

/**
 * The key of lockbox's one hidden test hook: an options object may carry a function under it that
 * replaces the record clock (ms since the Unix epoch, fractions are µs). It is not part of
 * {@linkcode ObservabilityOptions}; it exists so the byte-for-byte JSON-line contract and the
 * rate-guard test can fix time through the public API, also against the shipped bundles.
 */
const TEST_CLOCK = Symbol.for("lockbox.clock");

/** The hidden test clock of `options`, if it holds a function under {@linkcode TEST_CLOCK}. */
function testClock(options: ObservabilityOptions): (() => number) | undefined {
  const hook = (options as { [TEST_CLOCK]?: unknown })[TEST_CLOCK];
  return typeof hook === "function" ? hook as () => number : undefined;
}

/** Starts a session. `strict`: throw on problems; lazy start: report them and use defaults. */
function start(options: ObservabilityOptions, strict: boolean): void {
  const config = configForStart(options, strict);
  noticeScrub = secretScrubber(config);
  encoder ??= new Encoder();
  encoder.maxValueBytes = config.maxValueBytes;
  resetRateGuard();
  const ringBuffer = Ring.create(ringBytesFor(config.queueMaxSize));
  const countersBuffer = new SharedArrayBuffer(COUNTER_SLOTS * 8);
  const s: Session = {
    phase: Phase.Running,
    config,
    minLevel: LEVELS.indexOf(config.level),
    rateLimit: config.rateLimit,
    clock: testClock(options) ?? wallClockMs,
    ring: new Ring(ringBuffer, config.queueMaxSize),
    init: {
      tag: WORKER_TAG,
      ring: ringBuffer,
      queueMaxSize: config.queueMaxSize,
      counters: countersBuffer,
      stdoutBacklog: stdoutBacklogBuffer(),
      config,
    },
    counters: new Float64Array(countersBuffer),
    accepted: 0,
    internal: 0,
    queueFull: 0,
    rateLimited: 0,
    afterShutdown: 0,
    truncated: 0,
    workerMode: false,
    worker: null,
    inline: null,
    suppressed: [],
    reported: {},
    reportTimer: undefined,
    shutdownPromise: null,
    finalStats: null,
  };
  session = s;
  if (config.otlpNotice !== "") notice(config.otlpNotice);
  if (config.worker && FOREIGN_WORKER) {
    if (!foreignNoticeGiven) {
      foreignNoticeGiven = true;
      notice(
        "evaluated inside a worker thread that lockbox did not start (a bundled service's own " +
          "worker?); starting no worker, running inline",
      );
    }
  } else if (config.worker) startWorkers(s);
  if (!s.workerMode) startInline(s);
  s.reportTimer = setInterval(() => {
    if (s.phase === Phase.Running) {
      reanchorClock();
      policyReport(s);
    }
  }, REPORT_INTERVAL_MS);
  (s.reportTimer as { unref?: () => void }).unref?.();
  if (config.exitHooks) installHooks();
}

/**
 * The embedded worker script is CommonJS text that becomes the body of this function expression:
 * its parameters are what the script reads, and strict mode keeps the semantics of the ES module
 * it was compiled from (esbuild's CommonJS output does not say "use strict" itself). The
 * filename names it in stack traces.
 */
const WORKER_SCRIPT_HEAD = '(function (require, module, exports) {"use strict";';
const WORKER_SCRIPT_TAIL = "\n})";
const WORKER_SCRIPT_FILENAME = "lockbox-worker.js";

/**
 * The worker's entry in a bundle: an ESM module of about 500 bytes, started as a data: URL (a
 * data: URL names no file, so the worker cannot evaluate the service's code and Deno needs no
 * `--allow-read`). It compiles the worker script passed as `workerData.src` with node:vm, drops
 * that copy of the text, and runs it with a `require` for the `node:` builtins it imports.
 * node:vm rather than `new Function`: Node documents that --disallow-code-generation-from-strings
 * does not affect node:vm. Against a data: URL of the whole script (168 KB of base64, of which
 * V8 keeps copies until a GC), measured with bench/startup.ts (medians of 10 processes, OTLP on):
 * RSS overhead Node 28.2 → 23.8 MB, Deno 41.2 → 31.2 MB, Bun within noise (34.0 → 33.4 MB);
 * Deno, whose `new Worker` is synchronous, import → ready 147 → 86 ms.
 */
const WORKER_BOOT = [
  `import { createRequire } from "node:module";`,
  `import { runInThisContext } from "node:vm";`,
  `import { workerData } from "node:worker_threads";`,
  `const head = ${JSON.stringify(WORKER_SCRIPT_HEAD)};`,
  `const tail = ${JSON.stringify(WORKER_SCRIPT_TAIL)};`,
  `const options = { filename: ${JSON.stringify(WORKER_SCRIPT_FILENAME)} };`,
  `const run = runInThisContext(head + workerData.src + tail, options);`,
  `delete workerData.src;`,
  `const module = { exports: {} };`,
  `run(createRequire("file:///"), module, module.exports);`,
].join("\n");

/** The exports of the embedded worker script, evaluated once per process (inline mode). */
let workerScriptExports: Promise<{ startConsumer: typeof startConsumer }> | null = null;

/**
 * Evaluates the embedded worker script on this thread as WORKER_BOOT does in a worker, and
 * resolves to its exports; the same promise on later calls.
 */
function loadWorkerScript(source: string): Promise<{ startConsumer: typeof startConsumer }> {
  return workerScriptExports ??= Promise.all([import("node:module"), import("node:vm")]).then(
    ([{ createRequire }, { runInThisContext }]) => {
      const run = runInThisContext(WORKER_SCRIPT_HEAD + source + WORKER_SCRIPT_TAIL, {
        filename: WORKER_SCRIPT_FILENAME,
      });
      const module = { exports: {} as { startConsumer: typeof startConsumer } };
      run(createRequire("file:///"), module, module.exports);
      return module.exports;
    },
  );
}

/** Names the cause of a worker that could not start: permission, bundling or runtime error. */
function startFailure(e: unknown): string {
  const text = errorText(e);
  if (/NotCapable|PermissionDenied|permission|--allow-/i.test(text)) return `permission: ${text}`;
  if (
    /Invalid URL|ERR_INVALID_URL|ERR_MODULE_NOT_FOUND|Cannot find module|import\.meta/i.test(text)
  ) {
    return `bundling: ${text}`;
  }
  return `runtime error: ${text}`;
}

/**
 * Starts the consumer worker, never from a file that could hold the service's code: in a bundle
 * from WORKER_BOOT (a data: URL) with the embedded worker script in workerData, from source
 * from this module's own file. Sets `workerMode` when the consumer worker was created; mode
 * stays "starting" until it signals it runs (CTL_STATE).
 */
function startWorkers(s: Session): void {
  let worker: Worker;
  try {
    worker = WORKER_SOURCE !== undefined
      ? new Worker(new URL("data:text/javascript," + encodeURIComponent(WORKER_BOOT)), {
        workerData: { ...s.init, src: WORKER_SOURCE },
        resourceLimits: WORKER_RESOURCE_LIMITS,
      })
      : new Worker(new URL(import.meta.url), {
        workerData: s.init,
        resourceLimits: WORKER_RESOURCE_LIMITS,
      });
  } catch (e) {
    notice(`cannot start the background worker (${startFailure(e)}); running inline`);
    return;
  }
  s.worker = worker;
  s.workerMode = true;
  const lost = (why: string) => {
    if (s.worker !== worker) return;
    s.worker = null;
    if (s.finalStats !== null || Atomics.load(s.ring.ctl, CTL_DONE) === 1) return;
    const started = Atomics.load(s.ring.ctl, CTL_STATE) === 1;
    notice(
      started
        ? `background worker stopped (${why}); continuing inline`
        : `background worker could not start (${why}); running inline`,
    );
    s.workerMode = false;
    startInline(s);
  };
  worker.on("error", (e: unknown) => lost(startFailure(e)));
  worker.on("exit", (code: number) => lost(`exit code ${code}`));
  // After the listeners: on Node and Bun, adding a listener re-refs the worker, so an earlier
  // unref() would keep a finished program alive (beforeExit never fires).
  worker.unref();
}

/**
 * Starts the consumer on this thread. From source it is this module's startConsumer; in a
 * bundle the OTel SDK is not in this copy, so the embedded worker script is evaluated here
 * (loadWorkerScript) and its startConsumer driven.
 */
function startInline(s: Session): void {
  const init = s.init;
  Atomics.store(s.ring.ctl, CTL_STOP, s.phase === Phase.Running ? 0 : 1);
  if (WORKER_SOURCE === undefined) {
    s.inline = startConsumer(init, true);
    return;
  }
  const pending = loadWorkerScript(WORKER_SOURCE).then(
    (script) => script.startConsumer(init, true),
    (e) => {
      notice(`cannot load the consumer (${startFailure(e)}); using this copy without OTLP`);
      return startConsumer({ ...init, config: { ...init.config, otlp: null } }, true);
    },
  );
  // Until it loads, a finish waits for it.
  s.inline = {
    finish: (deadline) => pending.then((c) => c.finish(deadline)),
    finishSync: () => {},
  };
  void pending.then((c) => {
    if (s.inline !== null) s.inline = c;
  });
}

/**
 * Makes drops and failures visible in both sinks: one `log_suppressed` record per event the rate
 * limiter refused since the last report, and one `observability_dropped` record with the counts
 * since the last report. Runs every REPORT_INTERVAL_MS and once more at shutdown, so it is
 * rate-limited by construction. These records count in `internal`, not `accepted`.
 */
function policyReport(s: Session): void {
  const now = s.clock();
  for (const bucket of s.suppressed) {
    let event: string;
    try {
      event = typeof bucket.event === "string" ? bucket.event : String(bucket.event);
    } catch {
      event = "[unprintable event]";
    }
    if (
      encodeRecord(s, now, 2, bucket.core, "log_suppressed", {
        event,
        suppressed: bucket.suppressed,
      }, F_INTERNAL)
    ) s.internal++;
    bucket.suppressed = 0;
  }
  s.suppressed = [];
  const c = s.counters;
  const counts: Record<string, number> = {
    queue_full: s.queueFull,
    rate_limited: s.rateLimited,
    stdout_failed: c[C_STDOUT_FAILED],
    stdout_dropped: c[C_STDOUT_DROPPED],
    otlp_failed: c[C_OTLP_FAILED],
    otlp_dropped: c[C_OTLP_DROPPED],
  };
  const delta: Record<string, number> = {};
  let any = false;
  for (const k in counts) {
    delta[k] = counts[k] - (s.reported[k] ?? 0);
    if (delta[k] > 0) any = true;
  }
  s.reported = counts;
  if (any && encodeRecord(s, now, 2, selfLogger(), "observability_dropped", delta, F_INTERNAL)) {
    s.internal++;
  }
}

/** The logger of lockbox's own records. */
let selfCore: LoggerCore | null = null;
function selfLogger(): LoggerCore {
  return selfCore ??= new LoggerCore("lockbox", 0, EMPTY_BYTES, false);
}

/**
 * Stops intake, lets the consumer drain the ring, writes every line to stdout, exports what OTLP
 * can within the deadline, and returns the final counters. Order: stop intake → consumer drains
 * the ring → stdout written → one provider forceFlush → provider shutdown → stats → workers end.
 * Log calls made after this starts are counted as `dropped.afterShutdown`, so a service that
 * handles SIGTERM itself calls this at the end of its drain, not at its start.
 *
 * Idempotent: concurrent and later calls return the same promise. Before any start it resolves
 * at once with `mode: "off"`.
 *
 * @param options.timeoutMs Deadline in milliseconds. @default {5000} What is unfinished at the
 *   deadline is counted (`stdout.failed`, `otlp.dropped`), not waited for.
 * @returns The final {@linkcode ObservabilityStats}; the accounting identities hold. Never rejects.
 *
 * @example
 * ```ts
 * const stats = await shutdownObservability({ timeoutMs: 2000 });
 * if (stats.dropped.queueFull > 0) console.error("dropped", stats.dropped.queueFull);
 * ```
 */
export function shutdownObservability(
  options: { timeoutMs?: number } = {},
): Promise<ObservabilityStats> {
  const s = session;
  if (s === null) return Promise.resolve(observabilityStats());
  if (s.shutdownPromise !== null) return s.shutdownPromise;
  if (s.finalStats !== null) return Promise.resolve(observabilityStats());
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs! >= 0
    ? options.timeoutMs!
    : s.config.shutdownTimeoutMs;
  policyReport(s);
  s.phase = Phase.Stopping;
  s.shutdownPromise = runShutdown(s, timeoutMs);
  return s.shutdownPromise;
}

async function runShutdown(s: Session, timeoutMs: number): Promise<ObservabilityStats> {
  const deadline = Date.now() + timeoutMs;
  s.ring.stop();
  s.worker?.ref();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const work = (async () => {
    const ctl = s.ring.ctl;
    while (Atomics.load(ctl, CTL_DONE) !== 1 && Date.now() < deadline) {
      if (!s.workerMode && s.inline !== null) {
        await s.inline.finish(deadline);
        continue;
      }
      await sleepOn(ctl, CTL_DONE, 0, Math.min(50, Math.max(1, deadline - Date.now())));
    }
  })();
  await Promise.race([work, expired]);
  clearTimeout(timer);
  return finalize(s);
}

/** Counts what is unfinished (stdout failed, OTLP dropped), freezes the stats, ends the workers. */
function finalize(s: Session): ObservabilityStats {
  if (s.finalStats !== null) return s.finalStats;
  const stats = statsOf(s);
  const entered = stats.accepted + stats.internal;
  const stdoutDone = stats.stdout.written + stats.stdout.failed + stats.stdout.dropped;
  if (stdoutDone < entered) stats.stdout.failed += entered - stdoutDone;
  if (stats.otlp.enabled) {
    const otlpDone = stats.otlp.exported + stats.otlp.failed + stats.otlp.dropped;
    if (otlpDone < entered) stats.otlp.dropped += entered - otlpDone;
  }
  stats.pending = 0;
  s.finalStats = stats;
  s.phase = Phase.Stopped;
  clearInterval(s.reportTimer);
  for (const w of [s.worker]) {
    if (w === null) continue;
    w.unref();
    w.terminate().catch(() => {});
  }
  s.worker = null;
  s.inline = null;
  removeHooks();
  return stats;
}

/**
 * The session's counters right now (a fresh object). Before any start: `mode: "off"`, zeros.
 * After shutdown: the final counters, with `dropped.afterShutdown` still counting.
 *
 * @returns {@linkcode ObservabilityStats}. Never throws.
 */
export function observabilityStats(): ObservabilityStats {
  const s = session;
  if (s === null) {
    return {
      mode: "off",
      accepted: 0,
      internal: 0,
      dropped: { queueFull: 0, rateLimited: 0, afterShutdown: 0 },
      truncated: 0,
      stdout: { written: 0, failed: 0, dropped: 0 },
      otlp: { enabled: false, exported: 0, failed: 0, dropped: 0 },
      pending: 0,
    };
  }
  const f = s.finalStats;
  if (f !== null) {
    return {
      ...f,
      dropped: { ...f.dropped, afterShutdown: s.afterShutdown },
      stdout: { ...f.stdout },
      otlp: { ...f.otlp },
    };
  }
  return statsOf(s);
}

/** The stats from the counters as they are now. */
function statsOf(s: Session): ObservabilityStats {
  const c = s.counters;
  const entered = s.accepted + s.internal;
  const stdoutDone = c[C_STDOUT_WRITTEN] + c[C_STDOUT_FAILED] + c[C_STDOUT_DROPPED];
  const otlpEnabled = s.config.otlp !== null;
  const otlpDone = c[C_OTLP_EXPORTED] + c[C_OTLP_FAILED] + c[C_OTLP_DROPPED];
  return {
    mode: s.workerMode
      ? Atomics.load(s.ring.ctl, CTL_STATE) === 1 ? "worker" : "starting"
      : "inline",
    accepted: s.accepted,
    internal: s.internal,
    dropped: { queueFull: s.queueFull, rateLimited: s.rateLimited, afterShutdown: s.afterShutdown },
    truncated: s.truncated + c[C_TRUNCATED],
    stdout: {
      written: c[C_STDOUT_WRITTEN],
      failed: c[C_STDOUT_FAILED],
      dropped: c[C_STDOUT_DROPPED],
    },
    otlp: {
      enabled: otlpEnabled,
      exported: c[C_OTLP_EXPORTED],
      failed: c[C_OTLP_FAILED],
      dropped: c[C_OTLP_DROPPED],
    },
    pending: Math.max(0, entered - (otlpEnabled ? Math.min(stdoutDone, otlpDone) : stdoutDone)),
  };
}

// Exit and signal hooks: natural end, process.exit(), SIGTERM, SIGINT, uncaught errors (Deno).
let hooksInstalled = false;

/** The conventional exit code of a process ended by the signal: 128 + its number. */
const SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const;
type HookedSignal = keyof typeof SIGNAL_EXIT_CODES;

/**
 * The signal whose drain lockbox itself is running (no service handler: flush, then exit), or
 * null. A second SIGTERM or SIGINT while it is set exits at once.
 */
let signalDrain: { session: Session; signal: HookedSignal } | null = null;

/**
 * Deno signal listeners added with `Deno.addSignalListener`, which `process.listenerCount` does
 * not see. Deno's `node:process` registers one listener of its own per `process.on(signal)`
 * through the same global function, so the listeners added directly are
 * `added.size + before - process.listenerCount(signal)`: `added` holds every listener added after
 * this module was evaluated, `before` the process listeners that existed then (removing one of
 * those is a remove of a listener not in `added`). Listeners added directly before this module was
 * evaluated stay invisible (documented: register through `node:process`). One tracker per process,
 * shared by every copy of lockbox (a bundle's inline consumer imports a second copy).
 */
interface DenoSignalTracker {
  added: Map<string, Set<unknown>>;
  before: Map<string, number>;
}
type DenoSignals = {
  addSignalListener: (signal: string, listener: () => void) => void;
  removeSignalListener: (signal: string, listener: () => void) => void;
};
const DENO_TRACKER_KEY = Symbol.for("lockbox.denoSignalListeners");
const denoSignals: DenoSignalTracker | null = RUNTIME.name === "deno" && isMainThread
  ? trackDenoSignals()
  : null;

function trackDenoSignals(): DenoSignalTracker | null {
  const g = globalThis as { [DENO_TRACKER_KEY]?: DenoSignalTracker; Deno?: DenoSignals };
  if (g[DENO_TRACKER_KEY] !== undefined) return g[DENO_TRACKER_KEY];
  const deno = g.Deno;
  if (typeof deno?.addSignalListener !== "function") return null;
  const tracker: DenoSignalTracker = { added: new Map(), before: new Map() };
  for (const signal of ["SIGTERM", "SIGINT"]) {
    tracker.added.set(signal, new Set());
    tracker.before.set(signal, process.listenerCount(signal));
  }
  const add = deno.addSignalListener;
  const remove = deno.removeSignalListener;
  try {
    deno.addSignalListener = function addSignalListener(signal, listener) {
      add.call(deno, signal, listener);
      tracker.added.get(signal)?.add(listener);
    };
    deno.removeSignalListener = function removeSignalListener(signal, listener) {
      remove.call(deno, signal, listener);
      const added = tracker.added.get(signal);
      if (added === undefined) return;
      if (!added.delete(listener)) {
        tracker.before.set(signal, Math.max(0, (tracker.before.get(signal) ?? 0) - 1));
      }
    };
  } catch {
    return null; // a Deno whose namespace is frozen: only node:process listeners are seen
  }
  g[DENO_TRACKER_KEY] = tracker;
  return tracker;
}

/**
 * Signals a service listener was removed from during the current synchronous run: a
 * `process.once()` listener removes itself as the signal is dispatched, and on Deno it runs
 * before lockbox's (Deno dispatches in registration order, `prependListener` included), so it is
 * gone when lockbox looks. Cleared at the next microtask checkpoint, i.e. after the dispatch.
 */
const removedThisTurn = new Set<string>();

function onRemoveListener(event: string | symbol, listener: unknown): void {
  if (event !== "SIGTERM" && event !== "SIGINT") return;
  if (listener === onSigterm || listener === onSigint) return;
  if (removedThisTurn.size === 0) queueMicrotask(() => removedThisTurn.clear());
  removedThisTurn.add(event);
}

/**
 * Whether the service has its own listener for the signal: a `process.on(signal)` listener
 * other than lockbox's (or a `process.once` one that just fired), or (Deno) one added with
 * `Deno.addSignalListener` after lockbox loaded.
 */
function serviceHandles(signal: HookedSignal): boolean {
  const ours = signal === "SIGTERM" ? onSigterm : onSigint;
  const processListeners = process.listeners(signal);
  if (processListeners.some((l) => l !== ours) || removedThisTurn.has(signal)) return true;
  if (denoSignals === null) return false;
  const direct = (denoSignals.added.get(signal)?.size ?? 0) +
    (denoSignals.before.get(signal) ?? 0) - processListeners.length;
  return direct > 0;
}

function onBeforeExit(): void {
  if (session?.phase === Phase.Running) void shutdownObservability();
}

/**
 * `process.exit()` or the end of the event loop with a session still running: stop intake and
 * block this thread (Atomics.wait) until the worker has written and exported, up to the
 * shutdown deadline. The workers keep running while this thread waits. Inline: stdout is
 * written synchronously; OTLP cannot finish without the event loop.
 */
function onExit(): void {
  const s = session;
  if (s === null || (s.phase !== Phase.Running && s.phase !== Phase.Stopping)) return;
  const deadline = Date.now() + s.config.shutdownTimeoutMs;
  if (s.phase === Phase.Running) policyReport(s);
  s.phase = Phase.Stopping;
  s.ring.stop();
  const ctl = s.ring.ctl;
  if (s.workerMode) {
    while (Atomics.load(ctl, CTL_DONE) !== 1 && Date.now() < deadline) {
      Atomics.wait(ctl, CTL_DONE, 0, Math.max(1, Math.min(50, deadline - Date.now())));
    }
  } else {
    s.inline?.finishSync(deadline);
  }
  finalize(s);
}

/**
 * SIGTERM or SIGINT. With a service handler for it, lockbox does nothing here: logging goes on
 * while the service drains (its lines are written as they come, OTLP exports every
 * OTEL_BLRP_SCHEDULE_DELAY), and the exit hooks finish the session when the process actually
 * ends. Without one, lockbox owns the default action: shut down (bounded by shutdownTimeoutMs),
 * then exit 128 + the signal number, as the default action would have. A second signal while
 * that drain runs exits at once with the code of the second signal, counting what is unfinished.
 */
function onSignal(signal: HookedSignal): void {
  const s = session;
  if (s === null || serviceHandles(signal)) return;
  const code = SIGNAL_EXIT_CODES[signal];
  if (signalDrain !== null && signalDrain.session === s) {
    const before = statsOf(s);
    const final = finalize(s);
    const unwritten = final.stdout.failed - before.stdout.failed;
    const unexported = final.otlp.dropped - before.otlp.dropped;
    notice(
      `${signal} during the ${signalDrain.signal} flush; exiting now with ${code}: ` +
        `${unwritten} records not written to stdout (counted stdout.failed)` +
        (final.otlp.enabled ? `, ${unexported} not exported (counted otlp.dropped)` : ""),
    );
    process.exit(code);
  }
  if (s.phase === Phase.Stopped) return;
  signalDrain = { session: s, signal };
  notice(
    `${signal}: flushing (up to ${s.config.shutdownTimeoutMs} ms), then exiting with ${code}; ` +
      `a second SIGTERM or SIGINT exits at once`,
  );
  void shutdownObservability().then(() => process.exit(code));
}
const onSigterm = () => onSignal("SIGTERM");
const onSigint = () => onSignal("SIGINT");

/**
 * Deno ends the process on an uncaught exception or unhandled rejection without emitting
 * `exit`; its global `error`/`unhandledrejection` events are the last chance to flush. Node and
 * Bun emit `exit` in that case, so this runs on Deno only. A handler that prevents the default
 * (the service keeps running) and ran before this one leaves logging alone.
 */
function onFatal(event: Event): void {
  if (!event.defaultPrevented) onExit();
}
type EventTargetLike = {
  addEventListener?: (type: string, listener: (e: Event) => void) => void;
  removeEventListener?: (type: string, listener: (e: Event) => void) => void;
};

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("beforeExit", onBeforeExit);
  process.on("exit", onExit);
  if (RUNTIME.name === "deno") {
    (globalThis as EventTargetLike).addEventListener?.("error", onFatal);
    (globalThis as EventTargetLike).addEventListener?.("unhandledrejection", onFatal);
  }
  try {
    // First in line (Node, Bun), so a service's `process.once` listener is still attached when
    // lockbox looks; Deno dispatches in registration order, hence onRemoveListener.
    process.prependListener("SIGTERM", onSigterm);
    process.prependListener("SIGINT", onSigint);
    process.on("removeListener", onRemoveListener);
  } catch {
    // A runtime without these signals (Windows): exit hooks still flush.
  }
}

function removeHooks(): void {
  if (!hooksInstalled) return;
  hooksInstalled = false;
  process.off("beforeExit", onBeforeExit);
  process.off("exit", onExit);
  (globalThis as EventTargetLike).removeEventListener?.("error", onFatal);
  (globalThis as EventTargetLike).removeEventListener?.("unhandledrejection", onFatal);
  process.off("SIGTERM", onSigterm);
  process.off("SIGINT", onSigint);
  process.off("removeListener", onRemoveListener);
}

// #endregion

// #region Worker bootstrap — runs last, once every declaration above exists

// This file is also the workers' entry (from source this module's own file; in a bundle the
// worker script that WORKER_BOOT runs): the tag tells lockbox's own workers from a service's.
if (!isMainThread && (workerData as ConsumerInit | null)?.tag === WORKER_TAG) {
  const init = workerData as ConsumerInit;
  // A listener on the port keeps the worker alive while it sleeps in Atomics.waitAsync. The
  // worker takes no messages (everything crosses in shared memory): one is a bug, and fails loudly.
  parentPort?.on("message", (message: unknown) => {
    throw new TypeError(`lockbox worker takes no messages: got ${typeof message}`);
  });
  startConsumer(init, false);
}

// #endregion
