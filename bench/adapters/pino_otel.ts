/**
 * Adapter `pino_otel`: pino → pino-opentelemetry-transport, which runs the OTel SDK
 * (BatchLogRecordProcessor, OTLP/HTTP protobuf exporter) in pino's thread-stream worker. The
 * reference the headline targets compare against.
 *
 * The transport's `target` is given as the absolute path of its entry in bench/peers/, so
 * pino's worker loads it (and its own OTel copies) from there.
 *
 * @module
 */

import { once } from "node:events";
import { deadline, tick } from "../common.ts";
import { importPeer, peerPath } from "./peer.ts";
import type { Pino } from "./pino.ts";
import { orderAttributes, type Target } from "./types.ts";

/** pino → transport worker → OTLP to `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT`. */
export async function setup(): Promise<Target> {
  const { default: pino } = await importPeer<{ default: Pino }>("pino");
  const transport = pino.transport({
    target: peerPath("pino-opentelemetry-transport"),
    options: {
      resourceAttributes: { "service.name": "bench" },
      loggerName: "bench",
    },
  });
  // The transport waits for pino's config (expectPinoConfig), so ready follows pino().
  const ready = once(transport, "ready");
  const log = pino(transport);
  await ready;
  return {
    lib: "pino_otel",
    log: () => log.info(orderAttributes(), "order_submitted"),
    logWith: (attributes) => log.info(attributes, "order_submitted"),
    settle: tick,
    drain: async () => {
      await new Promise<void>((resolve) => log.flush(() => resolve()));
    },
    finish: async () => {
      // The transport's worker is unref'd: keep this loop alive until it has closed.
      const keepAlive = setInterval(() => {}, 50);
      const closed = once(transport, "close");
      transport.end();
      await Promise.race([closed, deadline(15_000)]);
      clearInterval(keepAlive);
      return {};
    },
  };
}
