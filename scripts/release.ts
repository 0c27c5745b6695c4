/**
 * Cuts a release, deliberately: bump VERSION, build, pin and sign, commit, tag.
 *
 * Usage: npm run release -- X.Y.Z [--key-file <path>] [--root <repo>]
 *        (or LOCKBOX_SIGNING_KEY=<PEM text> npm run release -- X.Y.Z)
 *
 * Steps, each its own commit, refusing anything but a clean tree and a newer version:
 *   1. VERSION X.Y.Z in observability.ts, package.json, package-lock.json, docs/API.md and
 *      .ci/run's LOCKBOX_MIN_VERSION;  2. `npm run build` → dist/;  3. `lockbox pin` (in-process, with
 *   the key) → dist/lockbox.json, checked with verify against the key's fingerprint;
 *   4. annotated tag vX.Y.Z. Nothing is pushed. The private key is read once, never written,
 *   and never reaches a child process (git and the build get the environment without it).
 *
 * Exit codes: 0 released; 1 a check failed (dirty tree, tag exists, older version, pin refused);
 * 2 usage error (no version, no key).
 */

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { CheckError, EXIT, parseCommand, readEnv, stringOpt, UsageError } from "./common/cli.ts";
import { childEnv, git } from "./common/git.ts";
import { compareSemver, readVersion, SEMVER_RE, VERSION_SOURCE } from "./common/version.ts";
import { loadSigningKey } from "./lockbox/keys.ts";
import { pin } from "./lockbox/pin.ts";
import { fingerprint } from "./lockbox/signature.ts";
import { verifyDir } from "./lockbox/verify.ts";
import type { KeyObject } from "node:crypto";

const HELP = `Usage: npm run release -- X.Y.Z [--key-file <path>] [--root <repo>]

Bumps VERSION (observability.ts, package.json, package-lock.json, docs/API.md, .ci/run's
LOCKBOX_MIN_VERSION), runs npm run build, pins and signs dist/lockbox.json, commits each step
and tags vX.Y.Z.
Pushes nothing. Refuses a dirty tree, an existing tag, or a version that is not newer.

Options:
  --key-file <path>  PEM PKCS#8 Ed25519 release key (default: env LOCKBOX_SIGNING_KEY)
  --root <dir>       repository root (default: the repo this script lives in)
  -h, --help         show this help`;

/** Options of {@linkcode release}. */
export interface ReleaseOptions {
  root: string;
  version: string;
  privateKey: KeyObject;
  log(line: string): void;
}

/**
 * Runs the whole release in `root`; returns the tag name.
 *
 * @throws {CheckError} dirty tree, existing tag, version not newer, build or pin refused
 */
export function release(o: ReleaseOptions): string {
  const tag = `v${o.version}`;
  checkStart(o.root, o.version, tag);
  bumpVersion(o.root, o.version);
  commit(o.root, ["."], `VERSION ${o.version}`);
  o.log(`release: VERSION ${o.version} committed; building`);
  execFileSync("npm", ["run", "build"], {
    cwd: o.root,
    env: childEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
  commit(o.root, ["dist"], `dist: rebuilt for ${o.version}`);
  const { signedBy } = pin({ root: o.root, privateKey: o.privateKey });
  const check = verifyDir({
    dir: join(o.root, "dist"),
    expectKeys: [signedBy],
    minVersion: o.version,
  });
  if (check.problems.length > 0) throw new CheckError(check.problems.join("\n"));
  commit(o.root, ["dist/lockbox.json"], `Release ${o.version} pinned and signed (key ${signedBy})`);
  git(o.root, [
    "-c",
    "tag.gpgsign=false",
    "tag",
    "-a",
    tag,
    "-m",
    `Release ${o.version} (signed by ${signedBy})`,
  ]);
  o.log(`release: ${tag} tagged; signed by ${signedBy}. Push with: git push origin HEAD ${tag}`);
  return tag;
}

function checkStart(root: string, version: string, tag: string): void {
  if (git(root, ["status", "--porcelain"]) !== "") {
    throw new CheckError(
      "Cannot release as the working tree has uncommitted changes: commit or stash them",
    );
  }
  if (git(root, ["tag", "-l", tag]) !== "") {
    throw new CheckError(`Cannot release as tag ${tag} exists`);
  }
  const current = readVersion(root);
  if (compareSemver(version, current) <= 0) {
    throw new CheckError(`Cannot release ${version} as it is not newer than VERSION ${current}`);
  }
}

/** Rewrites the version in every file that states it; each must change exactly once. */
function bumpVersion(root: string, version: string): void {
  const edit = (file: string, re: RegExp, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, "utf8");
    if (!re.test(text)) {
      throw new CheckError(`Cannot bump ${file} as it has no line matching ${re}`);
    }
    writeFileSync(path, text.replace(re, to));
  };
  edit(
    VERSION_SOURCE,
    /^export const VERSION = "[^"\n]+";$/m,
    `export const VERSION = "${version}";`,
  );
  edit("package.json", /^( {2}"version": )"[^"]+"/m, `$1"${version}"`);
  const lockPath = join(root, "package-lock.json");
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  lock.version = version;
  if (lock.packages?.[""]) lock.packages[""].version = version;
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
  edit(".ci/run", /^LOCKBOX_MIN_VERSION=.*$/m, `LOCKBOX_MIN_VERSION=${version}`);
  // The API reference (scripts/api_doc.ts) renders VERSION's literal type; test:docs checks it.
  edit("docs/API.md", /^const VERSION: "[^"\n]+";$/m, `const VERSION: "${version}";`);
}

function commit(root: string, paths: string[], message: string): void {
  git(root, ["add", "--", ...paths]);
  git(root, ["-c", "commit.gpgsign=false", "commit", "-q", "-m", message]);
}

function main(argv: string[]): number {
  const env = readEnv(["LOCKBOX_SIGNING_KEY"]);
  try {
    delete process.env.LOCKBOX_SIGNING_KEY;
  } catch {
    // Deno without --allow-env: it was never readable.
  }
  try {
    const args = parseCommand("release", argv, {
      "key-file": { type: "string" },
      root: { type: "string" },
    }, 1);
    if (args.values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const version = args.positionals[0];
    if (!version || !SEMVER_RE.test(version)) {
      throw new UsageError(
        `Cannot release as X.Y.Z is required and must be semver: got ${
          JSON.stringify(version ?? null)
        }`,
      );
    }
    const root = resolve(
      stringOpt(args.values, "root") ?? dirname(dirname(fileURLToPath(import.meta.url))),
    );
    const privateKey = loadSigningKey(stringOpt(args.values, "key-file"), env.LOCKBOX_SIGNING_KEY);
    console.error(`release: ${version} with key ${fingerprint(privateKey)} in ${root}`);
    release({ root, version, privateKey, log: (l) => console.error(l) });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError || e instanceof CheckError) {
      for (const line of e.message.split("\n")) console.error(`release: ${line}`);
      return e instanceof UsageError ? EXIT.usage : EXIT.failed;
    }
    throw e;
  }
}

if (import.meta.main) process.exit(main(process.argv.slice(2)));
