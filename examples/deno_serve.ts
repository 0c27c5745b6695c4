/**
 * `Deno.serve` service logging through the vendored lockbox bundle.
 *
 * Every request runs inside a server span (continuing an incoming W3C `traceparent`) and gets a
 * child logger carrying its `request_id` (the `x-request-id` header, or a new UUID); every record
 * of the request carries the span's `trace_id` and `span_id`.
 *
 * Run (from the repository root; least privilege: the bundle reads its configuration from the
 * environment and exports to the collector; its worker starts from code the bundle carries, so
 * no read permission):
 *
 *   PORT=3000 OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 deno run \
 *     --allow-env --allow-net=127.0.0.1 examples/deno_serve.ts
 *   curl -H 'x-request-id: r-1' localhost:3000/orders/co_1
 *
 * JSON lines go to stdout (the first one, `server_listening`, has the URL); SIGTERM or SIGINT
 * stops the server, flushes lockbox and exits 0.
 *
 * @module
 */

// In a service: "./vendor/observability/observability.deno.mjs" (types load by themselves).
import {
  getLogger,
  initObservability,
  type Logger,
  shutdownObservability,
} from "../dist/observability.deno.mjs";
import { fetchHandler, stopOnSignals } from "./request_log.mjs";
import { startTracing } from "./tracing.mjs";

// Tracing first: the context manager must exist before the first log call.
const tracer = startTracing("positions-api");
// Signal handlers of our own: lockbox then leaves the exit to us and keeps taking the records we
// log while we stop. They go through
// node:process, not Deno.addSignalListener: lockbox can only see handlers registered there, and
// without one it exits with 143/130 after flushing.
stopOnSignals(() => ({ log, close: () => server.shutdown(), shutdownObservability }));
initObservability({ serviceName: Deno.env.get("OTEL_SERVICE_NAME") ?? "positions-api" });
const log = getLogger("http");

/** Routes one request; `reqLog` is the request's child logger. */
function route(request: Request, url: URL, reqLog: Logger): Response {
  const match = url.pathname.match(/^\/positions\/([A-Za-z]{1,8})$/);
  if (request.method === "GET" && match) {
    const symbol = match[1].toUpperCase();
    reqLog.info("position_served", { symbol, qty: 300, avg_px: 189.5 });
    return Response.json({ symbol, qty: 300, avg_px: 189.5 });
  }
  reqLog.warn("route_not_found");
  return Response.json({ error: "not found" }, { status: 404 });
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port: Number(Deno.env.get("PORT") ?? 3000),
  onListen: ({ port }) => log.info("server_listening", { url: `http://127.0.0.1:${port}` }),
}, fetchHandler(tracer, log, route)); // a span and a child logger per request, x-request-id back
