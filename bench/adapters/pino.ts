/**
 * Adapter `pino`: pino writing JSON lines synchronously to /dev/null
 * (`pino.destination({ sync: true })`), its fastest in-thread configuration.
 *
 * @module
 */

import type { EventEmitter } from "node:events";
import { tick } from "../common.ts";
import { importPeer } from "./peer.ts";
import { orderAttributes, type Target } from "./types.ts";

/** The members of pino the pino adapters call. */
export interface PinoLogger {
  info(attributes: Record<string, unknown>, message: string): void;
  flush(done?: (err?: Error) => void): void;
}

/** pino's default export, as far as the adapters use it. */
export interface Pino {
  (destination: unknown): PinoLogger;
  destination(options: { dest: string; sync: boolean }): { flushSync(): void };
  transport(
    options: { target: string; options: Record<string, unknown> },
  ): EventEmitter & {
    end(): void;
  };
}

/** pino → sync /dev/null destination. */
export async function setup(): Promise<Target> {
  const { default: pino } = await importPeer<{ default: Pino }>("pino");
  const dest = pino.destination({ dest: "/dev/null", sync: true });
  const log = pino(dest);
  return {
    lib: "pino",
    log: () => log.info(orderAttributes(), "order_submitted"),
    logWith: (attributes) => log.info(attributes, "order_submitted"),
    settle: tick,
    drain: tick,
    finish: () => {
      dest.flushSync();
      return Promise.resolve({});
    },
  };
}
