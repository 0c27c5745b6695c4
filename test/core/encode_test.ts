// Encode and decode: values made safe and capped while the call encodes them; decoded and
// redacted on the consumer side (in-process unit tests of the internals).

import { assert, assertEquals, assertLess, assertMatch } from "@std/assert";
import { Buffer } from "node:buffer";
import { type DecodedRecord, Decoder, Encoder, Redactor } from "../../observability.ts";

const redactor = new Redactor({
  redactKeys: ["password", "token"],
  redactPatterns: [],
  secrets: [],
});

/** Encodes a record the way a call does (no span, no bound context) and decodes it. */
function roundTrip(attributes: unknown, maxValueBytes = 8192): {
  record: DecodedRecord;
  truncated: boolean;
  bytes: number;
} {
  const e = new Encoder();
  e.maxValueBytes = maxValueBytes;
  e.reset();
  e.u8(0);
  e.u8(1);
  e.f64(Date.UTC(2026, 0, 1));
  e.bytes(new TextEncoder().encode("enc"));
  e.value("evt", 0);
  e.u32(0);
  e.u32(0);
  e.value(attributes, -1);
  const bytes = Buffer.from(e.buf.subarray(0, e.pos));
  return { record: new Decoder(redactor).decode(bytes), truncated: e.truncated, bytes: e.pos };
}

function attrs(r: DecodedRecord): Record<string, unknown> {
  return Object.fromEntries(r.keys.map((k, i) => [k, r.values[i]]));
}

Deno.test("Encoder copies nested values as of the call", () => {
  const order = { status: "new", legs: [{ qty: 1 }] };
  const e = new Encoder();
  e.reset();
  e.u8(0);
  e.u8(1);
  e.f64(0);
  e.bytes(new TextEncoder().encode("enc"));
  e.value("evt", 0);
  e.u32(0);
  e.u32(0);
  e.value({ order }, -1);
  order.status = "filled";
  order.legs[0].qty = 99;
  const r = new Decoder(redactor).decode(Buffer.from(e.buf.subarray(0, e.pos)));
  assertEquals(attrs(r), { order: { status: "new", legs: [{ qty: 1 }] } });
});

Deno.test("Encoder caps a 100k-key object at 1,000 keys plus a marker", () => {
  const huge: Record<string, number> = {};
  for (let i = 0; i < 100_000; i++) huge["k" + i] = i;
  const { record, truncated } = roundTrip({ huge });
  const value = attrs(record).huge as Record<string, unknown>;
  assertEquals(Object.keys(value).length, 1001);
  assertEquals(value["[more]"], "more keys omitted");
  assert(truncated);
});

Deno.test("Encoder caps a 10 MB string at maxValueBytes with a marker, without measuring it all", () => {
  const { record, truncated, bytes } = roundTrip({ s: "y".repeat(10 * 1024 * 1024) }, 4096);
  assertMatch(attrs(record).s as string, /^y{4096}…\[truncated at least 10481664 bytes\]$/);
  assert(truncated);
  assertLess(bytes, 4096 + 200);
});

Deno.test("Encoder bounds a record by bytes and nodes whatever the shape", () => {
  const wide = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => "abcdefgh"));
  const { record, truncated, bytes } = roundTrip({ wide });
  assert(truncated);
  assertLess(bytes, 260 * 1024, "record bytes bounded");
  assert(JSON.stringify(record.values).includes("more items]"));
});

Deno.test("Encoder marks only the value whose read throws", () => {
  const throwing = {
    get bad() {
      throw new Error("getter");
    },
    ok: 1,
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const { record } = roundTrip({ throwing, revoked: revocable.proxy, fine: "yes" });
  const a = attrs(record);
  assertEquals(a.throwing, { bad: "[Unreadable: Error: getter]", ok: 1 });
  assertMatch(String(a.revoked), /^\[Unreadable: TypeError/);
  assertEquals(a.fine, "yes");
});

Deno.test("Encoder writes safe forms: Error with cause, BigInt, Date, circular, omitted values", () => {
  const circ: Record<string, unknown> = { a: 1 };
  circ.self = circ;
  const err = new Error("outer", { cause: new Error("inner") });
  err.stack = "Error: outer\n    at test";
  const { record } = roundTrip({
    err,
    big: 10n,
    when: new Date(0),
    bad: new Date(NaN),
    circ,
    skip: undefined,
    fn: () => 1,
    nan: NaN,
  });
  const line = JSON.stringify(attrs(record));
  assertEquals(
    line,
    '{"err":{"type":"Error","message":"outer","stack":"Error: outer\\n    at test","cause":' +
      '{"type":"Error","message":"inner","stack":' + JSON.stringify(
        (err.cause as Error).stack,
      ) + '}},"big":"10","when":"1970-01-01T00:00:00.000Z","bad":"Invalid Date",' +
      '"circ":{"a":1,"self":"[Circular]"},"nan":"NaN"}',
  );
});

Deno.test("Decoder redacts secret keys at any depth and never lets a key reach the prototype", () => {
  const { record } = roundTrip({
    nested: { password: "hunter2", ok: 1 },
    token: { deep: 1 },
    ["__proto__"]: { polluted: true },
  });
  const a = attrs(record);
  assertEquals(a.nested, { password: "[REDACTED]", ok: 1 });
  assertEquals(a.token, "[REDACTED]");
  assertEquals(({} as Record<string, unknown>).polluted, undefined);
});
