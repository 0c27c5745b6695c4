// Compiles the lockbox CLI into one ESM file for Node ≥ 20, the way the build does for
// dist/lockbox.mjs (esbuild, platform node, node: built-ins external, the `diff` package
// inlined). Tests and CI use it to run the compiled CLI of the code under test.
//
// Usage: deno run -A scripts/lockbox/compile.ts <out.mjs>

import * as esbuild from "esbuild";
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Builds scripts/lockbox.ts into `outFile`.
 *
 * @throws {Error} esbuild's error when the build fails
 */
export async function compileCli(outFile: string): Promise<void> {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["scripts/lockbox.ts"],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    charset: "ascii",
    legalComments: "none",
    banner: { js: "// lockbox CLI compiled for tests (scripts/lockbox/compile.ts)" },
    tsconfigRaw: {},
    logLevel: "silent",
  });
  writeFileSync(outFile, result.outputFiles[0].contents);
  await esbuild.stop();
}

if (import.meta.main) {
  const out = process.argv[2];
  if (!out) {
    console.error("Usage: compile.ts <out.mjs>");
    process.exit(2);
  }
  await compileCli(resolve(process.cwd(), out));
}
