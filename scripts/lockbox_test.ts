// Tests for scripts/lockbox.ts, in the order of its regions: canonical JSON and versions, pin and
// keygen, vendor, verify (the tamper matrix, partial vendoring, git line endings), diff, and the
// real CLI in a child process. Every test builds its own fixture "platform repo" in a temp dir
// (fake dist/ files with LF text, an observability.ts with a VERSION line, a real git repo), so
// nothing here depends on the real build. Git runs with -c flags only; global config is untouched.

import {
  assert,
  assertEquals,
  assertMatch,
  assertNotEquals,
  assertStringIncludes,
} from "@std/assert";
import {
  canonicalJson,
  declaredVersions,
  diffLines,
  type Io,
  type Manifest,
  run,
  signedBytes,
  unifiedHunks,
} from "./lockbox.ts";

const SCRIPT = new URL("./lockbox.ts", import.meta.url).pathname;
const VERSION = "1.2.3";
const RUNTIMES = ["node", "bun", "deno"] as const;
const GIT_FLAGS = [
  "-c",
  "user.name=lockbox test",
  "-c",
  "user.email=lockbox-test@example.invalid",
  "-c",
  "core.autocrlf=false",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "init.defaultBranch=main",
];

// #region helpers

/** A bundle as esbuild writes it: a dependency's VERSION took the plain name, ours is VERSION2. */
function bundle(runtime: string, version = VERSION): string {
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

function git(cwd: string, ...args: string[]): string {
  const r = new Deno.Command("git", { args: [...GIT_FLAGS, ...args], cwd, stderr: "piped" })
    .outputSync();
  const text = new TextDecoder();
  if (!r.success) throw new Error(`git ${args.join(" ")} failed: ${text.decode(r.stderr)}`);
  return text.decode(r.stdout).trim();
}

function write(path: string, text: string): void {
  Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  Deno.writeTextFileSync(path, text);
}

/** `git clone` as a Windows checkout would do it: LF → CRLF for every file git thinks is text. */
function cloneWithAutocrlf(from: string, to: string): void {
  const flags = GIT_FLAGS.map((f) => (f === "core.autocrlf=false" ? "core.autocrlf=true" : f));
  const r = new Deno.Command("git", {
    args: [...flags, "clone", "-q", "-c", "core.autocrlf=true", from, to],
    stderr: "piped",
  }).outputSync();
  if (!r.success) throw new Error(`git clone failed: ${new TextDecoder().decode(r.stderr)}`);
}

interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with `cwd` as the user's directory. */
function cli(cwd: string, ...argv: string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd };
  const code = run(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A temp dir holding a signed fixture platform repo, a key pair and room for services. */
class Fixture {
  readonly tmp = Deno.makeTempDirSync({ prefix: "lockbox_test_" });
  readonly platform = `${this.tmp}/platform`;
  readonly privateKey = `${this.tmp}/keys/signing.pem`;
  readonly pubkey = `${this.platform}/lockbox.pub`;

  constructor() {
    write(
      `${this.platform}/observability.ts`,
      `// fixture\n/** The release. */\nexport const VERSION = "${VERSION}";\n` +
        `export function log(msg: string): void {\n  console.log(msg);\n}\n`,
    );
    for (const rt of RUNTIMES) write(`${this.platform}/dist/observability.${rt}.mjs`, bundle(rt));
    write(
      `${this.platform}/dist/observability.d.ts`,
      `export declare const VERSION = "${VERSION}";\nexport declare function log(msg: string): void;\n`,
    );
    write(`${this.platform}/dist/THIRD_PARTY_NOTICES.txt`, "Apache-2.0\nOpenTelemetry JS\n");
    write(`${this.platform}/dist/sizes.json`, '{\n  "observability.node.mjs": 200\n}\n');
    write(
      `${this.platform}/node_modules/esbuild/package.json`,
      '{ "name": "esbuild", "version": "0.28.2" }\n',
    );
    write(`${this.platform}/.gitignore`, "node_modules/\n");
    const keygen = cli(
      this.tmp,
      "keygen",
      "--private-key",
      this.privateKey,
      "--public-key",
      this.pubkey,
    );
    assertEquals(keygen.code, 0, keygen.err);
    git(this.platform, "init", "-q");
    this.commitPlatform("fixture release");
    const pinned = cli(this.tmp, "pin", "--root", this.platform, "--key-file", this.privateKey);
    assertEquals(pinned.code, 0, pinned.err);
  }

  commitPlatform(message: string): void {
    git(this.platform, "add", "-A");
    git(this.platform, "commit", "-q", "-m", message);
  }

  manifest(dir = `${this.platform}/dist`): Manifest {
    return JSON.parse(Deno.readTextFileSync(`${dir}/lockbox.json`));
  }

  /** A committed service repo with the release vendored; returns the vendored folder. */
  service(name = "svc", runtime = "all", commit = true): string {
    const dir = `${this.tmp}/${name}`;
    Deno.mkdirSync(dir, { recursive: true });
    git(dir, "init", "-q");
    write(`${dir}/main.ts`, 'import "./vendor/observability/observability.deno.mjs";\n');
    const r = cli(
      this.tmp,
      "vendor",
      dir,
      "--runtime",
      runtime,
      "--from",
      this.platform,
      "--pubkey",
      this.pubkey,
    );
    assertEquals(r.code, 0, r.err);
    if (commit) {
      git(dir, "add", "-A");
      git(dir, "commit", "-q", "-m", "vendor observability");
    }
    return `${dir}/vendor/observability`;
  }

  verify(dir: string, ...flags: string[]): CliResult {
    return cli(this.tmp, "verify", dir, ...flags);
  }

  [Symbol.dispose](): void {
    Deno.removeSync(this.tmp, { recursive: true });
  }
}

function flipByte(path: string, at = 10): void {
  const bytes = Deno.readFileSync(path);
  bytes[at] ^= 0x01;
  Deno.writeFileSync(path, bytes);
}

function toCrlf(path: string): void {
  Deno.writeTextFileSync(path, Deno.readTextFileSync(path).replaceAll("\n", "\r\n"));
}

// #region canonical JSON, versions

Deno.test("canonicalJson() sorts keys at every level and writes no whitespace", () => {
  assertEquals(
    canonicalJson({ b: 1, a: { d: [1, "x"], c: null }, e: undefined }),
    '{"a":{"c":null,"d":[1,"x"]},"b":1}',
  );
});

Deno.test("signedBytes() is the context line plus canonical JSON without the signature", () => {
  const m: Manifest = {
    name: "n",
    version: "1.0.0",
    files: { "b": { sha256: "0".repeat(64), bytes: 1 } },
    source: { commit: "c" },
    esbuild: null,
    signature: { algorithm: "Ed25519", keyId: "k", value: "v" },
  };
  assertEquals(
    new TextDecoder().decode(signedBytes(m)),
    'lockbox-manifest-v1\n{"esbuild":null,"files":{"b":{"bytes":1,"sha256":"' + "0".repeat(64) +
      '"}},"name":"n","source":{"commit":"c"},"version":"1.0.0"}',
  );
});

Deno.test("declaredVersions() reads source, .d.ts, esbuild's export alias and banners", () => {
  assertEquals(declaredVersions('export const VERSION = "0.1.0";'), ["0.1.0"]);
  assertEquals(declaredVersions('export declare const VERSION = "0.1.0";'), ["0.1.0"]);
  assertEquals(declaredVersions(bundle("node", "2.0.0")), ["2.0.0"]);
  assertEquals(declaredVersions('var a="1",b="3.0.0";export{b as VERSION};'), ["3.0.0"]);
  assertEquals(declaredVersions("# lockbox 0.2.0 bundle sizes\n"), ["0.2.0"]);
  assertEquals(declaredVersions("Apache-2.0\n"), []);
});

Deno.test("declaredVersions() ignores a non-semver VERSION, like the compiled CLI's own pattern", () => {
  const cli = '// lockbox 0.3.0: the lockbox CLI\nconst re = /export const VERSION = "([^"]+)"/;\n';
  assertEquals(declaredVersions(cli), ["0.3.0"]);
});

// #region pin and keygen

Deno.test("pin writes sorted files with sha256 and bytes, commit, esbuild and a signature", () => {
  using fx = new Fixture();
  const text = Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`);
  const m: Manifest = JSON.parse(text);
  assertEquals(Object.keys(m), ["name", "version", "files", "source", "esbuild", "signature"]);
  assertEquals(m.name, "@lockbox/observability");
  assertEquals(m.version, VERSION);
  assertEquals(Object.keys(m.files), [
    "dist/THIRD_PARTY_NOTICES.txt",
    "dist/observability.bun.mjs",
    "dist/observability.d.ts",
    "dist/observability.deno.mjs",
    "dist/observability.node.mjs",
    "dist/sizes.json",
    "observability.ts",
  ]);
  const node = Deno.readFileSync(`${fx.platform}/dist/observability.node.mjs`);
  assertEquals(m.files["dist/observability.node.mjs"].bytes, node.length);
  assertEquals(m.source.commit, git(fx.platform, "rev-parse", "HEAD"));
  assertEquals(m.esbuild, "0.28.2");
  assertEquals(m.signature?.algorithm, "Ed25519");
  assert(text.endsWith("}\n") && text.includes('\n  "version": "1.2.3",\n'));
});

Deno.test("pin hashes the raw bytes with sha256 (checked against WebCrypto)", async () => {
  using fx = new Fixture();
  const node = Deno.readFileSync(`${fx.platform}/dist/observability.node.mjs`);
  const hex = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", node)))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  assertEquals(fx.manifest().files["dist/observability.node.mjs"].sha256, hex);
});

Deno.test("pin re-run on the same bytes writes a byte-identical manifest", () => {
  using fx = new Fixture();
  const before = Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`);
  const r = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 0, r.err);
  assertEquals(Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`), before);
});

Deno.test("pin refuses different bytes under an already pinned VERSION", () => {
  using fx = new Fixture();
  Deno.writeTextFileSync(`${fx.platform}/dist/THIRD_PARTY_NOTICES.txt`, "changed\n");
  const before = Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`);
  const r = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, 'Cannot re-pin version "1.2.3"');
  assertStringIncludes(r.err, "dist/THIRD_PARTY_NOTICES.txt changed");
  assertStringIncludes(r.err, "bump VERSION in observability.ts");
  assertEquals(Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`), before);
});

Deno.test("pin accepts new bytes under a bumped and committed VERSION", () => {
  using fx = new Fixture();
  const src = `${fx.platform}/observability.ts`;
  Deno.writeTextFileSync(src, Deno.readTextFileSync(src).replace(VERSION, "1.2.4"));
  for (const rt of RUNTIMES) {
    Deno.writeTextFileSync(`${fx.platform}/dist/observability.${rt}.mjs`, bundle(rt, "1.2.4"));
  }
  Deno.writeTextFileSync(
    `${fx.platform}/dist/observability.d.ts`,
    'export declare const VERSION = "1.2.4";\n',
  );
  const dirty = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(dirty.code, 1);
  assertStringIncludes(dirty.err, "observability.ts has uncommitted changes");
  fx.commitPlatform("bump 1.2.4");
  const r = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 0, r.err);
  assertEquals(fx.manifest().version, "1.2.4");
});

Deno.test("pin refuses a bundle that declares another VERSION (stale build)", () => {
  using fx = new Fixture();
  Deno.writeTextFileSync(`${fx.platform}/dist/observability.bun.mjs`, bundle("bun", "1.2.2"));
  const r = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    'dist/observability.bun.mjs declares version "1.2.2" but observability.ts has "1.2.3"',
  );
});

Deno.test("pin refuses a dirty build and takes source.commit from the bundle banners", () => {
  using fx = new Fixture();
  const commit = "a".repeat(40);
  for (const rt of RUNTIMES) {
    const text = bundle(rt).replace("\n", `\n// source commit: ${commit}+dirty\n`);
    Deno.writeTextFileSync(`${fx.platform}/dist/observability.${rt}.mjs`, text);
  }
  const pin = () => cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
  const dirty = pin();
  assertEquals(dirty.code, 1);
  assertStringIncludes(dirty.err, `dist/observability.bun.mjs was built from uncommitted changes`);
  for (const rt of RUNTIMES) {
    const path = `${fx.platform}/dist/observability.${rt}.mjs`;
    Deno.writeTextFileSync(path, Deno.readTextFileSync(path).replace("+dirty", ""));
  }
  assertEquals(pin().code, 0);
  assertEquals(fx.manifest().source.commit, commit);
});

Deno.test("pin refuses a signing key that does not match lockbox.pub", () => {
  using fx = new Fixture();
  const other = `${fx.tmp}/keys/other.pem`;
  cli(fx.tmp, "keygen", "--private-key", other, "--public-key", `${fx.tmp}/keys/other.pub`);
  const r = cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", other);
  assertEquals(r.code, 1);
  assertMatch(r.err, /the signing key is sha256:[0-9a-f]{16} but .*lockbox\.pub is sha256:/);
});

Deno.test("pin without a key is a usage error; LOCKBOX_SIGNING_KEY is accepted", () => {
  using fx = new Fixture();
  const none = cli(fx.tmp, "pin", "--root", fx.platform);
  assertEquals(none.code, 2);
  assertStringIncludes(none.err, "set LOCKBOX_SIGNING_KEY (PEM text) or pass --key-file <path>");
  const out: string[] = [];
  const env = { LOCKBOX_SIGNING_KEY: Deno.readTextFileSync(fx.privateKey) };
  const code = run(["pin", "--root", fx.platform], {
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    env,
    cwd: fx.tmp,
  });
  assertEquals(code, 0, out.join("\n"));
});

Deno.test("keygen writes a 0600 private key and refuses a path inside a git work tree", () => {
  using fx = new Fixture();
  assertEquals(Deno.statSync(fx.privateKey).mode! & 0o777, 0o600);
  assertStringIncludes(Deno.readTextFileSync(fx.pubkey), "-----BEGIN PUBLIC KEY-----");
  const r = cli(
    fx.tmp,
    "keygen",
    "--private-key",
    `${fx.platform}/oops.pem`,
    "--public-key",
    `${fx.tmp}/x.pub`,
  );
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "inside a git work tree");
});

// #region vendor

Deno.test("vendor writes the release, .gitattributes and marker; verify passes", () => {
  using fx = new Fixture();
  const dir = fx.service();
  assertEquals([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
    ".gitattributes",
    "THIRD_PARTY_NOTICES.txt",
    "lockbox.json",
    "lockbox.pub",
    "lockbox.vendor.json",
    "observability.bun.mjs",
    "observability.d.ts",
    "observability.deno.mjs",
    "observability.node.mjs",
  ]);
  assertStringIncludes(Deno.readTextFileSync(`${dir}/.gitattributes`), "\n* -text ");
  assertEquals(
    Deno.readTextFileSync(`${dir}/lockbox.json`),
    Deno.readTextFileSync(`${fx.platform}/dist/lockbox.json`),
  );
  assertEquals(git(`${dir}/../..`, "status", "--porcelain"), "");
  const r = fx.verify(dir);
  assertEquals(r.code, 0, r.err);
  assertMatch(
    r.out,
    /^lockbox verify: OK @lockbox\/observability 1\.2\.3 — 5 files match lockbox\.json, signature by sha256:[0-9a-f]{16} \(svc\/vendor\/observability\)$/,
  );
});

Deno.test("vendor adds the folder to a plain-JSON deno.json and leaves deno.jsonc to the user", () => {
  using fx = new Fixture();
  write(`${fx.tmp}/denosvc/deno.json`, '{\n  "tasks": {}\n}\n');
  const json = cli(
    fx.tmp,
    "vendor",
    `${fx.tmp}/denosvc`,
    "--runtime",
    "deno",
    "--from",
    fx.platform,
  );
  assertEquals(json.code, 0, json.err);
  assertEquals(
    JSON.parse(Deno.readTextFileSync(`${fx.tmp}/denosvc/deno.json`)).exclude,
    ["vendor/observability/"],
  );
  assertStringIncludes(json.err, "updated deno.json");
  write(`${fx.tmp}/jsoncsvc/deno.jsonc`, '{\n  // comment\n  "tasks": {}\n}\n');
  const jsonc = cli(
    fx.tmp,
    "vendor",
    `${fx.tmp}/jsoncsvc`,
    "--runtime",
    "deno",
    "--from",
    fx.platform,
  );
  assertEquals(jsonc.code, 0, jsonc.err);
  assertStringIncludes(jsonc.err, 'add "exclude": ["vendor/observability/"] to it yourself');
  assertStringIncludes(Deno.readTextFileSync(`${fx.tmp}/jsoncsvc/deno.jsonc`), "// comment");
});

Deno.test("vendor refuses a release whose files do not match its manifest", () => {
  using fx = new Fixture();
  flipByte(`${fx.platform}/dist/observability.node.mjs`);
  Deno.mkdirSync(`${fx.tmp}/svc`);
  const r = cli(fx.tmp, "vendor", `${fx.tmp}/svc`, "--from", fx.platform);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "CHANGED platform/dist/observability.node.mjs");
  assertStringIncludes(r.err, "Cannot vendor from");
});

// #region verify — the tamper matrix

Deno.test("verify names the file when one byte of any vendored file flips", async (t) => {
  using fx = new Fixture();
  const dir = fx.service();
  const names = ["observability.node.mjs", "observability.bun.mjs", "observability.deno.mjs"];
  for (const name of [...names, "observability.d.ts", "THIRD_PARTY_NOTICES.txt"]) {
    await t.step(name, () => {
      const original = Deno.readFileSync(`${dir}/${name}`);
      flipByte(`${dir}/${name}`, 5);
      const r = fx.verify(dir);
      Deno.writeFileSync(`${dir}/${name}`, original);
      assertEquals(r.code, 1);
      assertMatch(
        r.err,
        new RegExp(
          `^CHANGED svc/vendor/observability/${name.replaceAll(".", "\\.")} \\(pinned as dist/${
            name.replaceAll(".", "\\.")
          }\\): expected sha256 [0-9a-f]{64}, actual [0-9a-f]{64} \\(\\d+ bytes, pinned \\d+\\)$`,
          "m",
        ),
      );
      assertEquals(r.err.split("\n").filter((l) => l.startsWith("CHANGED")).length, 1);
    });
  }
});

Deno.test("verify dist names any pinned file, observability.ts included, when a byte flips", async (t) => {
  using fx = new Fixture();
  const ok = fx.verify(`${fx.platform}/dist`, "--pubkey", fx.pubkey);
  assertEquals(ok.code, 0, ok.err);
  assertStringIncludes(ok.out, "7 files match");
  for (const key of Object.keys(fx.manifest().files)) {
    await t.step(key, () => {
      const path = `${fx.platform}/${key}`;
      const original = Deno.readFileSync(path);
      flipByte(path);
      const r = fx.verify(`${fx.platform}/dist`, "--pubkey", fx.pubkey);
      Deno.writeFileSync(path, original);
      assertEquals(r.code, 1);
      assertStringIncludes(r.err, `CHANGED platform/${key}: expected sha256`);
    });
  }
});

Deno.test("verify reports a CRLF conversion as line endings only", () => {
  using fx = new Fixture();
  const dir = fx.service();
  toCrlf(`${dir}/observability.node.mjs`);
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertMatch(
    r.err,
    /^LINE-ENDINGS svc\/vendor\/observability\/observability\.node\.mjs \(pinned as dist\/observability\.node\.mjs\): changed by line endings only \(CRLF where the release has LF\); expected sha256 [0-9a-f]{64}, actual [0-9a-f]{64}$/m,
  );
  assert(!r.err.includes("CHANGED"));
});

Deno.test("verify reports a missing file", () => {
  using fx = new Fixture();
  const dir = fx.service();
  Deno.removeSync(`${dir}/observability.d.ts`);
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertMatch(
    r.err,
    /^MISSING svc\/vendor\/observability\/observability\.d\.ts \(pinned as dist\/observability\.d\.ts\): pinned \(sha256 [0-9a-f]{64}\) but not found$/m,
  );
});

Deno.test("verify reports an extra file", () => {
  using fx = new Fixture();
  const dir = fx.service();
  write(`${dir}/patch.mjs`, "export {};\n");
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    "EXTRA svc/vendor/observability/patch.mjs: not pinned in lockbox.json; remove it",
  );
});

Deno.test("verify reports a tampered manifest hash as a signature failure", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const m = fx.manifest(dir);
  m.files["dist/observability.node.mjs"].sha256 = "0".repeat(64);
  Deno.writeTextFileSync(`${dir}/lockbox.json`, JSON.stringify(m, null, 2) + "\n");
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    "SIGNATURE svc/vendor/observability/lockbox.json: the signature does not verify: the manifest was edited after signing",
  );
});

Deno.test("verify reports a tampered signature", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const m = fx.manifest(dir);
  const sig = Uint8Array.from(atob(m.signature!.value), (c) => c.charCodeAt(0));
  sig[0] ^= 0x01;
  m.signature!.value = btoa(String.fromCharCode(...sig));
  Deno.writeTextFileSync(`${dir}/lockbox.json`, JSON.stringify(m, null, 2) + "\n");
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "the signature does not verify");
  assert(!r.err.includes("CHANGED"), "hashes still match, only the signature is bad");
});

Deno.test("verify reports a wrong public key", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const otherPub = `${fx.tmp}/keys/other.pub`;
  cli(fx.tmp, "keygen", "--private-key", `${fx.tmp}/keys/other.pem`, "--public-key", otherPub);
  const r = fx.verify(dir, "--pubkey", otherPub);
  assertEquals(r.code, 1);
  assertMatch(
    r.err,
    /^SIGNATURE svc\/vendor\/observability\/lockbox\.json: signed by key sha256:[0-9a-f]{16}, but the public key keys\/other\.pub is sha256:[0-9a-f]{16} \(wrong public key/m,
  );
});

Deno.test("verify reports an unsigned manifest and a missing public key", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const m = fx.manifest(dir);
  delete m.signature;
  Deno.writeTextFileSync(`${dir}/lockbox.json`, JSON.stringify(m, null, 2) + "\n");
  assertStringIncludes(
    fx.verify(dir).err,
    "SIGNATURE svc/vendor/observability/lockbox.json: the manifest is unsigned",
  );
  Deno.removeSync(`${dir}/lockbox.pub`);
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    "no public key at svc/vendor/observability/lockbox.pub; pass --pubkey",
  );
});

Deno.test("verify reports a file whose VERSION differs from the manifest's", () => {
  using fx = new Fixture();
  const dir = fx.service();
  Deno.writeTextFileSync(`${dir}/observability.node.mjs`, bundle("node", "9.9.9"));
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    'VERSION svc/vendor/observability/observability.node.mjs (pinned as dist/observability.node.mjs): declares version "9.9.9" but lockbox.json pins version "1.2.3"',
  );
});

Deno.test("verify collects every problem before exiting", () => {
  using fx = new Fixture();
  const dir = fx.service();
  flipByte(`${dir}/observability.bun.mjs`);
  toCrlf(`${dir}/observability.deno.mjs`);
  Deno.removeSync(`${dir}/THIRD_PARTY_NOTICES.txt`);
  write(`${dir}/extra.txt`, "x\n");
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  for (const kind of ["CHANGED", "LINE-ENDINGS", "MISSING", "EXTRA"]) {
    assertMatch(r.err, new RegExp(`^${kind} `, "m"));
  }
  assertStringIncludes(r.err, "lockbox verify: FAILED — 4 problem(s) in svc/vendor/observability");
});

// #region verify — partial vendoring and git line endings

Deno.test("verify of a node-only vendoring requires the node bundle and rejects others", () => {
  using fx = new Fixture();
  const dir = fx.service("svc", "node");
  const ok = fx.verify(dir);
  assertEquals(ok.code, 0, ok.err);
  assertStringIncludes(ok.out, "3 files match");
  Deno.copyFileSync(`${fx.platform}/dist/observability.bun.mjs`, `${dir}/observability.bun.mjs`);
  Deno.removeSync(`${dir}/observability.node.mjs`);
  const r = fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "MISSING svc/vendor/observability/observability.node.mjs");
  assertStringIncludes(
    r.err,
    "EXTRA svc/vendor/observability/observability.bun.mjs: pinned, but not part of the runtimes",
  );
});

Deno.test("verify passes in a clone with core.autocrlf=true thanks to .gitattributes", () => {
  using fx = new Fixture();
  const dir = fx.service();
  assert(!Deno.readTextFileSync(`${dir}/observability.node.mjs`).includes("\r"));
  const clone = `${fx.tmp}/clone`;
  cloneWithAutocrlf(`${fx.tmp}/svc`, clone);
  assertStringIncludes(Deno.readTextFileSync(`${clone}/main.ts`), "\r\n", "autocrlf is active");
  const r = fx.verify(`${clone}/vendor/observability`);
  assertEquals(r.code, 0, r.err);
});

Deno.test("verify reports line endings in an autocrlf clone when .gitattributes is missing", () => {
  using fx = new Fixture();
  const dir = fx.service("svc", "node", false);
  Deno.removeSync(`${dir}/.gitattributes`);
  git(`${fx.tmp}/svc`, "add", "-A");
  git(`${fx.tmp}/svc`, "commit", "-q", "-m", "vendor without attributes");
  const clone = `${fx.tmp}/clone`;
  cloneWithAutocrlf(`${fx.tmp}/svc`, clone);
  const r = fx.verify(`${clone}/vendor/observability`);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "LINE-ENDINGS clone/vendor/observability/observability.node.mjs");
  assertStringIncludes(r.err, "ATTRIBUTES clone/vendor/observability/.gitattributes: missing");
});

// #region diff

Deno.test("diffLines() and unifiedHunks() give a minimal unified diff", () => {
  const a = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
  const b = ["a", "b", "c", "d", "E", "f", "g", "h", "i", "j"];
  assertEquals(unifiedHunks(diffLines(a, b)), [
    "@@ -2,8 +2,9 @@",
    " b",
    " c",
    " d",
    "-e",
    "+E",
    " f",
    " g",
    " h",
    " i",
    "+j",
  ]);
  assertEquals(unifiedHunks(diffLines(a, a)), []);
});

Deno.test("diff shows the changed lines of a vendored file against the pristine release", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const clean = cli(fx.tmp, "diff", dir, "--pristine", fx.platform);
  assertEquals(clean.code, 0, clean.err);
  assertStringIncludes(clean.out, "no differences from the pinned release");
  const path = `${dir}/observability.node.mjs`;
  Deno.writeTextFileSync(
    path,
    Deno.readTextFileSync(path).replace('return "node"', 'return "patched"'),
  );
  toCrlf(`${dir}/observability.d.ts`);
  const r = cli(fx.tmp, "diff", dir, "--pristine", `${fx.platform}/dist`);
  assertEquals(r.code, 1, r.err);
  assertStringIncludes(
    r.out,
    "--- platform/dist/observability.node.mjs\t(pinned dist/observability.node.mjs",
  );
  assertStringIncludes(r.out, "+++ svc/vendor/observability/observability.node.mjs");
  assertStringIncludes(
    r.out,
    '@@ -4,6 +4,6 @@\n var VERSION = "1.10.0";\n var VERSION2 = "1.2.3";\n function runtimeName() {\n-  return "node";\n+  return "patched";\n }',
  );
  assertStringIncludes(r.out, "svc/vendor/observability/observability.d.ts: line endings only");
});

// #region CLI in a child process

function child(args: string[], cwd: string, runtime = Deno.execPath()): CliResult {
  const argv = runtime === Deno.execPath()
    ? ["run", "--allow-read", "--allow-write", "--allow-env", "--allow-run=git", SCRIPT, ...args]
    : [SCRIPT, ...args];
  const r = new Deno.Command(runtime, { args: argv, cwd, env: { NO_COLOR: "1", INIT_CWD: cwd } })
    .outputSync();
  const text = new TextDecoder();
  return { code: r.code, out: text.decode(r.stdout), err: text.decode(r.stderr) };
}

Deno.test("lockbox CLI exits 0 when verify passes, 1 when it fails, 2 on usage errors", () => {
  using fx = new Fixture();
  const dir = fx.service();
  const ok = child(["verify", "svc/vendor/observability"], fx.tmp);
  assertEquals([ok.code, ok.err], [0, ""]);
  assertStringIncludes(ok.out, "lockbox verify: OK");
  flipByte(`${dir}/observability.deno.mjs`);
  const bad = child(["verify", "svc/vendor/observability"], fx.tmp);
  assertEquals(bad.code, 1);
  assertEquals(bad.out, "");
  assertStringIncludes(bad.err, "CHANGED svc/vendor/observability/observability.deno.mjs");
  for (
    const args of [[], ["frobnicate"], ["verify", "--nope"], ["verify", "a", "b"], ["vendor"], [
      "diff",
      dir,
    ], ["vendor", dir, "--runtime", "rust"]]
  ) {
    const usage = child(args, fx.tmp);
    assertEquals(usage.code, 2, `${JSON.stringify(args)}: ${usage.err}`);
    assertNotEquals(usage.err, "");
  }
});

Deno.test("lockbox --help prints usage with defaults to stdout for every command", () => {
  const tmp = Deno.makeTempDirSync();
  try {
    const main = child(["--help"], tmp);
    assertEquals(main.code, 0);
    assertStringIncludes(main.out, "Commands:");
    for (const cmd of ["keygen", "pin", "vendor", "verify", "diff"]) {
      const r = child([cmd, "--help"], tmp);
      assertEquals([r.code, r.err], [0, ""], cmd);
      assertStringIncludes(r.out, `Usage: lockbox ${cmd}`);
    }
    assertStringIncludes(child(["vendor", "--help"], tmp).out, "(default: all)");
  } finally {
    Deno.removeSync(tmp, { recursive: true });
  }
});

Deno.test("lockbox verify runs unchanged on Bun", () => {
  const bun = new URL("../node_modules/.bin/bun", import.meta.url).pathname;
  using fx = new Fixture();
  fx.service();
  const r = child(["verify", "svc/vendor/observability"], fx.tmp, bun);
  assertEquals([r.code, r.err], [0, ""]);
  assertStringIncludes(r.out, "lockbox verify: OK");
});
