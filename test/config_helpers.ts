// Helpers shared by the configuration tests (test/config_*_test.ts): resolving with an explicit
// environment, and checking that no printed text carries a credential.

import { assert } from "@std/assert";
import {
  ObservabilityConfigError,
  type ObservabilityOptions,
  resolveConfig,
} from "../observability.ts";

/** `resolveConfig()` with exactly `env` as the environment. */
export function resolve(env: Record<string, string>, options: ObservabilityOptions = {}) {
  return resolveConfig(options, env);
}

/** Asserts that no report and no printable part of the config contains any of `secrets`. */
export function assertNowhere(
  report: ReturnType<typeof resolveConfig>,
  secrets: string[],
): void {
  const printed = [
    ...report.problems,
    ...report.warnings,
    report.config.otlp?.url ?? "",
    new ObservabilityConfigError(report.problems.length > 0 ? report.problems : ["x"]).message,
  ].join("\n");
  for (const s of secrets) assert(!printed.includes(s), `printed text leaks ${JSON.stringify(s)}`);
}

/** Base64 of `s`, as Basic auth writes it. */
export const B64 = (s: string) => btoa(s);

/** A Grafana Cloud token shaped like a real one; no test output may contain it. */
export const TOKEN = "glc_eyJrIjoiZ3JhZmFuYSJ9_live_token";
