/**
 * Loads a peer library (pino, pino-opentelemetry-transport, winston, LogTape) from bench's own
 * install, bench/peers/ (`npm ci --prefix bench/peers`).
 *
 * The peers live in bench/peers/node_modules, which is not on Node's lookup path from the
 * scenarios (bench/.cache/), so a peer is found here explicitly: its folder's package.json
 * names the ESM entry (`exports["."]` under the `import`, `node` or `default` condition, else
 * `module`, else `main`), which is imported by URL. Nothing else resolves from there: the OTel
 * SDK, mitata and esbuild stay the repository's own pinned copies, whatever versions the peers
 * pull in. The specifier never reaches esbuild or `deno check`, so the bench sources compile
 * and check on a machine that ran only the repository's `npm ci`; each adapter declares the
 * few members of its peer it calls.
 *
 * @module
 */

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** bench/peers/ (this file is bench/adapters/peer.ts, or compiled into bench/.cache/). */
export const PEERS = new URL("../peers/", import.meta.url);

/** Whether bench/peers/node_modules was installed by npm (its marker file exists). */
export function peersInstalled(): boolean {
  return existsSync(new URL("node_modules/.package-lock.json", PEERS));
}

type Exports = string | { [condition: string]: Exports } | undefined;

/** The entry of an `exports` value for an ESM import on Node. */
function pick(e: Exports): string | undefined {
  if (typeof e === "string" || e === undefined) return e;
  for (const c of ["import", "node", "default"]) {
    const hit = pick(e[c]);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Absolute path of the ESM entry of peer `name`; throws an Error naming the install command
 * when it is not installed.
 */
export function peerPath(name: string): string {
  const dir = new URL(`node_modules/${name}/`, PEERS);
  const pkgFile = new URL("package.json", dir);
  if (!existsSync(pkgFile)) {
    throw new Error(
      `Cannot load ${name} as bench's peers are not installed in bench/peers/node_modules: ` +
        `got no ${fileURLToPath(pkgFile)} (run npm ci --prefix bench/peers)`,
    );
  }
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
  const exp = pkg.exports as Exports;
  const dot = typeof exp === "object" && exp !== null && "." in exp ? exp["."] : exp;
  const entry = pick(dot) ?? pkg.module ?? pkg.main ?? "index.js";
  return fileURLToPath(new URL(entry, dir));
}

/** Imports peer `name` from bench/peers/node_modules; rejects when it is not installed. */
export async function importPeer<T>(name: string): Promise<T> {
  const path = peerPath(name);
  return await import(new URL(`file://${path}`).href) as T;
}
