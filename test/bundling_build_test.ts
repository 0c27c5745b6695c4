/**
 * The build's output and what it embeds: one bundle under three names with a `.d.mts` beside
 * each, byte-identical rebuilds, the esbuild plugins that keep the service's own OTel imports out
 * of the main bundle, the embedded worker script (self-contained CommonJS that runs as the
 * bundle's worker bootstrap runs it, on Node, Bun and Deno), a control that shows the failure
 * the embedded script prevents, and the bundle's types: `tsc --noEmit --strict` on a consumer of
 * the vendored bundle for moduleResolution node16, nodenext and bundler (plus two controls that
 * must fail), then `deno check` and Bun on the same consumer.
 *
 * Set `LOCKBOX_BUNDLE_DIR` to test a directory of already built bundles instead of a fresh build
 * of the working tree (the build test is then skipped).
 *
 * Run: `deno test -A test/bundling_build_test.ts` (it spawns node, bun, deno, esbuild and tsc).
 *
 * @module
 */

import { assert, assertEquals, assertMatch } from "@std/assert";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  BUN,
  bundleDir,
  DENO,
  esbuildForNode,
  type Exec,
  exec,
  ROOT,
  type Runtime,
  scratchDir,
  SERVICE,
  TSC,
  vendorDir,
} from "./bundling_helpers.ts";

// #region Build

Deno.test("scripts/build.ts: one bundle under three names, .d.mts beside each, and a rebuild is byte-identical", async () => {
  if (Deno.env.get("LOCKBOX_BUNDLE_DIR")) return; // testing given bundles, not the build
  const first = await bundleDir();
  const files = readdirSync(first).sort();
  assertEquals(files, [
    "SIZES.md",
    "THIRD_PARTY_NOTICES.txt",
    "lockbox.mjs",
    "observability.bun.d.mts",
    "observability.bun.mjs",
    "observability.d.ts",
    "observability.deno.d.mts",
    "observability.deno.mjs",
    "observability.node.d.mts",
    "observability.node.mjs",
  ]);
  const bytes = (f: string) => readFileSync(join(first, f));
  for (const rt of ["bun", "deno"]) {
    assert(bytes(`observability.${rt}.mjs`).equals(bytes("observability.node.mjs")), rt);
    assert(bytes(`observability.${rt}.d.mts`).equals(bytes("observability.d.ts")), rt);
  }
  assert(bytes("observability.node.d.mts").equals(bytes("observability.d.ts")));
  const banner = bytes("observability.node.mjs").subarray(0, 1000).toString("latin1");
  assertMatch(banner, /^\/\/ @ts-self-types="\.\/observability\.d\.ts"\n/);
  assertMatch(banner, /^\/\/ lockbox \d+\.\d+\.\d+: observability bundle for /m);
  assertMatch(banner, /^\/\/ source commit: [0-9a-f]{40}(\+dirty)?$/m);
  assertMatch(banner, /^\/\/ built by scripts\/build\.ts with esbuild \d+\.\d+\.\d+;/m);
  const check = await exec([DENO, "run", "-A", "scripts/build.ts", "--check", "--out-dir", first], {
    cwd: ROOT,
  });
  assertEquals(check.code, 0, check.stderr);
  assertMatch(check.stderr, /matches a fresh build \(10 files\)/);
});

Deno.test("consumerStubPlugin() and consumerFacadePlugin(): a dynamic OTel import is left out of the main bundle and tree-shaken in the worker", async () => {
  const esbuild = await import("esbuild");
  const { consumerFacadePlugin, consumerStubPlugin } = await import("../scripts/build/plugins.ts");
  const source = `export async function load() {
  const { trace } = await import("@opentelemetry/api");
  return trace.getTracerProvider();
}
`;
  const build = (plugins: import("esbuild").Plugin[]) =>
    esbuild.build({
      stdin: { contents: source, resolveDir: ROOT, loader: "js" },
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      logLevel: "silent",
      plugins,
    });
  try {
    const stubbed = new Set<string>();
    const main = await build([consumerStubPlugin(stubbed)]);
    assertEquals([...stubbed], ["@opentelemetry/api"]);
    assertEquals(Object.keys(main.metafile!.inputs).filter((p) => p.includes("node_modules")), []);
    const stubModule = await import(
      `data:text/javascript;base64,${btoa(main.outputFiles![0].text)}`
    );
    let thrown: unknown;
    await stubModule.load().catch((e: unknown) => (thrown = e));
    assertMatch(String(thrown), /@opentelemetry\/api is not in this bundle/);

    const whole = await build([]);
    const facade = await build([consumerFacadePlugin(source)]);
    const size = (r: typeof whole) => r.outputFiles![0].contents.byteLength;
    assert(
      size(facade) < size(whole) / 2,
      `facade ${size(facade)} bytes, whole ${size(whole)} bytes`,
    );
    const worker = await import(
      `data:text/javascript;base64,${btoa(facade.outputFiles![0].text)}`
    );
    assertEquals(typeof (await worker.load()).getTracer, "function");
  } finally {
    await esbuild.stop();
  }
});

// #endregion

// #region Embedded worker script

/**
 * The worker script embedded in a bundle: the string literal that starts with the build's
 * marker comment (esbuild picks the quote character), evaluated, and the sha256 the banner
 * states for it.
 */
function embeddedWorker(bundle: string): { text: string; bannerSha: string } {
  const literal = /(["'`])\/\/ lockbox worker script:(?:(?!\1)[^\\]|\\.)*\1/.exec(bundle);
  assert(literal !== null, "the bundle embeds no worker script");
  const bannerSha = /^\/\/ LOCKBOX_WORKER_SOURCE \(\d+ bytes, sha256 ([0-9a-f]{64})\)$/m.exec(
    bundle,
  );
  assert(bannerSha !== null, "the banner states no sha256 of the worker script");
  return { text: new Function(`return ${literal[0]};`)() as string, bannerSha: bannerSha[1] };
}

/**
 * Runs the worker script text in argv[2] as the bundle's worker bootstrap does (node:vm, the body
 * of a CommonJS function) with a `require` that refuses anything but a `node:` builtin, then
 * prints its export names and the builtins it required while loading.
 */
const VM_LOAD = `import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";
import { runInThisContext } from "node:vm";
const text = readFileSync(process.argv[2], "utf8");
const builtin = createRequire("file:///");
const required = [];
const require = (id) => {
  if (!id.startsWith("node:")) throw new Error("the worker script required " + id);
  required.push(id);
  return builtin(id);
};
const run = runInThisContext(
  '(function (require, module, exports) {"use strict";' + text + "\\n})",
  { filename: "lockbox-worker.js" },
);
const module = { exports: {} };
run(require, module, module.exports);
console.log(JSON.stringify({ exports: Object.keys(module.exports).sort(), required }));
`;

Deno.test("the embedded worker script is self-contained: it runs as the worker bootstrap runs it on Node, Bun and Deno, requiring only node: builtins and no OpenTelemetry until the OTLP sink starts", async (t) => {
  const bundle = readFileSync(join(await bundleDir(), "observability.node.mjs"), "utf8");
  const { text, bannerSha } = embeddedWorker(bundle);
  const sha = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  assertEquals([...sha].map((b) => b.toString(16).padStart(2, "0")).join(""), bannerSha);
  assertEquals(bundle.split("// lockbox worker script:").length - 1, 1, "embedded exactly once");
  const expected = Object.keys(await import("../observability.ts")).sort();
  const source = readFileSync(join(ROOT, "observability.ts"), "utf8");
  const ownBuiltins = [
    ...new Set(
      [...source.matchAll(/^import (?!type )[^;]* from "(node:[^"]+)";$/gm)].map((m) => m[1]),
    ),
  ].sort();
  assert(ownBuiltins.length > 0, "observability.ts imports no node: builtin statically");
  const dir = scratchDir("lockbox-worker-script-");
  writeFileSync(join(dir, "worker.txt"), text);
  writeFileSync(join(dir, "load.mjs"), VM_LOAD);
  const runs: Record<Runtime, string[]> = {
    node: ["node", "load.mjs", "worker.txt"],
    bun: [BUN, "load.mjs", "worker.txt"],
    deno: [DENO, "run", `--allow-read=${dir}`, "load.mjs", "worker.txt"],
  };
  for (const [runtime, argv] of Object.entries(runs)) {
    await t.step(`${runtime}: exports what observability.ts exports`, async () => {
      const r = await exec(argv, { cwd: dir });
      assertEquals(r.code, 0, r.stderr);
      const { exports, required } = JSON.parse(r.stdout);
      assertEquals(exports, expected);
      // Loading evaluates lockbox's own code only: the builtins observability.ts imports
      // statically; node:http, node:zlib and the rest of what OpenTelemetry needs are required
      // when the OTLP sink starts.
      assertEquals([...new Set(required)].sort(), ownBuiltins);
    });
  }
});

Deno.test("control: a bundle that starts its worker from import.meta.url runs a bundled service twice", async () => {
  // The harness must see the failure the build prevents: mod.ts bundled WITHOUT the embedded
  // worker script (as 0.1.4 shipped) starts its worker from import.meta.url, which inside the
  // service's esbuild bundle is the whole service.
  const dir = scratchDir("lockbox-bundling-control-");
  const vendor = vendorDir(dir);
  await esbuildForNode(join(ROOT, "mod.ts"), join(vendor, "observability.node.mjs"), "esm", ROOT);
  copyFileSync(SERVICE, join(dir, "app.mjs"));
  await esbuildForNode("app.mjs", "out.mjs", "esm", dir);
  // Each evaluation of the service waits at its checkpoints; answer plenty, then read stderr
  // until the process ends (a copy blocked on a checkpoint in a worker does not hold it).
  const child = new Deno.Command("node", {
    args: ["out.mjs"],
    cwd: dir,
    env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" },
    clearEnv: true,
    stdin: "piped",
    stdout: "null",
    stderr: "piped",
    signal: AbortSignal.timeout(30_000),
  }).spawn();
  const stdin = child.stdin.getWriter();
  await stdin.write(new TextEncoder().encode("\n".repeat(12)));
  await stdin.close();
  const stderr = await new Response(child.stderr).text();
  await child.status;
  const markers = stderr.match(/^MARKER /gm)?.length ?? 0;
  assert(markers >= 2, `expected the service evaluated again; markers ${markers}:\n${stderr}`);
});

// #endregion

// #region Types

const CONSUMER = `import {
  getLogger,
  initObservability,
  type Logger,
  type ObservabilityStats,
  shutdownObservability,
  VERSION,
} from "./vendor/observability/observability.node.mjs";

const version: string = VERSION;
initObservability({ serviceName: "types-consumer" });
const log: Logger = getLogger("types-consumer").child({ run: version });
log.info("typed_record", { qty: 1 });
const stats: ObservabilityStats = await shutdownObservability();
const accepted: number = stats.accepted;
export { accepted };
`;

/** The same consumer with one type error: proves the types are real, not \`any\`. */
const BAD_CONSUMER = CONSUMER.replace(`{ serviceName: "types-consumer" }`, `{ serviceName: 42 }`);

async function tsc(dir: string, file: string, module: string, resolution: string): Promise<Exec> {
  return await exec([
    "node",
    TSC,
    "--noEmit",
    "--strict",
    "--target",
    "es2022",
    "--module",
    module,
    "--moduleResolution",
    resolution,
    file,
  ], { cwd: dir });
}

/** A scratch consumer dir with the node bundle and the given type files vendored beside it. */
async function typesConsumer(typeFiles: string[]): Promise<string> {
  const dir = scratchDir("lockbox-types-");
  vendorDir(dir, await bundleDir(), ["observability.node.mjs", ...typeFiles]);
  writeFileSync(join(dir, "consumer.mts"), CONSUMER);
  writeFileSync(join(dir, "bad.mts"), BAD_CONSUMER);
  return dir;
}

Deno.test("the bundle's types resolve with no setup in tsc (node16, nodenext, bundler), Deno and Bun", async (t) => {
  const dir = await typesConsumer(["observability.node.d.mts", "observability.d.ts"]);
  const settings = [["node16", "node16"], ["nodenext", "nodenext"], ["esnext", "bundler"]];
  for (const [module, resolution] of settings) {
    await t.step(`tsc --strict, moduleResolution ${resolution}: the consumer checks`, async () => {
      const r = await tsc(dir, "consumer.mts", module, resolution);
      assertEquals(r.code, 0, r.stdout + r.stderr);
    });
    await t.step(
      `tsc --strict, moduleResolution ${resolution}: a type error is reported`,
      async () => {
        const r = await tsc(dir, "bad.mts", module, resolution);
        assertEquals(r.code, 2, r.stdout + r.stderr);
        assertMatch(
          r.stdout,
          /bad\.mts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/,
        );
      },
    );
  }
  await t.step(
    "without the .d.mts beside the bundle, tsc reports TS7016 (the control)",
    async () => {
      const bare = await typesConsumer(["observability.d.ts"]);
      const r = await tsc(bare, "consumer.mts", "node16", "node16");
      assertEquals(r.code, 2, r.stdout + r.stderr);
      assertMatch(r.stdout, /error TS7016: Could not find a declaration file for module/);
    },
  );
  await t.step("deno check: the consumer checks through @ts-self-types", async () => {
    const r = await exec([DENO, "check", "--quiet", "consumer.mts"], { cwd: dir });
    assertEquals(r.code, 0, r.stdout + r.stderr);
    const bad = await exec([DENO, "check", "--quiet", "bad.mts"], { cwd: dir });
    assertEquals(bad.code, 1, bad.stdout + bad.stderr);
    assertMatch(bad.stderr, /TS2322/);
  });
  await t.step("bun runs the TypeScript consumer against the bundle", async () => {
    const r = await exec([BUN, "consumer.mts"], { cwd: dir, env: { NO_COLOR: "1" } });
    assertEquals(r.code, 0, r.stdout + r.stderr);
    assertMatch(r.stdout, /"message":"typed_record"/);
  });
});

// #endregion
