/**
 * Adapter `none`: logs nothing. The baseline every "minus a no-logging run" figure subtracts.
 *
 * @module
 */

import { tick } from "../common.ts";
import type { Target } from "./types.ts";

/** A target whose calls do nothing. */
export function setup(): Promise<Target> {
  return Promise.resolve({
    lib: "none",
    log: () => {},
    logWith: () => {},
    settle: tick,
    drain: tick,
    finish: () => Promise.resolve({}),
  });
}
