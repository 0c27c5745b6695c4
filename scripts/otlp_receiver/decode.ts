/**
 * Request bodies -> records: the content type picks protobuf or OTLP/JSON, the content
 * encoding picks gzip or identity, and both encodings end in the same walk
 * ({@linkcode normaliseRequest}). Also the one encoder the receiver needs,
 * {@linkcode encodeExportLogsResponse}.
 *
 * @module
 */

import { gunzipSync } from "node:zlib";
import { ExportLogsServiceRequest, ExportLogsServiceResponse } from "./descriptor.ts";
import { isObj, normaliseRequest, put } from "./normalise.ts";
import type { ReceivedLogRecord } from "./types.ts";

/** The two OTLP/HTTP encodings. */
export type Format = "protobuf" | "json";

/** The `Content-Type` the receiver answers with, per format. */
export const CONTENT_TYPES: Readonly<Record<Format, string>> = {
  protobuf: "application/x-protobuf",
  json: "application/json",
};

/**
 * The format a `Content-Type` header names (parameters and case ignored), or `undefined` when
 * it is neither protobuf (`application/x-protobuf`, `application/protobuf`) nor
 * `application/json`.
 */
export function formatOf(contentType: string): Format | undefined {
  const mime = contentType.split(";")[0].trim().toLowerCase();
  if (mime === "application/x-protobuf" || mime === "application/protobuf") return "protobuf";
  if (mime === "application/json") return "json";
  return undefined;
}

/** protobuf body -> records (protobufjs decode + toObject with int64 as decimal strings). */
function decodeProtobuf(body: Uint8Array): ReceivedLogRecord[] {
  const message = ExportLogsServiceRequest.decode(body);
  // longs: String -> int64/fixed64 as decimal strings (with or without `long`);
  // bytes are left as Uint8Array/Buffer; only fields present on the wire appear.
  return normaliseRequest(
    ExportLogsServiceRequest.toObject(message, { longs: String, enums: Number, arrays: true }),
  );
}

/** proto3 JSON parsers accept the original snake_case field names too; map them to camelCase. */
function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (!isObj(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    put(out, key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), camelKeys(v));
  }
  return out;
}

/** OTLP/JSON body (strict UTF-8) -> records. */
function decodeJson(body: Uint8Array): ReceivedLogRecord[] {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  return normaliseRequest(camelKeys(JSON.parse(text)));
}

/**
 * Decode an `ExportLogsServiceRequest` body as sent: gunzip it when `contentEncoding` is
 * `gzip` (or `x-gzip`), then decode it as `format`.
 *
 * @throws {Error} for another content encoding, a body that does not gunzip or decode, or a
 *   value of the wrong shape; the message says which
 */
export function decodeRequestBody(
  raw: Uint8Array,
  format: Format,
  contentEncoding: string,
): ReceivedLogRecord[] {
  const encoding = contentEncoding.trim().toLowerCase();
  let body = raw;
  if (encoding === "gzip" || encoding === "x-gzip") body = gunzipSync(raw);
  else if (encoding !== "" && encoding !== "identity") {
    throw new Error(`unsupported content encoding ${JSON.stringify(contentEncoding)}`);
  }
  return format === "protobuf" ? decodeProtobuf(body) : decodeJson(body);
}

/**
 * Encode an `ExportLogsServiceResponse` with protobufjs: empty (0 bytes) by
 * default, or carrying `partial_success`. Handy as a `respond` body for
 * protobuf requests.
 *
 * @param partialSuccess `rejected_log_records` and `error_message` of the OTLP partial success
 *   (OTLP/HTTP "Partial Success"); omit it for a full success
 * @returns the protobuf bytes of the response
 */
export function encodeExportLogsResponse(
  partialSuccess?: { rejectedLogRecords?: number; errorMessage?: string },
): Uint8Array {
  const message = ExportLogsServiceResponse.fromObject(partialSuccess ? { partialSuccess } : {});
  return ExportLogsServiceResponse.encode(message).finish();
}
