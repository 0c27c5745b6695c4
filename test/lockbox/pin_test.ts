// pin and keygen: the platform side, in-process against a fixture platform repo.

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { bundle, cli, cliWith, Fixture, git, REPO, RUNTIMES, VERSION, write } from "./helpers.ts";

Deno.test("pin writes a v2 manifest: sorted files with sha256 and bytes, commit, esbuild, signature line", async () => {
  using fx = await Fixture.create();
  const text = fx.manifestText();
  const m = JSON.parse(text);
  assertEquals(Object.keys(m), [
    "format",
    "name",
    "version",
    "files",
    "source",
    "esbuild",
    "signature",
  ]);
  assertEquals([m.format, m.name, m.version, m.esbuild], [
    "lockbox-manifest-v2",
    "@lockbox/observability",
    VERSION,
    "0.28.2",
  ]);
  assertEquals(Object.keys(m.files), [
    "dist/THIRD_PARTY_NOTICES.txt",
    "dist/observability.bun.mjs",
    "dist/observability.d.ts",
    "dist/observability.deno.mjs",
    "dist/observability.node.mjs",
    "dist/sizes.json",
    "observability.ts",
  ]);
  assertEquals(m.source.commit, git(fx.platform, "rev-parse", "HEAD"));
  assertMatch(
    text,
    /,\n {2}"signature": \{"algorithm":"Ed25519","publicKey":"[^"]+","value":"[^"]{88}"\}\n\}\n$/,
  );
});

Deno.test("pin hashes the raw bytes with sha256 (checked against WebCrypto)", async () => {
  using fx = await Fixture.create();
  const node = Deno.readFileSync(`${fx.platform}/dist/observability.node.mjs`);
  const hex = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", node)))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  assertEquals(JSON.parse(fx.manifestText()).files["dist/observability.node.mjs"].sha256, hex);
});

Deno.test("pin re-run on the same bytes with the same key writes a byte-identical manifest", async () => {
  using fx = await Fixture.create();
  const before = fx.manifestText();
  await fx.pin();
  assertEquals(fx.manifestText(), before);
});

Deno.test("pin refuses different bytes under an already pinned VERSION", async () => {
  using fx = await Fixture.create();
  Deno.writeTextFileSync(`${fx.platform}/dist/THIRD_PARTY_NOTICES.txt`, "changed\n");
  const before = fx.manifestText();
  const r = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, 'Cannot re-pin version "1.2.3"');
  assertStringIncludes(r.err, "dist/THIRD_PARTY_NOTICES.txt changed");
  assertEquals(fx.manifestText(), before);
});

Deno.test("pin refuses to re-pin a released version with another key (one genuine manifest per version)", async () => {
  using fx = await Fixture.create();
  const next = await fx.otherKey("next");
  Deno.copyFileSync(next.pub, fx.pubkey);
  const r = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", next.priv);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    `Cannot re-pin version "1.2.3" as it is already released, signed by ${fx.fp}`,
  );
});

Deno.test("pin accepts new bytes under a bumped and committed VERSION", async () => {
  using fx = await Fixture.create();
  fx.writeRelease("1.2.4");
  const dirty = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(dirty.code, 1);
  assertStringIncludes(dirty.err, "observability.ts has uncommitted changes");
  fx.commitPlatform("bump 1.2.4");
  await fx.pin();
  assertEquals(JSON.parse(fx.manifestText()).version, "1.2.4");
});

Deno.test("pin refuses a bundle that declares another VERSION (stale build)", async () => {
  using fx = await Fixture.create();
  Deno.writeTextFileSync(`${fx.platform}/dist/observability.bun.mjs`, bundle("bun", "1.2.2"));
  const r = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    'dist/observability.bun.mjs declares version "1.2.2" but observability.ts has "1.2.3"',
  );
});

Deno.test("pin refuses a dirty build and takes source.commit from the bundle banners", async () => {
  using fx = await Fixture.create();
  const commit = "a".repeat(40);
  for (const rt of RUNTIMES) {
    write(
      `${fx.platform}/dist/observability.${rt}.mjs`,
      bundle(rt).replace("\n", `\n// source commit: ${commit}+dirty\n`),
    );
  }
  Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
  const dirty = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(dirty.code, 1);
  assertStringIncludes(dirty.err, "dist/ was built from uncommitted changes");
  for (const rt of RUNTIMES) {
    const path = `${fx.platform}/dist/observability.${rt}.mjs`;
    Deno.writeTextFileSync(path, Deno.readTextFileSync(path).replace("+dirty", ""));
  }
  await fx.pin();
  assertEquals(JSON.parse(fx.manifestText()).source.commit, commit);
});

Deno.test("pin refuses a signing key that does not match lockbox.pub", async () => {
  using fx = await Fixture.create();
  const other = await fx.otherKey();
  const r = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", other.priv);
  assertEquals(r.code, 1);
  assertMatch(
    r.err,
    /the signing key is sha256:[0-9a-f]{64} but lockbox\.pub is sha256:[0-9a-f]{64}/,
  );
});

Deno.test("pin refuses a key the keyring revoked for this version", async () => {
  using fx = await Fixture.create();
  await fx.revoke(fx.privateKey, fx.fp, "retired", "1.2.2");
  Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
  const r = await cli(fx.tmp, "pin", "--root", fx.platform, "--key-file", fx.privateKey);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    `lockbox.keyring.json: key ${fx.fp} is REVOKED for releases after 1.2.2 (retired)`,
  );
});

Deno.test("pin without a key is a usage error; LOCKBOX_SIGNING_KEY is accepted", async () => {
  using fx = await Fixture.create();
  const none = await cli(fx.tmp, "pin", "--root", fx.platform);
  assertEquals(none.code, 2);
  assertStringIncludes(none.err, "set LOCKBOX_SIGNING_KEY (PEM text) or pass --key-file <path>");
  const env = { LOCKBOX_SIGNING_KEY: Deno.readTextFileSync(fx.privateKey).replaceAll("\n", "\\n") };
  const r = await cliWith(env, fx.tmp, REPO, ["pin", "--root", fx.platform]);
  assertEquals(r.code, 0, r.err);
});

Deno.test("pin never hands LOCKBOX_SIGNING_KEY to its git child", async () => {
  using fx = await Fixture.create();
  // A `git` first on PATH that records its environment, then runs the real git.
  const realGit = new TextDecoder().decode(
    new Deno.Command("sh", { args: ["-c", "command -v git"] }).outputSync().stdout,
  ).trim();
  const bin = `${fx.tmp}/bin`;
  write(`${bin}/git`, `#!/bin/sh\nenv >> "${fx.tmp}/git-env.txt"\nexec ${realGit} "$@"\n`);
  Deno.chmodSync(`${bin}/git`, 0o755);
  const key = Deno.readTextFileSync(fx.privateKey);
  const r = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--no-config",
      "--no-lock",
      "-A",
      `${REPO}/scripts/lockbox.ts`,
      "pin",
      "--root",
      fx.platform,
    ],
    env: { PATH: `${bin}:${Deno.env.get("PATH")}`, LOCKBOX_SIGNING_KEY: key, INIT_CWD: fx.tmp },
  }).outputSync();
  assertEquals(r.code, 0, new TextDecoder().decode(r.stderr));
  const seen = Deno.readTextFileSync(`${fx.tmp}/git-env.txt`);
  assert(seen.includes("PATH="), "the fake git ran");
  assert(
    !seen.includes("LOCKBOX_SIGNING_KEY") && !seen.includes("PRIVATE KEY"),
    "no key in git's env",
  );
});

Deno.test("keygen writes a 0600 private key, prints only the fingerprint, refuses a git work tree", async () => {
  using fx = await Fixture.create();
  assertEquals(Deno.statSync(fx.privateKey).mode! & 0o777, 0o600);
  const r = await cli(
    fx.tmp,
    "keygen",
    "--private-key",
    `${fx.tmp}/k/a.pem`,
    "--public-key",
    `${fx.tmp}/k/a.pub`,
  );
  assertMatch(r.out, /key sha256:[0-9a-f]{64}$/);
  assert(!r.out.includes("PRIVATE"));
  const inside = await cli(
    fx.tmp,
    "keygen",
    "--private-key",
    `${fx.platform}/oops.pem`,
    "--public-key",
    `${fx.tmp}/x.pub`,
  );
  assertEquals(inside.code, 1);
  assertStringIncludes(inside.err, "inside a git work tree");
});
