/**
 * The receiver's command line: parse the options (`node:util` parseArgs), start the receiver
 * on 127.0.0.1, print its URL to stdout, and stop on SIGINT or SIGTERM.
 *
 * Exit codes: 0 stopped by SIGINT/SIGTERM, or `--help`; 1 could not start (for example the
 * port is in use); 2 bad command-line usage.
 *
 * @module
 */

import process from "node:process";
import { parseArgs } from "node:util";
import { messageOf } from "./answers.ts";
import { startOtlpReceiver } from "./server.ts";
import type { ReceiverOptions } from "./types.ts";

/** Exit codes of the receiver's CLI. */
export const EXIT = { ok: 0, cannotStart: 1, usage: 2 } as const;

/** The options, their parseArgs types, and the help text with each default. */
const OPTIONS = {
  port: { type: "string", arg: "N", help: "port to listen on (default: 0 = a free port)" },
  user: { type: "string", arg: "U", help: "require HTTP Basic auth as U (default: no auth)" },
  password: { type: "string", arg: "P", help: "password for --user (required with --user)" },
  quiet: { type: "boolean", help: "no line per request on stderr (default: one line each)" },
  help: { type: "boolean", short: "h", help: "show this help and exit" },
} as const;

/** The `--help` text, built from {@linkcode OPTIONS}. */
export const USAGE: string = [
  "Usage: deno run --allow-net=127.0.0.1 --allow-env scripts/otlp_receiver.ts [options]",
  "",
  "A small OTLP/HTTP logs receiver on 127.0.0.1 (POST /v1/logs, protobuf or JSON, gzip).",
  "",
  "Options:",
  ...Object.entries(OPTIONS).map(([name, o]) =>
    `  ${
      `${"short" in o ? `-${o.short}, ` : ""}--${name}${"arg" in o ? ` ${o.arg}` : ""}`.padEnd(16)
    }  ${o.help}`
  ),
  "",
  'Prints "otlp receiver listening on http://127.0.0.1:PORT" to stdout; stops on SIGINT/SIGTERM.',
  "Exit codes: 0 stopped by signal or --help, 1 could not start, 2 bad usage.",
  "",
].join("\n");

/** Thrown for bad usage; `main` prints it and exits 2. */
class UsageError extends Error {}

/** argv -> receiver options, or `"help"`. @throws {UsageError} on bad usage */
function parseOptions(args: string[]): ReceiverOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError(`${messageOf(err)}\nTry --help.`);
  }
  if (values.help) return "help";
  const port = values.port === undefined ? 0 : Number(values.port);
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || port > 65535)) {
    throw new UsageError(`--port must be an integer 0..65535, got ${values.port}`);
  }
  if ((values.user === undefined) !== (values.password === undefined)) {
    throw new UsageError("--user and --password must be given together");
  }
  const basicAuth = values.user !== undefined
    ? { username: values.user, password: values.password ?? "" }
    : undefined;
  return { port, quiet: values.quiet ?? false, basicAuth };
}

/**
 * Run the CLI with `args` (without the program name). Resolves with the exit code when it is
 * done at once (help, bad usage, cannot listen), or with `undefined` while the receiver runs;
 * it then exits the process itself on SIGINT/SIGTERM (0 once closed, 1 if closing failed).
 */
export async function main(args: string[]): Promise<number | undefined> {
  let options: ReceiverOptions | "help";
  try {
    options = parseOptions(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`otlp_receiver: ${err.message}`);
    return EXIT.usage;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  let receiver;
  try {
    receiver = await startOtlpReceiver(options);
  } catch (err) {
    console.error(`otlp_receiver: cannot listen on 127.0.0.1:${options.port}: ${messageOf(err)}`);
    return EXIT.cannotStart;
  }
  console.log(`otlp receiver listening on ${receiver.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    receiver.close().then(() => process.exit(EXIT.ok), () => process.exit(EXIT.cannotStart));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return undefined;
}
