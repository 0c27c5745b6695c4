// The public API (mod.ts exports, stats before start, idempotent init, isEnabled) and
// ObservabilityConfigError; configuration rules are tested in test/config_*_test.ts. Anything that
// writes to stdout or exits runs in a child process.

import { assert, assertEquals, assertInstanceOf, assertMatch } from "@std/assert";
import * as lockbox from "../../mod.ts";
import {
  getLogger,
  initObservability,
  ObservabilityConfigError,
  observabilityStats,
  shutdownObservability,
} from "../../mod.ts";
import { PUBLIC_API } from "./contract_fixture.mjs";

// #region API

Deno.test("mod.ts exports exactly the public API", () => {
  assertEquals(Object.keys(lockbox).sort(), PUBLIC_API);
  assertMatch(lockbox.VERSION, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
});

Deno.test("observabilityStats() reports mode off and zeros before any start", () => {
  assertEquals(observabilityStats(), {
    mode: "off",
    accepted: 0,
    internal: 0,
    dropped: { queueFull: 0, rateLimited: 0, afterShutdown: 0 },
    truncated: 0,
    stdout: { written: 0, failed: 0, dropped: 0 },
    otlp: { enabled: false, exported: 0, failed: 0, dropped: 0 },
    pending: 0,
  });
});

Deno.test("shutdownObservability() before any start resolves at once with mode off", async () => {
  const stats = await shutdownObservability();
  assertEquals(stats.mode, "off");
  assertEquals(stats.accepted, 0);
});

Deno.test("Logger.isEnabled() follows LOG_LEVEL, any case", async () => {
  // This process's own environment, set for the one start and restored: no option replaces it.
  const before = Deno.env.get("LOG_LEVEL");
  Deno.env.set("LOG_LEVEL", "WARN");
  try {
    initObservability({ exporter: "none", exitHooks: false });
  } finally {
    if (before === undefined) Deno.env.delete("LOG_LEVEL");
    else Deno.env.set("LOG_LEVEL", before);
  }
  try {
    const log = getLogger("api");
    assertEquals(
      (["debug", "info", "warn", "error", "fatal"] as const).map((l) => log.isEnabled(l)),
      [false, false, true, true, true],
    );
    assertEquals(log.child({ a: 1 }).isEnabled("info"), false);
    assert(["starting", "worker"].includes(observabilityStats().mode));
  } finally {
    const stats = await shutdownObservability();
    assertEquals(stats.accepted, 0);
  }
});

Deno.test("initObservability() is idempotent while running and restarts after shutdown", async () => {
  initObservability({ exporter: "none", exitHooks: false });
  initObservability(); // ignored: still the first session
  assertEquals(observabilityStats().otlp.enabled, false);
  const a = shutdownObservability();
  const b = shutdownObservability();
  assert(a === b, "concurrent shutdowns share one promise");
  await a;
  initObservability({ exporter: "none", level: "error", exitHooks: false });
  assertEquals(getLogger("x").isEnabled("warn"), false, "a new session with its own settings");
  await shutdownObservability();
});

// #endregion

// #region Config

Deno.test("ObservabilityConfigError carries problems and a one-problem message", () => {
  const e = new ObservabilityConfigError(["Cannot read X as it must be y: got 1"]);
  assertInstanceOf(e, Error);
  assertEquals(e.name, "ObservabilityConfigError");
  assertEquals(
    e.message,
    "Cannot initialize observability as 1 setting is invalid:\n- Cannot read X as it must be y: got 1",
  );
});

// #endregion
