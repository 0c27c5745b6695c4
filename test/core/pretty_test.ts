// LOG_FORMAT=pretty: one coloured line per record for a developer's terminal; values that are not
// plain words are JSON-quoted, so no value breaks a line.

import { assertEquals, assertMatch } from "@std/assert";
import { runChild, SHUTDOWN_AND_REPORT } from "./helpers.ts";

Deno.test("LOG_FORMAT=pretty writes one coloured line per record, quoting what could break it", async () => {
  const result = await runChild(
    `initObservability({ exporter: "none" });
    const log = getLogger("trade-exec", { run: "live 44" });
    log.info("order_submitted", { order_id: "co_1", qty: 100, note: "two\\nlines" });
    log.error("risk_failed", { nested: { a: [1, "x"] } });
    ${SHUTDOWN_AND_REPORT}`,
    { env: { LOG_FORMAT: "pretty" } },
  );
  assertEquals(result.code, 0, result.stderr);
  // deno-lint-ignore no-control-regex
  const plain = result.rawLines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, ""));
  assertEquals(plain.length, 2);
  assertMatch(
    plain[0],
    /^\d\d:\d\d:\d\d\.\d{3} INFO {2}trade-exec order_submitted run="live 44" order_id=co_1 qty=100 note="two\\nlines"$/,
  );
  assertMatch(
    plain[1],
    /^\d\d:\d\d:\d\d\.\d{3} ERROR trade-exec risk_failed run="live 44" nested=\{"a":\[1,"x"\]\}$/,
  );
  assertEquals(result.rawLines[1].includes("\x1b[31mERROR"), true, "error in red");
  assertEquals(result.stats!.stdout.written, 2);
});
