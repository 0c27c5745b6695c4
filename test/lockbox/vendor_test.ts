// vendor: what it writes, deno.json exclusion, and that it verifies before writing.

import { assertEquals, assertStringIncludes } from "@std/assert";
import { cli, Fixture, flipByte, git, write } from "./helpers.ts";

Deno.test("vendor writes the release, keyring, exact .gitattributes and marker; nothing uncommitted", async () => {
  using fx = await Fixture.create();
  const dir = await fx.service("svc", "node");
  assertEquals(
    Deno.readTextFileSync(`${dir}/lockbox.vendor.json`),
    '{\n  "runtimes": [\n    "node"\n  ]\n}\n',
  );
  assertStringIncludes(
    Deno.readTextFileSync(`${dir}/.gitattributes`),
    "\n* -text -filter -ident linguist-vendored\n",
  );
  assertEquals(Deno.readTextFileSync(`${dir}/lockbox.json`), fx.manifestText());
  assertEquals(
    Deno.readTextFileSync(`${dir}/lockbox.keyring.json`),
    Deno.readTextFileSync(fx.keyring),
  );
  assertEquals(git(`${fx.tmp}/svc`, "status", "--porcelain"), "");
});

Deno.test("vendor adds the folder to a plain-JSON deno.json and leaves deno.jsonc to the user", async () => {
  using fx = await Fixture.create();
  write(`${fx.tmp}/denosvc/deno.json`, '{\n  "tasks": {}\n}\n');
  const json = await cli(
    fx.tmp,
    "vendor",
    `${fx.tmp}/denosvc`,
    "--runtime",
    "deno",
    "--from",
    fx.platform,
  );
  assertEquals(json.code, 0, json.err);
  assertEquals(JSON.parse(Deno.readTextFileSync(`${fx.tmp}/denosvc/deno.json`)).exclude, [
    "vendor/observability/",
  ]);
  assertStringIncludes(json.err, "updated deno.json");
  write(`${fx.tmp}/jsoncsvc/deno.jsonc`, '{\n  // comment\n  "tasks": {}\n}\n');
  const jsonc = await cli(
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
});

Deno.test("vendor refuses a release whose files do not match its manifest, writing nothing", async () => {
  using fx = await Fixture.create();
  flipByte(`${fx.platform}/dist/observability.node.mjs`);
  Deno.mkdirSync(`${fx.tmp}/svc`);
  const r = await cli(fx.tmp, "vendor", `${fx.tmp}/svc`, "--from", fx.platform);
  assertEquals(r.code, 1);
  assertStringIncludes(r.err, "CHANGED platform/dist/observability.node.mjs");
  assertStringIncludes(r.err, "Cannot vendor from platform/dist as the release does not verify");
  assertEquals([...Deno.readDirSync(`${fx.tmp}/svc`)].length, 0);
});
