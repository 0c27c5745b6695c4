/**
 * `docs/API.md` is what `scripts/api_doc.ts` generates from the docstrings of `mod.ts` today:
 * a changed docstring without a regenerated reference fails here.
 *
 * Run: `npm run test:docs`.
 *
 * @module
 */

import { assertEquals, assertStringIncludes } from "@std/assert";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function apiDoc(...args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-run", "scripts/api_doc.ts", ...args],
    cwd: ROOT,
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
}

Deno.test("docs/API.md matches scripts/api_doc.ts output for the current docstrings of mod.ts", async () => {
  const { code, stderr } = await apiDoc("--check");
  assertEquals(code, 0, stderr);
});

Deno.test("scripts/api_doc.ts documents every export of mod.ts", async () => {
  const { code, stdout, stderr } = await apiDoc("--stdout");
  assertEquals(code, 0, stderr);
  const mod = Deno.readTextFileSync(ROOT + "mod.ts");
  const exported = [...mod.matchAll(/^\s+(?:type )?([A-Za-z_]+),$/gm)].map((m) => m[1]);
  assertEquals(exported.length > 5, true, "could not read the export list of mod.ts");
  for (const name of exported) assertStringIncludes(stdout, `\n## ${name}\n`);
});

Deno.test("scripts/api_doc.ts --check and --stdout together is a usage error (exit 2)", async () => {
  const { code, stderr } = await apiDoc("--check", "--stdout");
  assertEquals(code, 2);
  assertStringIncludes(stderr, "Cannot use --check with --stdout");
});

Deno.test("renderType() writes unions, arrays, maps and functions as TypeScript", async () => {
  const { renderType } = await import("../scripts/api_doc.ts");
  const kw = (value: string) => ({ kind: "keyword", repr: value, value });
  const lit = (s: string) => ({ kind: "literal", value: { kind: "string", string: s } });
  assertEquals(renderType({ kind: "union", value: [lit("gzip"), lit("none")] }), '"gzip" | "none"');
  assertEquals(
    renderType({
      kind: "array",
      value: {
        kind: "parenthesized",
        value: {
          kind: "union",
          value: [kw("string"), { kind: "typeRef", value: { typeName: "RegExp" } }],
        },
      },
    }),
    "(string | RegExp)[]",
  );
  assertEquals(
    renderType({
      kind: "typeRef",
      value: { typeName: "Record", typeParams: [kw("string"), kw("unknown")] },
    }),
    "Record<string, unknown>",
  );
  assertEquals(
    renderType({ kind: "fnOrConstructor", value: { params: [], tsType: kw("number") } }),
    "() => number",
  );
  assertEquals(
    renderType({
      kind: "typeLiteral",
      value: { properties: [{ name: "timeoutMs", optional: true, tsType: kw("number") }] },
    }),
    "{ timeoutMs?: number }",
  );
  assertEquals(renderType(undefined), "unknown");
});
