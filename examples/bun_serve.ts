/**
 * `Bun.serve` service logging through the vendored lockbox bundle.
 *
 * Every request runs inside a server span (continuing an incoming W3C `traceparent`) and gets a
 * child logger carrying its `request_id` (the `x-request-id` header, or a new UUID); every record
 * of the request carries the span's `trace_id` and `span_id`.
 *
 * Run (from the repository root):
 *   PORT=3000 OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 bun examples/bun_serve.ts
 *   curl -H 'x-request-id: r-1' localhost:3000/fills/co_1
 *
 * JSON lines go to stdout (the first one, `server_listening`, has the URL); SIGTERM or SIGINT
 * stops the server, flushes lockbox and exits 0.
 *
 * @module
 */

import process from "node:process";
// In a service: "./vendor/observability/observability.bun.mjs".
import {
  getLogger,
  initObservability,
  type Logger,
  shutdownObservability,
} from "../dist/observability.bun.mjs";
import { fetchHandler, stopOnSignals } from "./request_log.mjs";
import { startTracing } from "./tracing.mjs";

/** The part of Bun's API this example uses (so `deno check` needs no Bun type package). */
declare const Bun: {
  serve(options: {
    hostname: string;
    port: number;
    fetch(request: Request): Response | Promise<Response>;
  }): { port: number; stop(closeActiveConnections?: boolean): Promise<void> };
};

// Tracing first: the context manager must exist before the first log call.
const tracer = startTracing("fills-api");
// Signal handlers of our own: lockbox then leaves the exit to us and keeps taking the records we
// log while we stop.
stopOnSignals(() => ({ log, close: () => server.stop(), shutdownObservability }));
initObservability({ serviceName: process.env.OTEL_SERVICE_NAME ?? "fills-api" });
const log = getLogger("http");

/** Routes one request; `reqLog` is the request's child logger. */
function route(request: Request, url: URL, reqLog: Logger): Response {
  const match = url.pathname.match(/^\/fills\/([\w-]{1,32})$/);
  if (request.method === "GET" && match) {
    const order_id = match[1];
    reqLog.info("fill_served", { order_id, qty: 100, px: 189.5 });
    return Response.json({ order_id, qty: 100, px: 189.5 });
  }
  reqLog.warn("route_not_found");
  return Response.json({ error: "not found" }, { status: 404 });
}

const server = Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT ?? 3000),
  // One span and one child logger per request; the request id comes back in x-request-id.
  fetch: fetchHandler(tracer, log, route),
});
log.info("server_listening", { url: `http://127.0.0.1:${server.port}` });
