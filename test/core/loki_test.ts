// Loki-safe records on the real wire: structured-metadata caps (128 entries counting flattened
// nested keys, non-label resource attributes and the record fields Loki adds; 64 KB), the
// stdout line cap (256 KB, in UTF-8 bytes), the `lockbox.truncated` marker, the `truncated`
// counter, and the OTel SDK's own attribute limit, which must never drop anything silently.
// OTLP goes to a real receiver on 127.0.0.1; stdout is the child's real bytes.

import { assert, assertEquals, assertLessOrEqual, assertMatch } from "@std/assert";
import { assertAccounting, runChild, SHUTDOWN_AND_REPORT, withReceiver } from "./child.ts";
import * as raw from "./helpers.ts";
import type { ReceivedLogRecord } from "../../scripts/otlp_receiver.ts";

/** Loki's defaults (limits_config): structured-metadata entries and bytes per record. */
const LOKI_MAX_ENTRIES = 128;
const LOKI_MAX_METADATA_BYTES = 65536;

/** Resource attributes Loki stores as index labels (not structured metadata). */
const INDEX_LABELS = new Set([
  "cloud.availability_zone",
  "cloud.region",
  "container.name",
  "deployment.environment",
  "k8s.cluster.name",
  "k8s.container.name",
  "k8s.cronjob.name",
  "k8s.daemonset.name",
  "k8s.deployment.name",
  "k8s.job.name",
  "k8s.namespace.name",
  "k8s.pod.name",
  "k8s.replicaset.name",
  "k8s.statefulset.name",
  "service.name",
  "service.namespace",
]);
/** What Loki adds from LogRecord fields: severity_number/text, observed_timestamp, flags, ids, scope. */
const RECORD_FIELDS = 9;

/** Loki's flattening: one entry per leaf of a map; arrays and scalars are one entry each. */
function leaves(prefix: string, v: unknown, out: [string, string][]): void {
  if (typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)) {
    const keys = Object.keys(v);
    if (keys.length === 0) out.push([prefix, ""]);
    for (const k of keys) leaves(`${prefix}_${k}`, (v as Record<string, unknown>)[k], out);
    return;
  }
  out.push([prefix, typeof v === "string" ? v : JSON.stringify(v)]);
}

/** Structured-metadata entries and bytes of a received record as Loki would count them. */
function lokiMetadata(r: ReceivedLogRecord): { entries: number; bytes: number } {
  const all: [string, string][] = [];
  for (const [k, v] of Object.entries(r.resource)) if (!INDEX_LABELS.has(k)) leaves(k, v, all);
  for (const [k, v] of Object.entries(r.attributes)) leaves(k, v, all);
  const bytes = all.reduce((n, [k, v]) => n + new TextEncoder().encode(k + v).length, 0);
  return { entries: all.length + RECORD_FIELDS, bytes };
}

Deno.test("500 attributes: a record stays within Loki's 128 entries, order_id kept, the cut named and counted", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const attrs: Record<string, number | string> = { order_id: "co_1" };
      for (let i = 0; i < 499; i++) attrs["a" + i] = i;
      getLogger("wide").info("many_attrs", attrs);
      getLogger("wide").info("plain", { order_id: "co_2" });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record, plain] = await receiver.waitForRecords(2);
    assertEquals(record.attributes.order_id, "co_1");
    assertLessOrEqual(lokiMetadata(record).entries, LOKI_MAX_ENTRIES);
    // Before: the OTel SDK kept 128 attributes and dropped 372 with no marker and no counter.
    const marker = String(record.attributes["lockbox.truncated"]);
    assertMatch(marker, /^structured metadata: kept \d+ of 500 entries/);
    assertMatch(marker, /: a\d+, a\d+.*\(\+\d+ more\)$/);
    // Top-level keys in call order: the first ones stay, the last ones are cut.
    assertEquals(record.attributes.a0, 0);
    assert(!("a498" in record.attributes));
    // stdout carries the same capped record.
    const line = result.lines[0];
    assertEquals(
      Object.keys(line).filter((k) =>
        !["ts", "level", "logger", "message", "service", "env", "version"].includes(k)
      ),
      Object.keys(record.attributes),
    );
    assertEquals(plain.attributes, { order_id: "co_2" });
    assertEquals(result.stats!.truncated, 1);
    assertAccounting(result.stats!);
  });
});

Deno.test("caps off (LOG_LOKI_MAX_ENTRIES=0): all 500 attributes reach the receiver, none dropped by the SDK", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const attrs: Record<string, number> = {};
      for (let i = 0; i < 499; i++) attrs["a" + i] = i;
      attrs.order_id = 7;
      getLogger("wide").info("many_attrs", attrs);
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, LOG_LOKI_MAX_ENTRIES: "0" } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    // Before: 128 arrived (the SDK's default attributeCountLimit), order_id (the last) lost.
    assertEquals(Object.keys(record.attributes).length, 500);
    assertEquals(record.attributes.order_id, 7);
    assertEquals(result.stats!.truncated, 0);
    assertAccounting(result.stats!);
  });
});

Deno.test("a nested map of 2,000 keys: flattened leaves counted, top-level keys kept before nested ones", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const nested: Record<string, number> = {};
      for (let i = 0; i < 2000; i++) nested["k" + i] = i;
      getLogger("deep").info("nested", { order_id: "co_1", book: { levels: nested }, side: "buy" });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    assertLessOrEqual(lokiMetadata(record).entries, LOKI_MAX_ENTRIES);
    assertEquals(record.attributes.order_id, "co_1");
    assertEquals(record.attributes.side, "buy", "a top-level key after the map is kept first");
    const levels = (record.attributes.book as { levels: Record<string, number> }).levels;
    assertEquals(levels.k0, 0, "nested leaves in key order fill what is left");
    assertMatch(String(record.attributes["lockbox.truncated"]), /cut: book\.levels\.k\d+/);
    assertEquals(result.stats!.truncated, 1);
    assertAccounting(result.stats!);
  });
});

Deno.test("60 × 2 KB strings and 40 non-label resource attributes stay within Loki's 64 KB and 128 entries", async () => {
  await withReceiver({}, async (receiver) => {
    const resource = Array.from({ length: 40 }, (_, i) => `host.tag${i}=v${i}`).join(",");
    const result = await runChild(
      `const attrs: Record<string, string> = {};
      for (let i = 0; i < 60; i++) attrs["s" + i] = String(i % 10).repeat(2048);
      getLogger("big").info("big_values", { order_id: "co_1", ...attrs });
      const few: Record<string, number> = {};
      for (let i = 0; i < 100; i++) few["f" + i] = i;
      getLogger("big").info("few_values", few);
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_RESOURCE_ATTRIBUTES: resource } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [big, few] = await receiver.waitForRecords(2);
    assertEquals(big.resource["host.tag39"], "v39");
    const m = lokiMetadata(big);
    assertLessOrEqual(m.bytes, LOKI_MAX_METADATA_BYTES);
    assertEquals(big.attributes.order_id, "co_1");
    assertMatch(
      String(big.attributes["lockbox.truncated"]),
      /^structured metadata: kept \d+ of 61 entries, \d+ of \d+ bytes/,
    );
    // 100 attributes + 40 resource attributes that are not index labels: over 128 entries.
    assertLessOrEqual(lokiMetadata(few).entries, LOKI_MAX_ENTRIES);
    assertEquals(few.attributes.f0, 0);
    assert("lockbox.truncated" in few.attributes);
    assertEquals(result.stats!.truncated, 2);
    assertAccounting(result.stats!);
  });
});

Deno.test("stdout line over LOG_MAX_LINE_BYTES (UTF-8 bytes): cut to size, leading keys kept, the cut named", async () => {
  const result = await runChild(
    `const attrs: Record<string, string> = { order_id: "co_1" };
    // 3-byte characters: 2,000 UTF-16 units but 6,000 bytes each.
    for (let i = 0; i < 10; i++) attrs["s" + i] = "€".repeat(2000);
    getLogger("line").info("wide_line", attrs);
    ${SHUTDOWN_AND_REPORT}`,
    { env: { LOG_MAX_LINE_BYTES: "16384", LOG_LOKI_MAX_METADATA_BYTES: "0" } },
  );
  assertEquals(result.code, 0, result.stderr);
  const raw = result.stdout.split("\n")[0];
  // Before: lines were measured in UTF-16 units, so a 60 KB line passed a 16 KB cap.
  assertLessOrEqual(new TextEncoder().encode(raw).length, 16384);
  const line = result.lines[0];
  assertEquals(line.order_id, "co_1");
  assertEquals(line.s0, "€".repeat(2000));
  assertMatch(String(line["lockbox.truncated"]), /^line size: over 16384 bytes; cut: s\d, .*s9$/);
  assertEquals(result.stats!.truncated, 1);
  assertAccounting(result.stats!);
});

Deno.test("resolveConfig() reports an invalid LOG_LOKI_MAX_ENTRIES as a problem", async () => {
  const result = await runChild(
    `try { initObservability(); } catch (e) { console.error(String(e.message)); }`,
    { env: { LOG_LOKI_MAX_ENTRIES: "-1" } },
  );
  assertMatch(
    result.stderr,
    /Cannot read LOG_LOKI_MAX_ENTRIES as it must be an integer from 0 to 2147483647 \(structured-metadata entries per record; 0 turns the cap off\): got "-1"/,
  );
});

Deno.test("an array of 1,000 × 8 KB strings: one entry past 64 KB is cut whole; the request and the line stay small", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `getLogger("fills").info("fills", { order_id: "co_1", fills: Array.from({ length: 1000 }, () => "x".repeat(8192)) });
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    assertEquals(record.attributes.order_id, "co_1");
    assert(!("fills" in record.attributes));
    assertMatch(String(record.attributes["lockbox.truncated"]), /cut: fills$/);
    // Before: an 8.5 MB request and an 8 MB stdout line.
    assertLessOrEqual(receiver.requests[0].bytes, 16 * 1024);
    assertLessOrEqual(new TextEncoder().encode(result.stdout).length, 16 * 1024);
    assertEquals(result.lines[0]["lockbox.truncated"], record.attributes["lockbox.truncated"]);
    assertAccounting(result.stats!);
  });
});

Deno.test("an Error after 300 attributes is kept first: exception.* survive the entry cap", async () => {
  await withReceiver({}, async (receiver) => {
    const result = await runChild(
      `const attrs: Record<string, unknown> = { order_id: "co_1" };
      for (let i = 0; i < 300; i++) attrs["a" + i] = i;
      attrs.err = new TypeError("venue down");
      getLogger("wide").error("failed", attrs);
      ${SHUTDOWN_AND_REPORT}`,
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } },
    );
    assertEquals(result.code, 0, result.stderr);
    const [record] = await receiver.waitForRecords(1);
    assertLessOrEqual(lokiMetadata(record).entries, LOKI_MAX_ENTRIES);
    assertEquals(record.attributes["exception.type"], "TypeError");
    assertEquals(record.attributes["exception.message"], "venue down");
    assertEquals(record.attributes.order_id, "co_1");
    assert(!String(record.attributes["lockbox.truncated"]).includes("err"));
    assertEquals((result.lines[0].err as { message: string }).message, "venue down");
    assertAccounting(result.stats!);
  });
});

Deno.test("LOG_FORMAT=pretty: the same caps; a line over LOG_MAX_LINE_BYTES is cut in UTF-8 bytes, never mid-character", async () => {
  const result = await raw.runChild(
    `const attrs: Record<string, string | number> = { order_id: "co_1" };
    for (let i = 0; i < 200; i++) attrs["a" + i] = i;
    getLogger("p").info("capped", attrs);
    getLogger("p").info("long", { s: "€".repeat(3000) });
    ${raw.SHUTDOWN_AND_REPORT}`,
    { env: { LOG_FORMAT: "pretty", LOG_MAX_LINE_BYTES: "4096" } },
  );
  assertEquals(result.code, 0, result.stderr);
  const [capped, long] = result.rawLines;
  assertMatch(capped, / order_id=co_1 a0=0 /);
  assertMatch(capped, /lockbox\.truncated="structured metadata: kept \d+ of 201 entries/);
  const bytes = new TextEncoder().encode(long);
  assertLessOrEqual(bytes.length, 4096);
  assert(new TextDecoder("utf-8", { fatal: true }).decode(bytes).endsWith("€…"));
  assertEquals(result.stats!.truncated, 2);
  assertAccounting(result.stats!);
});
