/**
 * The OTLP logs schema as a protobufjs JSON descriptor, and the two message types the receiver
 * uses: `ExportLogsServiceRequest` (decoded from request bodies) and `ExportLogsServiceResponse`
 * (encoded into answers).
 *
 * Field numbers and types are those of the opentelemetry-proto files
 * `common/v1/common.proto`, `resource/v1/resource.proto`, `logs/v1/logs.proto` and
 * `collector/logs/v1/logs_service.proto` (OTLP 1.x; `event_name` is field 12 of LogRecord).
 * Every message is proto3: open enums and implicit presence, as in the .proto files. Only the
 * logs signal is described; trace and metrics messages are not needed by a logs receiver.
 *
 * A test beside this module (`test/otlp_receiver/descriptor_test.ts`) round-trips it against
 * the bytes the OpenTelemetry JS exporter's own serializers produce.
 *
 * @module
 */

import protobuf from "protobufjs";

const PROTO3 = "proto3";

/** One field of a message: its protobuf type and field number. */
const field = (type: string, id: number) => ({ type, id });
/** A `repeated` field. */
const repeated = (type: string, id: number) => ({ rule: "repeated", type, id });
/** A proto3 message with these fields (and reserved field numbers, when the .proto has some). */
const message = (fields: Record<string, object>, reserved?: number[]) => ({
  edition: PROTO3,
  fields,
  ...(reserved ? { reserved: reserved.map((n) => [n, n]) } : {}),
});

/**
 * `SeverityNumber` values by enum name: `SEVERITY_NUMBER_UNSPECIFIED` = 0, then TRACE..FATAL,
 * four each (`SEVERITY_NUMBER_INFO` = 9, `SEVERITY_NUMBER_INFO2` = 10, ...), as in logs.proto.
 */
export const SEVERITY_NUMBERS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries([
    ["SEVERITY_NUMBER_UNSPECIFIED", 0],
    ...["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].flatMap((level, i) =>
      [1, 2, 3, 4].map((n) => [`SEVERITY_NUMBER_${level}${n === 1 ? "" : n}`, i * 4 + n])
    ),
  ]),
);

const COMMON = "opentelemetry.proto.common.v1";
const RESOURCE = "opentelemetry.proto.resource.v1";
const LOGS = "opentelemetry.proto.logs.v1";
const COLLECTOR = "opentelemetry.proto.collector.logs.v1";

/** Message and enum definitions by fully qualified package. */
const PACKAGES: Record<string, Record<string, object>> = {
  [COMMON]: {
    AnyValue: {
      ...message({
        stringValue: field("string", 1),
        boolValue: field("bool", 2),
        intValue: field("int64", 3),
        doubleValue: field("double", 4),
        arrayValue: field("ArrayValue", 5),
        kvlistValue: field("KeyValueList", 6),
        bytesValue: field("bytes", 7),
      }),
      oneofs: {
        value: {
          oneof: [
            "stringValue",
            "boolValue",
            "intValue",
            "doubleValue",
            "arrayValue",
            "kvlistValue",
            "bytesValue",
          ],
        },
      },
    },
    ArrayValue: message({ values: repeated("AnyValue", 1) }),
    KeyValueList: message({ values: repeated("KeyValue", 1) }),
    KeyValue: message({ key: field("string", 1), value: field("AnyValue", 2) }),
    InstrumentationScope: message({
      name: field("string", 1),
      version: field("string", 2),
      attributes: repeated("KeyValue", 3),
      droppedAttributesCount: field("uint32", 4),
    }),
  },
  [RESOURCE]: {
    Resource: message({
      attributes: repeated(`${COMMON}.KeyValue`, 1),
      droppedAttributesCount: field("uint32", 2),
    }),
  },
  [LOGS]: {
    SeverityNumber: { edition: PROTO3, values: SEVERITY_NUMBERS },
    ResourceLogs: message({
      resource: field(`${RESOURCE}.Resource`, 1),
      scopeLogs: repeated("ScopeLogs", 2),
      schemaUrl: field("string", 3),
    }, [1000]),
    ScopeLogs: message({
      scope: field(`${COMMON}.InstrumentationScope`, 1),
      logRecords: repeated("LogRecord", 2),
      schemaUrl: field("string", 3),
    }),
    LogRecord: message({
      timeUnixNano: field("fixed64", 1),
      observedTimeUnixNano: field("fixed64", 11),
      severityNumber: field("SeverityNumber", 2),
      severityText: field("string", 3),
      body: field(`${COMMON}.AnyValue`, 5),
      attributes: repeated(`${COMMON}.KeyValue`, 6),
      droppedAttributesCount: field("uint32", 7),
      flags: field("fixed32", 8),
      traceId: field("bytes", 9),
      spanId: field("bytes", 10),
      eventName: field("string", 12),
    }, [4]),
  },
  [COLLECTOR]: {
    ExportLogsServiceRequest: message({ resourceLogs: repeated(`${LOGS}.ResourceLogs`, 1) }),
    ExportLogsServiceResponse: message({ partialSuccess: field("ExportLogsPartialSuccess", 1) }),
    ExportLogsPartialSuccess: message({
      rejectedLogRecords: field("int64", 1),
      errorMessage: field("string", 2),
    }),
  },
};

/** Nest `{ "a.b": types }` into protobufjs' `{ nested: { a: { nested: { b: ... } } } }` form. */
function nestPackages(packages: Record<string, Record<string, object>>): protobuf.INamespace {
  const root: { nested: Record<string, { nested?: Record<string, unknown> }> } = { nested: {} };
  for (const [name, types] of Object.entries(packages)) {
    let at = root;
    for (const part of name.split(".")) {
      at.nested[part] ??= { nested: {} };
      at = at.nested[part] as typeof root;
    }
    Object.assign(at.nested, types);
  }
  return root as protobuf.INamespace;
}

/** The protobufjs JSON descriptor of the OTLP logs schema (see the module doc for its source). */
export const OTLP_LOGS_DESCRIPTOR: protobuf.INamespace = nestPackages(PACKAGES);

const root = protobuf.Root.fromJSON(OTLP_LOGS_DESCRIPTOR);

/** `opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest`: the body of a logs export. */
export const ExportLogsServiceRequest: protobuf.Type = root.lookupType(
  `${COLLECTOR}.ExportLogsServiceRequest`,
);

/** `opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse`: the answer to an export. */
export const ExportLogsServiceResponse: protobuf.Type = root.lookupType(
  `${COLLECTOR}.ExportLogsServiceResponse`,
);
