// Rotation end to end: old key → new key announced under the old one (overlap) → CI anchors the
// new key → old key revoked. And the break-glass case: a lost old key, no announcement possible.

import { assertEquals, assertStringIncludes } from "@std/assert";
import { cli, Fixture } from "./helpers.ts";

Deno.test("rotation: announced key is followed, then the old key is revoked", async () => {
  using fx = await Fixture.create("1.0.0");
  const oldFp = fx.fp;
  const next = await fx.otherKey("next");
  // 1. The old key announces the new one in the platform keyring.
  const a = await cli(
    fx.tmp,
    "announce",
    "--key-file",
    fx.privateKey,
    "--new-pubkey",
    next.pub,
    "--min-version",
    "1.1.0",
    "--keyring",
    fx.keyring,
  );
  assertEquals(a.code, 0, a.err);
  // 2. Release 1.1.0 is signed by the new key; lockbox.pub now holds it.
  Deno.copyFileSync(next.pub, fx.pubkey);
  fx.writeRelease("1.1.0");
  fx.commitPlatform("1.1.0");
  await fx.pin(next.priv);
  // Vendor with the old anchor: the announcement in the keyring vouches for the new key.
  const svc = `${fx.tmp}/svc`;
  Deno.mkdirSync(svc);
  const v = await cli(fx.tmp, "vendor", svc, "--from", fx.platform, "--expect-key", oldFp);
  assertEquals(v.code, 0, v.err);
  const dir = `${svc}/vendor/observability`;
  // 3. Overlap: a service whose CI still anchors only the old key follows the announcement.
  const overlap = await cli(fx.tmp, "verify", dir, "--expect-key", oldFp, "--min-version", "1.1.0");
  assertEquals(overlap.code, 0, overlap.err);
  assertStringIncludes(overlap.out, `signature by ${next.fp}`);
  // Without the announcement (keyring removed) the old anchor alone does not trust the new key.
  const ring = Deno.readTextFileSync(`${dir}/lockbox.keyring.json`);
  Deno.removeSync(`${dir}/lockbox.keyring.json`);
  const stranger = await cli(fx.tmp, "verify", dir, "--expect-key", oldFp);
  assertEquals(stranger.code, 1);
  assertStringIncludes(stranger.err, `signed by key ${next.fp}, which is not trusted`);
  Deno.writeTextFileSync(`${dir}/lockbox.keyring.json`, ring);
  // The announcement covers releases from 1.1.0 only: the new key cannot back-date a release.
  // 4. CI moves to the new anchor (both during the window, then the new one alone).
  const both = await cli(fx.tmp, "verify", dir, "--expect-key", oldFp, "--expect-key", next.fp);
  assertEquals(both.code, 0, both.err);
  // 5. The new key revokes the old one (lost, not compromised: valid through 1.0.0).
  await fx.revoke(next.priv, oldFp, "rotated", "1.0.0");
  // A release 1.2.0 signed with the old key (e.g. by whoever stole it) is now refused.
  Deno.copyFileSync(`${fx.tmp}/keys/signing.pem`, `${fx.tmp}/keys/old.pem`);
  const forged = `${fx.tmp}/forged`;
  Deno.mkdirSync(forged);
  Deno.copyFileSync(fx.keyring, `${fx.tmp}/ring.json`);
  Deno.copyFileSync(`${fx.platform}/dist/lockbox.json`, `${forged}/lockbox.json`);
  const forgedRelease = await signOld(fx, "1.2.0");
  Deno.writeTextFileSync(`${forged}/lockbox.json`, forgedRelease);
  const r = await cli(
    fx.tmp,
    "verify",
    forged,
    "--expect-key",
    oldFp,
    "--expect-key",
    next.fp,
    "--keyring",
    `${fx.tmp}/ring.json`,
  );
  assertEquals(r.code, 1);
  assertStringIncludes(
    r.err,
    `REVOKED forged/lockbox.json: key ${oldFp} is REVOKED for releases after 1.0.0 (rotated); it cannot sign 1.2.0`,
  );
});

/** A manifest for `version` signed with the fixture's original (old) key. */
async function signOld(fx: Fixture, version: string): Promise<string> {
  const { headV2, messageV2, serializeV2 } = await import("../../scripts/lockbox/manifest.ts");
  const { signBytes, spkiDer } = await import("../../scripts/lockbox/signature.ts");
  const { createPrivateKey } = await import("node:crypto");
  const key = createPrivateKey(Deno.readTextFileSync(fx.privateKey));
  const head = headV2({
    name: "@lockbox/observability",
    version,
    files: {},
    source: { commit: "x" },
    esbuild: null,
  });
  return serializeV2(head, spkiDer(key), signBytes(messageV2(head), key));
}

Deno.test("break-glass rotation: a lost old key cannot announce; CI adds the new anchor by hand", async () => {
  using fx = await Fixture.create("1.0.0");
  const oldFp = fx.fp;
  const next = await fx.otherKey("next");
  Deno.removeSync(fx.privateKey); // lost
  Deno.copyFileSync(next.pub, fx.pubkey);
  await fx.revoke(next.priv, oldFp, "private half lost, not compromised", "1.0.0");
  fx.writeRelease("1.1.0");
  fx.commitPlatform("1.1.0");
  await fx.pin(next.priv);
  const dir = await fx.service();
  const oldOnly = await cli(fx.tmp, "verify", dir, "--expect-key", oldFp);
  assertEquals(oldOnly.code, 1, "the old anchor alone cannot follow an unannounced key");
  assertStringIncludes(oldOnly.err, `signed by key ${next.fp}, which is not trusted`);
  const updated = await cli(
    fx.tmp,
    "verify",
    dir,
    "--expect-key",
    next.fp,
    "--min-version",
    "1.1.0",
  );
  assertEquals(updated.code, 0, updated.err);
});
