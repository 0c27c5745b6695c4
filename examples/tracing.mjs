/**
 * Tracing set-up shared by the examples: what a service that already uses OpenTelemetry tracing
 * has. lockbox reads the span that is active at each log call and writes its ids as `trace_id`
 * and `span_id` (JSON line) and as the LogRecord's trace context (OTLP).
 *
 * - a context manager (AsyncLocalStorage) so the active span follows the request through awaits;
 * - the W3C Trace Context propagator, so an incoming `traceparent` header continues the caller's
 *   trace;
 * - a TracerProvider with no span processor: spans get ids and are sampled, and are exported
 *   nowhere (a real service adds its span exporter here).
 *
 * Register it before the first log call, so the first records already see the context manager.
 *
 * Runs unchanged on Node, Bun and Deno (npm packages resolved from node_modules).
 *
 * @module
 */

import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { TracerProvider } from "@opentelemetry/sdk-trace";

/**
 * Registers the global context manager, propagator and tracer provider; returns a tracer.
 *
 * @param {string} name instrumentation scope of the spans
 */
export function startTracing(name) {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new TracerProvider());
  return trace.getTracer(name);
}

/**
 * Runs `fn` inside a SERVER span named `name`, continuing the trace of an incoming `traceparent`
 * header when there is one. Ends the span when `fn` settles; a thrown error marks it failed.
 *
 * @template T
 * @param {import("@opentelemetry/api").Tracer} tracer
 * @param {string} name span name, e.g. `"GET /orders/:id"`
 * @param {(header: string) => string | undefined} getHeader reads one request header (lowercase name)
 * @param {(ids: { traceId: string, spanId: string }) => Promise<T> | T} fn the request handler
 * @returns {Promise<T>}
 */
export function inRequestSpan(tracer, name, getHeader, fn) {
  const getter = {
    get: (_carrier, key) => getHeader(key) ?? undefined,
    keys: () => ["traceparent", "tracestate"],
  };
  const parent = propagation.extract(context.active(), {}, getter);
  return tracer.startActiveSpan(name, { kind: SpanKind.SERVER }, parent, async (span) => {
    try {
      const { traceId, spanId } = span.spanContext();
      return await fn({ traceId, spanId });
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(err) });
      throw err;
    } finally {
      span.end();
    }
  });
}

/**
 * Wraps `fn` so it runs in the context that is active now (the request's span), wherever it is
 * called from later, e.g. a `res.on("finish")` listener.
 *
 * @template {(...args: any[]) => any} F
 * @param {F} fn
 * @returns {F}
 */
export function bindToActiveContext(fn) {
  return context.bind(context.active(), fn);
}
