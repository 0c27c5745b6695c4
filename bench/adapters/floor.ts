/**
 * Adapter `floor`: what any logger must at least do — build the attributes and store them in a
 * preallocated ring. The lower bound for caller cost.
 *
 * @module
 */

import { tick } from "../common.ts";
import { orderAttributes, type Target } from "./types.ts";

/** A target whose call stores a fresh attributes object in a 4,096-slot ring. */
export function setup(): Promise<Target> {
  const ring: unknown[] = new Array(4096).fill(null);
  let i = 0;
  return Promise.resolve({
    lib: "floor",
    log: () => {
      ring[i++ & 4095] = orderAttributes();
    },
    logWith: (attributes) => {
      ring[i++ & 4095] = attributes;
    },
    settle: tick,
    drain: tick,
    finish: () => Promise.resolve({ stored: i }),
  });
}
