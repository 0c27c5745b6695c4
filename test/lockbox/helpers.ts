// Shared fixtures of the lockbox tests: a throw-away platform repo (fake dist/ with LF text, an
// observability.ts with a VERSION line, a real git repo, a real key pair, a signed v2 manifest),
// services vendored from it, and three ways to run the CLI: in-process (`cli`), the `.ts` under
// `deno run --no-config --no-lock` (`tsCli`), and the compiled Node CLI (`mjsCli`, built once per
// test process with esbuild). Git runs with -c flags only; global config is untouched.

import { assertEquals } from "@std/assert";
import { createPrivateKey } from "node:crypto";
import { type Io, run } from "../../scripts/lockbox.ts";
import { canonicalJson, type Manifest } from "../../scripts/lockbox/manifest.ts";
import { fingerprint, shortKeyId, signBytes } from "../../scripts/lockbox/signature.ts";
import { compileCli } from "../../scripts/lockbox/compile.ts";

export const REPO = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
export const SCRIPT = `${REPO}/scripts/lockbox.ts`;
export const DENO = Deno.execPath();
export const VERSION = "1.2.3";
export const RUNTIMES = ["node", "bun", "deno"] as const;
export const GIT_FLAGS = [
  "-c",
  "user.name=lockbox test",
  "-c",
  "user.email=lockbox-test@example.invalid",
  "-c",
  "core.autocrlf=false",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "tag.gpgsign=false",
  "-c",
  "init.defaultBranch=main",
];

/** A bundle as esbuild writes it: a dependency's VERSION took the plain name, ours is VERSION2. */
export function bundle(runtime: string, version = VERSION): string {
  return [
    `// lockbox ${version}: observability bundle for ${runtime} — built with esbuild 0.28.2`,
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    'var VERSION = "1.10.0";',
    `var VERSION2 = "${version}";`,
    "function runtimeName() {",
    `  return "${runtime}";`,
    "}",
    "export { VERSION2 as VERSION, runtimeName };",
    "",
  ].join("\n");
}

export function git(cwd: string, ...args: string[]): string {
  const r = new Deno.Command("git", { args: [...GIT_FLAGS, ...args], cwd, stderr: "piped" })
    .outputSync();
  const text = new TextDecoder();
  if (!r.success) throw new Error(`git ${args.join(" ")} failed: ${text.decode(r.stderr)}`);
  return text.decode(r.stdout).trim();
}

export function write(path: string, text: string | Uint8Array): void {
  Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  if (typeof text === "string") Deno.writeTextFileSync(path, text);
  else Deno.writeFileSync(path, text);
}

export function flipByte(path: string, at = 10): void {
  const bytes = Deno.readFileSync(path);
  bytes[at] ^= 0x01;
  Deno.writeFileSync(path, bytes);
}

export function toCrlf(path: string): void {
  Deno.writeTextFileSync(path, Deno.readTextFileSync(path).replaceAll("\n", "\r\n"));
}

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with `cwd` as the user's directory and `home` as its repo. */
export async function cli(cwd: string, ...argv: string[]): Promise<CliResult> {
  return await cliWith({}, cwd, REPO, argv);
}

export async function cliWith(
  env: Record<string, string>,
  cwd: string,
  home: string,
  argv: string[],
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd, home };
  const code = await run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function output(r: Deno.CommandOutput): CliResult {
  const text = new TextDecoder();
  return { code: r.code, out: text.decode(r.stdout), err: text.decode(r.stderr) };
}

/** The `.ts` CLI as services run it: Deno, no config, no lock file, in `cwd`. */
export function tsCli(cwd: string, args: string[], env: Record<string, string> = {}): CliResult {
  const perms = ["--allow-read", "--allow-write", "--allow-env", "--allow-run=git"];
  return output(
    new Deno.Command(DENO, {
      args: [
        "run",
        "--no-config",
        "--no-lock",
        "--node-modules-dir=manual",
        ...perms,
        SCRIPT,
        ...args,
      ],
      cwd,
      env: { NO_COLOR: "1", INIT_CWD: cwd, ...env },
    }).outputSync(),
  );
}

let compiled: string | undefined;

/** Path of the CLI compiled for Node (once per test process). */
export async function compiledCli(): Promise<string> {
  if (!compiled) {
    const dir = Deno.makeTempDirSync({ prefix: "lockbox_cli_" });
    globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
    compiled = `${dir}/lockbox.mjs`;
    await compileCli(compiled);
  }
  return compiled;
}

/** The compiled CLI on Node 20, in `cwd`. */
export async function mjsCli(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return output(
    new Deno.Command("node", {
      args: [await compiledCli(), ...args],
      cwd,
      env: { INIT_CWD: cwd, ...env },
    }).outputSync(),
  );
}

/** Both real CLIs, for tests that must hold on each. */
export const CLIS = {
  ts: (cwd: string, args: string[]) => Promise.resolve(tsCli(cwd, args)),
  mjs: mjsCli,
} as const;

/** A temp dir holding a signed fixture platform repo, a key pair and room for services. */
export class Fixture {
  readonly tmp = Deno.makeTempDirSync({ prefix: "lockbox_test_" });
  readonly platform = `${this.tmp}/platform`;
  readonly privateKey = `${this.tmp}/keys/signing.pem`;
  readonly pubkey = `${this.platform}/lockbox.pub`;
  readonly keyring = `${this.platform}/lockbox.keyring.json`;
  fp = "";

  /** Creates the platform repo, its key (in its keyring), and pins `version`. */
  static async create(version = VERSION): Promise<Fixture> {
    const fx = new Fixture();
    fx.writeRelease(version);
    const keygen = await cli(
      fx.tmp,
      "keygen",
      "--private-key",
      fx.privateKey,
      "--public-key",
      fx.pubkey,
      "--keyring",
      fx.keyring,
    );
    assertEquals(keygen.code, 0, keygen.err);
    fx.fp = keygen.out.match(/key (sha256:[0-9a-f]{64})$/)![1];
    git(fx.platform, "init", "-q");
    fx.commitPlatform("fixture release");
    assertEquals((await fx.pin()).code, 0);
    return fx;
  }

  /** observability.ts and dist/ files declaring `version`. */
  writeRelease(version: string): void {
    write(
      `${this.platform}/observability.ts`,
      `// fixture\n/** The release. */\nexport const VERSION = "${version}";\n` +
        `export function log(msg: string): void {\n  console.log(msg);\n}\n`,
    );
    for (const rt of RUNTIMES) {
      write(`${this.platform}/dist/observability.${rt}.mjs`, bundle(rt, version));
    }
    write(
      `${this.platform}/dist/observability.d.ts`,
      `export declare const VERSION = "${version}";\nexport declare function log(msg: string): void;\n`,
    );
    write(`${this.platform}/dist/THIRD_PARTY_NOTICES.txt`, "Apache-2.0\nOpenTelemetry JS\n");
    write(`${this.platform}/dist/sizes.json`, '{\n  "observability.node.mjs": 200\n}\n');
    write(
      `${this.platform}/node_modules/esbuild/package.json`,
      '{ "name": "esbuild", "version": "0.28.2" }\n',
    );
    write(`${this.platform}/.gitignore`, "node_modules/\n");
  }

  async pin(keyFile = this.privateKey): Promise<CliResult> {
    const r = await cli(this.tmp, "pin", "--root", this.platform, "--key-file", keyFile);
    assertEquals(r.code, 0, r.err);
    return r;
  }

  commitPlatform(message: string): void {
    git(this.platform, "add", "-A");
    git(this.platform, "commit", "-q", "-m", message);
  }

  manifestText(dir = `${this.platform}/dist`): string {
    return Deno.readTextFileSync(`${dir}/lockbox.json`);
  }

  /** A committed service repo with the release vendored; returns the vendored folder. */
  async service(name = "svc", runtime = "all", commit = true): Promise<string> {
    const dir = `${this.tmp}/${name}`;
    Deno.mkdirSync(dir, { recursive: true });
    git(dir, "init", "-q");
    write(`${dir}/main.ts`, 'import "./vendor/observability/observability.deno.mjs";\n');
    const r = await cli(this.tmp, "vendor", dir, "--runtime", runtime, "--from", this.platform);
    assertEquals(r.code, 0, r.err);
    if (commit) {
      git(dir, "add", "-A");
      git(dir, "commit", "-q", "-m", "vendor observability");
    }
    return `${dir}/vendor/observability`;
  }

  /** verify with this fixture's key as the anchor. */
  verify(dir: string, ...flags: string[]): Promise<CliResult> {
    return cli(this.tmp, "verify", dir, "--expect-key", this.fp, ...flags);
  }

  /** A second key pair (an attacker's, or the next release key). */
  async otherKey(name = "other"): Promise<{ priv: string; pub: string; fp: string }> {
    const priv = `${this.tmp}/keys/${name}.pem`;
    const pub = `${this.tmp}/keys/${name}.pub`;
    const r = await cli(this.tmp, "keygen", "--private-key", priv, "--public-key", pub);
    assertEquals(r.code, 0, r.err);
    return { priv, pub, fp: r.out.match(/key (sha256:[0-9a-f]{64})$/)![1] };
  }

  /** Signs a revocation of `key` with `signerPriv` into `keyring` (default: the platform's). */
  async revoke(
    signerPriv: string,
    key: string,
    reason: string,
    validThrough?: string,
    keyring = this.keyring,
  ): Promise<void> {
    const through = validThrough ? ["--valid-through", validThrough] : [];
    const args = ["--key-file", signerPriv, "--key", key, ...through, "--reason", reason];
    const r = await cli(this.tmp, "revoke", ...args, "--keyring", keyring);
    assertEquals(r.code, 0, r.err);
  }

  /** Rewrites `dir`/lockbox.json as a 0.1.x (v1) manifest of the same files, signed by `priv`. */
  writeV1(dir: string, priv = this.privateKey, mutate?: (text: string) => string): void {
    const m = JSON.parse(this.manifestText(dir)) as Manifest & {
      format?: string;
      signature?: unknown;
    };
    const body: Manifest = {
      name: m.name,
      version: m.version,
      files: m.files,
      source: m.source,
      esbuild: m.esbuild,
    };
    const key = createPrivateKey(Deno.readTextFileSync(priv));
    const value = signBytes(
      new TextEncoder().encode("lockbox-manifest-v1\n" + canonicalJson(body)),
      key,
    );
    const text = JSON.stringify(
      { ...body, signature: { algorithm: "Ed25519", keyId: shortKeyId(fingerprint(key)), value } },
      null,
      2,
    ) + "\n";
    Deno.writeTextFileSync(`${dir}/lockbox.json`, mutate ? mutate(text) : text);
  }

  [Symbol.dispose](): void {
    Deno.removeSync(this.tmp, { recursive: true });
  }
}
