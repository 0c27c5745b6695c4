// Helpers shared by the bundling tests (test/bundling_test.ts, test/bundling_build_test.ts): the
// tools' paths, scratch directories under one temp root, the bundle directory under test (a fresh
// build of the working tree, or LOCKBOX_BUNDLE_DIR), and child processes with a deadline.

import { assert } from "@std/assert";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");
export const DENO = Deno.execPath();
export const BUN = join(BIN, "bun");
export const ESBUILD = join(BIN, "esbuild");
export const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
/** The sample service: logs 50 records and waits at checkpoints (see the file). */
export const SERVICE = join(ROOT, "test", "bundling_service.mjs");
/** Longest any one child process may take before it is killed (the tests stop by themselves). */
export const CHILD_TIMEOUT_MS = 120_000;

export type Runtime = "node" | "bun" | "deno";

/**
 * Every scratch directory of this test file lives under one temp root, removed when the test
 * module ends (a `bun build --compile` binary alone is about 100 MB).
 */
const SCRATCH = Deno.makeTempDirSync({ prefix: "lockbox-bundling-test-" });
globalThis.addEventListener("unload", () => Deno.removeSync(SCRATCH, { recursive: true }));

/** A new directory under this run's scratch root. */
export function scratchDir(prefix: string): string {
  return Deno.makeTempDirSync({ dir: SCRATCH, prefix });
}

/** `<dir>/vendor/observability`, created, with `files` copied from `from` (default: none). */
export function vendorDir(dir: string, from?: string, files: string[] = []): string {
  const vendor = join(dir, "vendor", "observability");
  mkdirSync(vendor, { recursive: true });
  for (const f of files) copyFileSync(join(from!, f), join(vendor, f));
  return vendor;
}

let built: Promise<string> | undefined;

/**
 * The bundle directory under test: LOCKBOX_BUNDLE_DIR when set, otherwise a fresh build of the
 * working tree (`scripts/build.ts --out-dir`; dist/ holds the last release), made once per test
 * module.
 */
export function bundleDir(): Promise<string> {
  built ??= (async () => {
    const given = Deno.env.get("LOCKBOX_BUNDLE_DIR");
    if (given) return given;
    const out = scratchDir("lockbox-bundling-dist-");
    const r = await exec([DENO, "run", "-A", "scripts/build.ts", "--out-dir", out], { cwd: ROOT });
    assert(r.code === 0, `scripts/build.ts failed (exit ${r.code}):\n${r.stderr}`);
    return out;
  })();
  return built;
}

/** A finished child process: exit code and its output as text. */
export interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `argv` to its end (killed after CHILD_TIMEOUT_MS), stdin closed, output collected. */
export async function exec(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<Exec> {
  const out = await new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd: opts.cwd,
    env: opts.env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(CHILD_TIMEOUT_MS),
  }).output();
  const text = new TextDecoder();
  return { code: out.code, stdout: text.decode(out.stdout), stderr: text.decode(out.stderr) };
}

/** Runs a build step; fails the test with its output when it fails. Returns its stderr. */
export async function step(argv: string[], cwd: string): Promise<string> {
  const r = await exec(argv, { cwd });
  assert(r.code === 0, `${argv.join(" ")} failed (exit ${r.code}):\n${r.stderr}${r.stdout}`);
  return r.stderr;
}

/** Bundles `entry` for Node with esbuild (`--bundle --platform=node`) into `outfile`, in `cwd`. */
export function esbuildForNode(
  entry: string,
  outfile: string,
  format: "esm" | "cjs",
  cwd: string,
): Promise<string> {
  return step([
    ESBUILD,
    entry,
    "--bundle",
    "--platform=node",
    `--format=${format}`,
    `--outfile=${outfile}`,
  ], cwd);
}
