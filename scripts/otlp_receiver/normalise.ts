/**
 * One walk for both encodings: an `ExportLogsServiceRequest` as a plain object with camelCase
 * keys (protobufjs `toObject`, or parsed OTLP/JSON) becomes a flat list of
 * {@linkcode ReceivedLogRecord}s. Protobuf hands over int64 as decimal strings and bytes as
 * Uint8Array; OTLP/JSON hands over int64 as strings or numbers, bytes as base64 and trace/span
 * ids as hex (OTLP/JSON encoding rules of the OTLP specification). Anything of the wrong shape
 * throws a `TypeError` naming the path, which the server turns into a 400.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { SEVERITY_NUMBERS } from "./descriptor.ts";
import type { ReceivedLogRecord } from "./types.ts";

type Obj = Record<string, unknown>;

/** A plain object (not an array, not bytes). */
export function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    !(value instanceof Uint8Array);
}

/** Set `key` as an own data property even when it is `"__proto__"`. */
export function put(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function obj(value: unknown, what: string): Obj {
  if (value === undefined || value === null) return {};
  if (!isObj(value)) throw new TypeError(`${what} must be an object`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array`);
  return value;
}

function str(value: unknown, what: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new TypeError(`${what} must be a string`);
  return value;
}

const has = (o: Obj, key: string) => Object.hasOwn(o, key) && o[key] !== undefined;

/** int64 / fixed64 (Long-as-string from protobufjs, or JSON string/number) -> decimal string. */
function int64String(value: unknown, what: string): string {
  if (value === undefined || value === null) return "0";
  if (typeof value === "number" && Number.isFinite(value)) {
    return BigInt(Math.trunc(value)).toString();
  }
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value).toString();
  throw new TypeError(`${what} must be an integer (string or number)`);
}

function bytesFrom(value: unknown, what: string): Uint8Array {
  // A fresh plain Uint8Array (protobufjs may hand out Node Buffers / subarrays).
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (typeof value === "string") return new Uint8Array(Buffer.from(value, "base64"));
  throw new TypeError(`${what} must be bytes (base64 string in JSON)`);
}

/** trace/span id: bytes (protobuf) or hex string (OTLP/JSON; base64 tolerated) -> lowercase hex. */
function idHex(value: unknown, what: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" && /^(?:[0-9a-fA-F]{2})*$/.test(value)) return value.toLowerCase();
  return Buffer.from(bytesFrom(value, what)).toString("hex");
}

/** `doubleValue`: a number, or in OTLP/JSON also "NaN", "Infinity", "-Infinity", numeric text. */
function double(d: unknown, what: string): number {
  if (typeof d === "number") return d;
  if (typeof d === "string" && (d === "NaN" || (d.trim() !== "" && !Number.isNaN(Number(d))))) {
    return Number(d);
  }
  throw new TypeError(`${what}.doubleValue must be a number`);
}

/** AnyValue -> plain JS; absent or empty AnyValue -> null. */
function anyValue(value: unknown, what: string): unknown {
  if (value === undefined || value === null) return null;
  const v = obj(value, what);
  if (has(v, "stringValue")) return str(v.stringValue, what);
  if (has(v, "boolValue")) {
    if (typeof v.boolValue !== "boolean") throw new TypeError(`${what}.boolValue must be boolean`);
    return v.boolValue;
  }
  if (has(v, "intValue")) return Number(int64String(v.intValue, `${what}.intValue`));
  if (has(v, "doubleValue")) return double(v.doubleValue, what);
  if (has(v, "arrayValue")) {
    const values = list(obj(v.arrayValue, `${what}.arrayValue`).values, `${what}.arrayValue`);
    return values.map((item, i) => anyValue(item, `${what}[${i}]`));
  }
  if (has(v, "kvlistValue")) {
    return keyValues(obj(v.kvlistValue, `${what}.kvlistValue`).values, `${what}.kvlistValue`);
  }
  if (has(v, "bytesValue")) return bytesFrom(v.bytesValue, `${what}.bytesValue`);
  return null;
}

/** repeated KeyValue -> object (later duplicates win). */
function keyValues(value: unknown, what: string): Record<string, unknown> {
  const out: Obj = {};
  for (const item of list(value, what)) {
    const kv = obj(item, what);
    const key = str(kv.key, `${what} key`);
    put(out, key, anyValue(kv.value, `${what}.${key}`));
  }
  return out;
}

const SEVERITY_BY_NAME = new Map(Object.entries(SEVERITY_NUMBERS));

/** SeverityNumber: a number, a decimal string, or (OTLP/JSON) the enum name. */
function severity(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return Number(value);
    const n = SEVERITY_BY_NAME.get(value);
    if (n !== undefined) return n;
  }
  throw new TypeError(`severityNumber ${JSON.stringify(value)} is not a SeverityNumber`);
}

function flagsNumber(value: unknown): number {
  if (value === undefined || value === null) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new TypeError("flags must be a uint32");
  }
  return n;
}

/** The instrumentation scope as recorded: `version` only when non-empty. */
function scopeOf(scopeObj: Obj): { name: string; version?: string } {
  const scope: { name: string; version?: string } = { name: str(scopeObj.name, "scope.name") };
  const version = str(scopeObj.version, "scope.version");
  if (version !== "") scope.version = version;
  return scope;
}

/** One LogRecord object -> record; resource and scope are converted per record (never shared). */
function normaliseRecord(lr: Obj, at: string, resourceObj: Obj, scopeObj: Obj): ReceivedLogRecord {
  return {
    resource: keyValues(resourceObj.attributes, "resource.attributes"),
    scope: scopeOf(scopeObj),
    timeUnixNano: int64String(lr.timeUnixNano, `${at}.timeUnixNano`),
    observedTimeUnixNano: int64String(lr.observedTimeUnixNano, `${at}.observedTimeUnixNano`),
    severityNumber: severity(lr.severityNumber),
    severityText: str(lr.severityText, `${at}.severityText`),
    body: anyValue(lr.body, `${at}.body`),
    eventName: str(lr.eventName, `${at}.eventName`),
    attributes: keyValues(lr.attributes, `${at}.attributes`),
    traceId: idHex(lr.traceId, `${at}.traceId`),
    spanId: idHex(lr.spanId, `${at}.spanId`),
    flags: flagsNumber(lr.flags),
  };
}

/**
 * Walk an `ExportLogsServiceRequest` object (camelCase keys) into normalised records, in wire
 * order (resourceLogs, then scopeLogs, then logRecords).
 *
 * @throws {TypeError} naming the path of the first value of the wrong shape
 */
export function normaliseRequest(request: unknown): ReceivedLogRecord[] {
  const out: ReceivedLogRecord[] = [];
  const resourceLogs = list(obj(request, "request").resourceLogs, "resourceLogs");
  for (const [r, rlValue] of resourceLogs.entries()) {
    const rl = obj(rlValue, `resourceLogs[${r}]`);
    const resourceObj = obj(rl.resource, `resourceLogs[${r}].resource`);
    for (const [s, slValue] of list(rl.scopeLogs, "scopeLogs").entries()) {
      const where = `resourceLogs[${r}].scopeLogs[${s}]`;
      const sl = obj(slValue, where);
      const scopeObj = obj(sl.scope, `${where}.scope`);
      for (const [l, lrValue] of list(sl.logRecords, `${where}.logRecords`).entries()) {
        const at = `${where}.logRecords[${l}]`;
        out.push(normaliseRecord(obj(lrValue, at), at, resourceObj, scopeObj));
      }
    }
  }
  return out;
}
