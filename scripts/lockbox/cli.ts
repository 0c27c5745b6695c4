// The lockbox CLI: one entry per command in COMMANDS (options, help, handler); run() parses,
// dispatches and maps errors to exit codes: 0 ok, 1 a check failed, 2 usage error.

import { isAbsolute, join, relative, resolve, sep } from "node:path";
import {
  CheckError,
  EXIT,
  listOpt,
  type OptionSpec,
  parseCommand,
  type ParsedArgs,
  stringOpt,
  UsageError,
} from "../common/cli.ts";
import { SEMVER_RE } from "../common/version.ts";
import {
  DIST_DIR,
  KEYRING_FILE,
  MANIFEST_FILE,
  PUBKEY_FILE,
  type Runtime,
  RUNTIMES,
  VENDOR_SUBDIR,
} from "./constants.ts";
import { diffCommand } from "./diff.ts";
import { announce, keygen, loadPublicKeyFile, loadSigningKey, revoke } from "./keys.ts";
import { pin } from "./pin.ts";
import { fingerprint, FINGERPRINT_RE } from "./signature.ts";
import { vendor } from "./vendor.ts";
import { verifyDir } from "./verify.ts";
import { HELP } from "./help.ts";

/** Where output goes and what paths are relative to; injectable for tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  /** Directory that relative paths on the command line are resolved against. */
  cwd: string;
  /** Platform repo this CLI belongs to (default for pin --root and vendor --from). */
  home: string;
}

/** What a command handler gets. */
interface Ctx {
  io: Io;
  args: ParsedArgs;
  at(path: string): string;
  show(path: string): string;
}

interface Command {
  options: OptionSpec;
  maxPositionals: number;
  run(ctx: Ctx): number | Promise<number>;
}

const anchorOptions: OptionSpec = { "expect-key": { type: "string", multiple: true } };

const COMMANDS: Record<string, Command> = {
  keygen: {
    options: {
      "private-key": { type: "string" },
      "public-key": { type: "string" },
      keyring: { type: "string" },
      comment: { type: "string" },
      force: { type: "boolean" },
    },
    maxPositionals: 0,
    run: runKeygen,
  },
  fingerprint: { options: {}, maxPositionals: 1, run: runFingerprint },
  pin: {
    options: { root: { type: "string" }, "key-file": { type: "string" } },
    maxPositionals: 0,
    run: runPin,
  },
  vendor: {
    options: {
      runtime: { type: "string" },
      from: { type: "string" },
      "allow-downgrade": { type: "boolean" },
      ...anchorOptions,
    },
    maxPositionals: 1,
    run: runVendor,
  },
  verify: {
    options: {
      ...anchorOptions,
      "min-version": { type: "string" },
      pubkey: { type: "string", multiple: true },
      keyring: { type: "string", multiple: true },
    },
    maxPositionals: 1,
    run: runVerify,
  },
  diff: { options: { pristine: { type: "string" } }, maxPositionals: 1, run: runDiff },
  announce: {
    options: {
      "key-file": { type: "string" },
      "new-pubkey": { type: "string" },
      "min-version": { type: "string" },
      keyring: { type: "string" },
    },
    maxPositionals: 0,
    run: runAnnounce,
  },
  revoke: {
    options: {
      "key-file": { type: "string" },
      key: { type: "string" },
      "valid-through": { type: "string" },
      reason: { type: "string" },
      keyring: { type: "string" },
    },
    maxPositionals: 0,
    run: runRevoke,
  },
};

function required(ctx: Ctx, name: string, command: string): string {
  const v = stringOpt(ctx.args.values, name);
  if (!v) {
    throw new UsageError(
      `Cannot run ${command} as --${name} is required\nRun \`lockbox ${command} --help\` for usage`,
    );
  }
  return v;
}

function anchors(ctx: Ctx, command: string, needed: boolean): string[] {
  const keys = listOpt(ctx.args.values, "expect-key");
  for (const k of keys) {
    if (!FINGERPRINT_RE.test(k)) {
      throw new UsageError(
        `Cannot run ${command} as --expect-key must be sha256:<64 hex digits> (the full ` +
          `fingerprint, from \`lockbox fingerprint lockbox.pub\`): got ${JSON.stringify(k)}`,
      );
    }
  }
  if (needed && keys.length === 0) {
    throw new UsageError(
      `Cannot run ${command} as no trust anchor was given: pass --expect-key sha256:<64 hex> ` +
        `(written in your CI definition; repeat it during a key rotation). A public key file ` +
        `next to the release is never trusted by itself`,
    );
  }
  return keys;
}

function runKeygen(ctx: Ctx): number {
  const priv = ctx.at(required(ctx, "private-key", "keygen"));
  const pub = ctx.at(stringOpt(ctx.args.values, "public-key") ?? PUBKEY_FILE);
  const ring = stringOpt(ctx.args.values, "keyring");
  const fp = keygen({
    privateKeyPath: priv,
    publicKeyPath: pub,
    keyringPath: ring === undefined ? undefined : ctx.at(ring),
    comment: stringOpt(ctx.args.values, "comment"),
    force: ctx.args.values.force === true,
  });
  ctx.io.out(
    `lockbox keygen: wrote private key ${ctx.show(priv)} (0600, never commit it) and public ` +
      `key ${ctx.show(pub)}${ring ? `, added to ${ctx.show(ctx.at(ring))}` : ""}; key ${fp}`,
  );
  return EXIT.ok;
}

function runFingerprint(ctx: Ctx): number {
  const path = ctx.at(ctx.args.positionals[0] ?? PUBKEY_FILE);
  ctx.io.out(fingerprint(loadPublicKeyFile(path)));
  return EXIT.ok;
}

function runPin(ctx: Ctx): number {
  const root = ctx.at(stringOpt(ctx.args.values, "root") ?? ctx.io.home);
  const keyFile = stringOpt(ctx.args.values, "key-file");
  const key = loadSigningKey(keyFile && ctx.at(keyFile), ctx.io.env.LOCKBOX_SIGNING_KEY);
  const { manifest: m, signedBy } = pin({ root, privateKey: key });
  ctx.io.out(
    `lockbox pin: ${m.name} ${m.version} — ${Object.keys(m.files).length} files, commit ${
      m.source.commit.slice(0, 12)
    }, esbuild ${m.esbuild ?? "unknown"}, signed by ${signedBy} → ${
      ctx.show(join(root, DIST_DIR, MANIFEST_FILE))
    }`,
  );
  return EXIT.ok;
}

function parseRuntimes(value: string): Runtime[] {
  if (value === "all") return [...RUNTIMES];
  if ((RUNTIMES as readonly string[]).includes(value)) return [value as Runtime];
  throw new UsageError(
    `Cannot vendor for runtime ${JSON.stringify(value)} as it must be one of ${
      [...RUNTIMES, "all"].join(", ")
    }`,
  );
}

function runVendor(ctx: Ctx): number {
  const service = ctx.args.positionals[0];
  if (!service) {
    throw new UsageError(
      "Cannot vendor as <service-dir> is required\nRun `lockbox vendor --help` for usage",
    );
  }
  const r = vendor({
    serviceDir: ctx.at(service),
    from: ctx.at(stringOpt(ctx.args.values, "from") ?? ctx.io.home),
    runtimes: parseRuntimes(stringOpt(ctx.args.values, "runtime") ?? "all"),
    expectKeys: anchors(ctx, "vendor", false),
    allowDowngrade: ctx.args.values["allow-downgrade"] === true,
    show: ctx.show,
  });
  for (const note of r.notes) ctx.io.err(`lockbox vendor: note: ${note}`);
  ctx.io.out(
    `lockbox vendor: wrote ${r.version}: ${r.files.join(", ")} to ${ctx.show(r.target)}; commit ` +
      `the folder, then run \`lockbox verify ${ctx.show(r.target)} --expect-key … --min-version ` +
      `${r.version}\` in CI`,
  );
  return EXIT.ok;
}

function runVerify(ctx: Ctx): number {
  const expectKeys = anchors(ctx, "verify", true);
  const minVersion = stringOpt(ctx.args.values, "min-version");
  if (minVersion !== undefined && !SEMVER_RE.test(minVersion)) {
    throw new UsageError(
      `Cannot verify as --min-version must be semver: got ${JSON.stringify(minVersion)}`,
    );
  }
  const dir = ctx.at(ctx.args.positionals[0] ?? VENDOR_SUBDIR);
  const r = verifyDir({
    dir,
    expectKeys,
    minVersion,
    pubkeyPaths: listOpt(ctx.args.values, "pubkey").map(ctx.at),
    keyringPaths: listOpt(ctx.args.values, "keyring").map(ctx.at),
    show: ctx.show,
  });
  if (r.problems.length > 0) {
    for (const p of r.problems) ctx.io.err(p);
    const what = r.manifest ? ` (${r.manifest.name} ${r.manifest.version})` : "";
    ctx.io.err(
      `lockbox verify: FAILED — ${r.problems.length} problem(s) in ${ctx.show(dir)}${what}; ` +
        `see LOCKBOX.md "When verify fails"`,
    );
    return EXIT.failed;
  }
  ctx.io.out(
    `lockbox verify: OK ${r.manifest!.name} ${r.manifest!.version} — ${r.checkedFiles} files ` +
      `match ${MANIFEST_FILE}, signature by ${r.signedBy} (${ctx.show(dir)})`,
  );
  return EXIT.ok;
}

function runDiff(ctx: Ctx): Promise<number> {
  const pristine = required(ctx, "pristine", "diff");
  const dir = ctx.at(ctx.args.positionals[0] ?? VENDOR_SUBDIR);
  return diffCommand(dir, ctx.at(pristine), ctx.io, ctx.show);
}

function runAnnounce(ctx: Ctx): number {
  const oldKey = loadSigningKey(
    stringOpt(ctx.args.values, "key-file") && ctx.at(stringOpt(ctx.args.values, "key-file")!),
    ctx.io.env.LOCKBOX_SIGNING_KEY,
  );
  const newKey = loadPublicKeyFile(ctx.at(required(ctx, "new-pubkey", "announce")));
  const ring = ctx.at(stringOpt(ctx.args.values, "keyring") ?? join(ctx.io.home, KEYRING_FILE));
  const minVersion = required(ctx, "min-version", "announce");
  const fp = announce(ring, oldKey, newKey, minVersion);
  ctx.io.out(
    `lockbox announce: ${fingerprint(oldKey)} vouches for ${fp} (releases from ${minVersion}) ` +
      `in ${ctx.show(ring)}`,
  );
  return EXIT.ok;
}

function runRevoke(ctx: Ctx): number {
  const signer = loadSigningKey(
    stringOpt(ctx.args.values, "key-file") && ctx.at(stringOpt(ctx.args.values, "key-file")!),
    ctx.io.env.LOCKBOX_SIGNING_KEY,
  );
  const key = required(ctx, "key", "revoke");
  const through = stringOpt(ctx.args.values, "valid-through") ?? null;
  const ring = ctx.at(stringOpt(ctx.args.values, "keyring") ?? join(ctx.io.home, KEYRING_FILE));
  revoke(ring, signer, key, through, required(ctx, "reason", "revoke"));
  ctx.io.out(
    `lockbox revoke: ${key} ${through ? `valid for releases up to ${through} only` : "revoked"}, ` +
      `signed by ${fingerprint(signer)} in ${ctx.show(ring)}`,
  );
  return EXIT.ok;
}

/**
 * Runs the CLI with `argv` (without the program name) and resolves to the exit code: 0 ok,
 * 1 check failed, 2 usage error. Never calls process.exit.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(HELP.main);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  try {
    const command = COMMANDS[name];
    if (!command || !Object.hasOwn(COMMANDS, name)) {
      throw new UsageError(
        `Cannot run ${JSON.stringify(name)} as it is not a command: use ${
          Object.keys(COMMANDS).join(", ")
        }\nRun \`lockbox --help\` for usage`,
      );
    }
    const args = parseCommand(`lockbox ${name}`, rest, command.options, command.maxPositionals);
    if (args.values.help) {
      io.out(HELP[name]);
      return EXIT.ok;
    }
    return await command.run({ io, args, at: (p) => resolve(io.cwd, p), show: shower(io.cwd) });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lockbox ${name}: ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof CheckError) {
      for (const line of e.message.split("\n")) io.err(`lockbox ${name}: ${line}`);
      return EXIT.failed;
    }
    throw e;
  }
}

/** Absolute path → what the user would type from `cwd`. */
function shower(cwd: string): (p: string) => string {
  return (p) => {
    const rel = relative(cwd, p);
    if (rel === "") return ".";
    return rel.startsWith("..") || isAbsolute(rel) ? p : rel.split(sep).join("/");
  };
}
