/**
 * Sets up one library case: loads `bench/adapters/<lib>.ts` on demand, so a scenario loads
 * only the library it measures (and the peer libraries only when bench's own install exists).
 *
 * @module
 */

import type { Lib } from "./catalog.ts";
import type { Target } from "./types.ts";

/** The adapter module of each case (literal imports, so esbuild bundles them). */
const ADAPTERS: Record<Lib, () => Promise<{ setup: () => Promise<Target> }>> = {
  floor: () => import("./floor.ts"),
  lockbox: () => import("./lockbox.ts"),
  pino: () => import("./pino.ts"),
  pino_otel: () => import("./pino_otel.ts"),
  logtape: () => import("./logtape.ts"),
  winston: () => import("./winston.ts"),
  otel_sdk: () => import("./otel_sdk.ts"),
  console: () => import("./console.ts"),
  none: () => import("./none.ts"),
};

/** Sets up `lib`; throws what the library throws (e.g. a peer that is not installed). */
export async function setup(lib: Lib): Promise<Target> {
  return await (await ADAPTERS[lib]()).setup();
}
