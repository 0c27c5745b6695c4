// The public contract's fixed cases, shared by the core tests (from source, in Deno) and the
// conformance suite (each bundle on its own runtime): the names mod.ts exports, and the JSON line
// on fixed inputs — the log calls and the exact stdout bytes they must give. Plain JavaScript
// with no imports, because scripts/conformance.ts copies this file next to the suite into an
// empty directory that holds only the bundle. Not a test file.

/** What mod.ts (and every bundle) exports at runtime, sorted; types leave no runtime name. */
export const PUBLIC_API = [
  "ObservabilityConfigError",
  "VERSION",
  "getLogger",
  "initObservability",
  "observabilityStats",
  "shutdownObservability",
];

/**
 * Starts lockbox with a fixed clock (the hidden `Symbol.for("lockbox.clock")` option) and identity,
 * level and format given as options too (the runners also start the child with a clean
 * environment), and logs the contract's fixed inputs: three records above the level gate (one with every awkward value type, one from a child logger whose
 * call attributes win) and one below it.
 *
 * @param {{ initObservability: Function, getLogger: Function }} api the public API under test
 */
export function logJsonLineInputs(api) {
  const clock = () => Date.UTC(2026, 10, 21, 14, 3, 5, 123) + 0.4565;
  api.initObservability({
    serviceName: "trade-exec",
    environment: "prod",
    serviceVersion: "1.0.0",
    exporter: "none",
    maxValueBytes: 32,
    level: "info",
    format: "json",
    // The hidden test clock: not in the typed options, read by one check in start().
    [Symbol.for("lockbox.clock")]: clock,
  });
  const log = api.getLogger("trade-exec", { run_id: "live_44" });
  const err = new Error("boom");
  err.stack = "Error: boom\n    at test";
  const circ = { a: 1 };
  circ.self = circ;
  log.info("order_submitted", { order_id: "co_1", symbol: "AAPL" });
  log.warn("order_rejected", {
    message: "collides",
    ts: "x",
    qty: 100,
    px: 189.5,
    big: 10n,
    when: new Date(0),
    skip: undefined,
    fn: () => 1,
    sym: Symbol("s"),
    circ,
    err,
    long: "x".repeat(40),
    nan: NaN,
    nested: { a: [1, "b", null, undefined] },
    'é"k': "ü",
  });
  log.child({ run_id: "live_45", strategy_id: "mm" }).error("risk_check_failed", {
    run_id: "call_wins",
  });
  log.debug("below_level");
}

/** @param {string} level @param {string} message */
const head = (level, message) =>
  `{"ts":"2026-11-21T14:03:05.123456Z","level":"${level}","logger":"trade-exec","message":"${message}","service":"trade-exec","env":"prod","version":"1.0.0"`;

/** The exact stdout bytes {@linkcode logJsonLineInputs} must give: three JSON lines. */
export const JSON_LINE_EXPECTED = head("info", "order_submitted") +
  `,"run_id":"live_44","order_id":"co_1","symbol":"AAPL"}\n` +
  head("warn", "order_rejected") +
  `,"run_id":"live_44","attr.message":"collides","attr.ts":"x","qty":100,"px":189.5,"big":"10","when":"1970-01-01T00:00:00.000Z","circ":{"a":1,"self":"[Circular]"},"err":{"type":"Error","message":"boom","stack":"Error: boom\\n    at test"},"long":"${
    "x".repeat(32)
  }…[truncated 8 bytes]","nan":"NaN","nested":{"a":[1,"b",null,null]},"é\\"k":"ü"}\n` +
  head("error", "risk_check_failed") + `,"strategy_id":"mm","run_id":"call_wins"}\n`;

/** How many records {@linkcode logJsonLineInputs} gets accepted (the debug one is gated). */
export const JSON_LINE_ACCEPTED = 3;
