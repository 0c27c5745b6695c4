/**
 * lockbox: structured logging for trading services. Each record becomes one JSON line on stdout
 * (for `docker logs` and any log shipper) and one OTel LogRecord exported over OTLP/HTTP to
 * Grafana Cloud or an OpenTelemetry Collector, from a background worker.
 *
 * A log call encodes the record into a shared buffer and returns: no I/O, no await, and it never
 * throws. The worker writes stdout and exports OTLP, each with its own bounded backlog, so a
 * stalled stdout reader never holds up OTLP and a dead collector never holds up stdout. Every
 * record that is refused, dropped or failed is counted in {@link observabilityStats}. Secrets are
 * redacted before either sink sees them; the `trace_id` and `span_id` of the active OpenTelemetry
 * span (any `@opentelemetry/api` 1.x from 1.4) are added when one is active.
 *
 * Services import the vendored bundle for their runtime
 * (`./vendor/observability/observability.node.mjs`, `.bun.mjs`, `.deno.mjs`: one file under
 * three names); this repository's `mod.ts` exports the same API. Configuration comes from the
 * environment (`OTEL_EXPORTER_OTLP_ENDPOINT`, `GRAFANA_CLOUD_INSTANCE_ID`, `GRAFANA_CLOUD_TOKEN`,
 * `LOG_LEVEL`, …) and from the options of {@link initObservability}, which win.
 *
 * One record on stdout (keys in this order: the nine reserved keys, then bound context, then the
 * call's attributes; `ts` is RFC 3339 UTC with microseconds; `trace_id` and `span_id` only inside
 * an active span):
 *
 * ```jsonl
 * {"ts":"2026-11-29T14:03:05.123456Z","level":"info","logger":"http","message":"order_submitted","service":"orders-api","env":"prod","version":"1.4.2","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"75354458593ba6ee","request_id":"r-1","order_id":"co_1","symbol":"AAPL","qty":100}
 * ```
 *
 * With `LOG_FORMAT=pretty` a terminal gets a coloured one-line form instead; OTLP is unchanged.
 *
 * @example Log an order, then flush at shutdown
 * ```ts
 * // In a service: from "./vendor/observability/observability.node.mjs" (or .bun.mjs, .deno.mjs)
 * import { getLogger, initObservability, shutdownObservability } from "./mod.ts";
 *
 * initObservability({ serviceName: "orders-api" }); // once, at start-up
 * const log = getLogger("http").child({ request_id: "r-1" });
 * log.info("order_submitted", { order_id: "co_1", symbol: "AAPL", qty: 100 });
 * const stats = await shutdownObservability({ timeoutMs: 5000 });
 * console.error(stats.stdout.written, stats.otlp.exported);
 * ```
 *
 * @module
 */
export {
  type Attributes,
  type BatchOptions,
  getLogger,
  initObservability,
  type Level,
  type Logger,
  ObservabilityConfigError,
  type ObservabilityOptions,
  type ObservabilityStats,
  observabilityStats,
  shutdownObservability,
  VERSION,
} from "./observability.ts";
