/**
 * lockbox observability: structured JSON-line logging plus OTLP log export for trading
 * services, with a hot path that never blocks the trading loop.
 *
 * This file is the public API; everything lives in `observability.ts`.
 *
 * @example
 * ```ts
 * import { getLogger, initObservability, shutdownObservability } from "./mod.ts";
 *
 * initObservability({ serviceName: "trade-exec" });
 * getLogger("trade-exec").info("order_submitted", { order_id: "co_1", symbol: "AAPL" });
 * await shutdownObservability();
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
