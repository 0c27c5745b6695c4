/**
 * The library cases of the benchmarks, in table order, with what each one measures. Imports
 * nothing, so run.ts and the report (on Deno) read it without loading any library.
 *
 * @module
 */

/** The library cases. `floor` and `none` are references, not loggers. */
export const LIBS = [
  "floor",
  "lockbox",
  "pino",
  "pino_otel",
  "logtape",
  "winston",
  "otel_sdk",
  "console",
  "none",
] as const;

/** One library case. */
export type Lib = typeof LIBS[number];

/** Whether `s` names a library case. */
export function isLib(s: string): s is Lib {
  return (LIBS as readonly string[]).includes(s);
}

/** What the report says about one case. */
export interface LibInfo {
  /** Row label in the report's tables. */
  name: string;
  /** What the case does, in words (the tables' last column). */
  how: string;
  /**
   * Whether the case needs bench's own install (`npm ci --prefix bench`, bench/package.json).
   * Cases without it run on a machine that ran only the repository's `npm ci`.
   */
  peer: boolean;
}

/** Report label, description and install source of every case. */
export const LIB_INFO: Record<Lib, LibInfo> = {
  floor: {
    name: "floor (ring push)",
    how: "allocate the attributes object and store it in a preallocated ring",
    peer: false,
  },
  lockbox: {
    name: "lockbox",
    how: "`log.info` → lockbox pipeline; worker writes JSON to stdout (/dev/null) and exports OTLP",
    peer: false,
  },
  pino: {
    name: "pino sync",
    how: "`pino(pino.destination({ dest: '/dev/null', sync: true }))`",
    peer: true,
  },
  pino_otel: {
    name: "pino + otel transport",
    how: "pino → pino-opentelemetry-transport (thread-stream worker) → OTLP/HTTP protobuf",
    peer: true,
  },
  logtape: {
    name: "LogTape JSON lines",
    how: "LogTape `jsonLinesFormatter`, a sink writing each line with `writeSync` to /dev/null",
    peer: true,
  },
  winston: {
    name: "winston JSON",
    how: "winston `timestamp()+json()` → Stream transport on a /dev/null write stream",
    peer: true,
  },
  otel_sdk: {
    name: "OTel SDK (raw)",
    how: "raw OTel SDK `logger.emit` → BatchLogRecordProcessor → OTLP/HTTP protobuf",
    peer: false,
  },
  console: {
    name: "console.log JSON",
    how: "`console.log(JSON.stringify({ time, level, msg, ...attrs }))` to stdout (/dev/null)",
    peer: false,
  },
  none: { name: "no logging", how: "no logging (baseline)", peer: false },
};
