// diff: only changed lines with context; BOM, CRLF, final newline named; on both real CLIs
// (the diff library loads only when the command runs, so it is tested through the CLIs).

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { CLIS, Fixture, toCrlf } from "./helpers.ts";

Deno.test("diff shows only the changed line with context, and names CRLF plus a real change", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create();
      const dir = await fx.service();
      const clean = await cli(fx.tmp, ["diff", dir, "--pristine", fx.platform]);
      assertEquals(clean.code, 0, clean.err);
      assertStringIncludes(clean.out, "no differences from the pinned release");
      const path = `${dir}/observability.node.mjs`;
      Deno.writeTextFileSync(
        path,
        Deno.readTextFileSync(path).replace('return "node"', 'return "patched"'),
      );
      toCrlf(path);
      const r = await cli(fx.tmp, ["diff", dir, "--pristine", `${fx.platform}/dist`]);
      assertEquals(r.code, 1, r.err);
      assertStringIncludes(
        r.out,
        "svc/vendor/observability/observability.node.mjs: line endings: CRLF where the release has LF (and a content change)",
      );
      assertStringIncludes(
        r.out,
        "--- platform/dist/observability.node.mjs\t(pinned dist/observability.node.mjs",
      );
      assertStringIncludes(
        r.out,
        '@@ -4,6 +4,6 @@\n var VERSION = "1.10.0";\n var VERSION2 = "1.2.3";\n function runtimeName() {\n-  return "node";\n+  return "patched";\n }\n export { VERSION2 as VERSION, runtimeName };\n',
      );
      const changed = r.out.split("\n").filter((l) => /^[-+][^-+]/.test(l));
      assertEquals(changed, ['-  return "node";', '+  return "patched";']);
    });
  }
});

Deno.test("diff names a BOM, a final-newline change and CRLF-only files without a hunk", async (t) => {
  for (const [which, cli] of Object.entries(CLIS)) {
    await t.step(which, async () => {
      using fx = await Fixture.create();
      const dir = await fx.service();
      const dts = `${dir}/observability.d.ts`;
      Deno.writeTextFileSync(dts, "\uFEFF" + Deno.readTextFileSync(dts));
      const notices = `${dir}/THIRD_PARTY_NOTICES.txt`;
      Deno.writeTextFileSync(notices, Deno.readTextFileSync(notices).replace(/\n$/, ""));
      toCrlf(`${dir}/observability.bun.mjs`);
      const r = await cli(fx.tmp, ["diff", dir, "--pristine", fx.platform]);
      assertEquals(r.code, 1, r.err);
      assertStringIncludes(
        r.out,
        "observability.d.ts: byte-order mark added at the start of the file (only)",
      );
      assertStringIncludes(r.out, "THIRD_PARTY_NOTICES.txt: final newline removed (only)");
      assertStringIncludes(
        r.out,
        "observability.bun.mjs: line endings: CRLF where the release has LF (only)",
      );
      assert(!r.out.includes("@@"), r.out);
    });
  }
});

Deno.test("diff of a one-token change in a 10,000-line file prints one hunk", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service();
  const lines = Array.from({ length: 10_000 }, (_, i) => `const v${i} = ${i};`);
  // Make the release's node bundle big, re-pin as a new version, re-vendor.
  fx.writeRelease("1.2.4");
  Deno.writeTextFileSync(
    `${fx.platform}/dist/observability.node.mjs`,
    lines.join("\n") + '\nexport const VERSION = "1.2.4";\n',
  );
  fx.commitPlatform("big");
  await fx.pin();
  await fx.service("svc2");
  const big = `${fx.tmp}/svc2/vendor/observability/observability.node.mjs`;
  toCrlf(big);
  Deno.writeTextFileSync(
    big,
    Deno.readTextFileSync(big).replace("const v5000 = 5000;", "const v5000 = 5001;"),
  );
  const r = await CLIS.mjs(fx.tmp, [
    "diff",
    `${fx.tmp}/svc2/vendor/observability`,
    "--pristine",
    fx.platform,
  ]);
  assertEquals(r.code, 1, r.err);
  const out = r.out.trimEnd().split("\n");
  assert(out.length <= 12, `expected one short hunk, got ${out.length} lines`);
  assertStringIncludes(r.out, "-const v5000 = 5000;\n+const v5000 = 5001;");
  void dir;
});
