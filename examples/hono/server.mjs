/**
 * Hono service on Node.js (`@hono/node-server`, ESM) logging through the vendored lockbox bundle.
 *
 * A middleware gives every request a server span (continuing an incoming W3C `traceparent`) and a
 * child logger carrying its `request_id` (the `x-request-id` header, or a new UUID); every record
 * of the request carries the span's `trace_id` and `span_id`.
 *
 * Run (from the repository root):
 *   PORT=3000 OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 node examples/hono/server.mjs
 *   curl -H 'x-request-id: r-1' localhost:3000/orders/co_1
 *
 * JSON lines go to stdout (the first one, `server_listening`, has the URL); SIGTERM or SIGINT
 * stops the server, flushes lockbox and exits 0.
 */

import { randomUUID } from "node:crypto";
import process from "node:process";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
// In a service: "./vendor/observability/observability.node.mjs".
import {
  getLogger,
  initObservability,
  shutdownObservability,
} from "../../dist/observability.node.mjs";
import { inRequestSpan, startTracing } from "../tracing.mjs";

// Tracing first: the context manager must exist before the first log call.
const tracer = startTracing("quotes-api");
// Signal handlers of our own, registered before lockbox's: lockbox then flushes on the signal
// and leaves the exit to us, and our last records are logged before its hook runs.
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
initObservability({ serviceName: process.env.OTEL_SERVICE_NAME ?? "quotes-api" });
const log = getLogger("http");

const app = new Hono();

app.use(async (c, next) => {
  const requestId = c.req.header("x-request-id") ?? randomUUID();
  const spanName = `${c.req.method} ${c.req.path}`;
  await inRequestSpan(tracer, spanName, (h) => c.req.header(h), async () => {
    const started = performance.now();
    const reqLog = log.child({ request_id: requestId, method: c.req.method, path: c.req.path });
    c.set("log", reqLog);
    await next();
    c.header("x-request-id", requestId);
    const duration_ms = Math.round((performance.now() - started) * 1000) / 1000;
    reqLog.info("request_finished", { status: c.res.status, duration_ms });
  });
});

app.get("/quotes/:symbol", (c) => {
  const symbol = c.req.param("symbol").toUpperCase();
  c.get("log").info("quote_served", { symbol, bid: 189.5, ask: 189.52 });
  return c.json({ symbol, bid: 189.5, ask: 189.52 });
});

app.post("/orders", async (c) => {
  const { symbol, qty, px } = await c.req.json().catch(() => ({}));
  const order_id = `co_${randomUUID().slice(0, 8)}`;
  c.get("log").info("order_submitted", { order_id, symbol, qty, px });
  return c.json({ order_id }, 201);
});

app.notFound((c) => {
  c.get("log").warn("route_not_found");
  return c.json({ error: "not found" }, 404);
});

const server = serve(
  { fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: "127.0.0.1" },
  (info) => log.info("server_listening", { url: `http://127.0.0.1:${info.port}` }),
);

let stopping = false;
/** Stops accepting connections, flushes lockbox (stats to stderr) and exits 0. */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log.info("server_stopping", { signal });
  server.close();
  shutdownObservability({ timeoutMs: 5000 }).then((stats) => {
    process.stderr.write(`lockbox stats ${JSON.stringify(stats)}\n`);
    process.exit(0);
  });
}
