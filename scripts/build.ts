/**
 * Builds the lockbox bundles in `dist/`: one self-contained ESM file per runtime, the type
 * declarations, third-party notices and a size report. Every output is a pure function of the
 * sources, `package-lock.json` and the pinned tools, so two builds give byte-identical files.
 *
 * Outputs (in `--out-dir`, default `dist/`):
 *
 * - `observability.node.mjs`, `observability.bun.mjs`, `observability.deno.mjs`: mod.ts with the
 *   OpenTelemetry packages inlined (esbuild, `--platform=node --format=esm`). Builtins are
 *   imported as `node:*` in all three (Deno requires the prefix; Node 20 and Bun accept it). The
 *   worker spawns the bundle's own file (`new Worker(new URL(import.meta.url))`), so each
 *   bundle is one file and is both the main module and the worker entry. Not minified: the
 *   bundles are vendored and read in code review, and gzip makes the difference small
 *   (SIZES.md).
 * - `observability.d.ts`: the public API's declarations (TypeScript declaration emit of
 *   observability.ts, checked to be self-contained and to export exactly what mod.ts exports).
 * - `THIRD_PARTY_NOTICES.txt`: the license text of every package with bytes in a bundle
 *   (esbuild metafile), identical texts printed once.
 * - `SIZES.md`: raw, minified and gzip bytes per bundle, and bytes per package.
 *
 * Banner of each bundle (ASCII): `@ts-self-types`, `deno-fmt-ignore-file`,
 * `deno-lint-ignore-file`, lockbox VERSION, source commit, esbuild version. No timestamps.
 *
 * Source commit: the last commit that touched an input of the build (the local files esbuild
 * read, package-lock.json, scripts/build.ts), not HEAD: the commit that adds dist/ cannot name
 * itself, and HEAD moves with unrelated commits. With uncommitted changes to an input the commit
 * gets a `+dirty` suffix (and a warning), so a dirty build never matches a committed dist/. The
 * commit needs full git history (a shallow clone is refused with exit 2).
 *
 * Usage:
 *
 *     deno task build                 # write dist/
 *     deno task build --check         # rebuild in memory, compare with dist/, write nothing
 *     deno task build --out-dir DIR   # write (or with --check, compare with) DIR instead
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
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

/** Repository root (this file is scripts/build.ts). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The public API: the bundle entry and the declarations' reference. */
const ENTRY = "mod.ts";
/** Where the runtime code and VERSION live. */
const SOURCE = "observability.ts";
/** Default output directory, relative to ROOT. */
const DIST = "dist";
/** Name of the declarations file every bundle points at with `@ts-self-types`. */
const DTS_FILE = "observability.d.ts";
const NOTICES_FILE = "THIRD_PARTY_NOTICES.txt";
const SIZES_FILE = "SIZES.md";
/**
 * The lockbox CLI, compiled to one ESM file: Node before 22.6 cannot run the .ts, and a service
 * whose CI has only Node runs `node lockbox.mjs verify …` from the platform repo's tag.
 */
const CLI_ENTRY = "scripts/lockbox.ts";
const CLI_FILE = "lockbox.mjs";
/** Inputs that are not esbuild inputs of the bundles but change what the build produces. */
const EXTRA_INPUTS = ["package-lock.json", "scripts/build.ts", CLI_ENTRY];
/** gzip level for the size report (node:zlib, the build's own runtime). */
const GZIP_LEVEL = 9;

/** One bundle per runtime. */
interface Target {
  runtime: "Node.js" | "Bun" | "Deno";
  file: string;
  /** esbuild `target`: the oldest runtime the bundle must run on. */
  esTarget: string;
  /** Package export conditions besides esbuild's `node` (setting any drops `module`: re-added). */
  conditions: string[];
}

const TARGETS: Target[] = [
  { runtime: "Node.js", file: "observability.node.mjs", esTarget: "node20", conditions: [] },
  { runtime: "Bun", file: "observability.bun.mjs", esTarget: "esnext", conditions: ["bun"] },
  { runtime: "Deno", file: "observability.deno.mjs", esTarget: "esnext", conditions: ["deno"] },
];

const USAGE = `Usage: deno task build [--check] [--out-dir DIR]

Builds dist/observability.{node,bun,deno}.mjs, observability.d.ts, THIRD_PARTY_NOTICES.txt and
SIZES.md with esbuild; prints the size report to stdout.

Options:
  --check         build in memory and compare with the output directory; write nothing
                  (default: write the files)
  --out-dir DIR   output directory (default: dist)
  --help          show this help and exit

Exit codes: 0 ok; 1 build failed or --check found differences; 2 bad usage or shallow clone.
`;

/** A build problem that is the user's to fix; main() prints it and exits with `exitCode`. */
class BuildError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "BuildError";
  }
}

// #region Inputs

/** lockbox VERSION, read from observability.ts (the single place it is written). */
export function readVersion(): string {
  const source = readFileSync(join(ROOT, SOURCE), "utf8");
  const match = /^export const VERSION = "([^"]+)";$/m.exec(source);
  if (match === null) {
    throw new BuildError(
      `Cannot read VERSION from ${SOURCE} as it must contain a line export const VERSION = "x.y.z";`,
    );
  }
  return match[1];
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

/**
 * esbuild plugin: every Node builtin is imported with the `node:` prefix (Deno refuses bare
 * `http`; esbuild keeps the specifier a package wrote, e.g. OTel's `import("http")`).
 */
const nodePrefixPlugin: esbuild.Plugin = {
  name: "lockbox-node-prefix",
  setup(build) {
    const builtins = new Set(builtinModules.filter((m) => !m.startsWith("node:")));
    build.onResolve({ filter: /^[a-z_]+(\/[a-z_]+)*$/ }, (args) => {
      if (!builtins.has(args.path)) return undefined;
      return { path: `node:${args.path}`, external: true };
    });
  },
};

function banner(target: Target, version: string, commit: string): string {
  const text = [
    `// @ts-self-types="./${DTS_FILE}"`,
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: observability bundle for ${target.runtime} (${target.file})`,
    `// source commit: ${commit}`,
    `// built by scripts/build.ts with esbuild ${esbuild.version}; do not edit, rebuild`,
    `// third-party licenses: ./${NOTICES_FILE}`,
  ].join("\n");
  assertAscii(text, `banner of ${target.file}`);
  return text;
}

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

interface BundleResult {
  target: Target;
  code: Uint8Array;
  minified: Uint8Array;
  metafile: esbuild.Metafile;
}

async function bundle(target: Target, bannerText: string, minify: boolean) {
  return await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: join(ROOT, DIST, target.file),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: target.esTarget,
    mainFields: ["module", "main"],
    conditions: [...target.conditions, "module"],
    charset: "ascii",
    legalComments: "none", // OTel ships none; the licenses go to THIRD_PARTY_NOTICES.txt
    minify,
    sourcemap: false,
    banner: { js: bannerText },
    tsconfigRaw: {},
    plugins: [nodePrefixPlugin],
    logLevel: "silent",
  });
}

async function buildBundles(version: string, commit: string): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const target of TARGETS) {
    const text = banner(target, version, commit);
    const plain = await bundle(target, text, false);
    const min = await bundle(target, text, true);
    const code = plain.outputFiles![0].contents;
    const metafile = plain.metafile!;
    for (const output of Object.values(metafile.outputs)) {
      const bare = output.imports.filter((i) => i.external && !i.path.startsWith("node:"));
      if (bare.length > 0) {
        throw new BuildError(
          `Cannot bundle ${target.file} as every external import must be a node: builtin: got ${
            bare.map((i) => JSON.stringify(i.path)).join(", ")
          }`,
        );
      }
    }
    results.push({ target, code, minified: min.outputFiles![0].contents, metafile });
  }
  return results;
}

/** Local (non-node_modules) files esbuild read: the inputs that name the source commit. */
function localInputs(metafiles: esbuild.Metafile[]): string[] {
  const files = new Set<string>();
  for (const m of metafiles) {
    for (const path of Object.keys(m.inputs)) {
      if (!path.includes("node_modules/") && !path.startsWith("node:")) files.add(path);
    }
  }
  return [...files].sort();
}

/** The lockbox CLI as one self-contained ESM file (node: builtins only, types stripped). */
async function buildCli(version: string, commit: string): Promise<Uint8Array> {
  const text = [
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: the lockbox CLI (pin, vendor, verify, diff) for Node.js >= 20 (${CLI_FILE})`,
    `// source commit: ${commit}`,
    `// built by scripts/build.ts with esbuild ${esbuild.version} from ${CLI_ENTRY}; do not edit, rebuild`,
  ].join("\n");
  assertAscii(text, `banner of ${CLI_FILE}`);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [CLI_ENTRY],
    outfile: join(ROOT, DIST, CLI_FILE),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: "node20",
    charset: "ascii",
    legalComments: "none",
    sourcemap: false,
    banner: { js: text },
    tsconfigRaw: {},
    plugins: [nodePrefixPlugin],
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile!.inputs);
  if (inputs.length !== 1 || inputs[0] !== CLI_ENTRY) {
    throw new BuildError(
      `Cannot build ${CLI_FILE} as ${CLI_ENTRY} must import only node: builtins: got ${
        JSON.stringify(inputs)
      }`,
    );
  }
  return result.outputFiles![0].contents;
}

// #endregion

// #region Declarations

/**
 * One self-contained `.d.ts` for the public API: TypeScript's declaration emit of
 * observability.ts, refused unless it imports nothing and exports exactly mod.ts's names.
 */
function buildDeclarations(version: string, commit: string): string {
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    strict: true,
    skipLibCheck: true,
    newLine: ts.NewLineKind.LineFeed,
  };
  const host = ts.createCompilerHost(options);
  const emitted = new Map<string, string>();
  host.writeFile = (name, text) => emitted.set(relative(ROOT, name), text);
  const program = ts.createProgram([join(ROOT, ENTRY)], options, host);
  const result = program.emit(undefined, undefined, undefined, true);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => ROOT,
      getNewLine: () => "\n",
    });
    throw new BuildError(`Cannot emit declarations as TypeScript reports errors:\n${text}`);
  }
  const dts = emitted.get(SOURCE.replace(/\.ts$/, ".d.ts"));
  if (dts === undefined) {
    throw new BuildError(`Cannot emit declarations: TypeScript wrote no .d.ts for ${SOURCE}`);
  }
  const imports = dts.split("\n").filter((l) => /^\s*(import\b|export .* from )/.test(l));
  if (imports.length > 0) {
    throw new BuildError(
      `Cannot write ${DTS_FILE} as it must be self-contained: got ${imports.join("; ")}`,
    );
  }
  const checker = program.getTypeChecker();
  const exportsOf = (file: string) => {
    const sf = program.getSourceFile(join(ROOT, file))!;
    return checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!).map((s) => s.name).sort();
  };
  const api = exportsOf(ENTRY);
  const declared = exportsOf(SOURCE);
  if (api.join() !== declared.join()) {
    throw new BuildError(
      `Cannot use ${SOURCE}'s declarations for ${ENTRY} as their exports differ: ${ENTRY} ` +
        `exports ${api.join(", ")}; ${SOURCE} exports ${declared.join(", ")}`,
    );
  }
  const header = [
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    `// lockbox ${version}: types of observability.{node,bun,deno}.mjs (the API of ${ENTRY})`,
    `// source commit: ${commit}`,
    `// generated by scripts/build.ts with TypeScript ${ts.version}; do not edit, rebuild`,
  ].join("\n");
  return `${header}\n${dts.replace(/\n*$/, "\n")}`;
}

// #endregion

// #region Notices and sizes

interface BundledPackage {
  name: string;
  version: string;
  license: string;
  dir: string;
  bytes: number;
}

/** `node_modules/@scope/name/…` → `node_modules/@scope/name` (the innermost package). */
function packageDir(path: string): string | undefined {
  const at = path.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const parts = path.slice(at + "node_modules/".length).split("/");
  const n = parts[0].startsWith("@") ? 2 : 1;
  return path.slice(0, at) + "node_modules/" + parts.slice(0, n).join("/");
}

/** Packages with bytes in the output, with their byte counts in `metafile`'s bundle. */
function bundledPackages(metafile: esbuild.Metafile): BundledPackage[] {
  const byDir = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dir = packageDir(path);
      if (dir === undefined || bytesInOutput === 0) continue;
      byDir.set(dir, (byDir.get(dir) ?? 0) + bytesInOutput);
    }
  }
  return [...byDir.entries()].map(([dir, bytes]) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8"));
    return {
      name: String(pkg.name),
      version: String(pkg.version),
      license: String(pkg.license ?? "UNKNOWN"),
      dir,
      bytes,
    };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function buildNotices(version: string, packages: BundledPackage[]): string {
  const rule = "=".repeat(78);
  const groups = new Map<string, { files: string[]; packages: BundledPackage[] }>();
  for (const p of packages) {
    const files = readdirSync(join(ROOT, p.dir))
      .filter((f) => /^(LICEN[CS]E|NOTICE|COPYING)/i.test(f)).sort();
    if (!files.some((f) => /^(LICEN[CS]E|COPYING)/i.test(f))) {
      throw new BuildError(
        `Cannot write ${NOTICES_FILE} as every bundled package needs a LICENSE file: got none in ${p.dir}`,
      );
    }
    const text = files.map((f) =>
      readFileSync(join(ROOT, p.dir, f), "utf8").replace(/\r\n?/g, "\n").replace(/\s*$/, "\n")
    ).join("\n");
    const group = groups.get(text) ?? { files: [], packages: [] };
    group.files.push(...files.map((f) => `${p.dir}/${f}`));
    group.packages.push(p);
    groups.set(text, group);
  }
  let out = `Third-party software in lockbox ${version} (observability.{node,bun,deno}.mjs)\n` +
    "Generated by scripts/build.ts from the esbuild metafile; do not edit.\n\n" +
    `The bundles include code from these ${packages.length} packages:\n\n` +
    packages.map((p) => `  ${p.name} ${p.version} (${p.license})\n`).join("") + "\n";
  for (const [text, group] of groups) {
    out += `${rule}\n${
      group.packages.map((p) => `${p.name} ${p.version} (${p.license})`).join("\n")
    }\nLicense files:\n${group.files.map((f) => `  ${f}\n`).join("")}${rule}\n\n${text}\n`;
  }
  return out;
}

function buildSizes(version: string, results: BundleResult[], packages: BundledPackage[]): string {
  const gz = (b: Uint8Array) => gzipSync(b, { level: GZIP_LEVEL }).byteLength;
  const rows = results.map((r) =>
    `| ${r.target.file} | ${r.code.byteLength} | ${r.minified.byteLength} | ${gz(r.minified)} | ${
      gz(r.code)
    } |`
  );
  const first = results[0];
  let lockboxBytes = 0;
  for (const output of Object.values(first.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (packageDir(path) === undefined) lockboxBytes += bytesInOutput;
    }
  }
  return [
    `# lockbox ${version} bundle sizes`,
    "",
    `Generated by scripts/build.ts (esbuild ${esbuild.version}); do not edit. Bytes. The bundles`,
    "ship unminified; minified is what esbuild --minify would give, for comparison. gzip is",
    `node:zlib level ${GZIP_LEVEL}.`,
    "",
    "| bundle | raw | minified | gzip (minified) | gzip (raw) |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    `Bytes per package in ${first.target.file} (esbuild metafile, unminified, without banner`,
    "and runtime helpers):",
    "",
    "| package | bytes |",
    "|---|---:|",
    `| lockbox (${localInputs([first.metafile]).join(", ")}) | ${lockboxBytes} |`,
    ...packages.map((p) => `| ${p.name} ${p.version} | ${p.bytes} |`),
    "",
  ].join("\n");
}

// #endregion

// #region Main

/** Every output file: name → bytes. */
export async function buildAll(): Promise<Map<string, Uint8Array>> {
  const version = readVersion();
  // The inputs are known only after a build; build once to learn them (the banner's commit
  // does not change which files esbuild reads), then for real.
  const probe = await bundle(TARGETS[0], "", false);
  const commit = sourceCommit([...localInputs([probe.metafile!]), ...EXTRA_INPUTS]);
  const results = await buildBundles(version, commit);
  const packages = bundledPackages(results[0].metafile);
  for (const r of results.slice(1)) {
    const names = bundledPackages(r.metafile).map((p) => `${p.name}@${p.version}`).join();
    if (names !== packages.map((p) => `${p.name}@${p.version}`).join()) {
      throw new BuildError(
        `Cannot write one ${NOTICES_FILE} as ${r.target.file} bundles other packages: got ${names}`,
      );
    }
  }
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const r of results) files.set(r.target.file, r.code);
  files.set(DTS_FILE, encoder.encode(buildDeclarations(version, commit)));
  files.set(NOTICES_FILE, encoder.encode(buildNotices(version, packages)));
  files.set(SIZES_FILE, encoder.encode(buildSizes(version, results, packages)));
  files.set(CLI_FILE, await buildCli(version, commit));
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
    ({ values } = parseArgs({
      args,
      options: {
        check: { type: "boolean" },
        "out-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`build: ${e instanceof Error ? e.message : e}\nTry --help.`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const outDir = resolve(values["out-dir"] ?? join(ROOT, DIST));
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
        `build --check: ${shown} does not match a fresh build (run deno task build and commit):\n` +
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
