/**
 * Request logging and shutdown shared by the examples, whatever their framework: what a service
 * writes once and uses in every handler.
 *
 * - {@link logRequest}: one SERVER span and one child logger per request, and a
 *   `request_finished` record with the status and duration when the request is done.
 * - {@link fetchHandler}: the same for a `fetch`-style server (`Deno.serve`, `Bun.serve`).
 * - {@link stopOnSignals}: SIGTERM and SIGINT handlers that log `server_stopping`, close the
 *   server, flush lockbox, print its final counters to stderr and exit 0.
 *
 * The lockbox functions are passed in rather than imported, so one helper serves every bundle
 * name (`observability.node.mjs`, `.bun.mjs`, `.deno.mjs`). Runs unchanged on Node, Bun and Deno.
 *
 * @module
 */

import process from "node:process";
import { inRequestSpan } from "./tracing.mjs";

/**
 * @typedef {object} RequestInfo What {@link logRequest} reads from a request.
 * @property {string} method HTTP method
 * @property {string} path URL path, without the query
 * @property {(name: string) => string | undefined} getHeader one request header (lowercase name)
 */

/**
 * Runs `handle` inside a SERVER span named `"<method> <path>"` (continuing an incoming W3C
 * `traceparent`), with a child of `log` carrying `request_id` (the `x-request-id` header, or a new
 * UUID), `method` and `path`. Every record logged through that child carries the span's
 * `trace_id` and `span_id`. When `handle` settles with a result that has a `status`, logs
 * `request_finished` with it and `duration_ms` (milliseconds, 3 decimals), still inside the span.
 *
 * Setting the `x-request-id` response header is left to `handle`: each framework does it its way.
 *
 * @template {{ status: number }} T
 * @param {import("@opentelemetry/api").Tracer} tracer
 * @param {import("../dist/observability.node.mjs").Logger} log the service's request logger
 * @param {RequestInfo} request
 * @param {(reqLog: import("../dist/observability.node.mjs").Logger, requestId: string) => Promise<T> | T} handle
 *   the framework's handler; resolves with something that has the response's `status`
 * @returns {Promise<T>} what `handle` resolved with
 */
export function logRequest(tracer, log, request, handle) {
  const { method, path, getHeader } = request;
  const requestId = getHeader("x-request-id") ?? crypto.randomUUID();
  return inRequestSpan(tracer, `${method} ${path}`, getHeader, async () => {
    const started = performance.now();
    const reqLog = log.child({ request_id: requestId, method, path });
    const result = await handle(reqLog, requestId);
    const duration_ms = Math.round((performance.now() - started) * 1000) / 1000;
    reqLog.info("request_finished", { status: result.status, duration_ms });
    return result;
  });
}

/**
 * A `fetch`-style handler (`Request` → `Response`, as `Deno.serve` and `Bun.serve` take) that runs
 * `route` through {@link logRequest} and returns the request id in the `x-request-id` response
 * header.
 *
 * @param {import("@opentelemetry/api").Tracer} tracer
 * @param {import("../dist/observability.node.mjs").Logger} log the service's request logger
 * @param {(request: Request, url: URL, reqLog: import("../dist/observability.node.mjs").Logger) => Response} route
 *   the service's routes; logs through `reqLog`
 * @returns {(request: Request) => Promise<Response>}
 */
export function fetchHandler(tracer, log, route) {
  return (request) => {
    const url = new URL(request.url);
    const getHeader = (/** @type {string} */ name) => request.headers.get(name) ?? undefined;
    const info = { method: request.method, path: url.pathname, getHeader };
    return logRequest(tracer, log, info, (reqLog, requestId) => {
      const response = route(request, url, reqLog);
      response.headers.set("x-request-id", requestId);
      return response;
    });
  };
}

/**
 * @typedef {object} Stoppable What {@link stopOnSignals} needs when a signal arrives.
 * @property {import("../dist/observability.node.mjs").Logger} log logs `server_stopping`
 * @property {() => unknown} close stops accepting connections (awaited if it returns a promise)
 * @property {typeof import("../dist/observability.node.mjs").shutdownObservability} shutdownObservability
 *   the service's lockbox bundle's
 */

/**
 * Registers SIGTERM and SIGINT handlers that stop the service once: log `server_stopping`, close
 * the server, `await shutdownObservability({ timeoutMs: 5000 })`, write `lockbox stats {…}` to
 * stderr and exit 0.
 *
 * Call it **before** `initObservability()`: lockbox then sees a handler of the service's own, so
 * it flushes on the signal and leaves the exit to this one, and `server_stopping` is still taken
 * in. Handlers go through `node:process` on Deno too; lockbox cannot see
 * `Deno.addSignalListener`.
 *
 * @param {() => Stoppable} service called when the first signal arrives (the server and logger
 *   need not exist yet when the handlers are registered)
 */
export function stopOnSignals(service) {
  let stopping = false;
  /** @param {string} signal */
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    const { log, close, shutdownObservability } = service();
    log.info("server_stopping", { signal });
    await close();
    const stats = await shutdownObservability({ timeoutMs: 5000 });
    process.stderr.write(`lockbox stats ${JSON.stringify(stats)}\n`);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
