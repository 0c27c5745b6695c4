/**
 * Express 5 service (Node.js, CommonJS) logging through the vendored lockbox bundle.
 *
 * Every request gets a child logger carrying its `request_id` (the `x-request-id` header, or a
 * new UUID) and runs inside a server span, so every record of the request also carries the
 * span's `trace_id` and `span_id`. An incoming W3C `traceparent` header continues the caller's
 * trace.
 *
 * CommonJS on purpose: it shows `require()` of the ESM bundle, which works on Node ≥ 20.19
 * without flags (the bundle has no top-level await). An ESM service writes `import` instead.
 *
 * Run (from the repository root):
 *   PORT=3000 OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 node examples/express/server.cjs
 *   curl -H 'x-request-id: r-1' localhost:3000/orders/co_1
 *
 * JSON lines go to stdout (the first one, `server_listening`, has the URL); SIGTERM or SIGINT
 * stops the server, flushes lockbox and exits 0.
 */
"use strict";

const { randomUUID } = require("node:crypto");
const process = require("node:process");
const express = require("express");
// In a service: require("./vendor/observability/observability.node.mjs").
const {
  getLogger,
  initObservability,
  shutdownObservability,
} = require("../../dist/observability.node.mjs");
const { bindToActiveContext, inRequestSpan, startTracing } = require("../tracing.mjs");

// Tracing first: the context manager must exist before the first log call.
const tracer = startTracing("orders-api");
// Signal handlers of our own, registered before lockbox's: lockbox then flushes on the signal
// and leaves the exit to us, and our last records are logged before its hook runs.
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
initObservability({ serviceName: process.env.OTEL_SERVICE_NAME ?? "orders-api" });
const log = getLogger("http");

const app = express();
app.use(express.json());

// One span and one child logger per request; `request_finished` is logged when the response is
// sent, still inside the request's span.
app.use((req, res, next) => {
  const requestId = req.get("x-request-id") ?? randomUUID();
  const spanName = `${req.method} ${req.path}`;
  return inRequestSpan(tracer, spanName, (h) => req.get(h), () =>
    new Promise((resolve) => {
      const started = performance.now();
      req.log = log.child({ request_id: requestId, method: req.method, path: req.path });
      res.setHeader("x-request-id", requestId);
      res.on(
        "finish",
        bindToActiveContext(() => {
          const duration_ms = Math.round((performance.now() - started) * 1000) / 1000;
          req.log.info("request_finished", { status: res.statusCode, duration_ms });
          resolve();
        }),
      );
      next();
    }));
});

app.get("/orders/:id", (req, res) => {
  const order_id = req.params.id;
  if (order_id === "missing") {
    req.log.warn("order_not_found", { order_id });
    res.status(404).json({ error: "order not found", order_id });
    return;
  }
  req.log.info("order_lookup", { order_id, symbol: "AAPL" });
  res.json({ order_id, status: "filled" });
});

app.post("/orders", (req, res) => {
  const { symbol, qty, px } = req.body ?? {};
  const order_id = `co_${randomUUID().slice(0, 8)}`;
  req.log.info("order_submitted", { order_id, symbol, qty, px });
  res.status(201).json({ order_id });
});

app.get("/fail", () => {
  throw new Error("venue gateway timeout");
});

app.use((req, res) => {
  req.log.warn("route_not_found");
  res.status(404).json({ error: "not found" });
});

// Express 5 forwards errors thrown by handlers (and rejected promises) here.
app.use((err, req, res, _next) => {
  (req.log ?? log).error("request_failed", { err });
  res.status(500).json({ error: "internal error" });
});

// HOST and PORT are this example's own variables (HOST=0.0.0.0 in a container).
const host = process.env.HOST ?? "127.0.0.1";
const server = app.listen(Number(process.env.PORT ?? 3000), host, () => {
  const { port } = server.address();
  log.info("server_listening", { url: `http://${host}:${port}` });
});

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
