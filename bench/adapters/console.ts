/**
 * Adapter `console`: what a service without a logging library does —
 * `console.log(JSON.stringify({ time, level, msg, ...attributes }))` to stdout (run.ts points
 * it at /dev/null, so the write is synchronous).
 *
 * @module
 */

import { tick } from "../common.ts";
import { orderAttributes, type Target } from "./types.ts";

/** `console.log` of one JSON line per record. */
export function setup(): Promise<Target> {
  const line = (attributes: Record<string, unknown>) =>
    console.log(JSON.stringify({
      time: new Date().toISOString(),
      level: "info",
      msg: "order_submitted",
      ...attributes,
    }));
  return Promise.resolve({
    lib: "console",
    log: () => line(orderAttributes()),
    logWith: line,
    settle: tick,
    drain: tick,
    finish: () => Promise.resolve({}),
  });
}
