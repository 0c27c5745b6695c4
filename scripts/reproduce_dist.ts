/**
 * Proves `dist/` reproducible: builds the source commit its manifest records, in a temporary
 * git worktree with that commit's own `scripts/build.ts`, and compares every built file with
 * `dist/` byte for byte. This is how CI checks a release without the signing key and without
 * tying `dist/` to HEAD: `main` may move ahead of the last release.
 *
 * Usage: deno run -A scripts/reproduce_dist.ts [--dist dist]
 *
 * Exit codes: 0 every built file matches; 1 a file differs, is missing, or the build failed;
 * 2 usage error, or the commit is not in this clone (fetch full history).
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Buffer } from "node:buffer";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { CheckError, EXIT, parseCommand, stringOpt, UsageError } from "./common/cli.ts";
import { childEnv, git } from "./common/git.ts";
import { listEntries } from "./lockbox/files.ts";
import { openEnvelope } from "./lockbox/manifest.ts";
import { sha256Hex } from "./lockbox/signature.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const HELP = `Usage: deno run -A scripts/reproduce_dist.ts [--dist <dir>]

Builds the commit named by <dist>/lockbox.json's source.commit in a temporary git worktree, with
that commit's own scripts/build.ts --out-dir, and compares the output with <dist> byte for byte.

Options:
  --dist <dir>  release directory (default: dist)
  -h, --help    show this help`;

/** The manifest's source commit (unverified: verify checks the signature separately). */
function sourceCommit(dist: string): string {
  const m = openEnvelope(readFileSync(join(dist, "lockbox.json")), "lockbox.json").body();
  if (!/^[0-9a-f]{40}$/.test(m.source.commit)) {
    throw new CheckError(
      `Cannot reproduce as source.commit is not a clean commit: got ${
        JSON.stringify(m.source.commit)
      }`,
    );
  }
  try {
    git(ROOT, ["cat-file", "-e", `${m.source.commit}^{commit}`]);
  } catch {
    throw new UsageError(
      `Cannot reproduce as commit ${m.source.commit} is not in this clone: fetch full history`,
    );
  }
  for (const [key, pinned] of Object.entries(m.files).filter(([k]) => !k.startsWith("dist/"))) {
    // Sources pinned beside dist/ (observability.ts) must be those of the source commit.
    const bytes = execFileSync("git", ["-C", ROOT, "show", `${m.source.commit}:${key}`], {
      env: childEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    if (sha256Hex(bytes) !== pinned.sha256) {
      throw new CheckError(
        `CHANGED ${key}: the manifest's hash is not ${key} of ${m.source.commit}`,
      );
    }
  }
  return m.source.commit;
}

/** Builds `commit` into a temp dir; returns its output dir and a cleanup function. */
function buildAt(commit: string): { out: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), "lockbox-reproduce-"));
  const tree = join(tmp, "tree");
  const out = join(tmp, "out");
  git(ROOT, ["worktree", "add", "--quiet", "--detach", tree, commit]);
  const cleanup = () => {
    try {
      git(ROOT, ["worktree", "remove", "--force", tree]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  };
  try {
    installDependencies(tree);
    const deno = join(ROOT, "node_modules", ".bin", "deno");
    const args = ["run", "--allow-env", "--allow-read", "--allow-write", "--allow-run"];
    execFileSync(deno, [...args, "scripts/build.ts", "--out-dir", out], {
      cwd: tree,
      env: childEnv(),
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (e) {
    cleanup();
    throw new CheckError(
      `Cannot reproduce as the build of ${commit} failed: ${(e as Error).message}`,
    );
  }
  return { out, cleanup };
}

/**
 * node_modules for the worktree: the shared install when the commit pins the same
 * package-lock.json as this checkout (a symlink, no network), else `npm ci` of the commit's own
 * lock file (bundles inline dependencies, so another lock can mean other bytes).
 */
function installDependencies(tree: string): void {
  const lock = (dir: string) => readFileSync(join(dir, "package-lock.json"));
  if (Buffer.compare(lock(ROOT), lock(tree)) === 0) {
    symlinkSync(realpathSync(join(ROOT, "node_modules")), join(tree, "node_modules"));
    return;
  }
  console.error(
    "reproduce_dist: the release pins another package-lock.json: npm ci in the worktree",
  );
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: tree,
    env: childEnv(),
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Lines naming every built file that is missing from or differs in `dist`. */
export function compareBuilt(out: string, dist: string): { problems: string[]; files: number } {
  const problems: string[] = [];
  const built = listEntries(out).filter((e) => e.kind === "file");
  for (const { name } of built) {
    let committed: Buffer;
    try {
      committed = readFileSync(join(dist, name));
    } catch {
      problems.push(`MISSING ${name}: built, but not in ${dist}`);
      continue;
    }
    const fresh = readFileSync(join(out, name));
    if (Buffer.compare(committed, fresh) !== 0) {
      problems.push(`CHANGED ${name}: ${committed.length} bytes in dist, ${fresh.length} built`);
    }
  }
  return { problems, files: built.length };
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCommand("reproduce_dist", argv, { dist: { type: "string" } });
    if (args.values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const dist = resolve(stringOpt(args.values, "dist") ?? join(ROOT, "dist"));
    const commit = sourceCommit(dist);
    const { out, cleanup } = buildAt(commit);
    try {
      const { problems, files } = compareBuilt(out, dist);
      if (problems.length > 0) {
        for (const p of problems) console.error(p);
        console.error(`reproduce_dist: FAILED — ${dist} is not what ${commit.slice(0, 12)} builds`);
        return EXIT.failed;
      }
      console.log(
        `reproduce_dist: OK — ${files} files of ${dist} rebuilt byte for byte from ${commit}`,
      );
      return EXIT.ok;
    } finally {
      cleanup();
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof CheckError) {
      console.error(`reproduce_dist: ${e.message}`);
      return e instanceof UsageError ? EXIT.usage : EXIT.failed;
    }
    throw e;
  }
}

if (import.meta.main) process.exit(await main(process.argv.slice(2)));
