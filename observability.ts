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
 * a background worker decodes it, writes one JSON line to stdout (through a second worker that
 * owns fd 1) and exports it over OTLP/HTTP through the OpenTelemetry logs SDK. Each sink has its
 * own bounded backlog and counters; a full ring or backlog drops the record and counts it.
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
import { write, writeSync } from "node:fs";
import process from "node:process";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/**
 * The lockbox release this file belongs to (semver). Pinned in `dist/lockbox.json`; it must
 * change whenever any shipped byte changes (see LOCKBOX.md).
 */
export const VERSION = "0.1.4";

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
  /** Flush on natural program end, `process.exit()`, SIGTERM and SIGINT. @default {true} */
  exitHooks?: boolean;
  /** Deadline for automatic shutdowns (exit, signals), in milliseconds. @default {5000} */
  shutdownTimeoutMs?: number;
  /** Wall clock for record timestamps, in milliseconds since the Unix epoch (fractions are µs). For tests. */
  clock?: () => number;
  /** Environment to read instead of `process.env` (tests, embedding). */
  env?: Record<string, string | undefined>;
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
  /** Records changed by a cap (value bytes, items, depth, record size, line size). */
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
/** Longest JSON line written, in UTF-16 units (Loki rejects lines over 256 KB). */
const MAX_LINE_CHARS = 256 * 1024;
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
/** Records the ring holds past LOG_QUEUE_MAXSIZE for lockbox's own records (policy reports). */
const INTERNAL_RESERVE = 64;
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

// #endregion

// #region Errors

/**
 * Thrown by {@linkcode initObservability} when the configuration (environment or options) has
 * invalid values. `problems` lists every one, each naming the variable, the rule and the value
 * (credentials are never echoed). Log calls never throw.
 *
 * @example
 * ```ts
 * try {
 *   initObservability({ env: { LOG_QUEUE_MAXSIZE: "abc" } });
 * } catch (e) {
 *   if (e instanceof ObservabilityConfigError) console.error(e.problems);
 * }
 * ```
 */
export class ObservabilityConfigError extends Error {
  /** One message per invalid setting, e.g. `Cannot read LOG_QUEUE_MAXSIZE as it must be a positive integer: got "abc"`. */
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
 * on its own with OpenTelemetry inlined, self-contained ESM. From source it is not defined.
 */
declare const LOCKBOX_WORKER_SOURCE: string | undefined;
/** The embedded worker script, or undefined when running from source. */
const WORKER_SOURCE: string | undefined = typeof LOCKBOX_WORKER_SOURCE === "string"
  ? LOCKBOX_WORKER_SOURCE
  : undefined;

/**
 * Whether this copy was evaluated inside a worker thread that lockbox did not start (a bundled
 * service whose own worker re-evaluates the bundle). Such a copy never starts a worker.
 */
const FOREIGN_WORKER = !isMainThread &&
  (workerData as { tag?: unknown } | null)?.tag !== WORKER_TAG;

/** Writes one `lockbox: …` line to stderr. The only way notices leave; never throws. */
function notice(text: string): void {
  try {
    writeSync(2, `lockbox: ${text}\n`);
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

// #region Config — environment + options → one resolved, validated, serializable config

/** Resolved OTLP exporter settings; crosses the thread boundary as workerData. */
interface OtlpConfig {
  url: string;
  protocol: "http/protobuf" | "http/json";
  headers: Record<string, string>;
  timeoutMs: number;
  compression: "gzip" | "none";
  batch: Required<BatchOptions>;
}

/** Everything a session runs with, after validation. */
interface ResolvedConfig {
  level: Level;
  queueMaxSize: number;
  maxValueBytes: number;
  rateLimit: number;
  redactKeys: string[];
  redactPatterns: RegExp[];
  /** Credential values (Grafana token, header values) redacted wherever they appear. */
  secrets: string[];
  service: string;
  environment: string;
  serviceVersion: string;
  resource: Record<string, string | number | boolean>;
  otlp: OtlpConfig | null;
  /** Why OTLP is off, as a one-line notice, or "" when it is on or off by choice. */
  otlpNotice: string;
  worker: boolean;
  exitHooks: boolean;
  shutdownTimeoutMs: number;
}

/** Reads variables, collecting every problem instead of stopping at the first. */
class ConfigReader {
  readonly problems: string[] = [];
  #env: Record<string, string | undefined> | null;
  #envDenied = false;

  constructor(env: Record<string, string | undefined> | undefined) {
    this.#env = env ?? null;
  }

  /** The variable's value; empty means unset (OTel SDK environment variable spec). */
  get(name: string): string | undefined {
    if (name === "") return undefined; // an option without a variable: read nothing
    let value: string | undefined;
    try {
      value = this.#env !== null ? this.#env[name] : process.env[name];
    } catch {
      // Deno without --allow-env: treat as unset, say so once.
      if (!this.#envDenied) {
        this.#envDenied = true;
        notice("cannot read the environment (Deno needs --allow-env); using defaults and options");
      }
      return undefined;
    }
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  }

  problem(source: string, rule: string, got: string): void {
    this.problems.push(`Cannot read ${source} as it ${rule}: got ${got}`);
  }

  /** A positive integer from an option or a variable. */
  positiveInt(option: number | undefined, optionName: string, envName: string): number | undefined {
    if (option !== undefined) {
      if (Number.isSafeInteger(option) && option > 0) return option;
      this.problem(`options.${optionName}`, "must be a positive integer", safeJson(option));
      return undefined;
    }
    const raw = this.get(envName);
    if (raw === undefined) return undefined;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n > 0) return n;
    this.problem(envName, "must be a positive integer", JSON.stringify(raw));
    return undefined;
  }

  /** One of `allowed` (case-insensitive for variables). */
  oneOf<T extends string>(
    option: string | undefined,
    optionName: string,
    envNames: string[],
    allowed: readonly T[],
  ): T | undefined {
    const rule = `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`;
    if (option !== undefined) {
      if ((allowed as readonly string[]).includes(option)) return option as T;
      this.problem(`options.${optionName}`, rule, safeJson(option));
      return undefined;
    }
    // Every variable is checked, even one shadowed by a more specific one that is valid.
    let found: T | undefined;
    for (const name of envNames) {
      const raw = this.get(name);
      if (raw === undefined) continue;
      const v = raw.toLowerCase();
      if ((allowed as readonly string[]).includes(v)) found ??= v as T;
      else this.problem(name, rule, JSON.stringify(raw));
    }
    return found;
  }

  /**
   * A `key=value,key2=value2` list with percent-decoded keys and values (W3C Baggage form, as
   * OTEL_RESOURCE_ATTRIBUTES and OTEL_EXPORTER_OTLP_HEADERS use). Values are never echoed in
   * problems: headers carry credentials.
   */
  keyValueList(name: string): Record<string, string> | undefined {
    const raw = this.get(name);
    if (raw === undefined) return undefined;
    const out: Record<string, string> = {};
    const entries = raw.split(",");
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i].trim();
      if (entry === "") continue;
      const eq = entry.indexOf("=");
      const rule = "must be a comma-separated list of key=value pairs";
      if (eq <= 0) {
        this.problem(name, rule, `entry ${i + 1} without a key and "="`);
        return undefined;
      }
      try {
        out[decodeURIComponent(entry.slice(0, eq).trim())] = decodeURIComponent(
          entry.slice(eq + 1).trim(),
        );
      } catch {
        this.problem(name, `${rule}, percent-encoded`, `entry ${i + 1} with a bad "%" escape`);
        return undefined;
      }
    }
    return out;
  }
}

/** JSON text of a value for an error message; never throws. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Validates an OTLP URL; returns it or records a problem. */
function checkUrl(reader: ConfigReader, source: string, url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return url;
  } catch {
    // fall through to the problem below
  }
  reader.problem(source, "must be an http:// or https:// URL", JSON.stringify(url));
  return undefined;
}

/**
 * Resolves options over the environment over defaults (ARCHITECTURE.md §5). Invalid values are
 * collected in `problems` and replaced by their default, so a lazy start can still run.
 */
function resolveConfig(options: ObservabilityOptions): {
  config: ResolvedConfig;
  problems: string[];
} {
  const r = new ConfigReader(options.env);

  const level = r.oneOf(options.level, "level", ["LOG_LEVEL"], LEVELS) ?? DEFAULTS.level;
  const queueMaxSize = r.positiveInt(options.queueMaxSize, "queueMaxSize", "LOG_QUEUE_MAXSIZE") ??
    DEFAULTS.queueMaxSize;
  const maxValueBytes =
    r.positiveInt(options.maxValueBytes, "maxValueBytes", "LOG_MAX_VALUE_BYTES") ??
      DEFAULTS.maxValueBytes;
  let rateLimit: number = DEFAULTS.rateLimit;
  const rateRaw = options.rateLimit ?? r.get("LOG_RATE_LIMIT");
  if (rateRaw !== undefined) {
    const n = typeof rateRaw === "number" ? rateRaw : /^\d+$/.test(rateRaw) ? Number(rateRaw) : NaN;
    if (Number.isSafeInteger(n) && n >= 0) rateLimit = n;
    else {
      r.problem(
        options.rateLimit !== undefined ? "options.rateLimit" : "LOG_RATE_LIMIT",
        "must be a non-negative integer (records per second; 0 turns the guard off)",
        safeJson(rateRaw),
      );
    }
  }
  const redactKeys = [
    ...DEFAULT_REDACT_KEYS,
    ...(options.redactKeys ?? (r.get("LOG_REDACT_KEYS") ?? "").split(",")),
  ].map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
  const redactPatterns = [...DEFAULT_REDACT_PATTERNS];
  const patternSources: { source: string; given: string | RegExp }[] = [];
  if (options.redactPatterns !== undefined) {
    for (const p of options.redactPatterns) {
      patternSources.push({ source: "options.redactPatterns", given: p });
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
        for (const p of list) patternSources.push({ source: "LOG_REDACT_PATTERNS", given: p });
      } else {
        r.problem(
          "LOG_REDACT_PATTERNS",
          "must be a regex or a JSON array of regex strings",
          JSON.stringify(raw),
        );
      }
    }
  }
  for (const { source, given } of patternSources) {
    try {
      const re = given instanceof RegExp ? given : new RegExp(given, "g");
      redactPatterns.push(
        new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"),
      );
    } catch {
      r.problem(source, "must hold valid regular expressions", safeJson(String(given)));
    }
  }
  const shutdownTimeoutMs = r.positiveInt(options.shutdownTimeoutMs, "shutdownTimeoutMs", "") ??
    DEFAULTS.shutdownTimeoutMs;

  // Resource, OTel precedence: code > OTEL_SERVICE_NAME > OTEL_RESOURCE_ATTRIBUTES > APP_* > default.
  const envAttrs = r.keyValueList("OTEL_RESOURCE_ATTRIBUTES") ?? {};
  const codeAttrs = options.resourceAttributes ?? {};
  const service = String(
    options.serviceName ?? codeAttrs["service.name"] ?? r.get("OTEL_SERVICE_NAME") ??
      envAttrs["service.name"] ?? r.get("APP_NAME") ?? DEFAULTS.serviceName,
  );
  const serviceVersion = String(
    options.serviceVersion ?? codeAttrs["service.version"] ?? envAttrs["service.version"] ??
      r.get("APP_VERSION") ?? DEFAULTS.serviceVersion,
  );
  const environment = String(
    options.environment ?? codeAttrs["deployment.environment.name"] ??
      envAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment"] ??
      r.get("APP_ENV") ?? DEFAULTS.environment,
  );
  const resource: Record<string, string | number | boolean> = {
    "service.instance.id": randomUUID(),
    "process.runtime.name": RUNTIME.name,
    "process.runtime.version": RUNTIME.version,
    ...envAttrs,
    ...codeAttrs,
    "service.name": service,
    "service.version": serviceVersion,
    "deployment.environment.name": environment,
    "deployment.environment": environment,
  };

  // OTLP exporter.
  const exporter = r.oneOf(
    options.exporter,
    "exporter",
    ["OTEL_LOGS_EXPORTER"],
    [
      "otlp",
      "none",
    ] as const,
  ) ?? DEFAULTS.exporter;
  const disabledRaw = r.get("OTEL_SDK_DISABLED");
  let sdkDisabled = false;
  if (disabledRaw !== undefined) {
    const v = disabledRaw.toLowerCase();
    if (v === "true") sdkDisabled = true;
    else if (v !== "false") {
      r.problem("OTEL_SDK_DISABLED", 'must be "true" or "false"', JSON.stringify(disabledRaw));
    }
  }
  const protocol = r.oneOf(options.protocol, "protocol", [
    "OTEL_EXPORTER_OTLP_LOGS_PROTOCOL",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
  ], ["http/protobuf", "http/json"] as const) ?? DEFAULTS.protocol;
  const compression = r.oneOf(options.compression, "compression", [
    "OTEL_EXPORTER_OTLP_LOGS_COMPRESSION",
    "OTEL_EXPORTER_OTLP_COMPRESSION",
  ], ["gzip", "none"] as const) ?? DEFAULTS.compression;
  const logsTimeoutMs = r.positiveInt(undefined, "timeoutMs", "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT");
  const anyTimeoutMs = r.positiveInt(undefined, "timeoutMs", "OTEL_EXPORTER_OTLP_TIMEOUT");
  const timeoutMs = options.timeoutMs !== undefined
    ? r.positiveInt(options.timeoutMs, "timeoutMs", "")
    : logsTimeoutMs ?? anyTimeoutMs;

  let url: string | undefined;
  if (options.logsEndpoint !== undefined) {
    url = checkUrl(r, "options.logsEndpoint", options.logsEndpoint);
  } else if (options.endpoint !== undefined) {
    url = checkUrl(r, "options.endpoint", options.endpoint);
    if (url !== undefined) url = logsUrlFromBase(url);
  } else {
    const logs = r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");
    const base = r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (logs !== undefined) url = checkUrl(r, "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", logs);
    else if (base !== undefined) {
      url = checkUrl(r, "OTEL_EXPORTER_OTLP_ENDPOINT", base);
      if (url !== undefined) url = logsUrlFromBase(url);
    }
  }

  // Headers: generic, then logs-specific, then options; keys compared case-insensitively.
  const headers: Record<string, string> = {};
  const addHeaders = (h: Record<string, string> | undefined) => {
    for (const [k, v] of Object.entries(h ?? {})) {
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
      }
      headers[k] = v;
    }
  };
  addHeaders(r.keyValueList("OTEL_EXPORTER_OTLP_HEADERS"));
  addHeaders(r.keyValueList("OTEL_EXPORTER_OTLP_LOGS_HEADERS"));
  addHeaders(options.headers);
  const instanceId = options.grafanaInstanceId ?? r.get("GRAFANA_CLOUD_INSTANCE_ID");
  const token = options.grafanaToken ?? r.get("GRAFANA_CLOUD_TOKEN");
  if ((instanceId === undefined) !== (token === undefined)) {
    r.problems.push(
      `Cannot use Grafana Cloud auth as GRAFANA_CLOUD_INSTANCE_ID and GRAFANA_CLOUD_TOKEN must be set together: got only ${
        instanceId === undefined ? "GRAFANA_CLOUD_TOKEN" : "GRAFANA_CLOUD_INSTANCE_ID"
      }`,
    );
  } else if (instanceId !== undefined && token !== undefined) {
    if (instanceId.includes(":")) {
      r.problem("GRAFANA_CLOUD_INSTANCE_ID", 'must not contain ":"', JSON.stringify(instanceId));
    } else if (!Object.keys(headers).some((k) => k.toLowerCase() === "authorization")) {
      headers["Authorization"] = "Basic " +
        Buffer.from(`${instanceId}:${token}`, "utf8").toString("base64");
    }
  }

  const b = options.batch ?? {};
  const batch: Required<BatchOptions> = {
    maxQueueSize: r.positiveInt(b.maxQueueSize, "batch.maxQueueSize", "OTEL_BLRP_MAX_QUEUE_SIZE") ??
      DEFAULTS.batchMaxQueueSize,
    maxExportBatchSize: r.positiveInt(
      b.maxExportBatchSize,
      "batch.maxExportBatchSize",
      "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",
    ) ?? DEFAULTS.batchMaxExportBatchSize,
    scheduledDelayMs: r.positiveInt(
      b.scheduledDelayMs,
      "batch.scheduledDelayMs",
      "OTEL_BLRP_SCHEDULE_DELAY",
    ) ?? DEFAULTS.batchScheduledDelayMs,
    exportTimeoutMs: r.positiveInt(
      b.exportTimeoutMs,
      "batch.exportTimeoutMs",
      "OTEL_BLRP_EXPORT_TIMEOUT",
    ) ?? DEFAULTS.batchExportTimeoutMs,
  };
  if (batch.maxExportBatchSize > batch.maxQueueSize) {
    r.problems.push(
      `Cannot read OTEL_BLRP_MAX_EXPORT_BATCH_SIZE as it must not exceed OTEL_BLRP_MAX_QUEUE_SIZE (${batch.maxQueueSize}): got ${batch.maxExportBatchSize}`,
    );
    batch.maxExportBatchSize = batch.maxQueueSize;
  }

  let otlp: OtlpConfig | null = null;
  let otlpNotice = "";
  if (exporter === "otlp" && !sdkDisabled) {
    if (url === undefined) {
      const urlGiven = options.logsEndpoint ?? options.endpoint ??
        r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT") ?? r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
      otlpNotice = urlGiven !== undefined // invalid, and already a problem
        ? ""
        : "no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only";
    } else {
      otlp = {
        url,
        protocol,
        headers,
        timeoutMs: timeoutMs ?? DEFAULTS.timeoutMs,
        compression,
        batch,
      };
    }
  }

  return {
    problems: r.problems,
    config: {
      level,
      queueMaxSize,
      maxValueBytes,
      rateLimit,
      redactKeys,
      redactPatterns,
      secrets: [
        ...(token !== undefined ? [token] : []),
        ...Object.values(headers).flatMap((v) => [v, v.replace(/^(Basic|Bearer)\s+/i, "")]),
      ].filter((v) => v.length >= 6),
      service,
      environment,
      serviceVersion,
      resource,
      otlp,
      otlpNotice,
      worker: options.worker ?? true,
      exitHooks: options.exitHooks ?? true,
      shutdownTimeoutMs,
    },
  };
}

/** `base` + `/v1/logs`, without a doubled slash (OTLP exporter spec, "Endpoint URLs for OTLP/HTTP"). */
function logsUrlFromBase(base: string): string {
  return base.replace(/\/+$/, "") + "/v1/logs";
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
const C_TRUNCATED = 7; // the consumer: lines cut to MAX_LINE_CHARS
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
// a copy into the ring and, when the consumer sleeps, one Atomics.notify.

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
    if (bucketsByName.size >= MAX_RATE_KEYS) {
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
 * Encodes one record into a private buffer, making values safe on the way (see `Attributes`).
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
 */
export class Encoder {
  readonly buf = new Uint8Array(MAX_RECORD_BYTES + ENCODER_SLACK);
  readonly view = new DataView(this.buf.buffer);
  pos = 0;
  limit = MAX_RECORD_BYTES;
  nodes = 0;
  truncated = false;
  maxValueBytes: number = DEFAULTS.maxValueBytes;
  readonly seen: object[] = [];

  reset(): void {
    this.pos = 0;
    this.nodes = 0;
    this.truncated = false;
    this.seen.length = 0;
  }

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
    this.u32(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
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
    this.limit = MAX_RECORD_BYTES + ENCODER_SLACK - 512;
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
    this.limit = MAX_RECORD_BYTES + ENCODER_SLACK - 512;
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
 * Encodes one record and pushes it into the ring; false when the ring is full. Never throws.
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
  e.reset();
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
    e.buf[0] = flags;
  } catch (err) {
    // Nothing above should throw; if it does, log the fact rather than lose the call.
    e.reset();
    e.u8(flags | F_TRUNCATED);
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
  // lockbox's own records may use INTERNAL_RESERVE records past LOG_QUEUE_MAXSIZE: they report
  // the drops of a full ring, so a full ring must not swallow them (a few per second at most).
  if (!s.ring.push(e.buf, e.pos, flags & F_INTERNAL ? INTERNAL_RESERVE : 0)) return false;
  if (e.buf[0] & F_TRUNCATED) s.truncated++;
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

const CTL_HEAD = 0; // next write offset; written by the producer only
const CTL_TAIL = 1; // next read offset; written by the consumer only
const CTL_USED_BYTES = 2; // bytes in use (records + skipped ends)
const CTL_USED_RECORDS = 3; // records in the ring
const CTL_SEQ = 4; // bumped to wake the consumer (the futex word it waits on)
const CTL_WAITING = 5; // 1 while the consumer is about to sleep or sleeping
const CTL_STOP = 6; // 1: the producer side asks the consumer to finish
const CTL_STATE = 7; // consumer state: 0 not started, 1 running
const CTL_DONE = 8; // 1: the consumer finished (after CTL_STOP)
const CTL_BYTES = 64;
const WRAP = 0xffffffff;

/** Atomics.waitAsync (ES2024), typed here so the file also checks against ES2022 libs. */
type WaitAsync = (
  cells: Int32Array,
  index: number,
  value: number,
  timeoutMs?: number,
) => { async: boolean; value: Promise<string> | string };

/** One side's view of a ring. */
export class Ring {
  readonly ctl: Int32Array;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly capacity: number;

  /** @param maxRecords Records held at most (LOG_QUEUE_MAXSIZE for the record ring). */
  constructor(readonly buffer: SharedArrayBuffer, readonly maxRecords: number) {
    this.ctl = new Int32Array(buffer, 0, CTL_BYTES / 4);
    this.bytes = new Uint8Array(buffer, CTL_BYTES);
    this.view = new DataView(buffer, CTL_BYTES);
    this.capacity = this.bytes.length;
  }

  /** A new ring buffer with `dataBytes` of record space. */
  static create(dataBytes: number): SharedArrayBuffer {
    return new SharedArrayBuffer(CTL_BYTES + dataBytes);
  }

  /** Producer: copies `len` bytes of `src` in as one record; false when full. Wakes a sleeping consumer. */
  push(src: Uint8Array, len: number, reserve = 0): boolean {
    const ctl = this.ctl;
    if (Atomics.load(ctl, CTL_USED_RECORDS) >= this.maxRecords + reserve) return false;
    const cap = this.capacity;
    const need = 4 + len;
    let head = ctl[CTL_HEAD];
    const waste = head + need > cap ? cap - head : 0;
    if (Atomics.load(ctl, CTL_USED_BYTES) + waste + need > cap) return false;
    if (waste > 0) {
      if (waste >= 4) this.view.setUint32(head, WRAP, true);
      head = 0;
    }
    this.view.setUint32(head, len, true);
    this.bytes.set(len === src.length ? src : src.subarray(0, len), head + 4);
    head += need;
    Atomics.store(ctl, CTL_HEAD, head === cap ? 0 : head);
    Atomics.add(ctl, CTL_USED_BYTES, waste + need);
    Atomics.add(ctl, CTL_USED_RECORDS, 1); // publishes the record (seq-cst)
    if (Atomics.load(ctl, CTL_WAITING) === 1) this.wake();
    return true;
  }

  /** Wakes the consumer if it sleeps. */
  wake(): void {
    const ctl = this.ctl;
    Atomics.store(ctl, CTL_WAITING, 0);
    Atomics.add(ctl, CTL_SEQ, 1);
    Atomics.notify(ctl, CTL_SEQ);
  }

  /** Records waiting. */
  size(): number {
    return Atomics.load(this.ctl, CTL_USED_RECORDS);
  }

  /**
   * Consumer: the next record's offset and length in `bytes` (valid until `release()`), or -1
   * when empty. Skips a wrapped end.
   */
  peek(): number {
    const ctl = this.ctl;
    if (Atomics.load(ctl, CTL_USED_RECORDS) === 0) return -1;
    let tail = ctl[CTL_TAIL];
    const cap = this.capacity;
    if (cap - tail < 4 || this.view.getUint32(tail, true) === WRAP) {
      Atomics.sub(ctl, CTL_USED_BYTES, cap - tail);
      tail = 0;
      Atomics.store(ctl, CTL_TAIL, 0);
    }
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
    Atomics.store(ctl, CTL_TAIL, next === this.capacity ? 0 : next);
    Atomics.sub(ctl, CTL_USED_BYTES, 4 + len);
    Atomics.sub(ctl, CTL_USED_RECORDS, 1);
  }

  /**
   * Consumer: resolves when a record arrives, the producer side sets CTL_STOP, or `timeoutMs`
   * passes. Sleeps in Atomics.waitAsync where the runtime has it, else on a short timer.
   */
  sleep(timeoutMs: number): Promise<unknown> {
    const ctl = this.ctl;
    const seq = Atomics.load(ctl, CTL_SEQ);
    Atomics.store(ctl, CTL_WAITING, 1);
    // Checked after announcing the sleep: a push after this point sees CTL_WAITING and bumps
    // CTL_SEQ, so the wait below returns at once (seq-cst atomics on both sides).
    if (Atomics.load(ctl, CTL_USED_RECORDS) > 0 || Atomics.load(ctl, CTL_STOP) === 1) {
      Atomics.store(ctl, CTL_WAITING, 0);
      return Promise.resolve();
    }
    const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
    if (typeof waitAsync === "function") {
      const r = waitAsync(ctl, CTL_SEQ, seq, timeoutMs);
      return r.async ? r.value as Promise<string> : Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.min(timeoutMs, IDLE_POLL_MS));
      (timer as { unref?: () => void }).unref?.();
    });
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

/** Waits on a shared cell without blocking the thread (Atomics.waitAsync, or a short timer). */
function sleepOn(cells: Int32Array, index: number, value: number, ms: number): Promise<unknown> {
  const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
  if (typeof waitAsync === "function") {
    const r = waitAsync(cells, index, value, ms);
    return r.async ? r.value as Promise<string> : Promise.resolve();
  }
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, IDLE_POLL_MS)));
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

/** A decoded record: what both sinks are built from. */
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
const HEX16 = /^[0-9a-f]{16}$/;

/** Reads records encoded by `Encoder` from a private copy of their bytes. */
export class Decoder {
  #buf: Buffer = Buffer.alloc(0);
  #view = new DataView(new ArrayBuffer(0));
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
    return this.#buf.toString("utf8", start, start + n);
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
  #pairs(n: number, keys: string[], values: unknown[], index: Map<string, number>): void {
    for (let i = 0; i < n; i++) {
      const k = this.#str();
      let v = this.#value();
      if (v === undefined) continue;
      if (this.#redact.isSecretKey(k)) v = REDACTED;
      const at = index.get(k);
      if (at !== undefined) values[at] = v;
      else {
        index.set(k, keys.length);
        keys.push(k);
        values.push(v);
      }
    }
  }

  /** Decodes one record from `bytes` (a private copy). Never throws on bytes the encoder wrote. */
  decode(bytes: Uint8Array): DecodedRecord {
    this.#buf = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#view = new DataView(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
    this.#pos = 0;
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
    this.#pairs(ctxCount, ctxKeys, ctxValues, new Map());
    const keys: string[] = [];
    const values: unknown[] = [];
    const attrKeys: string[] = [];
    const attrValues: unknown[] = [];
    if (this.#u8() === T_OBJ) this.#pairs(this.#u32(), attrKeys, attrValues, new Map());
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
  const ms = Math.floor(us / 1000);
  const frac = us - ms * 1000;
  let iso: string;
  try {
    iso = new Date(ms).toISOString().slice(0, 23);
  } catch {
    iso = "1970-01-01T00:00:00.000";
  }
  return iso + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac + "Z";
}

/**
 * The JSON line of a record, with "\n". Keys in order: ts, level, logger, message, service, env,
 * version, trace_id, span_id (only with a valid span), bound context, call attributes. Every
 * key and value goes through JSON.stringify, so no value can forge a key or a line. A line
 * longer than MAX_LINE_CHARS keeps its fixed fields and says it was cut.
 */
function renderLine(r: DecodedRecord, resourceFragment: string): { line: string; cut: boolean } {
  let line = `{"ts":"${isoMicros(r.time)}","level":"${LEVELS[r.level]}","logger":${
    JSON.stringify(r.logger)
  },"message":${JSON.stringify(r.message)}${resourceFragment}`;
  if (r.traceId !== "") line += `,"trace_id":"${r.traceId}","span_id":"${r.spanId}"`;
  const head = line;
  for (let i = 0; i < r.keys.length; i++) {
    line += `,${JSON.stringify(r.keys[i])}:${JSON.stringify(r.values[i]) ?? "null"}`;
  }
  if (line.length > MAX_LINE_CHARS) {
    return { line: head + `,"lockbox.truncated":"line size"}\n`, cut: true };
  }
  return { line: line + "}\n", cut: false };
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
 * The stdout sink: a backlog of JSON lines bounded by STDOUT_BACKLOG_BYTES (past it lines are
 * dropped and counted in `stdout.dropped`), written to fd 1 in chunks of whole lines of at most
 * PIPE_BUF bytes (a longer line goes alone), one chunk in flight at a time.
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
  #lines: Buffer[] = [];
  #head = 0;
  #bytes = 0;
  #inFlight = false;
  #idle: (() => void)[] = [];

  constructor(counters: Float64Array) {
    this.#counters = counters;
  }

  /** Takes one line; counts it dropped when the backlog is full. Never blocks, never throws. */
  push(line: string): void {
    const b = Buffer.from(line, "utf8");
    if (this.#bytes + b.length > STDOUT_BACKLOG_BYTES) {
      this.#counters[C_STDOUT_DROPPED]++;
      return;
    }
    this.#lines.push(b);
    this.#bytes += b.length;
  }

  /** Starts writing what is queued if no write is in flight; true when all is written. */
  flush(): boolean {
    if (this.#inFlight) return false;
    const lines = this.#lines;
    if (this.#head === lines.length) {
      if (this.#head > 0) {
        this.#lines = [];
        this.#head = 0;
      }
      for (const resolve of this.#idle.splice(0)) resolve();
      return true;
    }
    const first = lines[this.#head];
    let chunk: Buffer;
    let n = 1;
    if (first.length >= PIPE_BUF) chunk = first;
    else {
      let used = first.length;
      while (this.#head + n < lines.length && used + lines[this.#head + n].length <= PIPE_BUF) {
        used += lines[this.#head + n++].length;
      }
      chunk = n === 1 ? first : Buffer.concat(lines.slice(this.#head, this.#head + n), used);
    }
    for (let i = 0; i < n; i++) lines[this.#head + i] = EMPTY_BUFFER;
    this.#head += n;
    this.#bytes -= chunk.length;
    if (this.#head > 4096 && this.#head * 2 > lines.length) {
      this.#lines = lines.slice(this.#head);
      this.#head = 0;
    }
    this.#inFlight = true;
    this.#write(chunk, 0, n);
    return false;
  }

  #write(chunk: Buffer, offset: number, lines: number): void {
    const done = (ok: boolean) => {
      this.#counters[ok ? C_STDOUT_WRITTEN : C_STDOUT_FAILED] += lines;
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
    const lines = this.#lines;
    while (this.#head < lines.length && Date.now() < deadline) {
      const line = lines[this.#head];
      lines[this.#head++] = EMPTY_BUFFER;
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
      this.#counters[ok ? C_STDOUT_WRITTEN : C_STDOUT_FAILED]++;
    }
  }
}
const EMPTY_BUFFER = Buffer.alloc(0);
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
      if (result.code !== EXPORT_SUCCESS) {
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
        mods.resources.resourceFromAttributes(resource),
      ),
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
    if (logger === undefined) {
      if (this.#loggers.size >= MAX_CACHE_KEYS) this.#loggers.clear();
      logger = this.#provider!.getLogger(r.logger);
      this.#loggers.set(r.logger, logger);
    }
    const attributes: Record<string, unknown> = {};
    let exception: { name: string; message: string; stack?: string } | undefined;
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      if (exception === undefined && v instanceof ErrorValue) {
        exception = {
          name: v.type,
          message: v.message,
          stack: typeof v.stack === "string" ? v.stack : undefined,
        };
        continue;
      }
      setOwn(attributes, r.keys[i], v);
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
      exception,
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

/** µs since the Unix epoch → OTel HrTime [seconds, nanoseconds]. */
function microsToHrTime(micros: number): [number, number] {
  const seconds = Math.floor(micros / 1_000_000);
  return [seconds, (micros - seconds * 1_000_000) * 1000];
}

// #endregion

// #region Worker — the consumer entry (worker or inline) and the worker bootstrap

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
 * @param init Shared buffers and resolved config (see ConsumerInit).
 * @param inline Whether it runs on the calling thread.
 */
export function startConsumer(
  consumerInit: unknown,
  inline: boolean,
): { finish(deadline: number): Promise<void>; finishSync(deadline: number): void } {
  const init = consumerInit as ConsumerInit;
  const ring = new Ring(init.ring, init.queueMaxSize);
  const counters = new Float64Array(init.counters);
  const config = init.config;
  const decoder = new Decoder(new Redactor(config));
  const resourceFragment = `,"service":${JSON.stringify(config.service)},"env":${
    JSON.stringify(config.environment)
  },"version":${JSON.stringify(config.serviceVersion)}`;
  const stdout = new StdoutSink(counters);
  const otlp = config.otlp !== null ? new OtlpSink(config.otlp, config.resource, counters) : null;
  const budgetMs = inline ? INLINE_SLICE_MS : 20;
  let scratch = Buffer.alloc(MAX_RECORD_BYTES + ENCODER_SLACK);

  /** Consumes records for at most `ms`; true when the ring is empty. */
  const step = (ms: number): boolean => {
    const until = performance.now() + ms;
    const observedMs = Date.now();
    let n = 0;
    for (let off = ring.peek(); off >= 0; off = ring.peek()) {
      const len = ring.lengthAt(off);
      if (len > scratch.length) scratch = Buffer.alloc(len);
      scratch.set(ring.bytes.subarray(off + 4, off + 4 + len));
      // Released before it is used: a consumer killed mid-record loses it (counted at
      // shutdown) rather than writing it twice after a takeover.
      ring.release(off, len);
      counters[C_CONSUMED]++;
      let record: DecodedRecord;
      try {
        record = decoder.decode(scratch.subarray(0, len));
      } catch (e) {
        record = brokenRecord(e);
      }
      const { line, cut } = renderLine(record, resourceFragment);
      if (cut) counters[C_TRUNCATED]++;
      stdout.push(line);
      otlp?.push(record, observedMs);
      if ((++n & 15) === 0 && performance.now() >= until) break;
    }
    otlp?.pump();
    stdout.flush();
    return ring.size() === 0;
  };

  let finished: Promise<void> | null = null;
  let finishDeadline = Infinity;
  const loop = (async () => {
    Atomics.store(ring.ctl, CTL_STATE, 1);
    for (;;) {
      const empty = step(budgetMs);
      if (!empty) {
        await new Promise((resolve) => setTimeout(resolve, 0)); // let I/O and timers run
        continue;
      }
      if (ring.stopping()) break;
      // Sleep until a record arrives; the stdout writer is driven by its own write callbacks.
      await ring.sleep(1000);
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
      while (!step(Infinity) && Date.now() < deadline) { /* drain */ }
      stdout.finishSync(deadline);
    },
  };
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
 * options). After {@linkcode shutdownObservability} has resolved, a call starts a new session
 * with fresh counters. With no OTLP endpoint configured, logs go to stdout only and one notice
 * line goes to stderr. `observabilityStats().mode` is `"starting"` until the worker runs.
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
  if (s !== null && (s.phase === Phase.Running || s.phase === Phase.Stopping)) {
    if (Object.keys(options).length > 0) {
      notice("initObservability() called again while running; its options are ignored");
    }
    return;
  }
  start(options, true);
}

/** Starts a session. `strict`: throw on problems; lazy start: report them and use defaults. */
function start(options: ObservabilityOptions, strict: boolean): void {
  const { config, problems } = resolveConfig(options);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}\nlockbox: started with defaults for those settings`);
  }
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
    clock: options.clock ?? wallClockMs,
    ring: new Ring(ringBuffer, config.queueMaxSize),
    init: {
      tag: WORKER_TAG,
      ring: ringBuffer,
      queueMaxSize: config.queueMaxSize,
      counters: countersBuffer,
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

/** The worker script's URL: the embedded source as a data: URL, or this module from source. */
let workerUrlCache: URL | null = null;
function workerUrl(): URL {
  return workerUrlCache ??= WORKER_SOURCE !== undefined
    ? new URL(
      "data:text/javascript;base64," + Buffer.from(WORKER_SOURCE, "utf8").toString("base64"),
    )
    : new URL(import.meta.url);
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
 * Starts the consumer worker (never re-evaluating the host: the embedded worker source, or
 * this module from source). Sets `workerMode` when the consumer
 * worker was created; mode stays "starting" until it signals it runs (CTL_STATE).
 */
function startWorkers(s: Session): void {
  let url: URL;
  try {
    url = workerUrl();
  } catch (e) {
    notice(`cannot start the background worker (${startFailure(e)}); running inline`);
    return;
  }
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: s.init });
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
 * bundle the OTel SDK is not in this copy, so the embedded worker source is imported and its
 * startConsumer driven here.
 */
function startInline(s: Session): void {
  const init = s.init;
  Atomics.store(s.ring.ctl, CTL_STOP, s.phase === Phase.Running ? 0 : 1);
  if (WORKER_SOURCE === undefined) {
    s.inline = startConsumer(init, true);
    return;
  }
  const pending = import(workerUrl().href).then(
    (mod: { startConsumer: typeof startConsumer }) => mod.startConsumer(init, true),
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
 * Log calls made after this starts are counted as `dropped.afterShutdown`.
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

function onSignal(signal: "SIGTERM" | "SIGINT"): void {
  const serviceHandlesIt = process.listenerCount(signal) > 1;
  void shutdownObservability().then(() => {
    if (!serviceHandlesIt) process.exit(signal === "SIGTERM" ? 143 : 130);
  });
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
    process.on("SIGTERM", onSigterm);
    process.on("SIGINT", onSigint);
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
}

// #endregion

// #region Worker bootstrap — runs last, once every declaration above exists

// This file is also the workers' entry: the tag tells lockbox's own workers from a service's.
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
