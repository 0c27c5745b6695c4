// npm run release, end to end on a scratch clone of this repo with a throw-away key: bump,
// build, pin, commit, tag; then the CI checks of the release (reproducible from its source commit,
// verified by both CLIs) — and a later change to observability.ts on main needs no key.

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { cli, git, REPO } from "./helpers.ts";

function sh(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = new Deno.Command(cmd, { args, cwd, env: { ...env, INIT_CWD: cwd } }).outputSync();
  const text = new TextDecoder();
  return { code: r.code, out: text.decode(r.stdout), err: text.decode(r.stderr) };
}

const IDENTITY = {
  GIT_AUTHOR_NAME: "lockbox test",
  GIT_AUTHOR_EMAIL: "lockbox-test@example.invalid",
  GIT_COMMITTER_NAME: "lockbox test",
  GIT_COMMITTER_EMAIL: "lockbox-test@example.invalid",
};

Deno.test("npm run release bumps, builds, pins, tags; dist/ reproduces and verifies; main moves on keyless", async () => {
  const tmp = Deno.makeTempDirSync({ prefix: "lockbox_release_" });
  try {
    const repo = `${tmp}/repo`;
    git(tmp, "clone", "-q", REPO, repo);
    git(repo, "checkout", "-q", git(REPO, "rev-parse", "HEAD"));
    Deno.symlinkSync(Deno.realPathSync(`${REPO}/node_modules`), `${repo}/node_modules`);
    Deno.writeTextFileSync(`${repo}/.git/info/exclude`, "node_modules\n", { append: true });
    const key = `${tmp}/keys/release.pem`;
    const kg = await cli(
      tmp,
      "keygen",
      "--private-key",
      key,
      "--public-key",
      `${repo}/lockbox.pub`,
      "--keyring",
      `${repo}/lockbox.keyring.json`,
      "--force",
    );
    assertEquals(kg.code, 0, kg.err);
    const fp = kg.out.match(/key (sha256:[0-9a-f]{64})$/)![1];
    git(repo, "commit", "-qam", "scratch: a throw-away release key");
    const current = JSON.parse(Deno.readTextFileSync(`${repo}/package.json`)).version as string;
    const next = current.replace(/\.(\d+)$/, (_, p) => `.${Number(p) + 1}`) + "-rc.1";

    const dirty = `${repo}/README.md`;
    Deno.writeTextFileSync(dirty, Deno.readTextFileSync(dirty) + "\n");
    const refused = sh(repo, "npm", ["run", "release", "--", next, "--key-file", key], IDENTITY);
    assertEquals(refused.code, 1);
    assertStringIncludes(refused.err, "Cannot release as the working tree has uncommitted changes");
    git(repo, "checkout", "--", "README.md");

    const r = sh(repo, "npm", ["run", "release", "--", next], {
      ...IDENTITY,
      LOCKBOX_SIGNING_KEY: Deno.readTextFileSync(key),
    });
    assertEquals(r.code, 0, r.err);
    assertEquals(git(repo, "tag", "-l", `v${next}`), `v${next}`);
    assertEquals(git(repo, "log", "--format=%s", "-3").split("\n"), [
      `Release ${next} pinned and signed (key ${fp})`,
      `dist: rebuilt for ${next}`,
      `VERSION ${next}`,
    ]);
    assertEquals(git(repo, "status", "--porcelain"), "");
    assertStringIncludes(
      Deno.readTextFileSync(`${repo}/observability.ts`),
      `export const VERSION = "${next}";`,
    );
    assertStringIncludes(Deno.readTextFileSync(`${repo}/.ci/run`), `LOCKBOX_MIN_VERSION=${next}\n`);
    const again = sh(repo, "npm", ["run", "release", "--", next, "--key-file", key], IDENTITY);
    assertEquals(again.code, 1, "a second release of the same version is refused");

    // CI, for this release: reproducible, and verified by both CLIs from outside the repo.
    const outside = Deno.makeTempDirSync({ dir: tmp });
    const anchor = ["--expect-key", fp, "--min-version", next];
    const repro = sh(repo, "npx", ["deno", "run", "-A", "scripts/reproduce_dist.ts"]);
    assertEquals(repro.code, 0, repro.err);
    const node = sh(outside, "node", [
      `${repo}/dist/lockbox.mjs`,
      "verify",
      `${repo}/dist`,
      ...anchor,
    ]);
    assertEquals(node.code, 0, node.err);
    const deno = sh(outside, `${REPO}/node_modules/.bin/deno`, [
      "run",
      "--no-config",
      "--no-lock",
      `--allow-read=${repo}`,
      `${repo}/scripts/lockbox.ts`,
      "verify",
      `${repo}/dist`,
      ...anchor,
    ], { DENO_NO_PACKAGE_JSON: "1" });
    assertEquals(deno.code, 0, deno.err);

    // Development continues without the key: observability.ts changes, dist/ still verifies.
    const src = `${repo}/observability.ts`;
    Deno.writeTextFileSync(src, Deno.readTextFileSync(src) + "\n// a change on main\n");
    git(repo, "commit", "-qam", "change on main");
    const later = sh(outside, "node", [
      `${repo}/dist/lockbox.mjs`,
      "verify",
      `${repo}/dist`,
      ...anchor,
    ]);
    assertEquals(later.code, 0, later.err);
    const reproLater = sh(repo, "npx", ["deno", "run", "-A", "scripts/reproduce_dist.ts"]);
    assertEquals(reproLater.code, 0, "the release still reproduces from its own commit");
    assert(!Deno.readTextFileSync(`${repo}/dist/lockbox.json`).includes("PRIVATE"));
  } finally {
    Deno.removeSync(tmp, { recursive: true });
  }
});
