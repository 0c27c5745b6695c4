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
import { inRequestSpan, startTracing } from "./tracing.mjs";

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
// Signal handlers of our own, registered before lockbox's: lockbox then flushes on the signal
// and leaves the exit to us, and our last records are logged before its hook runs.
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
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
  fetch(request) {
    const url = new URL(request.url);
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const spanName = `${request.method} ${url.pathname}`;
    const getHeader = (name: string) => request.headers.get(name) ?? undefined;
    return inRequestSpan(tracer, spanName, getHeader, () => {
      const started = performance.now();
      const reqLog = log.child({
        request_id: requestId,
        method: request.method,
        path: url.pathname,
      });
      const response = route(request, url, reqLog);
      response.headers.set("x-request-id", requestId);
      const duration_ms = Math.round((performance.now() - started) * 1000) / 1000;
      reqLog.info("request_finished", { status: response.status, duration_ms });
      return response;
    });
  },
});
log.info("server_listening", { url: `http://127.0.0.1:${server.port}` });

let stopping = false;
/** Stops the server, flushes lockbox (stats to stderr) and exits 0. */
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info("server_stopping", { signal });
  await server.stop();
  const stats = await shutdownObservability({ timeoutMs: 5000 });
  process.stderr.write(`lockbox stats ${JSON.stringify(stats)}\n`);
  process.exit(0);
}
