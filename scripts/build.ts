/**
 * Builds the lockbox release files in `dist/`: the observability bundle, its type declarations,
 * the compiled lockbox CLI, third-party notices and a size report. Every output is a pure
 * function of the sources, `package-lock.json` and the pinned tools, so two builds give
 * byte-identical files.
 *
 * Outputs (in `--out-dir`, default `dist/`):
 *
 * - `observability.node.mjs`, `observability.bun.mjs`, `observability.deno.mjs`: ONE bundle
 *   under three names, byte for byte the same file. The runtimes give no reason to differ: no
 *   bundled package has a `bun` or `deno` export condition, every builtin is imported as
 *   `node:*` (Deno requires the prefix; Node 20 and Bun accept it), and the syntax target is
 *   Node 20, the oldest runtime supported. The per-runtime names stay as documented aliases so
 *   that existing imports and `lockbox vendor --runtime` keep working.
 * - The bundle is two esbuild builds (`--platform=node`; the main bundle is not minified: it is
 *   vendored and read in code review, and gzip makes the difference small, see SIZES.md):
 *   1. the **worker script** (`--format=cjs`): observability.ts with OpenTelemetry inlined and
 *      `node:` builtins external, self-contained (it requires nothing else), compiled with
 *      dynamic `import()` lowered to `require()` (esbuild `supported: { "dynamic-import": false
 *      }`): the text is the body of a `function (require, module, exports)`. The OTel packages
 *      and the builtins only they use (node:http, node:https, node:zlib, …) stay lazy: esbuild
 *      evaluates a module reached through `import()` only when that `import()` runs;
 *   2. the **main bundle** (entry mod.ts, `--format=esm`), in which the free identifier
 *      `LOCKBOX_WORKER_SOURCE` is replaced (esbuild `define`) by the worker script's text as one
 *      JSON string literal.
 *   At run time the bundle starts its worker from a bootstrap of a few hundred bytes as a
 *   `data:` URL, with the worker script's text in `workerData`; the bootstrap compiles it with
 *   node:vm. Inline mode compiles the same text on the calling thread. Never from
 *   `import.meta.url`, which inside a service's own bundle or single binary is the whole
 *   service: a worker started from it would run the service's top-level code again. (A
 *   `data:` URL of the whole worker script, 168 KB of base64, cost 4.5 MB of RSS on Node and
 *   10 MB on Deno: V8 keeps copies of the URL string until a GC.)
 *   OpenTelemetry packages that observability.ts reaches only through dynamic `import()` are
 *   replaced by a throwing stub in the main bundle (the consumer loads them from the worker
 *   script), and reached through a facade re-exporting only the names the source uses in the
 *   worker script (so they are tree-shaken as if imported statically); statically imported
 *   ones are bundled as usual, so either style of source builds. The worker script is
 *   minified with esbuild's keepNames (function and class names kept, for readable stack
 *   traces): it is one JSON string in the bundle either way; its size and sha256 are in the
 *   banner.
 * - `observability.{node,bun,deno}.d.mts` beside each bundle (what tsc looks for beside a
 *   `.mjs`, moduleResolution node16, nodenext and bundler) and `observability.d.ts` (what the
 *   bundle's `@ts-self-types` names for Deno): the same text in all four, TypeScript's
 *   declaration emit of observability.ts cut down to what mod.ts exports and the declarations
 *   that reaches (observability.ts may export internals for its unit tests), importing nothing.
 * - `lockbox.mjs`: the lockbox CLI (`scripts/lockbox.ts` and whatever it imports) as one ESM
 *   file for Node 20, which cannot run the .ts.
 * - `THIRD_PARTY_NOTICES.txt`: the license text of every package with bytes in a shipped file
 *   (esbuild metafiles), identical texts printed once.
 * - `SIZES.md`: raw, minified and gzip bytes per file, and bytes per package.
 *
 * Banner of the bundle (ASCII): `@ts-self-types`, `deno-fmt-ignore-file`,
 * `deno-lint-ignore-file`, lockbox VERSION, source commit, esbuild version, size and sha256 of
 * the embedded worker script. No timestamps.
 *
 * Source commit: the last commit that touched an input of the build (the local files esbuild
 * read, package-lock.json, scripts/build.ts and scripts/build/), not HEAD: the commit that adds dist/ cannot name
 * itself, and HEAD moves with unrelated commits. With uncommitted changes to an input the commit
 * gets a `+dirty` suffix (and a warning), so a dirty build never matches a committed dist/. The
 * commit needs full git history (a shallow clone is refused with exit 2).
 *
 * Usage:
 *
 *     npm run build                     # write dist/
 *     npm run build -- --check          # rebuild in memory, compare with dist/, write nothing
 *     npm run build -- --out-dir DIR    # write (or with --check, compare with) DIR instead
 *
 * Exit codes: 0 built (or `--check`: dist/ equals a fresh build); 1 build failed, or `--check`
 * found missing or differing files (listed on stderr); 2 bad usage or shallow git clone.
 *
 * @module
 */

import * as esbuild from "esbuild";
import ts from "typescript";
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { emitPublicDeclarations } from "./build/declarations.ts";
import { BuildError } from "./build/error.ts";
import { EXIT, parseCommand, stringOpt, UsageError } from "./common/cli.ts";
import { readVersion as readVersionAt } from "./common/version.ts";
import {
  buildNotices,
  type BundledPackage,
  bundledPackages,
  localBytes,
  localInputs,
} from "./build/packages.ts";
import { consumerFacadePlugin, consumerStubPlugin, nodePrefixPlugin } from "./build/plugins.ts";

/** Repository root (this file is scripts/build.ts). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The public API: the main bundle's entry and the declarations' reference. */
const ENTRY = "mod.ts";
/** Where the runtime code and VERSION live; the worker script's entry. */
const SOURCE = "observability.ts";
/** Default output directory, relative to ROOT. */
const DIST = "dist";
/**
 * The one bundle's file names, one per runtime (documented aliases: the same bytes). tsc finds
 * the declarations beside each as `<name>.d.mts`.
 */
const BUNDLE_FILES = [
  "observability.node.mjs",
  "observability.bun.mjs",
  "observability.deno.mjs",
] as const;
/** Declarations the bundle names with `@ts-self-types` (Deno). */
const DTS_FILE = "observability.d.ts";
const NOTICES_FILE = "THIRD_PARTY_NOTICES.txt";
const SIZES_FILE = "SIZES.md";
/**
 * The identifier observability.ts reads as `typeof LOCKBOX_WORKER_SOURCE === "string" ?
 * LOCKBOX_WORKER_SOURCE : undefined`; the build defines it as the worker script's text.
 */
const WORKER_SOURCE_IDENTIFIER = "LOCKBOX_WORKER_SOURCE";
/** First line of the worker script: also how the build counts its copies in the main bundle. */
const WORKER_MARKER = "// lockbox worker script:";
/** esbuild target of every shipped file: the oldest runtime supported (Deno 2 and Bun 1.x run it). */
const ES_TARGET = "node20";
/**
 * The lockbox CLI, compiled to one ESM file: Node before 22.6 cannot run the .ts, and a service
 * whose CI has only Node runs `node lockbox.mjs verify …` from the platform repo's tag.
 */
const CLI_ENTRY = "scripts/lockbox.ts";
const CLI_FILE = "lockbox.mjs";
/** Inputs that are not esbuild inputs but change what the build produces. */
const EXTRA_INPUTS = [
  "package-lock.json",
  "scripts/build.ts",
  "scripts/build",
  CLI_ENTRY,
  "scripts/lockbox",
  "scripts/common",
];
/** gzip level for the size report (node:zlib, the build's own runtime). */
const GZIP_LEVEL = 9;

const USAGE = `Usage: npm run build -- [--check] [--out-dir DIR]

Builds dist/observability.{node,bun,deno}.mjs (one bundle, three names) with the worker script
embedded, their .d.mts and observability.d.ts, lockbox.mjs, THIRD_PARTY_NOTICES.txt and SIZES.md
with esbuild; prints the size report to stdout.

Options:
  --check         build in memory and compare with the output directory; write nothing
                  (default: write the files)
  --out-dir DIR   output directory (default: dist)
  --help          show this help and exit

Exit codes: 0 ok; 1 build failed or --check found differences; 2 bad usage or shallow clone.
`;

// #region Inputs

/** lockbox VERSION, read from observability.ts by the one reader build, pin and release share. */
export function readVersion(): string {
  try {
    return readVersionAt(ROOT);
  } catch (e) {
    throw new BuildError((e as Error).message);
  }
}

function git(args: string[]): string {
  return execFileSync("git", args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  })
    .trimEnd();
}

/**
 * The last commit that touched any of `inputs` (paths relative to ROOT), `+dirty` when one of
 * them has uncommitted changes, `unknown` outside a git checkout.
 */
export function sourceCommit(inputs: string[]): string {
  try {
    git(["rev-parse", "--git-dir"]);
  } catch {
    warn("not a git checkout: the banner says source commit unknown");
    return "unknown";
  }
  if (git(["rev-parse", "--is-shallow-repository"]) === "true") {
    throw new BuildError(
      "Cannot name the source commit as it needs full git history: got a shallow clone " +
        "(fetch it with git fetch --unshallow, or actions/checkout fetch-depth: 0)",
      2,
    );
  }
  const commit = git(["log", "-1", "--format=%H", "--", ...inputs]);
  if (commit === "") {
    throw new BuildError(
      `Cannot name the source commit as no commit contains ${inputs.join(", ")}`,
    );
  }
  const dirty = git(["status", "--porcelain", "--", ...inputs]);
  if (dirty !== "") {
    warn(
      `uncommitted changes in build inputs; the banner says ${
        commit.slice(0, 12)
      }+dirty:\n${dirty}`,
    );
    return `${commit}+dirty`;
  }
  return commit;
}

// #endregion

// #region Bundles

function assertAscii(text: string, what: string): void {
  const at = text.search(/[^\n\t -~]/);
  if (at >= 0) {
    throw new BuildError(
      `Cannot write ${what} as it must be ASCII: got ${
        JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))
      } at offset ${at}`,
    );
  }
}

/** esbuild options every shipped JavaScript file shares. */
function commonOptions(entry: string, outfile: string): esbuild.BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: join(ROOT, DIST, outfile),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: ES_TARGET,
    mainFields: ["module", "main"],
    conditions: ["module"],
    charset: "ascii",
    legalComments: "none", // OTel ships none; the licenses go to THIRD_PARTY_NOTICES.txt
    sourcemap: false,
    tsconfigRaw: {},
    // Paths as the checkout sees them: a git worktree whose node_modules is a symlink to
    // another checkout's must name `node_modules/…` in the output as a fresh clone does, or
    // the two builds differ (esbuild writes each input's path into the bundle).
    preserveSymlinks: true,
    logLevel: "silent",
  };
}

/** One esbuild output: its bytes and its metafile. */
interface Built {
  code: Uint8Array;
  metafile: esbuild.Metafile;
}

async function run(options: esbuild.BuildOptions): Promise<Built> {
  const result = await esbuild.build(options);
  // A warning is a shipped file that may not do what the source says (e.g. import.meta emptied
  // in CommonJS output): fail rather than ship it.
  if (result.warnings.length > 0) {
    const text = await esbuild.formatMessages(result.warnings, { kind: "warning" });
    throw new BuildError(
      `Cannot bundle ${
        relative(ROOT, String(options.outfile))
      } as esbuild must give no warning: got ${result.warnings.length}\n${text.join("")}`,
    );
  }
  const built = { code: result.outputFiles![0].contents, metafile: result.metafile! };
  const bare = externalPackages(built.metafile);
  if (bare.length > 0) {
    throw new BuildError(
      `Cannot bundle ${
        relative(ROOT, String(options.outfile))
      } as every external import must be a node: builtin: got ${
        bare.map((i) => JSON.stringify(i)).join(", ")
      }`,
    );
  }
  return built;
}

function externalPackages(metafile: esbuild.Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((o) =>
    o.imports.filter((i) => i.external && !i.path.startsWith("node:")).map((i) => i.path)
  );
}

/**
 * The worker script: observability.ts with everything but `node:` builtins inlined, as CommonJS
 * whose only `require`s are `node:` builtins (run() fails on any other external; the bundle's
 * bootstrap passes `createRequire("file:///")`, which has nothing else to find). Inside it, `LOCKBOX_WORKER_SOURCE` is `undefined`, so the worker
 * script never starts a worker itself, and `import.meta.url` is `undefined` (CommonJS has no
 * import.meta; the source reads it only to start a worker from source).
 */
async function buildWorker(version: string, commit: string, minify: boolean): Promise<Built> {
  const text = `${WORKER_MARKER} lockbox ${version}, source commit ${commit}; ` +
    `observability.ts with OpenTelemetry inlined, CommonJS run by the bundle's worker bootstrap`;
  assertAscii(text, "banner of the worker script");
  return await run({
    ...commonOptions(SOURCE, "observability.worker.cjs"),
    format: "cjs",
    // No import() in the text: the bootstrap compiles it with node:vm, whose scripts cannot
    // import() without a loader callback. esbuild lowers import() of a bundled module to a
    // lazy init, and of a builtin to require().
    supported: { "dynamic-import": false },
    define: { [WORKER_SOURCE_IDENTIFIER]: "undefined", "import.meta.url": "undefined" },
    banner: { js: text },
    // Minified with names kept (stack traces keep function and class names): less for each
    // runtime to parse and hold in the worker. Measured RSS overhead at ready, OTLP on, against
    // whitespace and syntax only: Deno 42.6 → 38.7 MB, Bun 28.9 → 27.8, Node 20.3 → 19.7.
    ...(minify ? { minify: true } : { minify: true, keepNames: true }),
    plugins: [nodePrefixPlugin, consumerFacadePlugin(readFileSync(join(ROOT, SOURCE), "utf8"))],
  });
}

/** The main bundle's banner: one text for all three names, so the files are the same bytes. */
function banner(version: string, commit: string, worker: Uint8Array): string {
  const sha = createHash("sha256").update(worker).digest("hex");
  const text = [
    `// @ts-self-types="./${DTS_FILE}"`,
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: observability bundle for Node.js >= 20, Bun 1.x and Deno 2`,
    `// (observability.{node,bun,deno}.mjs are the same bytes; types: observability.*.d.mts)`,
    `// source commit: ${commit}`,
    `// built by scripts/build.ts with esbuild ${esbuild.version}; do not edit, rebuild`,
    `// worker script: observability.ts with OpenTelemetry inlined, embedded as the string`,
    `// ${WORKER_SOURCE_IDENTIFIER} (${worker.byteLength} bytes, sha256 ${sha})`,
    `// third-party licenses: ./${NOTICES_FILE}`,
  ].join("\n");
  assertAscii(text, "banner of the observability bundle");
  return text;
}

/** The main bundle (entry mod.ts) with `worker` embedded; `stubbed` collects stubbed imports. */
async function buildMain(
  bannerText: string,
  worker: Uint8Array,
  minify: boolean,
  stubbed: Set<string>,
): Promise<Built> {
  const workerText = new TextDecoder().decode(worker);
  const built = await run({
    ...commonOptions(ENTRY, BUNDLE_FILES[0]),
    define: { [WORKER_SOURCE_IDENTIFIER]: JSON.stringify(workerText) },
    banner: { js: bannerText },
    minify,
    plugins: [nodePrefixPlugin, consumerStubPlugin(stubbed)],
  });
  // The worker script must be in the bundle exactly once: zero means the source never reads
  // LOCKBOX_WORKER_SOURCE (a bundle would start its worker from import.meta.url, the whole
  // service); two means each read copied the text.
  const copies =
    new TextDecoder().decode(built.code).split(JSON.stringify(WORKER_MARKER).slice(1, -1))
      .length - 1;
  if (copies !== 1) {
    throw new BuildError(
      `Cannot build ${
        BUNDLE_FILES[0]
      } as it must embed the worker script exactly once (${SOURCE} ` +
        `reads ${WORKER_SOURCE_IDENTIFIER} as typeof ${WORKER_SOURCE_IDENTIFIER} === "string" ? ` +
        `${WORKER_SOURCE_IDENTIFIER} : undefined): got ${copies} copies`,
    );
  }
  return built;
}

/** Everything the observability bundle consists of, plain and minified. */
interface BundleResult {
  worker: Built;
  workerMinified: Built;
  main: Built;
  mainMinified: Built;
  /** `@opentelemetry/*` specifiers replaced by the consumer stub in the main bundle. */
  stubbed: string[];
}

async function buildBundle(version: string, commit: string): Promise<BundleResult> {
  const worker = await buildWorker(version, commit, false);
  const workerMinified = await buildWorker(version, commit, true);
  const stubbed = new Set<string>();
  const text = banner(version, commit, worker.code);
  const main = await buildMain(text, worker.code, false, stubbed);
  const mainMinified = await buildMain(text, workerMinified.code, true, new Set());
  return { worker, workerMinified, main, mainMinified, stubbed: [...stubbed].sort() };
}

/** The lockbox CLI and what it imports as one self-contained ESM file (node: builtins only). */
async function buildCli(version: string, commit: string): Promise<Built> {
  const text = [
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: the lockbox CLI (pin, vendor, verify, diff) for Node.js >= 20 (${CLI_FILE})`,
    `// source commit: ${commit}`,
    `// built by scripts/build.ts with esbuild ${esbuild.version} from ${CLI_ENTRY}; do not edit, rebuild`,
    `// third-party licenses: ./${NOTICES_FILE}`,
  ].join("\n");
  assertAscii(text, `banner of ${CLI_FILE}`);
  return await run({
    ...commonOptions(CLI_ENTRY, CLI_FILE),
    mainFields: undefined,
    conditions: undefined,
    banner: { js: text },
    plugins: [nodePrefixPlugin],
  });
}

// #endregion

// #region Declarations

/**
 * The public API's declarations (scripts/build/declarations.ts) with a header. Written as
 * observability.d.ts (Deno, through `@ts-self-types`) and as the `.d.mts` beside each bundle
 * name (tsc), the same text in all four.
 */
function buildDeclarations(version: string, commit: string): string {
  const dts = emitPublicDeclarations(ROOT, ENTRY, SOURCE);
  const header = [
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: types of observability.{node,bun,deno}.mjs (the API of ${ENTRY});`,
    `// the same text as ${DTS_FILE} (Deno) and observability.{node,bun,deno}.d.mts (tsc)`,
    `// source commit: ${commit}`,
    `// generated by scripts/build.ts with TypeScript ${ts.version}; do not edit, rebuild`,
  ].join("\n");
  return `${header}\n${dts.replace(/\n*$/, "\n")}`;
}

// #endregion

// #region Notices and sizes

/** Part labels (also the notices' "in:" names). */
const PART_MAIN = "observability.{node,bun,deno}.mjs";
const PART_WORKER = "the worker script embedded in them";
const PART_CLI = CLI_FILE;

function buildSizes(
  version: string,
  bundle: BundleResult,
  cli: Built,
  packages: BundledPackage[],
): string {
  const gz = (b: Uint8Array) => gzipSync(b, { level: GZIP_LEVEL }).byteLength;
  const row = (name: string, raw: Uint8Array, min: Uint8Array | undefined) =>
    `| ${name} | ${raw.byteLength} | ${min?.byteLength ?? "-"} | ${
      min === undefined ? "-" : gz(min)
    } | ${gz(raw)} |`;
  const cell = (p: BundledPackage, label: string) => p.bytes.get(label) ?? 0;
  const embedded = JSON.stringify(new TextDecoder().decode(bundle.worker.code)).length;
  const stubbed = bundle.stubbed.length > 0
    ? `OpenTelemetry imports replaced by a stub in the main bundle (the consumer loads them from ` +
      `the worker script): ${bundle.stubbed.join(", ")}.`
    : `No OpenTelemetry import is replaced by a stub in the main bundle: ${SOURCE} imports the ` +
      "packages in the main-bundle column statically, so the bundle carries them twice.";
  return [
    `# lockbox ${version} bundle sizes`,
    "",
    `Generated by scripts/build.ts (esbuild ${esbuild.version}); do not edit. Bytes. The bundle`,
    "ships unminified, the worker script in it minified with names kept (keepNames); minified",
    "is what esbuild --minify would give, for comparison. gzip is",
    `node:zlib level ${GZIP_LEVEL}. ${BUNDLE_FILES.join(", ")} are the same bytes.`,
    "",
    "| file | raw | minified | gzip (minified) | gzip (raw) |",
    "|---|---:|---:|---:|---:|",
    row(`${PART_MAIN} (each)`, bundle.main.code, bundle.mainMinified.code),
    row(
      `of which the worker script (before JSON string escaping)`,
      bundle.worker.code,
      bundle.workerMinified.code,
    ),
    row(CLI_FILE, cli.code, undefined),
    "",
    stubbed,
    "",
    "Bytes per package (esbuild metafile, unminified, without banners and runtime helpers):",
    "",
    "| package | main bundle | worker script | lockbox.mjs |",
    "|---|---:|---:|---:|",
    `| lockbox (${localInputs([bundle.main.metafile, bundle.worker.metafile]).join(", ")}) | ${
      localBytes(bundle.main.metafile) - embedded
    } | ${localBytes(bundle.worker.metafile)} | - |`,
    `| the worker script as a JSON string literal | ${embedded} | - | - |`,
    `| lockbox CLI (${localInputs([cli.metafile]).join(", ")}) | - | - | ${
      localBytes(cli.metafile)
    } |`,
    ...packages.map((p) =>
      `| ${p.name} ${p.version} | ${cell(p, PART_MAIN)} | ${cell(p, PART_WORKER)} | ${
        cell(p, PART_CLI)
      } |`
    ),
    "",
  ].join("\n");
}

// #endregion

// #region Main

/** Every output file: name → bytes. */
export async function buildAll(): Promise<Map<string, Uint8Array>> {
  const version = readVersion();
  // The inputs are known only after a build; build once to learn them (the banner's commit
  // does not change which files esbuild read), then for real.
  const probes = [
    (await buildWorker(version, "", false)).metafile,
    (await buildCli(version, "")).metafile,
  ];
  const commit = sourceCommit([...localInputs(probes), ENTRY, ...EXTRA_INPUTS]);
  const bundle = await buildBundle(version, commit);
  const cli = await buildCli(version, commit);
  const packages = bundledPackages(ROOT, [
    { label: PART_MAIN, metafile: bundle.main.metafile },
    { label: PART_WORKER, metafile: bundle.worker.metafile },
    { label: PART_CLI, metafile: cli.metafile },
  ]);
  if (bundle.stubbed.length === 0) {
    warn(
      `${SOURCE} imports OpenTelemetry statically: the main bundle carries it besides the ` +
        "worker script (see SIZES.md)",
    );
  }
  const encoder = new TextEncoder();
  const dts = encoder.encode(buildDeclarations(version, commit));
  const files = new Map<string, Uint8Array>();
  for (const name of BUNDLE_FILES) {
    files.set(name, bundle.main.code);
    files.set(name.replace(/\.mjs$/, ".d.mts"), dts);
  }
  files.set(DTS_FILE, dts);
  files.set(NOTICES_FILE, encoder.encode(buildNotices(ROOT, version, packages)));
  files.set(SIZES_FILE, encoder.encode(buildSizes(version, bundle, cli, packages)));
  files.set(CLI_FILE, cli.code);
  return files;
}

/** Names of files in `dir` that are missing or differ from `files`, with why. */
export function compareWith(dir: string, files: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push(`${name}: missing`);
      continue;
    }
    const committed = readFileSync(path);
    if (Buffer.compare(committed, bytes) === 0) continue;
    const lf = (b: Uint8Array) => Buffer.from(b).toString("latin1").replace(/\r\n/g, "\n");
    problems.push(
      lf(committed) === lf(bytes)
        ? `${name}: differs in line endings only (CRLF)`
        : `${name}: differs (${committed.byteLength} bytes, fresh build ${bytes.byteLength})`,
    );
  }
  return problems;
}

function warn(text: string): void {
  console.error(`build: warning: ${text}`);
}

async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseCommand("build", args, {
      check: { type: "boolean" },
      "out-dir": { type: "string" },
    }));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`build: ${e.message}`);
    return EXIT.usage;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const outDir = resolve(stringOpt(values, "out-dir") ?? join(ROOT, DIST));
  let files: Map<string, Uint8Array>;
  try {
    files = await buildAll();
  } catch (e) {
    if (e instanceof BuildError) {
      console.error(`build: ${e.message}`);
      return e.exitCode;
    }
    throw e;
  } finally {
    await esbuild.stop();
  }
  const shown = relative(process.cwd(), outDir) || ".";
  if (values.check) {
    const problems = compareWith(outDir, files);
    if (problems.length > 0) {
      console.error(
        `build --check: ${shown} does not match a fresh build (run npm run build and commit):\n` +
          problems.map((p) => `  ${p}`).join("\n"),
      );
      return 1;
    }
    console.error(`build --check: ${shown} matches a fresh build (${files.size} files)`);
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(outDir, name), bytes);
  process.stdout.write(new TextDecoder().decode(files.get(SIZES_FILE)));
  console.error(`build: wrote ${files.size} files to ${shown}`);
  return 0;
}

if (import.meta.main) {
  process.exit(await main(process.argv.slice(2)));
}

// #endregion
