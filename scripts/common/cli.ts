// Shared helpers of the repo's command-line scripts: exit codes, the two error classes that map
// to them, `node:util` parseArgs with `--help`, and synchronous line output.
//
// Exit codes (every script): 0 ok; 1 a check failed; 2 usage error.

import { writeSync } from "node:fs";
import process from "node:process";
import { parseArgs } from "node:util";

/** Exit codes shared by every script. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A bad invocation (unknown flag, missing argument): exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failed check: exit code 1. The message is the whole diagnostic, one problem per line. */
export class CheckError extends Error {
  override name = "CheckError";
}

/** Option table in `node:util` parseArgs form. */
export type OptionSpec = Record<
  string,
  { type: "string" | "boolean"; short?: string; multiple?: boolean }
>;

/** Parsed arguments: option values by name, and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/**
 * Strict parseArgs with `-h/--help` added. Unknown flags and too many positionals become a
 * {@linkcode UsageError} naming the command and how to get help.
 *
 * @param command name shown in messages (`lockbox verify`)
 * @param argv arguments after the command
 * @param options the command's options
 * @param maxPositionals how many positionals the command takes
 * @throws {UsageError} on any parse error
 */
export function parseCommand(
  command: string,
  argv: string[],
  options: OptionSpec,
  maxPositionals = 0,
): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nRun \`${command} --help\` for usage`);
  }
  if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
    throw new UsageError(
      `Cannot run ${command} as it takes at most ${maxPositionals} argument(s): got ${
        JSON.stringify(parsed.positionals)
      }\nRun \`${command} --help\` for usage`,
    );
  }
  return parsed;
}

/** A string option's value, or undefined. */
export function stringOpt(values: ParsedArgs["values"], name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string option's values (empty when absent). */
export function listOpt(values: ParsedArgs["values"], name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/**
 * Writes one line to a file descriptor synchronously, so output order is kept and nothing is
 * lost at exit; a closed pipe (EPIPE) ends output silently.
 */
export function writeLine(fd: number, line: string): void {
  try {
    writeSync(fd, line + "\n");
  } catch (e) {
    if ((e as { code?: string }).code !== "EPIPE") throw e;
  }
}

/**
 * Reads environment variables without failing where reading is not permitted (Deno without
 * `--allow-env`): a refused variable reads as unset.
 */
export function readEnv(names: readonly string[]): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const name of names) {
    try {
      env[name] = process.env[name];
    } catch {
      // Deno without --allow-env: the variable is simply not available.
    }
  }
  return env;
}
