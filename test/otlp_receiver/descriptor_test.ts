// Round-trips the receiver's OTLP logs descriptor (scripts/otlp_receiver/descriptor.ts) against
// what the OpenTelemetry JS exporter sends: LogRecords are built with the pinned SDK
// (@opentelemetry/sdk-logs 3.1.0), serialized by @opentelemetry/otlp-transformer 0.301.0's
// ProtobufLogsSerializer and JsonLogsSerializer (the encoders OTLPLogExporter uses), and decoded
// with the descriptor. A wrong field number or type in the descriptor loses or garbles a field,
// and the exact comparisons below fail. The other direction: the response the receiver encodes
// is read back by the transformer's own response deserializer.

import { assert, assertEquals } from "@std/assert";
import protobuf from "protobufjs";
import { ROOT_CONTEXT, SeverityNumber, trace, TraceFlags } from "@opentelemetry/api";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  InMemoryLogRecordExporter,
  LoggerProvider,
  type ReadableLogRecord,
  SimpleLogRecordProcessor,
} from "@opentelemetry/sdk-logs";
import { JsonLogsSerializer, ProtobufLogsSerializer } from "@opentelemetry/otlp-transformer";
import {
  ExportLogsServiceRequest,
  SEVERITY_NUMBERS,
} from "../../scripts/otlp_receiver/descriptor.ts";
import { decodeRequestBody, encodeExportLogsResponse } from "../../scripts/otlp_receiver/decode.ts";
import type { ReceivedLogRecord } from "../../scripts/otlp_receiver.ts";

const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
const SPAN_ID = "b7ad6b7169203331";
const BYTES = new Uint8Array([0, 1, 127, 128, 255]);

/** Attributes of every AnyValue kind the SDK can produce, nested maps and arrays included. */
const ATTRIBUTES = {
  "str": "text with ünïcode ✓",
  "empty.str": "",
  "int": 42,
  "int.negative": -7,
  "int.max_safe": Number.MAX_SAFE_INTEGER,
  "double": 3.25,
  "double.negative": -0.5,
  "bool.true": true,
  "bool.false": false,
  "bytes": BYTES,
  "array.strings": ["a", "b"],
  "array.mixed": [1, "x", false, 2.5],
  "map": { nested: { deeper: [1, { leaf: "y" }] }, flag: true },
  "array.empty": [],
};

/** Emits three LogRecords from two providers (two Resources, three scopes) and returns them. */
async function sdkRecords(): Promise<ReadableLogRecord[]> {
  const exporter = new InMemoryLogRecordExporter();
  const make = (attributes: Record<string, string | number>, attributeCountLimit?: number) =>
    new LoggerProvider({
      resource: resourceFromAttributes(attributes),
      processors: [new SimpleLogRecordProcessor({ exporter })],
      logRecordLimits: { attributeCountLimit },
    });
  const orders = make({ "service.name": "orders", "service.instance.id": "i-1", "pid": 4242 });
  // One attribute kept per record, so the third record carries droppedAttributesCount 2.
  const risk = make({ "service.name": "risk" }, 1);
  const span = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    traceFlags: TraceFlags.SAMPLED,
  });
  orders.getLogger("orders.fills", "1.2.3", {
    schemaUrl: "https://opentelemetry.io/schemas/1.37.0",
    attributes: { "scope.attr": "s" },
  })
    .emit({
      timestamp: [1_700_000_000, 123_456_789],
      observedTimestamp: [1_700_000_001, 987_654_321],
      severityNumber: SeverityNumber.INFO2,
      severityText: "INFO2",
      body: "order filled",
      eventName: "order_filled",
      attributes: ATTRIBUTES,
      context: span,
    });
  orders.getLogger("orders.audit").emit({
    timestamp: [1_700_000_002, 0],
    severityNumber: SeverityNumber.FATAL4,
    severityText: "FATAL4",
    body: { code: 7, reasons: ["a", "b"], raw: BYTES },
  });
  risk.getLogger("risk", "0.0.1").emit({
    timestamp: [1_700_000_003, 5],
    severityNumber: SeverityNumber.ERROR,
    severityText: "ERROR",
    body: 12.5,
    attributes: { kept: "k", dropped1: 1, dropped2: 2 },
  });
  await Promise.all([orders.forceFlush(), risk.forceFlush()]);
  // Read before shutdown: shutting down the in-memory exporter empties it.
  const records = exporter.getFinishedLogRecords();
  await Promise.all([orders.shutdown(), risk.shutdown()]);
  return records;
}

/** What each record must read as after decoding, in the receiver's normalised shape. */
function expectedRecords(observed: string[]): ReceivedLogRecord[] {
  const orders = { "service.name": "orders", "service.instance.id": "i-1", "pid": 4242 };
  return [
    {
      resource: orders,
      scope: { name: "orders.fills", version: "1.2.3" },
      timeUnixNano: "1700000000123456789",
      observedTimeUnixNano: "1700000001987654321",
      severityNumber: 10,
      severityText: "INFO2",
      body: "order filled",
      eventName: "order_filled",
      attributes: { ...ATTRIBUTES, bytes: new Uint8Array(BYTES) },
      traceId: TRACE_ID,
      spanId: SPAN_ID,
      flags: 1,
    },
    {
      resource: orders,
      scope: { name: "orders.audit" },
      timeUnixNano: "1700000002000000000",
      observedTimeUnixNano: observed[1],
      severityNumber: 24,
      severityText: "FATAL4",
      body: { code: 7, reasons: ["a", "b"], raw: new Uint8Array(BYTES) },
      eventName: "",
      attributes: {},
      traceId: "",
      spanId: "",
      flags: 0,
    },
    {
      resource: { "service.name": "risk" },
      scope: { name: "risk", version: "0.0.1" },
      timeUnixNano: "1700000003000000005",
      observedTimeUnixNano: observed[2],
      severityNumber: 17,
      severityText: "ERROR",
      body: 12.5,
      eventName: "",
      attributes: { kept: "k" },
      traceId: "",
      spanId: "",
      flags: 0,
    },
  ];
}

/** The SDK's own observed timestamps (set at emit), as decimal nanoseconds. */
function observedOf(records: ReadableLogRecord[]): string[] {
  return records.map((r) =>
    (BigInt(r.hrTimeObserved[0]) * 1_000_000_000n +
      BigInt(r.hrTimeObserved[1])).toString()
  );
}

Deno.test("descriptor decodes every LogRecord field the OTel protobuf serializer writes", async () => {
  const sdk = await sdkRecords();
  const body = ProtobufLogsSerializer.serializeRequest(sdk)!;
  assertEquals(decodeRequestBody(body, "protobuf", ""), expectedRecords(observedOf(sdk)));
});

/** The parts of a decoded request (protobufjs `toObject`, enums as names) the next test reads. */
interface RawRequest {
  resourceLogs: {
    scopeLogs: {
      schemaUrl?: string;
      scope: { attributes?: unknown };
      logRecords: { severityNumber?: string; droppedAttributesCount?: number }[];
    }[];
  }[];
}

Deno.test("descriptor keeps the envelope fields: schemaUrl, scope attributes, dropped counts", async () => {
  const body = ProtobufLogsSerializer.serializeRequest(await sdkRecords())!;
  const raw = ExportLogsServiceRequest.toObject(ExportLogsServiceRequest.decode(body), {
    longs: String,
    enums: String,
    defaults: false,
  }) as RawRequest;
  assertEquals(raw.resourceLogs.length, 2);
  const fills = raw.resourceLogs[0].scopeLogs[0];
  assertEquals(fills.schemaUrl, "https://opentelemetry.io/schemas/1.37.0");
  assertEquals(fills.scope.attributes, [{ key: "scope.attr", value: { stringValue: "s" } }]);
  assertEquals(fills.logRecords[0].severityNumber, "SEVERITY_NUMBER_INFO2");
  assertEquals(
    raw.resourceLogs[0].scopeLogs[1].logRecords[0].severityNumber,
    "SEVERITY_NUMBER_FATAL4",
  );
  assertEquals(raw.resourceLogs[0].scopeLogs.length, 2);
  assertEquals(raw.resourceLogs[1].scopeLogs.length, 1);
  assertEquals(raw.resourceLogs[1].scopeLogs[0].logRecords[0].droppedAttributesCount, 2);
});

/** The protobuf wire type each scalar type is written with (protobuf encoding spec). */
const WIRE_TYPES: Record<string, number> = {
  int64: 0,
  uint32: 0,
  bool: 0,
  fixed64: 1,
  double: 1,
  string: 2,
  bytes: 2,
  fixed32: 5,
};

/**
 * Walk `bytes` as a message of `type`, asserting that every field on the wire is one the
 * descriptor declares, with the wire type its declared type implies (protobufjs' decode would
 * skip an unknown field silently). Adds `Message.field` of each field seen to `seen`.
 */
function assertWireKnown(type: protobuf.Type, bytes: Uint8Array, seen: Set<string>): void {
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const [id, wireType] = [tag >>> 3, tag & 7];
    const field = type.fieldsById[id];
    assert(
      field !== undefined,
      `${type.name}: field ${id} (wire type ${wireType}) is not declared`,
    );
    const name = `${type.name}.${field.name}`;
    seen.add(name);
    const resolved = field.resolve().resolvedType;
    if (resolved instanceof protobuf.Type) {
      assertEquals(wireType, 2, name);
      assertWireKnown(resolved, reader.bytes(), seen);
      continue;
    }
    const expected = resolved instanceof protobuf.Enum ? 0 : WIRE_TYPES[field.type];
    assertEquals(wireType, expected, `${name} (${field.type})`);
    reader.skipType(wireType);
  }
}

Deno.test("descriptor declares every field the OTel protobuf serializer writes, with its wire type", async () => {
  const body = ProtobufLogsSerializer.serializeRequest(await sdkRecords())!;
  const seen = new Set<string>();
  assertWireKnown(ExportLogsServiceRequest, body, seen);
  // Every field of the request schema occurs in these records, except ResourceLogs.schemaUrl
  // (the SDK Resource has none here) and InstrumentationScope.droppedAttributesCount (the
  // serializer omits it when 0); so this walk covered the whole request descriptor.
  assertEquals([...seen].sort(), [
    "AnyValue.arrayValue",
    "AnyValue.boolValue",
    "AnyValue.bytesValue",
    "AnyValue.doubleValue",
    "AnyValue.intValue",
    "AnyValue.kvlistValue",
    "AnyValue.stringValue",
    "ArrayValue.values",
    "ExportLogsServiceRequest.resourceLogs",
    "InstrumentationScope.attributes",
    "InstrumentationScope.name",
    "InstrumentationScope.version",
    "KeyValue.key",
    "KeyValue.value",
    "KeyValueList.values",
    "LogRecord.attributes",
    "LogRecord.body",
    "LogRecord.droppedAttributesCount",
    "LogRecord.eventName",
    "LogRecord.flags",
    "LogRecord.observedTimeUnixNano",
    "LogRecord.severityNumber",
    "LogRecord.severityText",
    "LogRecord.spanId",
    "LogRecord.timeUnixNano",
    "LogRecord.traceId",
    "Resource.attributes",
    "Resource.droppedAttributesCount",
    "ResourceLogs.resource",
    "ResourceLogs.scopeLogs",
    "ScopeLogs.logRecords",
    "ScopeLogs.schemaUrl",
    "ScopeLogs.scope",
  ]);
});

Deno.test("OTLP/JSON from the OTel JSON serializer decodes to the same records as protobuf", async () => {
  const sdk = await sdkRecords();
  const json = JsonLogsSerializer.serializeRequest(sdk)!;
  assertEquals(decodeRequestBody(json, "json", ""), expectedRecords(observedOf(sdk)));
});

Deno.test("SEVERITY_NUMBERS matches the SeverityNumber enum of the OTel API", () => {
  for (const [name, value] of Object.entries(SeverityNumber)) {
    if (typeof value !== "number") continue;
    const protoName = value === 0 ? "SEVERITY_NUMBER_UNSPECIFIED" : `SEVERITY_NUMBER_${name}`;
    assertEquals(SEVERITY_NUMBERS[protoName], value, protoName);
  }
  assertEquals(Object.keys(SEVERITY_NUMBERS).length, 25);
});

Deno.test("encodeExportLogsResponse() is read back by the OTel protobuf response deserializer", async (t) => {
  await t.step("empty response: 0 bytes, no partial success", () => {
    const bytes = encodeExportLogsResponse();
    assertEquals(bytes.byteLength, 0);
    assertEquals(ProtobufLogsSerializer.deserializeResponse(bytes), {});
  });
  await t.step("partial success with rejected count and message", () => {
    const bytes = encodeExportLogsResponse({ rejectedLogRecords: 2, errorMessage: "2 too large" });
    assertEquals(ProtobufLogsSerializer.deserializeResponse(bytes), {
      partialSuccess: { rejectedLogRecords: 2, errorMessage: "2 too large" },
    });
  });
  await t.step("partial success with a message only (warning, nothing rejected)", () => {
    const bytes = encodeExportLogsResponse({ errorMessage: "slow down" });
    assertEquals(ProtobufLogsSerializer.deserializeResponse(bytes), {
      partialSuccess: { errorMessage: "slow down" },
    });
  });
});
