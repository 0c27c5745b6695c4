// The one VERSION reader: the release version is the line `export const VERSION = "x.y.z";` in
// observability.ts. Build, lockbox pin and release all read it here, so the rule lives in one
// place. Semver comparison for the rollback checks (`--min-version`, `vendor` downgrades).

import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The file that declares the release version. */
export const VERSION_SOURCE = "observability.ts";

/** The declaring line; `m` flag: anywhere in the file, on a line of its own. */
export const VERSION_LINE_RE = /^export const VERSION = "([^"\n]+)";$/m;

/** Semver core plus an optional pre-release tag (no build metadata). */
export const SEMVER_RE = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/**
 * VERSION declared by the text of observability.ts, or undefined when the line is absent.
 *
 * @param source the file's text
 */
export function versionIn(source: string): string | undefined {
  return VERSION_LINE_RE.exec(source)?.[1];
}

/**
 * VERSION of the repo at `root`, read from `<root>/observability.ts`.
 *
 * @throws {Error} the file is missing or lacks the line; the message says which line is needed
 */
export function readVersion(root: string): string {
  const version = versionIn(readFileSync(join(root, VERSION_SOURCE), "utf8"));
  if (version === undefined || !SEMVER_RE.test(version)) {
    throw new Error(
      `Cannot read VERSION from ${VERSION_SOURCE} as it must contain a line ` +
        `export const VERSION = "x.y.z";: got ${JSON.stringify(version ?? null)}`,
    );
  }
  return version;
}

/**
 * Orders two semver strings: negative when `a < b`, 0 when equal, positive when `a > b`. A
 * pre-release sorts before its release (`1.0.0-rc.1 < 1.0.0`); pre-release tags compare as text.
 *
 * @throws {RangeError} either argument is not semver
 */
export function compareSemver(a: string, b: string): number {
  const pa = SEMVER_RE.exec(a);
  const pb = SEMVER_RE.exec(b);
  if (!pa || !pb) {
    throw new RangeError(
      `Cannot compare versions as both must be semver: got ${JSON.stringify(pa ? b : a)}`,
    );
  }
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === undefined) return 1;
  if (pb[4] === undefined) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}
