// git for the scripts: synchronous, output trimmed, and never handed a secret. The child gets the
// parent's environment minus every variable that may hold a signing key (LOCKBOX_SIGNING_KEY and
// any other LOCKBOX_*KEY*), so a git hook, credential helper or alias cannot read it.

import { execFileSync } from "node:child_process";
import process from "node:process";

/** Environment for child processes: the parent's, without signing-key variables. */
export function childEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  let source: Record<string, string | undefined> = {};
  try {
    source = { ...process.env };
  } catch {
    // Deno without --allow-env: spawn with an empty environment.
  }
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || /^LOCKBOX_.*KEY/i.test(name)) continue;
    env[name] = value;
  }
  return env;
}

/**
 * Runs `git -C <cwd> <args>` and returns stdout without the trailing newline.
 *
 * @throws {Error} git exits non-zero (the message has git's stderr)
 */
export function git(cwd: string, args: string[]): string {
  return execFileSync("git", ["-C", cwd, ...args], {
    encoding: "utf8",
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  }).trimEnd();
}
