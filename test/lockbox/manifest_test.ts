// Manifest formats, strict JSON, versions: pure functions, in-process.

import { assertEquals, assertThrows } from "@std/assert";
import { parseStrictJson, StrictJsonError } from "../../scripts/lockbox/json.ts";
import {
  canonicalJson,
  headV2,
  type Manifest,
  messageV2,
  openEnvelope,
  serializeV2,
} from "../../scripts/lockbox/manifest.ts";
import { declaredVersions } from "../../scripts/lockbox/content.ts";
import { compareSemver, versionIn } from "../../scripts/common/version.ts";
import { CheckError } from "../../scripts/common/cli.ts";
import { bundle } from "./helpers.ts";

const M: Manifest = {
  name: "n",
  version: "1.0.0",
  files: {
    "dist/b": { sha256: "0".repeat(64), bytes: 1 },
    "a": { sha256: "1".repeat(64), bytes: 2 },
  },
  source: { commit: "c" },
  esbuild: null,
};

Deno.test("parseStrictJson() rejects a duplicate key by name and path", () => {
  assertEquals(parseStrictJson('{"a": {"b": [1, {"c": null}]}}'), { a: { b: [1, { c: null }] } });
  const e = assertThrows(() => parseStrictJson('{"a": {"b": 1, "b": 2}}'), StrictJsonError);
  assertEquals(e.message, 'duplicate key "b" in $.a');
});

Deno.test("parseStrictJson() rejects data after the value and malformed tokens", () => {
  assertThrows(
    () => parseStrictJson('{"a": 1} {"b": 2}'),
    StrictJsonError,
    "unexpected data after the JSON value",
  );
  assertThrows(() => parseStrictJson('{"a": tru}'), StrictJsonError, "invalid value");
  assertThrows(() => parseStrictJson('{"a": "x'), StrictJsonError, "unterminated string");
});

Deno.test("headV2() is 2-space JSON with sorted files and the format first, without the closing brace", () => {
  const head = headV2(M);
  assertEquals(head.split("\n").slice(0, 4), [
    "{",
    '  "format": "lockbox-manifest-v2",',
    '  "name": "n",',
    '  "version": "1.0.0",',
  ]);
  assertEquals(Object.keys(JSON.parse(head + "\n}").files), ["a", "dist/b"]);
  assertEquals(new TextDecoder().decode(messageV2(head)).split("\n")[0], "lockbox-manifest-v2");
});

Deno.test("openEnvelope() signs exactly the head bytes of a v2 file", () => {
  const head = headV2(M);
  const text = serializeV2(head, new Uint8Array(44), "A".repeat(86) + "==");
  const env = openEnvelope(new TextEncoder().encode(text), "m");
  assertEquals(env.format, 2);
  assertEquals(new TextDecoder().decode(env.message), "lockbox-manifest-v2\n" + head);
  assertEquals(env.body().files["dist/b"].bytes, 1);
  assertThrows(
    () => openEnvelope(new TextEncoder().encode(text + " "), "m"),
    CheckError,
    "junk after the signature",
  );
});

Deno.test("canonicalJson() sorts keys at every level and writes no whitespace (v1 signing)", () => {
  assertEquals(
    canonicalJson({ b: 1, a: { d: [1, "x"], c: null }, e: undefined }),
    '{"a":{"c":null,"d":[1,"x"]},"b":1}',
  );
});

Deno.test("declaredVersions() reads source, .d.ts, esbuild's export alias and banners", () => {
  assertEquals(declaredVersions('export const VERSION = "0.1.0";'), ["0.1.0"]);
  assertEquals(declaredVersions('export declare const VERSION = "0.1.0";'), ["0.1.0"]);
  assertEquals(declaredVersions(bundle("node", "2.0.0")), ["2.0.0"]);
  assertEquals(declaredVersions('var a="1",b="3.0.0";export{b as VERSION};'), ["3.0.0"]);
  assertEquals(declaredVersions("# lockbox 0.2.0 bundle sizes\n"), ["0.2.0"]);
  assertEquals(declaredVersions("Apache-2.0\n"), []);
  const cli = '// lockbox 0.3.0: the lockbox CLI\nconst re = /export const VERSION = "([^"]+)"/;\n';
  assertEquals(declaredVersions(cli), ["0.3.0"]);
});

Deno.test("versionIn() and compareSemver() are the one VERSION rule", () => {
  assertEquals(versionIn('// x\nexport const VERSION = "0.2.0";\n'), "0.2.0");
  assertEquals(versionIn('export const VERSION = "0.2.0"\n'), undefined);
  assertEquals(compareSemver("0.1.4", "0.2.0") < 0, true);
  assertEquals(compareSemver("1.0.0-rc.1", "1.0.0") < 0, true);
  assertEquals(compareSemver("0.10.0", "0.9.9") > 0, true);
  assertEquals(compareSemver("1.2.3", "1.2.3"), 0);
  assertThrows(() => compareSemver("1.2", "1.2.3"), RangeError, 'got "1.2"');
});
