// lockbox observability — the one logging module every trading service vendors byte for byte.
//
// Runtimes: Deno 2, Bun 1.x, Node.js 20+ (the same file; Node and Bun run the esbuild bundle).
// Implements: OTel Logs Data Model (LogRecord, severityNumber), OTel Logs SDK via
// @opentelemetry/sdk-logs 3.1.0 (LoggerProvider, BatchLogRecordProcessor), OTLP/HTTP 1.x
// (http/protobuf and http/json) via @opentelemetry/exporter-logs-otlp-{proto,http} 0.301.0,
// OTel SDK environment variables (OTEL_EXPORTER_OTLP_*, OTEL_BLRP_*, OTEL_RESOURCE_ATTRIBUTES).
// License: Apache-2.0.
//
// Runtime code lives only in this file (design card: ../shared/ARCHITECTURE.md). Regions follow
// the data flow: types → defaults → errors → config → hot path → render → worker → lifecycle.

/**
 * lockbox: structured logging for trading services that never blocks the trading loop.
 *
 * A log call captures the record and pushes it into a bounded queue; a background worker
 * (`node:worker_threads`, spawned from this same file) writes one JSON line per record to stdout
 * and exports the records over OTLP/HTTP through the OpenTelemetry logs SDK. A full queue drops
 * the record and counts it; nothing is ever dropped silently.
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
 * @module
 */

import {
  context as otelContext,
  isSpanContextValid,
  ROOT_CONTEXT,
  type SpanContext,
  trace,
} from "@opentelemetry/api";
import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import { defaultResource, resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchLogRecordProcessor,
  LoggerProvider,
  type LogRecordExporter,
  type ReadableLogRecord,
} from "@opentelemetry/sdk-logs";
import { OTLPExporterBase } from "@opentelemetry/otlp-exporter-base";
import {
  convertLegacyHttpOptions,
  createOtlpHttpExportDelegate,
} from "@opentelemetry/otlp-exporter-base/node-http";
import {
  type IExportLogsServiceResponse,
  type ISerializer,
  JsonLogsSerializer,
  LogsExporterMetricsHelper,
  ProtobufLogsSerializer,
} from "@opentelemetry/otlp-transformer";
import { Buffer } from "node:buffer";
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import process from "node:process";
import { setImmediate } from "node:timers";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/**
 * The lockbox release this file belongs to (semver). Pinned in `dist/lockbox.json`; it must
 * change whenever any shipped byte changes (see LOCKBOX.md).
 */
export const VERSION = "0.1.4";

// #region Types — the public shapes (ARCHITECTURE.md §2)

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
 * Attributes of a record or bound context: string keys, any values. Values are rendered safely
 * off the hot path (Error → `{type, message, stack}`, BigInt → decimal string, Date → RFC 3339,
 * circular → `"[Circular]"`, undefined/functions/symbols omitted, long strings cut).
 */
export type Attributes = Record<string, unknown>;

/**
 * A named logger. Every method is O(1) on the caller's thread: no I/O, no serialization, no
 * await, and it never throws, whatever it is given.
 */
export interface Logger {
  /** Log `event` at debug level with optional `attributes`. Drops and counts when the queue is full. */
  debug(event: string, attributes?: Attributes): void;
  /** Log `event` at info level with optional `attributes`. Drops and counts when the queue is full. */
  info(event: string, attributes?: Attributes): void;
  /** Log `event` at warn level with optional `attributes`. Drops and counts when the queue is full. */
  warn(event: string, attributes?: Attributes): void;
  /** Log `event` at error level with optional `attributes`. Drops and counts when the queue is full. */
  error(event: string, attributes?: Attributes): void;
  /** Log `event` at fatal level with optional `attributes`. Drops and counts when the queue is full. */
  fatal(event: string, attributes?: Attributes): void;
  /**
   * A logger with the same name and `context` bound: merged into every record (the bound
   * context's top-level values are snapshotted now; the child's keys win over the parent's; a
   * call's attributes win over both).
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
 * beside it, which overrides the default (ARCHITECTURE.md §5).
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
  /** Records accepted and not yet finished, at most (the queue capacity). @default {2000} (LOG_QUEUE_MAXSIZE) */
  queueMaxSize?: number;
  /** Cap for one rendered string value, in UTF-8 bytes; longer strings are cut with a marker. @default {8192} (LOG_MAX_VALUE_BYTES) */
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
  /** Run the pipeline in a background worker; `false` runs it inline on this thread. @default {true} */
  worker?: boolean;
  /** Flush on natural program end, `process.exit()`, SIGTERM and SIGINT. @default {true} */
  exitHooks?: boolean;
  /** Deadline for automatic shutdowns (exit, signals), in milliseconds. @default {5000} */
  shutdownTimeoutMs?: number;
  /** Wall clock for record timestamps, in milliseconds since the Unix epoch (fractions are µs). For tests. */
  clock?: () => number;
  /** Environment to read instead of `process.env` (tests, embedding). */
  env?: Record<string, string | undefined>;
  /**
   * Stdout line format: `"json"`, one JSON object per line, or `"pretty"`, a coloured one-line
   * form for a developer's terminal. Never chosen automatically from a TTY: containers often
   * have one in production. @default {"json"} (LOG_FORMAT)
   */
  format?: "json" | "pretty";
}

/**
 * Counters of one observability session. After {@linkcode shutdownObservability} resolves,
 * `accepted = stdout.written + stdout.failed` and, with OTLP enabled,
 * `accepted = otlp.exported + otlp.failed + otlp.dropped` (ARCHITECTURE.md §2).
 */
export interface ObservabilityStats {
  /** Where the pipeline runs: `"worker"`, `"inline"` (no worker could start), `"off"` (not started). */
  mode: "worker" | "inline" | "off";
  /** Records that entered the queue. */
  accepted: number;
  /** Records refused: queue full, rate-limited by the policy guard, or logged after shutdown. */
  dropped: { queueFull: number; rateLimited: number; afterShutdown: number };
  /** JSON lines written to stdout, and records whose line could not be written. */
  stdout: { written: number; failed: number };
  /** OTLP: records the exporter reported exported or failed, and records lost before export. */
  otlp: { enabled: boolean; exported: number; failed: number; dropped: number };
  /** Records accepted and not yet finished (written and exported, or failed). */
  pending: number;
}

// #endregion

// #region Defaults — every default once; docs above cite these values

/** Defaults of every setting (ARCHITECTURE.md §5, seed spec). */
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
/** JSON line keys that attributes never overwrite (ARCHITECTURE.md §3), in line order. */
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
/** Nesting levels rendered below a top-level attribute value; deeper values become a marker. */
const MAX_DEPTH = 10;
/** Items rendered per array, keys per object; the rest is summarised by a marker. */
const MAX_ITEMS = 1000;
/**
 * Records rendered and handed over per deferred drain turn: bounds one main-thread slice. At
 * 1–9 µs per record (bench/busy.ts, 2-core VM) 256 keeps a slice under ~2.5 ms; 512 let the
 * stall benchmark see 4.6 ms slices.
 */
const DRAIN_CHUNK = 256;
/** Sleep between stdout retries when fd 1 answers EAGAIN, in milliseconds. */
const EAGAIN_SLEEP_MS = 2;
/** Margin past the batch export timeout after which an unanswered export is counted failed, in ms. */
const EXPORT_GUARD_MS = 1000;
/** Interval of the policy reports (`log_suppressed`, `observability_dropped`), in milliseconds. */
const REPORT_INTERVAL_MS = 1000;
/** Distinct events tracked per logger name by the rate limiter; past it the table starts over. */
const MAX_RATE_KEYS = 10_000;
/** Replacement for a redacted value or match. */
const REDACTED = "[REDACTED]";
/**
 * Attribute keys redacted by default, at any depth, matched as case-insensitive fragments
 * (issue 5, "Redaction").
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
/** Marks the workerData of lockbox's own worker (a service's own workers never match). */
const WORKER_TAG = "lockbox-worker/1";

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
 * try {
 *   initObservability({ env: { LOG_QUEUE_MAXSIZE: "abc" } });
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
  const secrets: string[] = [];
  const sources: { source: string; value: unknown; base: boolean }[] = [];
  if (o.logsEndpoint !== undefined) {
    sources.push({ source: "options.logsEndpoint", value: o.logsEndpoint, base: false });
  } else if (o.endpoint !== undefined) {
    sources.push({ source: "options.endpoint", value: o.endpoint, base: true });
  } else {
    const logs = r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");
    const base = r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (logs !== undefined) {
      sources.push({ source: "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", value: logs, base: false });
    }
    if (base !== undefined) {
      sources.push({ source: "OTEL_EXPORTER_OTLP_ENDPOINT", value: base, base: true });
    }
  }
  // The first valid source wins; an invalid variable is reported and the next one used.
  let found: ReturnType<typeof readUrl>;
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

  const headers: Record<string, string> = {};
  const addHeaders = (h: Record<string, string>) => {
    for (const [k, v] of Object.entries(h)) {
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
      }
      headers[k] = v;
    }
  };
  addHeaders(readHeaderVariable(r, "OTEL_EXPORTER_OTLP_HEADERS", secrets));
  addHeaders(readHeaderVariable(r, "OTEL_EXPORTER_OTLP_LOGS_HEADERS", secrets));
  if (o.headers !== undefined) {
    if (typeof o.headers !== "object" || o.headers === null) {
      r.invalid(
        "options.headers",
        "must be an object of header names to strings",
        "a " + typeof o.headers,
        "",
      );
    } else {
      const ok: Record<string, string> = {};
      for (const [k, v] of Object.entries(o.headers)) {
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
      addHeaders(ok);
    }
  }
  const hasAuth = () => Object.keys(headers).some((k) => k.toLowerCase() === "authorization");

  // Grafana Cloud: lockbox's own variables, so strict.
  const idSource = o.grafanaInstanceId !== undefined
    ? "options.grafanaInstanceId"
    : "GRAFANA_CLOUD_INSTANCE_ID";
  const tokenSource = o.grafanaToken !== undefined ? "options.grafanaToken" : "GRAFANA_CLOUD_TOKEN";
  const instanceId = o.grafanaInstanceId ?? r.get("GRAFANA_CLOUD_INSTANCE_ID");
  const token = o.grafanaToken ?? r.get("GRAFANA_CLOUD_TOKEN");
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
    } else if (!hasAuth()) {
      headers["Authorization"] = "Basic " + base64Forms(`${instanceId}:${token}`)[0];
    }
  }
  if (found !== undefined && (found.user !== "" || found.password !== "")) {
    secrets.push(...base64Forms(`${found.user}:${found.password}`));
    if (!hasAuth()) {
      headers["Authorization"] = "Basic " + base64Forms(`${found.user}:${found.password}`)[0];
    }
  }
  for (const v of Object.values(headers)) secrets.push(...headerSecrets(v));
  return { url: found?.url, urlGiven: sources.length > 0, headers, secrets };
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
  let exporter: "otlp" | "none" = DEFAULTS.exporter;
  if (o.exporter !== undefined) {
    exporter = readEnum(r, {
      option: o.exporter,
      optionName: "exporter",
      envNames: [],
      allowed: ["otlp", "none"] as const,
      fallback: DEFAULTS.exporter,
    });
  } else {
    const raw = r.get("OTEL_LOGS_EXPORTER");
    if (raw !== undefined) {
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
      if (names.includes("otlp")) exporter = "otlp";
      else if (names.includes("none")) exporter = "none";
    }
  }
  let sdkDisabled = false;
  const disabledRaw = r.get("OTEL_SDK_DISABLED");
  if (disabledRaw !== undefined) {
    const v = disabledRaw.toLowerCase();
    if (v === "true") sdkDisabled = true;
    else if (v !== "false") {
      r.invalid(
        "OTEL_SDK_DISABLED",
        'must be "true" or "false"',
        JSON.stringify(disabledRaw),
        "using false",
      );
    }
  }
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
  const timeoutMs = o.timeoutMs !== undefined ? timeout(o.timeoutMs) : logs;
  return { enabled: exporter === "otlp" && !sdkDisabled, protocol, compression, timeoutMs };
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

/** Code-only lifecycle options: `worker`, `exitHooks`, `shutdownTimeoutMs`, `clock`, `env`. */
function readLifecycle(
  r: ConfigReader,
  o: ObservabilityOptions,
): Pick<ResolvedConfig, "worker" | "exitHooks" | "shutdownTimeoutMs"> {
  if (o.clock !== undefined && typeof o.clock !== "function") {
    r.invalid("options.clock", "must be a function returning milliseconds", safeJson(o.clock), "");
  }
  if (o.env !== undefined && (typeof o.env !== "object" || o.env === null)) {
    r.invalid("options.env", "must be an object of variable names to strings", safeJson(o.env), "");
  }
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
 * @internal Exported for tests; not part of the public API.
 */
export function resolveConfig(options: ObservabilityOptions): ConfigReport {
  // An invalid `env` option is a problem (readLifecycle); meanwhile nothing is read from it.
  const env = options.env;
  const r = new ConfigReader(
    env === undefined ? undefined : typeof env === "object" && env !== null ? env : {},
  );
  const limits = readLevelsAndLimits(r, options);
  const redaction = readRedaction(r, options);
  const lifecycle = readLifecycle(r, options);
  const resource = readResource(r, options);
  const exporter = readExporter(r, options);
  const endpoint = readEndpointAndAuth(r, options);
  const batch = readBatch(r, options);

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
 * @internal Exported for tests; `start()` calls it. Not part of the public API.
 */
export function configForStart(options: ObservabilityOptions, strict: boolean): ResolvedConfig {
  const { config, problems, warnings } = resolveConfig(options);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}\nlockbox: started with defaults for those settings`);
  }
  for (const warning of warnings) notice(warning);
  return config;
}

// #endregion

// #region Hot path — level gate → capture → enqueue
//
// Rules for everything in this region: no await, no I/O, no serialization, never throws; cheap
// checks first. A call costs a comparison when its level is off, and otherwise a clock read,
// a shallow copy of the attributes, an active-span lookup and an array push.

/** One captured record; a class so every record has the same hidden shape. */
class CapturedRecord {
  constructor(
    /** Wall-clock time of the call, ms since the Unix epoch with µs in the fraction. */
    readonly time: number,
    /** Index into LEVELS. */
    readonly level: number,
    readonly logger: LoggerCore,
    readonly event: unknown,
    /** Snapshot of the call's attributes (top-level values as of the call), or undefined. */
    readonly attributes: unknown,
    readonly span: SpanContext | undefined,
  ) {}
}

/** Per-logger state shared by a logger and the children that add no context. */
class LoggerCore {
  /** `","level":"info","logger":"<name>","message":` per level index, built once. */
  readonly prefixes: string[];
  /** Bound context: keys in order and their values, snapshotted at `child()`. */
  readonly contextKeys: string[];
  readonly contextValues: unknown[];
  /** Rendered `"key":value` per context key, for the config generation in `renderedFor`. */
  rendered: (string | undefined)[] = [];
  renderedFor = -1;
  /** Rate-limit buckets per event, shared by every logger with this name. */
  readonly buckets: Map<unknown, RateBucket>;

  constructor(readonly name: string, context: Attributes | null) {
    let buckets = bucketsByName.get(name);
    if (buckets === undefined) bucketsByName.set(name, buckets = new Map());
    this.buckets = buckets;
    const quoted = JSON.stringify(name);
    this.prefixes = LEVELS.map((l) => `","level":"${l}","logger":${quoted},"message":`);
    this.contextKeys = context === null ? [] : Object.keys(context);
    this.contextValues = this.contextKeys.map((k) => context![k]);
  }
}

/** A token bucket of the policy guard for one (logger name, event). */
class RateBucket {
  /** Records suppressed since the last `log_suppressed` report. */
  suppressed = 0;
  constructor(
    public tokens: number,
    /** Time of the last refill, ms (the record clock). */
    public last: number,
    readonly core: LoggerCore,
    readonly event: unknown,
  ) {}
}
/** Buckets per logger name (children share their parent's). */
const bucketsByName = new Map<string, Map<unknown, RateBucket>>();
/** Buckets that suppressed records since the last report. */
let suppressedBuckets: RateBucket[] = [];

// Session state. Module-level lets: the hot path reads them without indirection.
const enum Phase {
  Idle,
  Running,
  Stopping,
  Stopped,
}
let phase: Phase = Phase.Idle;
/** Lowest accepted level index; -1 before start so the first call takes the slow path. */
let minLevel = -1;
let capacity: number = DEFAULTS.queueMaxSize;
let accepted = 0;
/** Records finished (both sinks done, or failed/dropped); `accepted - finished` is in flight. */
let finished = 0;
let droppedQueueFull = 0;
let droppedAfterShutdown = 0;
let droppedRateLimited = 0;
/** LOG_RATE_LIMIT: records per second per (logger, event); 0 = guard off. Burst is twice that. */
let rateLimit = 0;
let queue: CapturedRecord[] = [];
let drainScheduled = false;
let clock: () => number = wallClockMs;

/**
 * The @opentelemetry/api 1.x global registry. Every copy of the API in a process shares it,
 * which is how a service's context manager reaches the copy bundled here.
 */
const OTEL_API_GLOBAL = Symbol.for("opentelemetry.js.api.1");
/**
 * Whether a context manager is registered: without one no span can be active, and skipping
 * `trace.getSpanContext(context.active())` saves ~30 ns per call (measured on Node 20 and Deno
 * 2.9 on the bench machine). Refreshed at start and at every drain, so a manager registered
 * after start is seen from the next event-loop turn on.
 */
let tracingActive = false;
function hasContextManager(): boolean {
  return (globalThis as Record<symbol, { context?: unknown } | undefined>)[OTEL_API_GLOBAL]
    ?.context !== undefined;
}

/** Offset from `performance.now()` to the Unix epoch, re-anchored when the wall clock steps. */
let clockOffsetMs = Date.now() - performance.now();

/** Wall clock in ms since the Unix epoch with µs resolution (performance.now() anchored to Date.now()). */
function wallClockMs(): number {
  return clockOffsetMs + performance.now();
}

/** The single entry of every log call. Never throws. */
function emit(level: number, core: LoggerCore, event: unknown, attributes: unknown): void {
  if (level < minLevel) return;
  if (phase !== Phase.Running && !admitSlow()) return;
  if (level < minLevel) return; // the slow path may just have set the level
  const time = clock();
  if (rateLimit > 0 && !admitRate(core, event, time)) {
    droppedRateLimited++;
    return;
  }
  if (accepted - finished >= capacity) {
    refreshFromWorker(); // the worker may have finished records since the last look
    if (accepted - finished >= capacity) {
      droppedQueueFull++;
      return;
    }
  }
  enqueue(time, level, core, event, attributes);
}

/** Snapshot + active span + push; schedules the deferred drain. Never throws. */
function enqueue(
  time: number,
  level: number,
  core: LoggerCore,
  event: unknown,
  attributes: unknown,
): void {
  let snapshot: unknown = attributes;
  let span: SpanContext | undefined;
  try {
    if (typeof attributes === "object" && attributes !== null && !(attributes instanceof Error)) {
      snapshot = { ...attributes };
    }
    if (tracingActive) span = trace.getSpanContext(otelContext.active());
  } catch (e) {
    // A throwing getter or Proxy trap: keep the record, say what happened.
    snapshot = { "lockbox.attributes_error": errorText(e) };
  }
  queue.push(new CapturedRecord(time, level, core, event, snapshot, span));
  accepted++;
  if (!drainScheduled) {
    drainScheduled = true;
    setImmediate(drain);
  }
}

/**
 * Policy guard (ARCHITECTURE.md §8): a token bucket per (logger name, event), refilled at
 * `rateLimit` per second up to a burst of twice that. A refused record is counted and reported
 * later in one `log_suppressed` record per event.
 */
function admitRate(core: LoggerCore, event: unknown, now: number): boolean {
  const buckets = core.buckets;
  const bucket = buckets.get(event);
  const burst = rateLimit * 2;
  if (bucket === undefined) {
    if (buckets.size >= MAX_RATE_KEYS) buckets.clear(); // unbounded event names: start over
    buckets.set(event, new RateBucket(burst - 1, now, core, event));
    return true;
  }
  const tokens = Math.min(burst, bucket.tokens + (now - bucket.last) * rateLimit / 1000);
  bucket.last = now;
  if (tokens >= 1) {
    bucket.tokens = tokens - 1;
    return true;
  }
  bucket.tokens = tokens;
  if (bucket.suppressed++ === 0) suppressedBuckets.push(bucket);
  return false;
}

/** Before start: lazy start from the environment. After shutdown: count and refuse. */
function admitSlow(): boolean {
  if (phase === Phase.Idle) {
    start({}, false);
    return (phase as Phase) === Phase.Running;
  }
  droppedAfterShutdown++;
  return false;
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
    const merged: Attributes = {};
    const parent = this.#core;
    for (let i = 0; i < parent.contextKeys.length; i++) {
      merged[parent.contextKeys[i]] = parent.contextValues[i];
    }
    try {
      Object.assign(merged, context);
    } catch (e) {
      merged["lockbox.attributes_error"] = errorText(e);
    }
    return new LoggerImpl(new LoggerCore(parent.name, merged));
  }
  isEnabled(level: Level): boolean {
    if (phase === Phase.Idle) start({}, false);
    const index = LEVELS.indexOf(level);
    return index >= 0 && index >= minLevel;
  }
}

/**
 * Returns the logger named `name` (the OTel instrumentation scope of its records), with
 * `context` bound to every record it logs.
 *
 * Loggers are cheap; create them once per component and keep them. Logging before
 * {@linkcode initObservability} starts the module from the environment (lazy init).
 *
 * @param name Logger name, e.g. `"trade-exec"`; appears as `logger` in the JSON line.
 * @param context Attributes bound to every record (top-level values snapshotted now).
 * @returns A {@linkcode Logger}. Never throws.
 *
 * @example
 * ```ts
 * const log = getLogger("trade-exec", { strategy_id: "mm_1" });
 * log.info("order_submitted", { order_id: "co_1", symbol: "AAPL" });
 * ```
 */
export function getLogger(name: string, context?: Attributes): Logger {
  const core = new LoggerCore(typeof name === "string" ? name : String(name), null);
  const logger = new LoggerImpl(core);
  return context === undefined ? logger : logger.child(context);
}

// #endregion

// #region Render — safe values and the JSON line (ARCHITECTURE.md §3), off the hot path

/** Config generation: bumps at every start so cached renderings of bound context refresh. */
let generation = 0;
/** `,"service":…,"env":…,"version":…` for the running session. */
let resourceFragment = "";
let maxValueBytes: number = DEFAULTS.maxValueBytes;
let lastIsoMs = -1;
let lastIso = "";

/** RFC 3339 UTC with microseconds, e.g. `2026-11-21T14:03:05.123456Z`. */
function isoMicros(timeMs: number): string {
  const us = Math.floor(timeMs * 1000);
  const ms = Math.floor(us / 1000);
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString().slice(0, 23);
  }
  const frac = us - ms * 1000;
  return lastIso + (frac < 10 ? "00" : frac < 100 ? "0" : "") + frac + "Z";
}

let redactKeys: string[] = DEFAULT_REDACT_KEYS;
let redactPatterns: RegExp[] = DEFAULT_REDACT_PATTERNS;
let secrets: string[] = [];
/** `password=…` / `token: …` inside free text (messages, Error messages), built from redactKeys. */
let keyValuePattern = keyValueRedaction(DEFAULT_REDACT_KEYS);
/** Key → redacted? Cached: keys repeat, the fragment scan need not. */
const keyDecisions = new Map<string, boolean>();

/** Whether a key's value is redacted (a default or LOG_REDACT_KEYS fragment, any case). */
function isSecretKey(k: string): boolean {
  let decision = keyDecisions.get(k);
  if (decision === undefined) {
    const lower = k.toLowerCase();
    decision = redactKeys.some((fragment) => lower.includes(fragment));
    if (keyDecisions.size >= MAX_RATE_KEYS) keyDecisions.clear();
    keyDecisions.set(k, decision);
  }
  return decision;
}

/** A pattern for `<key fragment>=value` and `<key fragment>: value` in free text. */
function keyValueRedaction(fragments: string[]): RegExp {
  const alternatives = fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(
    `([\\w.-]*(?:${alternatives})[\\w.-]*)(\\s*[=:]\\s*)("[^"]*"|'[^']*'|[^\\s,;&"']+)`,
    "gi",
  );
}

/**
 * What every default pattern needs to match at all: `Bearer`, `Basic`, a JWT's `eyJ`, or the
 * `=`/`:` of `key=value`. Most values ("AAPL", "co_1") have none: one test instead of four costs
 * ~60 ns instead of 240–370 ns per short string (Node 20, bench machine).
 */
const DEFAULT_PATTERN_TRIGGER = /Bearer|Basic|eyJ|[=:]/;
/** Patterns from LOG_REDACT_PATTERNS / options (the defaults are the first entries of redactPatterns). */
const CUSTOM_PATTERNS_FROM = DEFAULT_REDACT_PATTERNS.length;

/** Replaces configured credentials and every redaction pattern match with "[REDACTED]". */
function redactString(s: string): string {
  for (const secret of secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
  const defaults = DEFAULT_PATTERN_TRIGGER.test(s);
  if (defaults) {
    keyValuePattern.lastIndex = 0;
    if (keyValuePattern.test(s)) {
      keyValuePattern.lastIndex = 0;
      s = s.replace(keyValuePattern, `$1$2${REDACTED}`);
    }
  }
  for (let i = defaults ? 0 : CUSTOM_PATTERNS_FROM; i < redactPatterns.length; i++) {
    const re = redactPatterns[i];
    re.lastIndex = 0;
    if (re.test(s)) {
      re.lastIndex = 0;
      s = s.replace(re, REDACTED);
    }
  }
  return s;
}

/** Message of an unknown thrown value; never throws. */
function errorText(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unprintable error";
  }
}

/** Cuts a string longer than `maxValueBytes` UTF-8 bytes, with a marker saying how much was cut. */
function capString(s: string): string {
  if (s.length * 3 <= maxValueBytes) return s;
  const bytes = Buffer.byteLength(s, "utf8");
  if (bytes <= maxValueBytes) return s;
  let kept = Buffer.from(s, "utf8").subarray(0, maxValueBytes).toString("utf8");
  if (kept.endsWith("\uFFFD")) kept = kept.slice(0, -1); // a code point split by the cut
  const cut = bytes - Buffer.byteLength(kept, "utf8");
  return `${kept}…[truncated ${cut} bytes]`;
}

/** JSON text of a value, or undefined when the value is omitted (undefined, function, symbol). */
function renderValue(v: unknown, depth: number, seen: object[]): string | undefined {
  switch (typeof v) {
    case "string":
      return JSON.stringify(capString(redactString(v)));
    case "number":
      return Number.isFinite(v) ? String(v) : `"${v}"`;
    case "boolean":
      return v ? "true" : "false";
    case "bigint":
      return `"${v}"`;
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  if (v === null) return "null";
  try {
    return renderObject(v as object, depth, seen);
  } catch (e) {
    return renderValue(`[Unrenderable: ${errorText(e)}]`, 0, []);
  }
}

function renderObject(v: object, depth: number, seen: object[]): string | undefined {
  if (seen.includes(v)) return '"[Circular]"';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '"Invalid Date"' : `"${v.toISOString()}"`;
  }
  if (depth >= MAX_DEPTH) return '"[Depth limit]"';
  seen.push(v);
  try {
    if (v instanceof Error) {
      let out = `{"type":${renderValue(v.name, depth + 1, seen) ?? '"Error"'},"message":${
        renderValue(v.message, depth + 1, seen) ?? '""'
      }`;
      const stack = renderValue(v.stack, depth + 1, seen);
      if (stack !== undefined) out += `,"stack":${stack}`;
      const cause = "cause" in v ? renderValue(v.cause, depth + 1, seen) : undefined;
      if (cause !== undefined) out += `,"cause":${cause}`;
      return out + "}";
    }
    if (Array.isArray(v) || v instanceof Set) {
      const items = Array.isArray(v) ? v : [...v];
      const n = Math.min(items.length, MAX_ITEMS);
      let out = "[";
      for (let i = 0; i < n; i++) {
        if (i > 0) out += ",";
        out += renderValue(items[i], depth + 1, seen) ?? "null";
      }
      if (items.length > n) out += `,"[${items.length - n} more items]"`;
      return out + "]";
    }
    if (ArrayBuffer.isView(v)) {
      return `"[${v.constructor.name} ${v.byteLength} bytes]"`;
    }
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") {
      return renderValue(toJSON.call(v), depth + 1, seen);
    }
    const entries: Iterable<[unknown, unknown]> = v instanceof Map
      ? v.entries()
      : Object.keys(v).map((k) => [k, readProperty(v, k)]);
    let out = "{";
    let count = 0;
    let more = 0;
    for (const [k, value] of entries) {
      if (count >= MAX_ITEMS) {
        more++;
        continue;
      }
      const rendered = value !== undefined && isSecretKey(String(k))
        ? `"${REDACTED}"`
        : renderValue(value, depth + 1, seen);
      if (rendered === undefined) continue;
      out += (count++ > 0 ? "," : "") + JSON.stringify(String(k)) + ":" + rendered;
    }
    if (more > 0) out += `${count > 0 ? "," : ""}"[more]":"${more} more keys"`;
    return out + "}";
  } finally {
    seen.pop();
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

/** Appends `,"key":value` pairs of bound context and call attributes (call wins). */
function renderAttributes(core: LoggerCore, attributes: unknown, errors: string[]): string {
  let attrs: Attributes | undefined;
  if (attributes === undefined || attributes === null) attrs = undefined;
  else if (attributes instanceof Error) attrs = { error: attributes };
  else if (typeof attributes === "object") attrs = attributes as Attributes;
  else attrs = { value: attributes };
  const seen: object[] = [];
  let out = "";
  if (core.contextKeys.length > 0) {
    if (core.renderedFor !== generation) {
      core.rendered = core.contextKeys.map((k, i) => {
        const value = core.contextValues[i];
        const info = keyInfo(k);
        const v = value !== undefined && info.secret
          ? `"${REDACTED}"`
          : renderValue(value, 0, seen);
        return v === undefined ? undefined : info.prefix + v;
      });
      core.renderedFor = generation;
    }
    for (let i = 0; i < core.contextKeys.length; i++) {
      const part = core.rendered[i];
      if (part === undefined) continue;
      const k = core.contextKeys[i];
      const info = keyInfo(k);
      // The call's attributes win over bound context, under the key or its renamed form.
      if (
        attrs !== undefined &&
        (Object.hasOwn(attrs, k) || (info.out !== k && Object.hasOwn(attrs, info.out)))
      ) continue;
      if (core.contextValues[i] instanceof Error && !info.secret) errors.push(info.out);
      out += part;
    }
  }
  if (attrs !== undefined) {
    for (const k of Object.keys(attrs)) {
      const info = keyInfo(k);
      if (info.out !== k && Object.hasOwn(attrs, info.out)) continue; // an explicit "attr.x" wins
      const value = readProperty(attrs, k);
      const secret = info.secret && value !== undefined;
      const v = secret ? `"${REDACTED}"` : renderValue(value, 0, seen);
      if (v === undefined) continue;
      if (value instanceof Error && !secret) errors.push(info.out);
      out += info.prefix + v;
    }
  }
  return out;
}

/** What rendering needs of a top-level attribute key, computed once per key. */
interface KeyInfo {
  /** The key in the line: COLLISION_PREFIX + key for a reserved one (ARCHITECTURE.md §3). */
  out: string;
  /** `,"<out>":`, JSON-quoted. */
  prefix: string;
  /** Whether its value is redacted. */
  secret: boolean;
}
/**
 * Cache of KeyInfo: keys repeat from record to record, and one lookup replaces a reserved-key
 * check, a redaction-key check and a JSON.stringify of the key per attribute.
 */
const keyInfos = new Map<string, KeyInfo>();
function keyInfo(k: string): KeyInfo {
  let info = keyInfos.get(k);
  if (info === undefined) {
    const out = RESERVED_KEYS.has(k) ? COLLISION_PREFIX + k : k;
    info = { out, prefix: `,${JSON.stringify(out)}:`, secret: isSecretKey(k) };
    if (keyInfos.size >= MAX_RATE_KEYS) keyInfos.clear();
    keyInfos.set(k, info);
  }
  return info;
}

/** The event as text: strings as they are; anything else rendered (issue 5, bad input). */
function eventText(event: unknown): string {
  if (typeof event === "string") return event;
  try {
    const rendered = renderValue(event, 0, []);
    return rendered === undefined
      ? String(event)
      : rendered.startsWith('"')
      ? JSON.parse(rendered)
      : rendered;
  } catch {
    return "[unprintable event]";
  }
}

/** One JSON line (with "\n") for a record. Never throws. */
function renderLine(r: CapturedRecord, errors: string[]): string {
  const core = r.logger;
  const event = JSON.stringify(capString(redactString(eventText(r.event))));
  let line = `{"ts":"${isoMicros(r.time)}${core.prefixes[r.level]}${event}${resourceFragment}`;
  const sc = r.span;
  if (sc !== undefined && isSpanContextValid(sc)) {
    line += `,"trace_id":"${sc.traceId}","span_id":"${sc.spanId}"`;
  }
  try {
    line += renderAttributes(core, r.attributes, errors);
  } catch (e) {
    line += `,"lockbox.render_error":${JSON.stringify(errorText(e))}`;
  }
  return line + "}\n";
}

// #endregion

// #region Worker — handoff, stdout writer, OTel pipeline, accounting

/** A rendered batch: what crosses the thread boundary (one string, not one message per record). */
interface Batch {
  seq: number;
  count: number;
  /** JSON lines, each ending in "\n" — written to stdout as is and parsed for OTLP. */
  text: string;
  /** Per record: OTel trace flags of the active span (0 without one). Empty when OTLP is off. */
  flags: number[];
  /** Per record: the call's time in µs since the Unix epoch, as in the line's `ts` (saves Date.parse). */
  micros: number[];
  /** Per record: the attribute key holding the first Error, or "" (→ exception.* in OTLP). */
  exceptions: string[];
}

/** Cumulative counters a pipeline reports. */
interface PipelineCounters {
  /** Highest batch seq whose stdout write is done (written or failed). */
  seq: number;
  written: number;
  stdoutFailed: number;
  exported: number;
  otlpFailed: number;
}

/** Messages main → worker. */
type ToWorker = { t: "batch"; batch: Batch } | { t: "shutdown" };
/** Messages worker → main: only the end; progress travels through shared memory. */
type FromWorker = { t: "final"; counters: PipelineCounters };

/** What the worker needs to build the pipeline; serializable. */
interface PipelineConfig {
  otlp: OtlpConfig | null;
  resource: Record<string, string | number | boolean>;
  /** File descriptor for JSON lines. */
  fd: number;
}

/** Sleeps the calling thread for `ms` (EAGAIN back-off); the caller is a worker or inline. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/**
 * Writes all of `text` to `fd`, retrying on EAGAIN (a non-blocking pipe whose reader is slow).
 * Returns the number of complete lines written; the rest failed.
 */
function writeLines(fd: number, text: string, lines: number): number {
  const buf = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < buf.length) {
    try {
      offset += writeSync(fd, buf, offset, buf.length - offset);
    } catch (e) {
      const code = (e as { code?: string; name?: string }).code ??
        (e as { name?: string }).name;
      if (code === "EAGAIN" || code === "WouldBlock" || code === "EWOULDBLOCK") {
        sleepSync(EAGAIN_SLEEP_MS);
        continue;
      }
      let done = 0;
      for (let i = 0; i < offset; i++) if (buf[i] === 10) done++;
      return done;
    }
  }
  return lines;
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
  export(records: ReadableLogRecord[], done: (result: ExportResult) => void): void {
    let settled = false;
    const settle = (result: ExportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      const partial = this.partial;
      this.partial = null;
      if (result.code !== ExportResultCode.SUCCESS) {
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
        code: ExportResultCode.FAILED,
        error: new Error(`OTLP export got no answer within ${this.#guardMs} ms`),
      });
    }, this.#guardMs);
    try {
      this.#inner.export(records, settle);
    } catch (e) {
      settle({
        code: ExportResultCode.FAILED,
        error: e instanceof Error ? e : new Error(String(e)),
      });
    }
  }
  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.#inner.forceFlush?.() ?? Promise.resolve();
  }
}

/** One parsed line waiting for room in the batch processor. */
interface PendingOtlp {
  fields: Record<string, unknown>;
  micros: number;
  flags: number;
  exception: string;
  observedMs: number;
}

/**
 * The sink side: stdout writer + OTel pipeline. Runs in the worker, or inline on the main
 * thread when no worker can start. Batches are processed in order; stdout first, then OTLP.
 */
class Pipeline {
  readonly counters: PipelineCounters = {
    seq: 0,
    written: 0,
    stdoutFailed: 0,
    exported: 0,
    otlpFailed: 0,
  };
  #fd: number;
  #report: () => void;
  #provider: LoggerProvider | null = null;
  #loggers = new Map<string, ReturnType<LoggerProvider["getLogger"]>>();
  #backlog: PendingOtlp[] = [];
  #inProcessor = 0;
  #processorCapacity = 0;
  #lastExportOk = true;
  #url = "";
  #secrets: string[] = [];
  #finishing: Promise<void> | null = null;

  constructor(config: PipelineConfig, report: () => void) {
    this.#fd = config.fd;
    this.#report = report;
    const otlp = config.otlp;
    if (otlp === null) return;
    this.#url = otlp.url;
    this.#secrets = Object.values(otlp.headers).filter((v) => v.length >= 4);
    const exporterConfig = {
      url: otlp.url,
      headers: otlp.headers,
      timeoutMillis: otlp.timeoutMs,
      compression: otlp.compression as never,
    };
    const json = otlp.protocol === "http/json";
    // What OTLPLogExporter of exporter-logs-otlp-{http,proto} 0.301.0 does in its constructor,
    // from the same public parts, with the response serializer observed for partial success.
    const exporter = new CountingExporter(
      (serializer) =>
        new OTLPExporterBase(
          createOtlpHttpExportDelegate(
            convertLegacyHttpOptions(exporterConfig, "LOGS", "v1/logs", {
              "Content-Type": json ? "application/json" : "application/x-protobuf",
            }),
            serializer,
            "otlp_http_log_exporter",
            LogsExporterMetricsHelper,
            undefined,
          ),
        ),
      json ? JsonLogsSerializer : ProtobufLogsSerializer,
      otlp.batch.exportTimeoutMs + EXPORT_GUARD_MS,
      (exported, failed, error) => this.#onExported(exported, failed, error),
    );
    this.#processorCapacity = otlp.batch.maxQueueSize;
    this.#provider = new LoggerProvider({
      resource: defaultResource().merge(resourceFromAttributes(config.resource)),
      processors: [
        new BatchLogRecordProcessor({
          exporter,
          maxQueueSize: otlp.batch.maxQueueSize,
          maxExportBatchSize: otlp.batch.maxExportBatchSize,
          scheduledDelayMillis: otlp.batch.scheduledDelayMs,
          exportTimeoutMillis: otlp.batch.exportTimeoutMs,
        }),
      ],
    });
  }

  /** Writes the batch's lines, then queues its records for OTLP. Never throws. */
  process(batch: Batch): void {
    const written = writeLines(this.#fd, batch.text, batch.count);
    this.counters.written += written;
    this.counters.stdoutFailed += batch.count - written;
    this.counters.seq = batch.seq;
    if (this.#provider !== null) {
      const observedMs = Date.now();
      let start = 0;
      for (let i = 0; i < batch.count; i++) {
        const end = batch.text.indexOf("\n", start);
        const line = batch.text.slice(start, end);
        start = end + 1;
        let fields: Record<string, unknown>;
        try {
          fields = JSON.parse(line);
        } catch {
          this.counters.otlpFailed++;
          continue;
        }
        this.#backlog.push({
          fields,
          micros: batch.micros[i],
          flags: batch.flags[i] ?? 0,
          exception: batch.exceptions[i] ?? "",
          observedMs,
        });
      }
      this.#pump();
    }
    this.#report();
  }

  /** Moves backlog into the batch processor while it has room: it drops silently when full. */
  #pump(): void {
    while (this.#backlog.length > 0 && this.#inProcessor < this.#processorCapacity) {
      const item = this.#backlog.shift()!;
      this.#inProcessor++;
      try {
        this.#emit(item);
      } catch {
        this.#inProcessor--;
        this.counters.otlpFailed++;
      }
    }
  }

  /** Maps one JSON line to an OTel LogRecord (ARCHITECTURE.md §4). */
  #emit(item: PendingOtlp): void {
    const f = item.fields;
    const name = String(f.logger);
    let logger = this.#loggers.get(name);
    if (logger === undefined) {
      logger = this.#provider!.getLogger(name);
      this.#loggers.set(name, logger);
    }
    const level = LEVELS.indexOf(f.level as Level);
    const attributes: Record<string, unknown> = {};
    for (const k in f) if (!RESERVED_KEYS.has(k)) attributes[k] = f[k];
    let exception: { name: string; message: string; stack?: string } | undefined;
    if (item.exception !== "") {
      const e = attributes[item.exception] as { type?: string; message?: string; stack?: string };
      delete attributes[item.exception];
      exception = { name: String(e?.type), message: String(e?.message), stack: e?.stack };
    }
    const ctx = typeof f.trace_id === "string"
      ? trace.setSpanContext(ROOT_CONTEXT, {
        traceId: f.trace_id,
        spanId: String(f.span_id),
        traceFlags: item.flags,
      })
      : ROOT_CONTEXT;
    const message = String(f.message);
    logger.emit({
      timestamp: microsToHrTime(item.micros),
      observedTimestamp: item.observedMs,
      severityNumber: SEVERITY_NUMBERS[level],
      severityText: SEVERITY_TEXTS[level],
      body: message,
      eventName: message,
      attributes: attributes as never,
      exception,
      context: ctx,
    });
  }

  #onExported(exported: number, failed: number, error: Error | undefined): void {
    this.#inProcessor -= exported + failed;
    this.counters.exported += exported;
    this.counters.otlpFailed += failed;
    const ok = failed === 0;
    if (!ok && this.#lastExportOk) {
      let why = error?.message ?? "unknown error";
      for (const s of this.#secrets) why = why.split(s).join(REDACTED);
      notice(`OTLP export to ${this.#url} failed (${failed} records): ${why}`);
    }
    this.#lastExportOk = ok;
    this.#pump();
    this.#report();
  }

  /** Exports everything held: backlog → one forceFlush → provider shutdown. Runs once. */
  finish(): Promise<void> {
    this.#finishing ??= (async () => {
      const provider = this.#provider;
      if (provider === null) return;
      try {
        // The backlog only exceeds the processor's room when LOG_QUEUE_MAXSIZE > its queue size.
        while (this.#backlog.length > 0) {
          this.#pump();
          await provider.forceFlush();
        }
        await provider.forceFlush();
        await provider.shutdown();
      } catch {
        // Failures were counted by CountingExporter; nothing else to do on the way out.
      }
      this.#report();
    })();
    return this.#finishing;
  }
}

/** µs since the Unix epoch → OTel HrTime [seconds, nanoseconds]. */
function microsToHrTime(micros: number): [number, number] {
  const seconds = Math.floor(micros / 1_000_000);
  return [seconds, (micros - seconds * 1_000_000) * 1000];
}

/** Worker entry: builds the pipeline and serves the main thread's messages. */
function runWorker(): void {
  const data = workerData as {
    config: PipelineConfig;
    shared: Int32Array;
    counts: Float64Array;
  };
  /**
   * Publishes the counters in shared memory. The main thread reads them when it needs them
   * (drain, a full queue, stats, a blocked `exit`), so no message per batch crosses back: that
   * message cost the main thread more than rendering the batch's lines did.
   */
  const publish = () => {
    const c = pipeline.counters;
    data.counts.set([c.seq, c.written, c.stdoutFailed, c.exported, c.otlpFailed]);
    Atomics.store(data.shared, 0, c.seq); // seq-cst: the stores above are visible after it
  };
  const port = parentPort!;
  const pipeline = new Pipeline(data.config, publish);
  // Registered before any await (none here): messages sent before it would otherwise be lost.
  port.on("message", (msg: ToWorker) => {
    if (msg.t === "batch") pipeline.process(msg.batch);
    else {
      pipeline.finish().then(() => {
        port.postMessage({ t: "final", counters: pipeline.counters } satisfies FromWorker);
        publish();
        Atomics.store(data.shared, 1, 1);
        Atomics.notify(data.shared, 1);
      });
    }
  });
}

// #endregion

// #region Lifecycle — start, handoff to the sink, shutdown, exit and signal hooks

/** The sink a session hands batches to: a worker, or the pipeline inline. */
interface Sink {
  mode: "worker" | "inline";
  submit(batch: Batch): void;
}

let config: ResolvedConfig | null = null;
let sink: Sink | null = null;
let mainWorker: Worker | null = null;
/** The pipeline when it runs on this thread (inline mode), else null. */
let inlinePipeline: Pipeline | null = null;
/** [0] = highest seq written to stdout by the worker, [1] = 1 once the worker finished. */
let shared: Int32Array | null = null;
/** The worker's counters in shared memory: [seq, written, stdoutFailed, exported, otlpFailed]. */
let sharedCounts: Float64Array | null = null;
let batchSeq = 0;
/** Batches handed to the worker and not yet confirmed written (replayed if it dies). */
let unconfirmed: Batch[] = [];
/** Counters of pipelines that ended (a dead worker), plus the current one. */
let base: PipelineCounters = emptyCounters();
let current: PipelineCounters = emptyCounters();
let otlpDropped = 0;
let finalStats: ObservabilityStats | null = null;
let shutdownPromise: Promise<ObservabilityStats> | null = null;
let workerDone: (() => void) | null = null;

function emptyCounters(): PipelineCounters {
  return { seq: 0, written: 0, stdoutFailed: 0, exported: 0, otlpFailed: 0 };
}

/** Takes the worker's counters: prunes the batches it has written, recomputes `finished`. */
function adoptCounters(counters: PipelineCounters): void {
  current = counters;
  while (unconfirmed.length > 0 && unconfirmed[0].seq <= counters.seq) unconfirmed.shift();
  updateFinished();
}

/**
 * Reads the worker's counters from shared memory (see runWorker's publish). The five numbers
 * are not read atomically as a set, but each only grows and the batch seq is read last-written
 * first, so a mixed read only lags; shutdown adopts the final, consistent counters.
 */
function refreshFromWorker(): void {
  const cells = shared;
  const counts = sharedCounts;
  if (cells === null || counts === null || sink?.mode !== "worker" || finalStats !== null) return;
  const seq = Atomics.load(cells, 0);
  adoptCounters({
    seq,
    written: counts[1],
    stdoutFailed: counts[2],
    exported: counts[3],
    otlpFailed: counts[4],
  });
}

/** Recomputes `finished` from the counters; called whenever they change. */
function updateFinished(): void {
  finished = config?.otlp
    ? base.exported + current.exported + base.otlpFailed + current.otlpFailed + otlpDropped
    : base.written + current.written + base.stdoutFailed + current.stdoutFailed;
}

/** Writes one `lockbox: …` line to stderr. Never throws; never carries a credential. */
function notice(text: string): void {
  try {
    writeSync(2, `lockbox: ${text}\n`);
  } catch {
    // stderr gone: nothing left to tell
  }
}

/**
 * Starts observability: validates the configuration (options over environment over defaults),
 * starts the background worker (or the inline pipeline when no worker can start) and installs
 * the exit and signal hooks.
 *
 * Idempotent: a second call while running does nothing (a notice on stderr if it carried
 * options). After {@linkcode shutdownObservability} has resolved, a call starts a new session
 * with fresh counters. With no OTLP endpoint configured, logs go to stdout only and one notice
 * line goes to stderr.
 *
 * @param options Settings that override the environment (ARCHITECTURE.md §5).
 * @throws {ObservabilityConfigError} listing every invalid setting at once; nothing is started.
 *
 * @example
 * ```ts
 * initObservability({ serviceName: "trade-exec", environment: "prod" });
 * ```
 */
export function initObservability(options: ObservabilityOptions = {}): void {
  if (phase === Phase.Running || phase === Phase.Stopping) {
    if (Object.keys(options).length > 0) {
      notice("initObservability() called again while running; its options are ignored");
    }
    return;
  }
  start(options, true);
}

/** Starts a session. `strict`: throw on problems; lazy start: report them and use defaults. */
function start(options: ObservabilityOptions, strict: boolean): void {
  const { config: resolved, problems } = resolveConfig(options);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}\nlockbox: started with defaults for those settings`);
  }
  config = resolved;
  generation++;
  minLevel = LEVELS.indexOf(resolved.level);
  capacity = resolved.queueMaxSize;
  maxValueBytes = resolved.maxValueBytes;
  rateLimit = resolved.rateLimit;
  tracingActive = hasContextManager();
  redactKeys = resolved.redactKeys;
  redactPatterns = resolved.redactPatterns;
  secrets = resolved.secrets;
  keyValuePattern = keyValueRedaction(resolved.redactKeys);
  keyDecisions.clear();
  keyInfos.clear();
  for (const buckets of bucketsByName.values()) buckets.clear();
  suppressedBuckets = [];
  reported = { queueFull: 0, rateLimited: 0, stdoutFailed: 0, otlpFailed: 0, otlpDropped: 0 };
  clock = options.clock ?? wallClockMs;
  resourceFragment = `,"service":${JSON.stringify(resolved.service)},"env":${
    JSON.stringify(resolved.environment)
  },"version":${JSON.stringify(resolved.serviceVersion)}`;
  accepted =
    finished =
    droppedQueueFull =
    droppedAfterShutdown =
    droppedRateLimited =
    otlpDropped =
      0;
  base = emptyCounters();
  current = emptyCounters();
  queue = [];
  unconfirmed = [];
  batchSeq = 0;
  finalStats = null;
  shutdownPromise = null;
  if (resolved.otlpNotice !== "") notice(resolved.otlpNotice);
  sink = resolved.worker ? startWorkerSink(resolved) : null;
  sink ??= startInlineSink(resolved);
  phase = Phase.Running;
  reportTimer = setInterval(() => {
    if (phase === Phase.Running) policyReport();
  }, REPORT_INTERVAL_MS);
  reportTimer.unref?.();
  if (resolved.exitHooks) installHooks();
}

let reportTimer: ReturnType<typeof setInterval> | undefined;
/** Counters as of the last `observability_dropped` record. */
let reported = { queueFull: 0, rateLimited: 0, stdoutFailed: 0, otlpFailed: 0, otlpDropped: 0 };
/** The logger of lockbox's own records. */
const selfLogger = new LoggerCore("lockbox", null);

/**
 * Makes drops and failures visible in both sinks (issue 5, "Self-report" and "Logging-policy
 * guard"): one `log_suppressed` record per event the rate limiter refused since the last
 * report, and one `observability_dropped` record with the counts since the last report. Runs
 * every REPORT_INTERVAL_MS and once more at shutdown, so it is rate-limited by construction.
 * These records bypass the guard and the capacity check: at most a few per interval.
 */
function policyReport(): void {
  const now = clock();
  for (const bucket of suppressedBuckets) {
    enqueue(now, 2, bucket.core, "log_suppressed", {
      event: eventText(bucket.event),
      suppressed: bucket.suppressed,
    });
    bucket.suppressed = 0;
  }
  suppressedBuckets = [];
  const counts = {
    queueFull: droppedQueueFull,
    rateLimited: droppedRateLimited,
    stdoutFailed: base.stdoutFailed + current.stdoutFailed,
    otlpFailed: base.otlpFailed + current.otlpFailed,
    otlpDropped,
  };
  const delta = {
    queue_full: counts.queueFull - reported.queueFull,
    rate_limited: counts.rateLimited - reported.rateLimited,
    stdout_failed: counts.stdoutFailed - reported.stdoutFailed,
    otlp_failed: counts.otlpFailed - reported.otlpFailed,
    otlp_dropped: counts.otlpDropped - reported.otlpDropped,
  };
  reported = counts;
  if (Object.values(delta).some((n) => n > 0)) {
    enqueue(now, 2, selfLogger, "observability_dropped", delta);
  }
}

function pipelineConfig(resolved: ResolvedConfig): PipelineConfig {
  return { otlp: resolved.otlp, resource: resolved.resource, fd: 1 };
}

function startInlineSink(resolved: ResolvedConfig): Sink {
  const pipeline = new Pipeline(pipelineConfig(resolved), updateFinished);
  current = pipeline.counters; // the pipeline updates this object in place
  inlinePipeline = pipeline;
  return { mode: "inline", submit: (batch) => pipeline.process(batch) };
}

/** Spawns the worker from this same file; null when the runtime refuses. */
function startWorkerSink(resolved: ResolvedConfig): Sink | null {
  let worker: Worker;
  const cells = new Int32Array(new SharedArrayBuffer(8));
  const counts = new Float64Array(new SharedArrayBuffer(5 * 8));
  try {
    worker = new Worker(new URL(import.meta.url), {
      workerData: { tag: WORKER_TAG, config: pipelineConfig(resolved), shared: cells, counts },
    });
  } catch (e) {
    notice(`cannot start the background worker (${errorText(e)}); running inline`);
    return null;
  }
  mainWorker = worker;
  shared = cells;
  sharedCounts = counts;
  inlinePipeline = null;
  worker.on("message", (msg: FromWorker) => {
    if (worker !== mainWorker || finalStats !== null) return;
    adoptCounters(msg.counters);
    workerDone?.();
  });
  const lost = (why: string) => {
    if (worker !== mainWorker) return;
    mainWorker = null;
    if (finalStats !== null || (phase === Phase.Stopping && shared?.[1] === 1)) return;
    workerLost(why);
  };
  worker.on("error", (e: unknown) => lost(errorText(e)));
  worker.on("exit", (code: number) => lost(`exit code ${code}`));
  // After the listeners: on Node and Bun, adding a "message" listener re-refs the worker's port,
  // so an earlier unref() would keep a finished program alive (beforeExit never fires).
  worker.unref();
  return {
    mode: "worker",
    submit(batch) {
      unconfirmed.push(batch);
      worker.postMessage({ t: "batch", batch } satisfies ToWorker);
    },
  };
}

/**
 * The worker died before finishing: count what it took with it, replay the batches it had not
 * written, and carry on inline. Never a silent black hole.
 */
function workerLost(why: string): void {
  refreshFromWorker();
  notice(`background worker stopped (${why}); continuing inline`);
  // Records written to stdout by the dead worker but not reported exported are lost for OTLP.
  const acknowledged = current.written + current.stdoutFailed;
  if (config?.otlp) otlpDropped += acknowledged - current.exported - current.otlpFailed;
  base = {
    seq: 0,
    written: base.written + current.written,
    stdoutFailed: base.stdoutFailed + current.stdoutFailed,
    exported: base.exported + current.exported,
    otlpFailed: base.otlpFailed + current.otlpFailed,
  };
  const replay = unconfirmed;
  unconfirmed = [];
  sink = startInlineSink(config!);
  for (const batch of replay) sink.submit(batch);
  updateFinished();
  workerDone?.();
}

/** Renders up to DRAIN_CHUNK queued records into one batch and hands it over. */
function drain(): void {
  drainScheduled = false;
  refreshFromWorker();
  tracingActive = hasContextManager();
  if (sink === null || queue.length === 0) return;
  const records = queue.length <= DRAIN_CHUNK ? queue : queue.slice(0, DRAIN_CHUNK);
  queue = records === queue ? [] : queue.slice(DRAIN_CHUNK);
  handOver(records);
  if (queue.length > 0 && !drainScheduled) {
    drainScheduled = true;
    setImmediate(drain);
  }
}

/** Re-anchors the µs clock to the wall clock when it stepped by more than 2 ms (NTP). */
function reanchorClock(): void {
  const offset = Date.now() - performance.now();
  if (Math.abs(offset - clockOffsetMs) > 2) clockOffsetMs = offset;
}

function handOver(records: CapturedRecord[]): void {
  reanchorClock();
  const withOtlp = config?.otlp != null;
  let text = "";
  const flags: number[] = [];
  const micros: number[] = [];
  const exceptions: string[] = [];
  const errors: string[] = [];
  for (const r of records) {
    errors.length = 0;
    text += renderLine(r, errors);
    if (withOtlp) {
      micros.push(Math.floor(r.time * 1000)); // the same µs as isoMicros() writes
      flags.push(r.span !== undefined ? r.span.traceFlags : 0);
      exceptions.push(errors.length > 0 ? errors[0] : "");
    }
  }
  sink!.submit({ seq: ++batchSeq, count: records.length, text, flags, micros, exceptions });
}

/** Renders and hands over everything queued, synchronously (shutdown, exit). */
function drainAll(): void {
  while (queue.length > 0) drain();
}

/**
 * Stops intake, drains the queue, writes every line to stdout, exports what OTLP can within the
 * deadline, and returns the final counters (ARCHITECTURE.md §6 order: stop intake → hand the
 * queue to the worker → stdout → one provider forceFlush → provider shutdown → stats → worker
 * ends). Log calls made after this starts are counted as `dropped.afterShutdown`.
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
  if (phase === Phase.Idle) return Promise.resolve(observabilityStats());
  if (shutdownPromise !== null) return shutdownPromise;
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs! >= 0
    ? options.timeoutMs!
    : config?.shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs;
  phase = Phase.Stopping;
  shutdownPromise = runShutdown(timeoutMs);
  return shutdownPromise;
}

async function runShutdown(timeoutMs: number): Promise<ObservabilityStats> {
  policyReport();
  drainAll();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const work = new Promise<void>((resolve) => {
    workerDone = resolve;
    if (mainWorker !== null && sink?.mode === "worker") {
      mainWorker.ref();
      mainWorker.postMessage({ t: "shutdown" } satisfies ToWorker);
    } else {
      (inlinePipeline?.finish() ?? Promise.resolve()).then(resolve);
    }
  });
  await Promise.race([work, deadline]);
  clearTimeout(timer);
  workerDone = null;
  return finalize();
}

/** Counts what is unfinished as failed/dropped, freezes the stats, ends the worker. */
function finalize(): ObservabilityStats {
  if (finalStats !== null) return finalStats;
  refreshFromWorker(); // once: the counters below and the frozen stats must agree
  const stdoutDone = base.written + current.written + base.stdoutFailed + current.stdoutFailed;
  base.stdoutFailed += accepted - stdoutDone;
  if (config?.otlp) {
    otlpDropped += accepted - (base.exported + current.exported + base.otlpFailed +
      current.otlpFailed + otlpDropped);
  }
  updateFinished();
  finalStats = currentStats();
  phase = Phase.Stopped;
  clearInterval(reportTimer);
  const worker = mainWorker;
  mainWorker = null;
  if (worker !== null) {
    worker.unref();
    worker.terminate().catch(() => {});
  }
  sink = null;
  inlinePipeline = null;
  removeHooks();
  return finalStats;
}

/**
 * The session's counters right now (a fresh object). Before any start: `mode: "off"`, zeros.
 * After shutdown: the final counters, with `dropped.afterShutdown` still counting.
 *
 * @returns {@linkcode ObservabilityStats}. Never throws.
 */
export function observabilityStats(): ObservabilityStats {
  refreshFromWorker();
  return currentStats();
}

/** The stats from the counters as they are now (no refresh from the worker). */
function currentStats(): ObservabilityStats {
  if (finalStats !== null) {
    return {
      ...finalStats,
      dropped: { ...finalStats.dropped, afterShutdown: droppedAfterShutdown },
      stdout: { ...finalStats.stdout },
      otlp: { ...finalStats.otlp },
    };
  }
  return {
    mode: phase === Phase.Idle || sink === null ? "off" : sink.mode,
    accepted,
    dropped: {
      queueFull: droppedQueueFull,
      rateLimited: droppedRateLimited,
      afterShutdown: droppedAfterShutdown,
    },
    stdout: {
      written: base.written + current.written,
      failed: base.stdoutFailed + current.stdoutFailed,
    },
    otlp: {
      enabled: config?.otlp != null,
      exported: base.exported + current.exported,
      failed: base.otlpFailed + current.otlpFailed,
      dropped: otlpDropped,
    },
    pending: accepted - finished,
  };
}

// Exit and signal hooks (ARCHITECTURE.md §6).
let hooksInstalled = false;

function onBeforeExit(): void {
  if (phase === Phase.Running) void shutdownObservability();
}

/**
 * `process.exit()` or the end of the event loop with a session still running: hand the queue
 * over and block this thread (Atomics.wait) until the worker has written and exported, up to the
 * shutdown deadline. The worker thread keeps running while the main thread waits.
 */
function onExit(): void {
  if (phase !== Phase.Running && phase !== Phase.Stopping) return;
  const deadline = Date.now() + (config?.shutdownTimeoutMs ?? DEFAULTS.shutdownTimeoutMs);
  if (phase === Phase.Running) policyReport();
  phase = Phase.Stopping;
  drainAll();
  const worker = mainWorker;
  const cells = shared;
  if (worker !== null && cells !== null && sink?.mode === "worker") {
    if (shutdownPromise === null) {
      worker.postMessage({ t: "shutdown" } satisfies ToWorker);
    }
    while (Atomics.load(cells, 1) !== 1 && Date.now() < deadline) {
      Atomics.wait(cells, 1, 0, Math.max(1, Math.min(50, deadline - Date.now())));
    }
    // Messages from the worker cannot arrive while this thread is blocked: read shared memory.
    refreshFromWorker();
  }
  finalize();
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

// #region Runtime — detect Deno / Bun / Node once, at load

/** Runtime name and version for `process.runtime.*` resource attributes. */
const RUNTIME: { name: string; version: string } = (() => {
  const deno = (globalThis as { Deno?: { version?: { deno?: string } } }).Deno;
  if (deno?.version?.deno) return { name: "deno", version: deno.version.deno };
  const versions = process.versions as Record<string, string | undefined>;
  if (versions.bun) return { name: "bun", version: versions.bun };
  return { name: "nodejs", version: versions.node ?? "unknown" };
})();

// This file is also the worker's entry: the tag tells lockbox's own worker from a service's.
if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) runWorker();

// #endregion
