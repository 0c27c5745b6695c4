// The JSON line (byte for byte on fixed inputs, strange values, level gate) and the property test
// of hostile values. Anything that writes to stdout or exits runs in a child process; OTLP goes to
// a real receiver on 127.0.0.1 (scripts/otlp_receiver.ts).

import { assert, assertEquals, assertLess, assertMatch, assertStringIncludes } from "@std/assert";
import { assertAccounting, runChild, SHUTDOWN_AND_REPORT, withReceiver } from "./child.ts";
import { JSON_LINE_ACCEPTED, JSON_LINE_EXPECTED } from "./contract_fixture.mjs";

/** The contract's fixed cases, imported by the child too (by URL). */
const CONTRACT = new URL("./contract_fixture.mjs", import.meta.url).href;

// #region JSON line

Deno.test("JSON line matches the contract byte for byte on fixed inputs", async () => {
  const result = await runChild(`
    import { logJsonLineInputs } from ${JSON.stringify(CONTRACT)};
    logJsonLineInputs({ getLogger, initObservability });
    ${SHUTDOWN_AND_REPORT}
  `);
  assertEquals(result.code, 0, result.stderr);
  assertEquals(result.stdout, JSON_LINE_EXPECTED);
  assertEquals(result.stats?.accepted, JSON_LINE_ACCEPTED);
});

Deno.test("JSON line: strange values never throw and stay valid JSON", async () => {
  const result = await runChild(`
    initObservability({ exporter: "none" });
    const log = getLogger("fuzz");
    const throwing = { get bad() { throw new Error("getter"); }, ok: 1 };
    const proxy = new Proxy({}, { ownKeys() { throw new Error("trap"); } });
    const badJson = { toJSON() { throw new Error("toJSON"); } };
    let deep: Record<string, unknown> = {}; const top = deep;
    for (let i = 0; i < 1000; i++) { deep.d = {}; deep = deep.d as Record<string, unknown>; }
    const cause = new Error("outer", { cause: new Error("inner") });
    log.info("values", { throwing, badJson, top, cause, lone: "\\ud800x", map: new Map([["k", 1]]),
      set: new Set([1, 2]), bytes: new Uint8Array(3), arr: Array.from({ length: 1500 }, (_, i) => i) });
    log.info("proxy", proxy as never);
    log.info(42 as never, "not an object" as never);
    log.error("an error as attributes", new Error("plain") as never);
    ${SHUTDOWN_AND_REPORT}
  `);
  assertEquals(result.code, 0, result.stderr);
  assertEquals(result.lines.length, 4);
  const [values, proxy, numeric, asError] = result.lines;
  assertEquals((values.throwing as Record<string, unknown>).bad, "[Unreadable: Error: getter]");
  assertEquals(values.badJson, "[Unreadable: Error: toJSON]");
  assertStringIncludes(JSON.stringify(values.top), '"[Depth limit]"');
  assertEquals(
    ((values.cause as Record<string, unknown>).cause as { message: string }).message,
    "inner",
  );
  // Strings cross the ring as UTF-8: a lone surrogate becomes U+FFFD.
  assertEquals(values.lone, "\ufffdx");
  assertEquals(values.map, { k: 1 });
  assertEquals(values.set, [1, 2]);
  assertEquals(values.bytes, "[Uint8Array 3 bytes]");
  assertEquals((values.arr as unknown[]).length, 1001);
  assertEquals((values.arr as unknown[])[1000], "[500 more items]");
  assertEquals(proxy["lockbox.attributes_error"], "Error: trap");
  assertEquals(numeric.message, "42");
  assertEquals(numeric.value, "not an object");
  assertEquals((asError.error as { message: string }).message, "plain");
});

Deno.test("JSON line: keys stay exact once the quoted-key cache is full", async () => {
  // The renderer caches quoted keys up to 1,024 entries of at most 128 characters; past that it
  // quotes each key afresh. 1,500 distinct keys (some needing escapes, some longer than 128
  // characters) cross the cache's bound.
  const result = await runChild(
    `
    const log = getLogger("keys");
    for (let i = 0; i < 1500; i++) {
      const long = "k".repeat(130) + i;
      log.info("k", { ["key_" + i]: i, ['q"\\\\' + i]: i, [long]: i });
    }
    ${SHUTDOWN_AND_REPORT}
  `,
    { env: { LOG_RATE_LIMIT: "0", LOG_QUEUE_MAXSIZE: "2000" } },
  );
  assertEquals(result.code, 0, result.stderr);
  assertEquals(result.lines.length, 1500);
  result.lines.forEach((line, i) => {
    assertEquals(line["key_" + i], i);
    assertEquals(line['q"\\' + i], i);
    assertEquals(line["k".repeat(130) + i], i);
  });
});

Deno.test("LOG_LEVEL drops lower levels before they are queued", async () => {
  const result = await runChild(
    `const log = getLogger("lv");
    for (const l of ["debug", "info", "warn", "error", "fatal"] as const) log[l]("e_" + l);
    ${SHUTDOWN_AND_REPORT}`,
    { env: { LOG_LEVEL: "Error" } },
  );
  assertEquals(result.lines.map((l) => l.level), ["error", "fatal"]);
  assertEquals(result.stats?.accepted, 2);
});

Deno.test("no endpoint: stdout only, with one notice line on stderr", async () => {
  const result = await runChild(`getLogger("n").info("a"); getLogger("n").info("b");
    ${SHUTDOWN_AND_REPORT}`);
  assertEquals(result.lines.length, 2);
  const notices = result.stderr.split("\n").filter((l) => l.startsWith("lockbox:"));
  assertEquals(notices, [
    "lockbox: no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only",
  ]);
  assertEquals(result.stats?.otlp.enabled, false);
});

// #endregion

// #region Bad input: property test

/**
 * Child code: a seeded generator of hostile values (mulberry32), and `CASES` log calls built from
 * it. Every call must return without throwing; the parent then checks both sinks.
 */
const FUZZ_CHILD = `
let seed = Number(Deno.env.get("FUZZ_SEED"));
const rand = () => {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const deep = (n: number) => { const top: Record<string, unknown> = {}; let o = top;
  for (let i = 0; i < n; i++) { o.d = {}; o = o.d as Record<string, unknown>; } return top; };
const circular = () => { const a: Record<string, unknown> = { n: 1 }; a.self = a; a.list = [a]; return a; };
const throwing = () => Object.defineProperty({ ok: 1 }, "bad", { enumerable: true, get() { throw new Error("getter"); } });
const proxy = () => new Proxy({}, { ownKeys() { throw new Error("trap"); }, get() { throw new Error("get"); } });
class Order { constructor(public id = "co_1", public px = 1.5) {} }
const leaves: (() => unknown)[] = [
  () => "plain", () => "\\ud800 lone \\udfff", () => "quote \\" back \\\\ nl \\n nul \\u0000 tab \\t",
  () => "emoji 🚀 ünïcødé", () => "x".repeat(20_000), () => 42, () => -0, () => NaN, () => Infinity,
  () => 1e308, () => Number.MAX_SAFE_INTEGER + 2, () => 123456789012345678901234567890n,
  () => true, () => null, () => undefined, () => Symbol("s"), () => () => 1, () => new Date(0),
  () => new Date(NaN), () => new Error("outer", { cause: new TypeError("inner", { cause: "root" }) }),
  () => /re+/g, () => new Map([["k", 1], [{ o: 1 }, "objkey"]]), () => new Set([1, "a"]),
  () => new Uint8Array([1, 2, 3]), () => new Order(), () => throwing(), () => proxy(),
  () => ({ toJSON() { throw new Error("toJSON"); } }), () => ({ toJSON: () => ({ fine: true }) }),
  () => circular(), () => deep(1000), () => Array.from({ length: 5000 }, (_, i) => i),
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}'),
  () => { const o: Record<string | symbol, unknown> = { a: 1 }; o[Symbol("k")] = 2; return o; },
  () => Object.create(null), () => [undefined, () => 1, Symbol("x")],
];
const value = (depth: number): unknown => depth > 0 && rand() < 0.3
  ? Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => [pick(keys), value(depth - 1)]))
  : pick(leaves)();
const keys = ["symbol", "message", "ts", "attr.ts", "__proto__", "constructor", "", "é", "a.b", "password", "level", "k"];
const events: (() => unknown)[] = [() => "fuzz_event", () => 42, () => ({ an: "object" }), () => undefined,
  () => Symbol("ev"), () => "", () => "\\ud800"];
initObservability({ maxValueBytes: 4096 });
const log = getLogger("fuzz");
const cases = Number(Deno.env.get("FUZZ_CASES"));
for (let i = 0; i < cases; i++) {
  const attrs: Record<string, unknown> = { case: i };
  for (let k = 0; k < 1 + Math.floor(rand() * 5); k++) attrs[pick(keys) + (k ? k : "")] = value(2);
  const ev = pick(events)();
  const level = pick(["debug", "info", "warn", "error", "fatal"] as const);
  const target = rand() < 0.2 ? log.child({ ctx: value(1), run_id: "r" }) : log;
  target[level](ev as string, rand() < 0.1 ? (pick(leaves)() as never) : attrs);
}
log.info("proxy_attributes", proxy() as never);
log.info("huge", { ten_mb: "y".repeat(10 * 1024 * 1024) });
console.error("STATS " + JSON.stringify(await shutdownObservability({ timeoutMs: 15000 })));
`;

Deno.test("bad input: generated hostile values never throw, stay valid JSON and reach the receiver", async () => {
  const CASES = 300;
  await withReceiver({}, async (receiver) => {
    const result = await runChild(FUZZ_CHILD, {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        LOG_LEVEL: "debug",
        LOG_RATE_LIMIT: "0",
        LOG_QUEUE_MAXSIZE: "10000",
        FUZZ_SEED: "20261121",
        FUZZ_CASES: String(CASES),
      },
      timeoutMs: 60_000,
    });
    assertEquals(result.code, 0, result.stderr.slice(0, 2000));
    const s = result.stats!;
    // Every call was accepted (a throw would have ended the child before STATS).
    assertEquals(s.accepted, CASES + 2);
    assertAccounting(s);
    assertEquals(s.otlp.exported, s.accepted, "the collector accepted every record");
    assertEquals(result.lines.length, CASES + 2, "one valid JSON line per record");
    for (const line of result.lines) {
      assertEquals(typeof line.message, "string");
      assertEquals(line.logger, "fuzz");
    }
    // The generator reached every kind of hostile value (each leaves its marker).
    const markers = [
      '"[Circular]"',
      '"[Depth limit]"',
      "[Unreadable: Error: getter]",
      "[Unreadable: Error: toJSON]",
      '"lockbox.attributes_error"',
      "more items]",
      "…[truncated ",
      '"[REDACTED]"',
      '"attr.message"',
      '"__proto__"',
      "\ufffd",
    ];
    assertEquals(markers.filter((m) => !result.stdout.includes(m)), [], "markers not seen");
    // Sizes are capped: the 10 MB string arrives cut to the cap with a marker.
    const huge = result.lines.at(-1)!;
    assertMatch(String(huge.ten_mb), /^y{4096}…\[truncated at least 10481664 bytes\]$/);
    const longest = Math.max(...result.stdout.split("\n").map((l) => l.length));
    assertLess(longest, 1_000_000, "no line explodes (depth, item and string caps)");
    const records = await receiver.waitForRecords(CASES + 2, 20_000);
    assert(receiver.requests.every((r) => r.status === 200));
    assertEquals(records.length, CASES + 2);
    console.log(
      `fuzz | ${CASES} generated calls + a Proxy + a 10 MB string | lines ${result.lines.length} | ` +
        `longest line ${longest} chars | OTLP requests ${receiver.requests.length}`,
    );
  });
});

// #endregion
