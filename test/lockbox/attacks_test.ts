// Every attack of the lockbox threat model, run on both real CLIs — the `.ts` under
// `deno run --no-config --no-lock` and the compiled Node CLI — each ending in exit 1 with a line
// naming the problem. (The hostile-config attacks on the documented recipes: recipes_test.ts.)

import { assert, assertEquals, assertMatch, assertStringIncludes } from "@std/assert";
import { type CliResult, CLIS, Fixture, flipByte, git, VERSION, write } from "./helpers.ts";

type Cli = (cwd: string, args: string[]) => Promise<CliResult>;

/** Runs `attack` once per CLI, each in a fresh fixture, as steps of one test. */
function attack(
  name: string,
  fn: (fx: Fixture, cli: Cli, dir: string) => Promise<void>,
): void {
  Deno.test(`attack: ${name}`, async (t) => {
    for (const [which, cli] of Object.entries(CLIS)) {
      await t.step(which, async () => {
        using fx = await Fixture.create();
        const dir = await fx.service();
        await fn(fx, cli, dir);
      });
    }
  });
}

function failsWith(r: CliResult, pattern: RegExp): void {
  assertEquals(r.code, 1, `expected exit 1, got ${r.code}\n${r.out}\n${r.err}`);
  assertMatch(r.err, pattern);
}

const verifyArgs = (fx: Fixture, dir: string, ...more: string[]) => [
  "verify",
  dir,
  "--expect-key",
  fx.fp,
  ...more,
];

// #region key substitution

attack("a bundle re-signed with the attacker's own key", async (fx, cli, dir) => {
  const evil = await fx.otherKey("attacker");
  // The attacker edits a bundle and re-pins with their key, as the real pin would.
  Deno.writeTextFileSync(`${fx.platform}/lockbox.pub`, Deno.readTextFileSync(evil.pub));
  Deno.removeSync(fx.keyring);
  write(`${fx.platform}/dist/observability.node.mjs`, "export const pwned = 1;\n");
  Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
  await fx.pin(evil.priv);
  Deno.copyFileSync(`${fx.platform}/dist/observability.node.mjs`, `${dir}/observability.node.mjs`);
  Deno.copyFileSync(`${fx.platform}/dist/lockbox.json`, `${dir}/lockbox.json`);
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    new RegExp(`^SIGNATURE .*lockbox\\.json: signed by key ${evil.fp}, which is not trusted`, "m"),
  );
});

attack("a swapped vendored lockbox.pub passed as --pubkey", async (fx, cli, dir) => {
  const evil = await fx.otherKey("attacker");
  Deno.copyFileSync(evil.pub, `${dir}/lockbox.pub`);
  const r = await cli(fx.tmp, verifyArgs(fx, dir, "--pubkey", `${dir}/lockbox.pub`));
  failsWith(
    r,
    /^SIGNATURE --pubkey .*lockbox\.pub is key sha256:[0-9a-f]{64}, which is not an --expect-key anchor/m,
  );
  assert(!r.err.includes("OK"), r.err);
});

Deno.test("attack: verify without an anchor refuses to run (exit 2) on both CLIs", async (t) => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      const r = await cli(fx.tmp, ["verify", dir, "--pubkey", fx.pubkey]);
      assertEquals(r.code, 2);
      assertStringIncludes(r.err, "no trust anchor was given: pass --expect-key sha256:<64 hex>");
      const short = await cli(fx.tmp, ["verify", dir, "--expect-key", fx.fp.slice(0, 23)]);
      assertEquals(short.code, 2);
      assertStringIncludes(short.err, "--expect-key must be sha256:<64 hex digits>");
    });
  }
});

// #region rollback

attack("a genuine older release (rollback)", async (fx, cli, dir) => {
  // 1.2.3 is vendored; the attacker restores it after 1.2.4 became the minimum.
  const r = await cli(fx.tmp, verifyArgs(fx, dir, "--min-version", "1.2.4"));
  failsWith(r, /^ROLLBACK .*lockbox\.json: release 1\.2\.3 is older than --min-version 1\.2\.4$/m);
});

// #region rotation and revocation

attack("a release signed by a revoked key", async (fx, cli, dir) => {
  const next = await fx.otherKey("next");
  const r0 = await cli(fx.tmp, [
    "revoke",
    "--key-file",
    next.priv,
    "--key",
    fx.fp,
    "--reason",
    "key compromised",
    "--keyring",
    `${dir}/lockbox.keyring.json`,
  ]);
  assertEquals(r0.code, 0, r0.err);
  const r = await cli(fx.tmp, [...verifyArgs(fx, dir), "--expect-key", next.fp]);
  failsWith(
    r,
    /^REVOKED .*: key sha256:[0-9a-f]{64} is REVOKED \(key compromised\); it cannot sign 1\.2\.3$/m,
  );
});

attack("an edited statement in the vendored keyring", async (fx, cli, dir) => {
  const next = await fx.otherKey("next");
  await fx.pin();
  const ring = `${dir}/lockbox.keyring.json`;
  await cli(fx.tmp, [
    "announce",
    "--key-file",
    fx.privateKey,
    "--new-pubkey",
    next.pub,
    "--min-version",
    "2.0.0",
    "--keyring",
    ring,
  ]);
  Deno.writeTextFileSync(
    ring,
    Deno.readTextFileSync(ring).replace(
      '\\"minVersion\\":\\"2.0.0\\"',
      '\\"minVersion\\":\\"0.0.1\\"',
    ),
  );
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^KEYRING .*lockbox\.keyring\.json: a statement signed by sha256:[0-9a-f]{64} does not verify/m,
  );
});

// #region bytes not covered

attack("a re-serialised lockbox.json (same values, other whitespace)", async (fx, cli, dir) => {
  const m = JSON.parse(fx.manifestText(dir));
  Deno.writeTextFileSync(`${dir}/lockbox.json`, JSON.stringify(m, null, 4) + "\n");
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^SIGNATURE .*lockbox\.json: the v2 manifest is not byte for byte what the signer wrote/m,
  );
});

attack("duplicate keys in lockbox.json", async (fx, cli, dir) => {
  const text = fx.manifestText(dir);
  Deno.writeTextFileSync(
    `${dir}/lockbox.json`,
    text.replace('"version": "1.2.3",', '"version": "9.9.9",\n  "version": "1.2.3",'),
  );
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^SIGNATURE .*lockbox\.json: the signature does not verify/m,
  );
});

attack("duplicate keys in a v1 manifest (0.1.x format)", async (fx, cli, dir) => {
  fx.writeV1(
    dir,
    fx.privateKey,
    (t) => t.replace('"version": "1.2.3",', '"version": "9.9.9",\n  "version": "1.2.3",'),
  );
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^MANIFEST .*lockbox\.json: not strictly valid JSON: duplicate key "version" in \$$/m,
  );
});

attack("junk after the signature", async (fx, cli, dir) => {
  Deno.writeTextFileSync(`${dir}/lockbox.json`, fx.manifestText(dir) + '{"files": {}}\n');
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^SIGNATURE .*lockbox\.json: .*junk after the signature/m,
  );
});

attack("junk after the signature of a v1 manifest", async (fx, cli, dir) => {
  fx.writeV1(dir, fx.privateKey, (t) => t + "\n\n");
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^SIGNATURE .*lockbox\.json: the v1 manifest is not byte for byte what the signer wrote/m,
  );
});

attack("an edited lockbox.vendor.json", async (fx, cli, dir) => {
  Deno.writeTextFileSync(
    `${dir}/lockbox.vendor.json`,
    '{"runtimes": ["node", "bun", "deno"], "note": 1}\n',
  );
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^MANIFEST .*lockbox\.vendor\.json: not exactly what vendor writes/m,
  );
});

attack("an edited .gitattributes", async (fx, cli, dir) => {
  const path = `${dir}/.gitattributes`;
  Deno.writeTextFileSync(path, Deno.readTextFileSync(path) + "*.mjs filter=evil\n");
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^ATTRIBUTES .*\.gitattributes: differs from what vendor writes/m,
  );
});

attack("an unsigned manifest listing 300,000 files", async (fx, cli, dir) => {
  const files: Record<string, unknown> = {};
  for (let i = 0; i < 300_000; i++) files[`dist/f${i}.mjs`] = { sha256: "0".repeat(64), bytes: 1 };
  const m = {
    format: "lockbox-manifest-v2",
    name: "x",
    version: VERSION,
    files,
    source: { commit: "c" },
    esbuild: null,
  };
  Deno.writeTextFileSync(`${dir}/lockbox.json`, JSON.stringify(m, null, 2) + "\n");
  const started = performance.now();
  const r = await cli(fx.tmp, verifyArgs(fx, dir));
  failsWith(
    r,
    /^MANIFEST .*lockbox\.json: it is \d+ bytes, over the 262144-byte limit; refused unread$/m,
  );
  assert(!/^(CHANGED|MISSING)/m.test(r.err), "no listed file was read");
  assert(performance.now() - started < 20_000, "refused without processing the list");
});

attack(
  "an unsigned small manifest: refused before any listed file is read",
  async (fx, cli, dir) => {
    const text = fx.manifestText(dir);
    Deno.writeTextFileSync(
      `${dir}/lockbox.json`,
      text.slice(0, text.indexOf(',\n  "signature"')) + "\n}\n",
    );
    flipByte(`${dir}/observability.node.mjs`);
    const r = await cli(fx.tmp, verifyArgs(fx, dir));
    failsWith(r, /^SIGNATURE .*lockbox\.json: the manifest is unsigned/m);
    assert(!r.err.includes("CHANGED"), r.err);
  },
);

// #region not regular files

attack(
  "a bundle that is a symlink to an identical file outside the folder",
  async (fx, cli, dir) => {
    const outside = `${fx.tmp}/outside.mjs`;
    Deno.copyFileSync(`${dir}/observability.node.mjs`, outside);
    Deno.removeSync(`${dir}/observability.node.mjs`);
    Deno.symlinkSync(outside, `${dir}/observability.node.mjs`);
    failsWith(
      await cli(fx.tmp, verifyArgs(fx, dir)),
      /^NOT-REGULAR .*observability\.node\.mjs \(pinned as dist\/observability\.node\.mjs\): is a symbolic link/m,
    );
  },
);

attack("a directory in place of a bundle", async (fx, cli, dir) => {
  Deno.removeSync(`${dir}/observability.bun.mjs`);
  Deno.mkdirSync(`${dir}/observability.bun.mjs`);
  const r = await cli(fx.tmp, verifyArgs(fx, dir));
  failsWith(r, /^NOT-REGULAR .*observability\.bun\.mjs .*: is a directory, not a regular file$/m);
  assert(!r.err.includes("EISDIR"), r.err);
});

attack("a FIFO in place of a bundle (would hang a reader)", async (fx, cli, dir) => {
  Deno.removeSync(`${dir}/observability.deno.mjs`);
  const mk = new Deno.Command("mkfifo", { args: [`${dir}/observability.deno.mjs`] }).outputSync();
  assert(mk.success);
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^NOT-REGULAR .*observability\.deno\.mjs .*: is a FIFO \(named pipe\), not a regular file; it was not read$/m,
  );
});

attack("a symlinked lockbox.json", async (fx, cli, dir) => {
  Deno.renameSync(`${dir}/lockbox.json`, `${fx.tmp}/lockbox.json`);
  Deno.symlinkSync(`${fx.tmp}/lockbox.json`, `${dir}/lockbox.json`);
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^NOT-REGULAR .*lockbox\.json: is a symbolic link/m,
  );
});

// #region tampering (the 0.1.x matrix, on both CLIs)

attack("one flipped byte in a bundle", async (fx, cli, dir) => {
  flipByte(`${dir}/observability.node.mjs`);
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^CHANGED .*observability\.node\.mjs \(pinned as dist\/observability\.node\.mjs\): expected sha256 [0-9a-f]{64}/m,
  );
});

attack("an edited hash in lockbox.json", async (fx, cli, dir) => {
  const text = fx.manifestText(dir);
  const sha = JSON.parse(text).files["dist/observability.node.mjs"].sha256;
  Deno.writeTextFileSync(`${dir}/lockbox.json`, text.replace(sha, "0".repeat(64)));
  failsWith(
    await cli(fx.tmp, verifyArgs(fx, dir)),
    /^SIGNATURE .*: the signature does not verify: the manifest was edited after signing/m,
  );
});

// #region fail-open paths (platform side)

Deno.test("attack: vendor from a platform without lockbox.pub refuses (both CLIs)", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create();
      Deno.removeSync(fx.pubkey);
      Deno.mkdirSync(`${fx.tmp}/svc2`);
      const r = await cli(fx.tmp, ["vendor", `${fx.tmp}/svc2`, "--from", fx.platform]);
      failsWith(
        r,
        /Cannot vendor as platform\/lockbox\.pub does not exist: vendor checks the release signature/,
      );
    });
  }
});

Deno.test("attack: vendor refuses a release re-signed by a key that is not the platform's", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create();
      const evil = await fx.otherKey("attacker");
      Deno.copyFileSync(fx.pubkey, `${fx.tmp}/genuine.pub`);
      Deno.copyFileSync(evil.pub, fx.pubkey);
      Deno.removeSync(fx.keyring);
      Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
      await fx.pin(evil.priv);
      Deno.mkdirSync(`${fx.tmp}/svc2`);
      const r = await cli(fx.tmp, [
        "vendor",
        `${fx.tmp}/svc2`,
        "--from",
        fx.platform,
        "--expect-key",
        fx.fp,
      ]);
      failsWith(r, /SIGNATURE .*signed by key sha256:[0-9a-f]{64}, which is not trusted/);
      assertStringIncludes(
        r.err,
        "Cannot vendor from platform/dist as the release does not verify",
      );
    });
  }
});

Deno.test("attack: pin without lockbox.pub refuses to sign (both CLIs)", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create();
      Deno.removeSync(fx.pubkey);
      const r = await cli(fx.tmp, ["pin", "--root", fx.platform, "--key-file", fx.privateKey]);
      failsWith(
        r,
        /Cannot pin as .*lockbox\.pub does not exist: the release key's public half must be committed there first/,
      );
    });
  }
});

Deno.test("attack: vendor refuses to go back to an older release without --allow-downgrade", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create("1.2.4");
      const dir = await fx.service();
      git(fx.platform, "checkout", "-q", "-b", "old");
      fx.writeRelease("1.2.3");
      fx.commitPlatform("older");
      Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
      await fx.pin();
      const r = await cli(fx.tmp, ["vendor", `${fx.tmp}/svc`, "--from", fx.platform]);
      failsWith(
        r,
        /ROLLBACK Cannot vendor 1\.2\.3 into svc\/vendor\/observability as it holds 1\.2\.4, a newer release/,
      );
      assertStringIncludes(Deno.readTextFileSync(`${dir}/lockbox.json`), '"version": "1.2.4"');
      const ok = await cli(fx.tmp, [
        "vendor",
        `${fx.tmp}/svc`,
        "--from",
        fx.platform,
        "--allow-downgrade",
      ]);
      assertEquals(ok.code, 0, ok.err);
    });
  }
});
