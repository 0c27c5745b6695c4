/**
 * What every adapter (`bench/adapters/<lib>.ts`) gives a scenario: one library set up the same
 * way for every case, logging the same record.
 *
 * @module
 */

import type { Lib } from "./catalog.ts";
import type { LockboxStats } from "../common.ts";

/** The record every case logs: event `order_submitted` with these attributes, fresh per call. */
export function orderAttributes(): {
  symbol: string;
  qty: number;
  px: number;
  order_id: string;
} {
  return { symbol: "AAPL", qty: 100, px: 189.5, order_id: "co_1" };
}

/** One library set up for a case. */
export interface Target {
  lib: Lib;
  /** One info call, event `order_submitted`, attributes from `orderAttributes()` (fresh). */
  log: () => void;
  /** One info call with caller-supplied attributes (the stall case's large records). */
  logWith: (attributes: Record<string, unknown>) => void;
  /**
   * Lets deferred work run between rounds: one event-loop turn, and where the library has a
   * bounded buffer, a wait until it is at most half full (so rounds measure the accept path,
   * not the drop path).
   */
  settle: () => Promise<void>;
  /** Waits until everything logged so far has left the main thread (written/exported). */
  drain: () => Promise<void>;
  /** Flushes and shuts the library down; returns what it counted. */
  finish: () => Promise<Record<string, unknown>>;
  /** lockbox only: live counters. */
  stats?: () => LockboxStats;
}

/** An adapter module's one export. */
export type Setup = () => Promise<Target>;
