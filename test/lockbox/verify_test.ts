// verify: the tamper matrix, partial vendoring, git line endings, 0.1.x (v1) manifests.

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { cli, Fixture, flipByte, git, GIT_FLAGS, REPO, toCrlf, write } from "./helpers.ts";

/** `git clone` as a Windows checkout would do it: LF → CRLF for every file git thinks is text. */
function cloneWithAutocrlf(from: string, to: string): void {
  const flags = GIT_FLAGS.map((f) => (f === "core.autocrlf=false" ? "core.autocrlf=true" : f));
  const r = new Deno.Command("git", {
    args: [...flags, "clone", "-q", "-c", "core.autocrlf=true", from, to],
    stderr: "piped",
  })
    .outputSync();
  assert(r.success, new TextDecoder().decode(r.stderr));
}

Deno.test("verify passes a fresh vendoring and names key, version and file count", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  assertEquals([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
    ".gitattributes",
    "THIRD_PARTY_NOTICES.txt",
    "lockbox.json",
    "lockbox.keyring.json",
    "lockbox.vendor.json",
    "observability.bun.mjs",
    "observability.d.ts",
    "observability.deno.mjs",
    "observability.node.mjs",
  ]);
  const r = await fx.verify(dir, "--min-version", "1.2.3");
  assertEquals(r.code, 0, r.err);
  assertEquals(
    r.out,
    `lockbox verify: OK @lockbox/observability 1.2.3 — 5 files match lockbox.json, signature by ${fx.fp} (svc/vendor/observability)`,
  );
});

Deno.test("verify names the file when one byte of any vendored file flips", async (t) => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  for (
    const name of [
      "observability.node.mjs",
      "observability.bun.mjs",
      "observability.deno.mjs",
      "observability.d.ts",
      "THIRD_PARTY_NOTICES.txt",
    ]
  ) {
    await t.step(name, async () => {
      const original = Deno.readFileSync(`${dir}/${name}`);
      flipByte(`${dir}/${name}`, 5);
      const r = await fx.verify(dir);
      Deno.writeFileSync(`${dir}/${name}`, original);
      assertEquals(r.code, 1);
      assertStringIncludes(
        r.err,
        `CHANGED svc/vendor/observability/${name} (pinned as dist/${name}): expected sha256 `,
      );
      assertEquals(r.err.split("\n").filter((l) => l.startsWith("CHANGED")).length, 1);
    });
  }
});

Deno.test("verify dist names any pinned dist/ file when a byte flips, and ignores main's observability.ts", async (t) => {
  using fx = await Fixture.create();
  const ok = await fx.verify(`${fx.platform}/dist`);
  assertEquals(ok.code, 0, ok.err);
  assertStringIncludes(ok.out, "6 files match");
  for (
    const key of Object.keys(JSON.parse(fx.manifestText()).files).filter((k) =>
      k.startsWith("dist/")
    )
  ) {
    await t.step(key, async () => {
      const path = `${fx.platform}/${key}`;
      const original = Deno.readFileSync(path);
      flipByte(path);
      const r = await fx.verify(`${fx.platform}/dist`);
      Deno.writeFileSync(path, original);
      assertEquals(r.code, 1);
      assertStringIncludes(r.err, `CHANGED platform/${key}: expected sha256`);
    });
  }
  // The source moved on after the release: dist/ is still the release (reproduce_dist.ts checks
  // the pinned source against the source commit).
  flipByte(`${fx.platform}/observability.ts`);
  assertEquals((await fx.verify(`${fx.platform}/dist`)).code, 0);
});

Deno.test("verify reports CRLF, an added BOM and a dropped final newline as cosmetic", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  toCrlf(`${dir}/observability.node.mjs`);
  const dts = `${dir}/observability.d.ts`;
  Deno.writeTextFileSync(dts, "\uFEFF" + Deno.readTextFileSync(dts));
  const notices = `${dir}/THIRD_PARTY_NOTICES.txt`;
  Deno.writeTextFileSync(notices, Deno.readTextFileSync(notices).replace(/\n$/, ""));
  const r = await fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    "LINE-ENDINGS svc/vendor/observability/observability.node.mjs (pinned as dist/observability.node.mjs): changed by CRLF where the release has LF only",
  );
  assertStringIncludes(
    r.err,
    "observability.d.ts): changed by a UTF-8 byte-order mark was added only",
  );
  assertStringIncludes(
    r.err,
    "THIRD_PARTY_NOTICES.txt): changed by the final newline was removed only",
  );
  assert(!r.err.includes("CHANGED"));
});

Deno.test("verify reports a missing file, an extra file and a subdirectory", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  Deno.removeSync(`${dir}/observability.d.ts`);
  write(`${dir}/patch.mjs`, "export {};\n");
  write(`${dir}/sub/x.mjs`, "export {};\n");
  const r = await fx.verify(dir);
  assertEquals(r.code, 1);
  assertMatch(
    r.err,
    /^MISSING svc\/vendor\/observability\/observability\.d\.ts \(pinned as dist\/observability\.d\.ts\): pinned \(sha256 [0-9a-f]{64}\) but not found$/m,
  );
  assertStringIncludes(
    r.err,
    "EXTRA svc/vendor/observability/patch.mjs: not pinned in lockbox.json; remove it",
  );
  assertStringIncludes(
    r.err,
    "EXTRA svc/vendor/observability/sub: not pinned in lockbox.json; remove it (the folder holds only the release) (it is a directory, not a regular file)",
  );
  assertStringIncludes(r.err, "lockbox verify: FAILED — 3 problem(s) in svc/vendor/observability");
});

Deno.test("verify reports a file whose VERSION differs from the manifest's", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  const path = `${dir}/observability.node.mjs`;
  Deno.writeTextFileSync(path, Deno.readTextFileSync(path).replaceAll("1.2.3", "9.9.9"));
  const r = await fx.verify(dir);
  assertStringIncludes(
    r.err,
    'VERSION svc/vendor/observability/observability.node.mjs (pinned as dist/observability.node.mjs): declares version "9.9.9" but lockbox.json pins version "1.2.3"',
  );
});

Deno.test("verify of a node-only vendoring requires the node bundle and rejects others", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service("svc", "node");
  const ok = await fx.verify(dir);
  assertEquals(ok.code, 0, ok.err);
  assertStringIncludes(ok.out, "3 files match");
  Deno.copyFileSync(`${fx.platform}/dist/observability.bun.mjs`, `${dir}/observability.bun.mjs`);
  Deno.removeSync(`${dir}/observability.node.mjs`);
  const r = await fx.verify(dir);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "MISSING svc/vendor/observability/observability.node.mjs");
  assertStringIncludes(
    r.err,
    "EXTRA svc/vendor/observability/observability.bun.mjs: pinned, but not part of the runtimes",
  );
});

Deno.test("verify passes in a clone with core.autocrlf=true thanks to .gitattributes", async () => {
  using fx = await Fixture.create();
  await fx.service();
  const clone = `${fx.tmp}/clone`;
  cloneWithAutocrlf(`${fx.tmp}/svc`, clone);
  assertStringIncludes(Deno.readTextFileSync(`${clone}/main.ts`), "\r\n", "autocrlf is active");
  const r = await fx.verify(`${clone}/vendor/observability`);
  assertEquals(r.code, 0, r.err);
});

Deno.test("verify reports line endings in an autocrlf clone when .gitattributes is missing", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service("svc", "node", false);
  Deno.removeSync(`${dir}/.gitattributes`);
  git(`${fx.tmp}/svc`, "add", "-A");
  git(`${fx.tmp}/svc`, "commit", "-q", "-m", "vendor without attributes");
  cloneWithAutocrlf(`${fx.tmp}/svc`, `${fx.tmp}/clone`);
  const r = await fx.verify(`${fx.tmp}/clone/vendor/observability`);
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    "LINE-ENDINGS clone/vendor/observability/lockbox.json: the manifest has CRLF line endings",
  );
  // Once the manifest is restored, each converted file and the missing attributes are named.
  Deno.copyFileSync(`${dir}/lockbox.json`, `${fx.tmp}/clone/vendor/observability/lockbox.json`);
  const again = await fx.verify(`${fx.tmp}/clone/vendor/observability`);
  assertStringIncludes(again.err, "LINE-ENDINGS clone/vendor/observability/observability.node.mjs");
  assertStringIncludes(
    again.err,
    "ATTRIBUTES clone/vendor/observability/.gitattributes: does not exist",
  );
});

Deno.test("verify accepts a 0.1.x (v1) manifest from a key whose public half the keyring holds", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  fx.writeV1(dir);
  const r = await fx.verify(dir);
  assertEquals(r.code, 0, r.err);
  Deno.removeSync(`${dir}/lockbox.keyring.json`);
  const nokey = await fx.verify(dir);
  assertEquals(nokey.code, 1);
  assertStringIncludes(
    nokey.err,
    "(v1 manifest), which matches no trusted key whose public half is known",
  );
  const withPub = await fx.verify(dir, "--pubkey", fx.pubkey);
  assertEquals(withPub.code, 0, withPub.err);
});

Deno.test("verify accepts this repo's own 0.1.4 dist with the development key as anchor", async () => {
  const ring = JSON.parse(Deno.readTextFileSync(`${REPO}/lockbox.keyring.json`));
  const dev =
    ring.keys.find((k: { comment?: string }) => k.comment?.startsWith("Development key")).id;
  const version = JSON.parse(Deno.readTextFileSync(`${REPO}/dist/lockbox.json`)).version;
  const r = await cli(REPO, "verify", "dist", "--expect-key", dev, "--min-version", version);
  if (!JSON.parse(Deno.readTextFileSync(`${REPO}/dist/lockbox.json`)).format) {
    assertEquals(r.code, 0, r.err);
  } else {
    // After the next release dist/ is signed by the new key: the development key must not pass.
    assertEquals(r.code, 1);
  }
});
