/**
 * Adapter `otel_sdk`: the raw OpenTelemetry JS SDK on the calling thread — `logger.emit()` →
 * BatchLogRecordProcessor (default settings) → OTLP/HTTP protobuf exporter — the reference for
 * total process CPU per record. Loaded from the repository's own install (pinned there), so it
 * runs without bench's peers.
 *
 * @module
 */

import process from "node:process";
import { tick } from "../common.ts";
import { orderAttributes, type Target } from "./types.ts";

/** OTel SDK LoggerProvider with one BatchLogRecordProcessor, exporting to the receiver. */
export async function setup(): Promise<Target> {
  const { LoggerProvider, BatchLogRecordProcessor } = await import("@opentelemetry/sdk-logs");
  const { OTLPLogExporter } = await import("@opentelemetry/exporter-logs-otlp-proto");
  const { resourceFromAttributes } = await import("@opentelemetry/resources");
  const url = process.env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT ?? "http://127.0.0.1:4318/v1/logs";
  const inner = new OTLPLogExporter({ url });
  let exported = 0;
  let failed = 0;
  // Counts results only (on the export path, not the emit path): the raw SDK reports nothing.
  const exporter: typeof inner = Object.assign(Object.create(inner), {
    export(records: unknown[], done: (r: { code: number }) => void) {
      inner.export(records as never, (r) => {
        if (r.code === 0) exported += records.length;
        else failed += records.length;
        done(r);
      });
    },
  });
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ "service.name": "bench" }),
    processors: [new BatchLogRecordProcessor({ exporter })],
  });
  const log = provider.getLogger("bench");
  let emitted = 0;
  let flushedAt = 0;
  const emit = (attributes: Record<string, unknown>) => {
    emitted++;
    log.emit({
      severityNumber: 9,
      severityText: "INFO",
      body: "order_submitted",
      eventName: "order_submitted",
      attributes: attributes as never,
    });
  };
  return {
    lib: "otel_sdk",
    log: () => emit(orderAttributes()),
    logWith: emit,
    // The processor drops silently past 2048 buffered records: flush before it gets there,
    // so rounds measure emit on its accept path (the flush itself runs outside the timing).
    settle: async () => {
      await tick();
      if (emitted - flushedAt >= 1024) {
        flushedAt = emitted;
        await provider.forceFlush().catch(() => {});
      }
    },
    drain: async () => {
      flushedAt = emitted;
      await provider.forceFlush().catch(() => {});
    },
    finish: async () => {
      await provider.forceFlush().catch(() => {});
      await provider.shutdown().catch(() => {});
      return { emitted, exported, failed };
    },
  };
}
