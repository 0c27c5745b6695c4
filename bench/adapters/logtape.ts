/**
 * Adapter `logtape`: LogTape with its `jsonLinesFormatter` and a sink (a LogTape sink is a
 * function) that writes each line with `writeSync` to /dev/null, like pino sync.
 *
 * @module
 */

import { closeSync, openSync, writeSync } from "node:fs";
import { tick } from "../common.ts";
import { importPeer } from "./peer.ts";
import { orderAttributes, type Target } from "./types.ts";

/** The members of @logtape/logtape this adapter calls. */
interface LogTape {
  jsonLinesFormatter(record: unknown): string;
  configure(config: {
    sinks: Record<string, (record: unknown) => void>;
    loggers: { category: string[]; lowestLevel: string; sinks: string[] }[];
  }): Promise<void>;
  getLogger(category: string[]): {
    info(message: string, properties: Record<string, unknown>): void;
  };
  dispose(): Promise<void>;
}

/** LogTape → JSON lines → `writeSync` to /dev/null. */
export async function setup(): Promise<Target> {
  const logtape = await importPeer<LogTape>("@logtape/logtape");
  const fd = openSync("/dev/null", "w");
  await logtape.configure({
    sinks: {
      devnull: (record) => void writeSync(fd, logtape.jsonLinesFormatter(record)),
    },
    loggers: [
      { category: ["bench"], lowestLevel: "info", sinks: ["devnull"] },
      { category: ["logtape", "meta"], lowestLevel: "warning", sinks: [] },
    ],
  });
  const log = logtape.getLogger(["bench"]);
  return {
    lib: "logtape",
    log: () => log.info("order_submitted", orderAttributes()),
    logWith: (attributes) => log.info("order_submitted", attributes),
    settle: tick,
    drain: tick,
    finish: async () => {
      await logtape.dispose();
      closeSync(fd);
      return {};
    },
  };
}
