/**
 * Adapter `winston`: winston with `timestamp()` + `json()` formats and a Stream transport on a
 * /dev/null write stream.
 *
 * @module
 */

import { createWriteStream } from "node:fs";
import { sleep, tick } from "../common.ts";
import { importPeer } from "./peer.ts";
import { orderAttributes, type Target } from "./types.ts";

/** The members of winston this adapter calls. */
interface Winston {
  createLogger(options: Record<string, unknown>): {
    info(message: string, meta: Record<string, unknown>): void;
    end(): void;
  };
  format: {
    combine(...f: unknown[]): unknown;
    timestamp(): unknown;
    json(): unknown;
  };
  transports: { Stream: new (options: { stream: unknown }) => unknown };
}

/** winston → JSON → Stream transport on /dev/null. */
export async function setup(): Promise<Target> {
  const { default: winston } = await importPeer<{ default: Winston }>(
    "winston",
  );
  const stream = createWriteStream("/dev/null");
  const log = winston.createLogger({
    level: "info",
    format: winston.format.combine(
      winston.format.timestamp(),
      winston.format.json(),
    ),
    transports: [new winston.transports.Stream({ stream })],
  });
  return {
    lib: "winston",
    log: () => log.info("order_submitted", orderAttributes()),
    logWith: (attributes) => log.info("order_submitted", attributes),
    settle: tick,
    drain: async () => {
      while (stream.writableLength > 0) await sleep(1);
    },
    finish: async () => {
      log.end();
      await sleep(50);
      return {};
    },
  };
}
