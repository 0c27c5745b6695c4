// The CLI as a program: exit codes, --help for every command, Bun.

import { assertEquals, assertNotEquals, assertStringIncludes } from "@std/assert";
import { CLIS, Fixture, flipByte, REPO, tsCli } from "./helpers.ts";

Deno.test("lockbox CLI exits 0 when verify passes, 1 when it fails, 2 on usage errors (both CLIs)", async (t) => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      const ok = await cli(fx.tmp, ["verify", "svc/vendor/observability", "--expect-key", fx.fp]);
      assertEquals([ok.code, ok.err], [0, ""]);
      assertStringIncludes(ok.out, "lockbox verify: OK");
      for (
        const args of [
          [],
          ["frobnicate"],
          ["verify", "--nope"],
          ["verify", "a", "b", "--expect-key", fx.fp],
          ["vendor"],
          ["diff", dir],
          [
            "vendor",
            dir,
            "--runtime",
            "rust",
          ],
          ["verify", dir, "--expect-key", fx.fp, "--min-version", "one"],
        ]
      ) {
        const usage = await cli(fx.tmp, args);
        assertEquals(usage.code, 2, `${JSON.stringify(args)}: ${usage.err}`);
        assertNotEquals(usage.err, "");
      }
    });
  }
  flipByte(`${dir}/observability.deno.mjs`);
  const bad = tsCli(fx.tmp, ["verify", "svc/vendor/observability", "--expect-key", fx.fp]);
  assertEquals([bad.code, bad.out], [1, ""]);
  assertStringIncludes(bad.err, "CHANGED svc/vendor/observability/observability.deno.mjs");
});

Deno.test("lockbox --help prints usage with defaults to stdout for every command", async () => {
  const main = await CLIS.mjs(REPO, ["--help"]);
  assertEquals(main.code, 0);
  assertStringIncludes(main.out, "Commands:");
  for (
    const cmd of ["keygen", "fingerprint", "pin", "vendor", "verify", "diff", "announce", "revoke"]
  ) {
    const r = tsCli(REPO, [cmd, "--help"]);
    assertEquals([r.code, r.err], [0, ""], cmd);
    assertStringIncludes(r.out, `Usage: lockbox ${cmd}`);
  }
  assertStringIncludes(tsCli(REPO, ["vendor", "--help"]).out, "(default: all)");
});

Deno.test("lockbox fingerprint prints the full sha256 of the SPKI DER", async () => {
  using fx = await Fixture.create();
  const r = await CLIS.mjs(fx.tmp, ["fingerprint", fx.pubkey]);
  assertEquals(r.out.trim(), fx.fp);
});

Deno.test("lockbox verify runs unchanged on Bun", async () => {
  const bun = `${REPO}/node_modules/.bin/bun`;
  using fx = await Fixture.create();
  await fx.service();
  const r = new Deno.Command(bun, {
    args: [
      `${REPO}/scripts/lockbox.ts`,
      "verify",
      "svc/vendor/observability",
      "--expect-key",
      fx.fp,
    ],
    cwd: fx.tmp,
    env: { INIT_CWD: fx.tmp },
  }).outputSync();
  const out = new TextDecoder().decode(r.stdout);
  assertEquals([r.code, new TextDecoder().decode(r.stderr)], [0, ""]);
  assertStringIncludes(out, "lockbox verify: OK");
});
