// deno-fmt-ignore-file
// deno-lint-ignore-file
// lockbox 0.1.4: the lockbox CLI (pin, vendor, verify, diff) for Node.js >= 20 (lockbox.mjs)
// source commit: a94225aac333e47eaa5f89c6f007d31551b85097
// built by scripts/build.ts with esbuild 0.28.2 from scripts/lockbox.ts; do not edit, rebuild

// scripts/lockbox.ts
import { execFileSync } from "node:child_process";
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify as verifySignature
} from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { Buffer } from "node:buffer";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var RELEASE_NAME = "@lockbox/observability";
var SOURCE_FILE = "observability.ts";
var DIST_DIR = "dist";
var MANIFEST_FILE = "lockbox.json";
var PUBKEY_FILE = "lockbox.pub";
var VENDOR_MARKER_FILE = "lockbox.vendor.json";
var GITATTRIBUTES_FILE = ".gitattributes";
var VENDOR_SUBDIR = "vendor/observability";
var RUNTIMES = ["node", "bun", "deno"];
var COMMON_VENDOR_FILES = ["observability.d.ts", "THIRD_PARTY_NOTICES.txt"];
var SIGNING_CONTEXT = "lockbox-manifest-v1\n";
var GITATTRIBUTES_TEXT = [
  "# Written by `lockbox vendor` (see LOCKBOX.md). These files are a pinned release, verified",
  "# byte for byte: no end-of-line conversion (-text), no clean/smudge filter (-filter, e.g. LFS),",
  "# no $Id$ expansion (-ident); hidden from GitHub language stats (linguist-vendored).",
  "* -text -filter -ident linguist-vendored",
  ""
].join("\n");
var VENDOR_METADATA_FILES = [
  MANIFEST_FILE,
  VENDOR_MARKER_FILE,
  GITATTRIBUTES_FILE,
  PUBKEY_FILE
];
var DIFF_CONTEXT_LINES = 3;
var DIFF_MAX_LINE_CHARS = 160;
var DIFF_MAX_EDIT_DISTANCE = 4e3;
var UsageError = class extends Error {
  name = "UsageError";
};
var CheckError = class extends Error {
  name = "CheckError";
};
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value;
  const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
function signedBytes(manifest) {
  const { signature: _signature, ...unsigned } = manifest;
  return new TextEncoder().encode(SIGNING_CONTEXT + canonicalJson(unsigned));
}
function keyId(key) {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  const der = publicKey.export({ type: "spki", format: "der" });
  return `sha256:${sha256Hex(der).slice(0, 16)}`;
}
function loadPrivateKey(pem, origin) {
  const text = pem.includes("\n") ? pem : pem.replaceAll("\\n", "\n");
  let key;
  try {
    key = createPrivateKey(text);
  } catch (e) {
    throw new UsageError(
      `Cannot read the signing key from ${origin} as it must be a PEM PKCS#8 private key: ${e.message}`
    );
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new UsageError(
      `Cannot sign with the key from ${origin} as it must be Ed25519: got ${JSON.stringify(key.asymmetricKeyType)}`
    );
  }
  return key;
}
function loadPublicKey(path) {
  const key = createPublicKey(readFileSync(path, "utf8"));
  if (key.asymmetricKeyType !== "ed25519") {
    throw new Error(`it must be Ed25519: got ${JSON.stringify(key.asymmetricKeyType)}`);
  }
  return key;
}
function signManifest(manifest, privateKey) {
  const value = sign(null, signedBytes(manifest), privateKey).toString("base64");
  manifest.signature = { algorithm: "Ed25519", keyId: keyId(privateKey), value };
  return manifest;
}
function serializeManifest(m) {
  const files = {};
  for (const path of Object.keys(m.files).sort()) {
    files[path] = { sha256: m.files[path].sha256, bytes: m.files[path].bytes };
  }
  const ordered = {
    name: m.name,
    version: m.version,
    files,
    source: { commit: m.source.commit },
    esbuild: m.esbuild,
    signature: m.signature
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
var PATH_RE = /^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*(\/[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*)*$/;
function parseManifest(text, origin) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CheckError(`MANIFEST ${origin}: not valid JSON (${e.message})`);
  }
  const bad = (what, got) => new CheckError(`MANIFEST ${origin}: ${what}: got ${JSON.stringify(got)}`);
  if (raw === null || typeof raw !== "object") throw bad("must be an object", raw);
  const m = raw;
  if (typeof m.name !== "string") throw bad("name must be a string", m.name);
  if (typeof m.version !== "string" || m.version === "") {
    throw bad("version must be a non-empty string", m.version);
  }
  if (m.files === null || typeof m.files !== "object") {
    throw bad("files must be an object", m.files);
  }
  for (const [path, entry] of Object.entries(m.files)) {
    if (!PATH_RE.test(path) || path.split("/").includes("..")) {
      throw bad("file paths must be relative, '/'-separated, without '..'", path);
    }
    const f = entry;
    if (f === null || typeof f !== "object" || typeof f.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(f.sha256) || !Number.isSafeInteger(f.bytes) || f.bytes < 0) {
      throw bad(`files[${JSON.stringify(path)}] must be { sha256: <64 hex>, bytes: <int> }`, f);
    }
  }
  const source = m.source;
  if (source === null || typeof source !== "object" || typeof source.commit !== "string") {
    throw bad("source.commit must be a string", m.source);
  }
  if (m.esbuild !== null && typeof m.esbuild !== "string") {
    throw bad("esbuild must be a string or null", m.esbuild);
  }
  if (m.signature !== void 0) {
    const s = m.signature;
    if (s === null || typeof s !== "object" || s.algorithm !== "Ed25519" || typeof s.keyId !== "string" || typeof s.value !== "string") {
      throw bad('signature must be { algorithm: "Ed25519", keyId, value }', m.signature);
    }
  }
  return raw;
}
function declaredVersions(text) {
  const found = [];
  const direct = text.match(
    /\bexport\s+(?:declare\s+)?(?:const|let|var)\s+VERSION\s*(?::[^=;]+)?=\s*(["'])([^"'\n]*)\1/
  );
  if (direct) found.push(direct[2]);
  for (const list of direct ? [] : text.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const spec of list[1].split(",")) {
      const m = spec.trim().match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
      if (!m || (m[2] ?? m[1]) !== "VERSION") continue;
      const local = m[1].replaceAll("$", "\\$");
      const decl = text.match(
        new RegExp(`(?:\\b(?:var|let|const)\\s+|,\\s*)${local}\\s*=\\s*(["'])([^"'\\n]*)\\1`)
      );
      if (decl) found.push(decl[2]);
    }
  }
  const banner = text.slice(0, 1e3).match(/\blockbox v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/);
  if (banner) found.push(banner[1]);
  return [...new Set(found)].filter((v) => /^\d+\.\d+\.\d+/.test(v));
}
function isText(bytes) {
  return !bytes.subarray(0, 8e3).includes(0);
}
function crlfToLf(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function lfToCrlf(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i - 1] !== 13) out.push(13);
    out.push(bytes[i]);
  }
  return Uint8Array.from(out);
}
function lineEndingChange(actual, pinned) {
  if (!isText(actual)) return void 0;
  if (sha256Hex(crlfToLf(actual)) === pinned.sha256) return "CRLF where the release has LF";
  if (sha256Hex(lfToCrlf(actual)) === pinned.sha256) return "LF where the release has CRLF";
  return void 0;
}
function runtimeOf(fileName) {
  return RUNTIMES.find((r) => fileName.includes(`.${r}.`));
}
function vendorSelection(manifest, runtimes) {
  return Object.keys(manifest.files).filter((key) => {
    if (!key.startsWith(`${DIST_DIR}/`)) return false;
    const name = basename(key);
    const rt = runtimeOf(name);
    return rt ? runtimes.includes(rt) : COMMON_VENDOR_FILES.includes(name);
  }).sort();
}
function parseRuntimes(value) {
  if (value === "all") return [...RUNTIMES];
  if (RUNTIMES.includes(value)) return [value];
  throw new UsageError(
    `Cannot vendor for runtime ${JSON.stringify(value)} as it must be one of ${[...RUNTIMES, "all"].join(", ")}`
  );
}
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), `${rel}/`));
    else out.push(rel);
  }
  return out.sort();
}
function readIfExists(path) {
  try {
    return readFileSync(path);
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
function pin(opts) {
  const { root, privateKey } = opts;
  const problems = [];
  const sourcePath = join(root, SOURCE_FILE);
  const source = readIfExists(sourcePath);
  if (!source) throw new CheckError(`Cannot pin as ${sourcePath} does not exist`);
  const version = new TextDecoder().decode(source).match(
    /^export const VERSION = "([^"\n]+)";?$/m
  )?.[1];
  if (!version) {
    throw new CheckError(
      `Cannot pin as ${SOURCE_FILE} must contain a line \`export const VERSION = "<semver>";\``
    );
  }
  const distPath = join(root, DIST_DIR);
  if (!existsSync(distPath)) {
    throw new CheckError(`Cannot pin as ${distPath} does not exist: run \`deno task build\` first`);
  }
  const distFiles = listFiles(distPath).filter((f) => f !== MANIFEST_FILE);
  if (distFiles.length === 0) {
    throw new CheckError(`Cannot pin as ${distPath} is empty: run \`deno task build\` first`);
  }
  const files = {};
  files[SOURCE_FILE] = { sha256: sha256Hex(source), bytes: source.length };
  for (const f of distFiles) {
    if (f.includes("/")) {
      problems.push(`${DIST_DIR}/${f}: dist/ must be flat (services vendor it into one folder)`);
      continue;
    }
    const bytes = readFileSync(join(distPath, f));
    files[`${DIST_DIR}/${f}`] = { sha256: sha256Hex(bytes), bytes: bytes.length };
    const declared = isText(bytes) ? declaredVersions(new TextDecoder().decode(bytes)) : [];
    for (const other of declared.filter((v) => v !== version)) {
      problems.push(
        `${DIST_DIR}/${f} declares version ${JSON.stringify(other)} but ${SOURCE_FILE} has ${JSON.stringify(version)}: rebuild (\`deno task build\`) before pinning`
      );
    }
  }
  const bannerCommits = /* @__PURE__ */ new Set();
  for (const f of distFiles.filter((f2) => !f2.includes("/"))) {
    const head = new TextDecoder().decode(readFileSync(join(distPath, f)).subarray(0, 2e3));
    const c = head.match(/^\/\/ source commit: (\S+)$/m)?.[1];
    if (c === void 0 || c === "unknown") continue;
    bannerCommits.add(c);
    if (c.endsWith("+dirty")) {
      problems.push(
        `${DIST_DIR}/${f} was built from uncommitted changes (source commit ${c}): commit, rebuild, then pin`
      );
    }
  }
  if (bannerCommits.size > 1) {
    problems.push(
      `${DIST_DIR}/ mixes builds from several commits (${[...bannerCommits].join(", ")}): rebuild`
    );
  }
  let commit = bannerCommits.size === 1 ? [...bannerCommits][0] : "";
  try {
    commit ||= git(root, ["rev-parse", "HEAD"]);
    const dirty = git(root, ["status", "--porcelain", "--", SOURCE_FILE]);
    if (dirty !== "") {
      problems.push(
        `${SOURCE_FILE} has uncommitted changes: commit the VERSION bump first, so source.commit holds the pinned source`
      );
    }
  } catch (e) {
    problems.push(`cannot read the source commit with git in ${root}: ${e.message}`);
  }
  const manifestPath = join(distPath, MANIFEST_FILE);
  const previousText = readIfExists(manifestPath);
  if (previousText) {
    let previous;
    try {
      previous = parseManifest(new TextDecoder().decode(previousText), manifestPath);
    } catch {
    }
    if (previous && previous.version === version) {
      const changed = diffPins(previous.files, files);
      if (changed.length > 0) {
        problems.push(
          `Cannot re-pin version ${JSON.stringify(version)} as ${manifestPath} already pins different bytes under it (${changed.join("; ")}): bump VERSION in ${SOURCE_FILE}, commit, rebuild, then pin`
        );
      }
    }
  }
  const pubkeyPath = join(root, PUBKEY_FILE);
  if (existsSync(pubkeyPath)) {
    const expected = keyId(loadPublicKey(pubkeyPath));
    if (expected !== keyId(privateKey)) {
      problems.push(
        `the signing key is ${keyId(privateKey)} but ${pubkeyPath} is ${expected}: services would reject this signature (use the release key, or rotate ${PUBKEY_FILE} on purpose)`
      );
    }
  }
  if (problems.length > 0) throw new CheckError(problems.join("\n"));
  const manifest = {
    name: RELEASE_NAME,
    version,
    files,
    source: { commit },
    esbuild: esbuildVersion(root, distFiles.map((f) => join(distPath, f)))
  };
  signManifest(manifest, privateKey);
  writeFileSync(manifestPath, serializeManifest(manifest));
  return manifest;
}
function diffPins(before, after) {
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!before[k]) out.push(`${k} added`);
    else if (!after[k]) out.push(`${k} removed`);
    else if (before[k].sha256 !== after[k].sha256) out.push(`${k} changed`);
  }
  return out.sort();
}
function git(cwd, args) {
  return execFileSync("git", ["-C", cwd, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"]
  }).trim();
}
function esbuildVersion(root, bundlePaths) {
  const pkg = readIfExists(join(root, "node_modules", "esbuild", "package.json"));
  if (pkg) {
    const v = JSON.parse(new TextDecoder().decode(pkg)).version;
    if (typeof v === "string") return v;
  }
  for (const p of bundlePaths) {
    const head = new TextDecoder().decode(readFileSync(p).subarray(0, 2e3));
    const m = head.match(/esbuild[ @v]*(\d+\.\d+\.\d+)/);
    if (m) return m[1];
  }
  return null;
}
function vendor(opts) {
  const show = opts.show ?? ((p) => p);
  const distPath = existsSync(join(opts.from, MANIFEST_FILE)) ? opts.from : join(opts.from, DIST_DIR);
  const release = verifyDir({
    dir: distPath,
    pubkeyPath: opts.pubkeyPath,
    requireKey: false,
    show: opts.show
  });
  if (release.problems.length > 0) {
    throw new CheckError(
      [
        ...release.problems,
        `Cannot vendor from ${show(distPath)} as the release does not verify (fix the platform side first)`
      ].join("\n")
    );
  }
  const manifest = release.manifest;
  const selection = vendorSelection(manifest, opts.runtimes);
  const names = new Set(selection.map((k) => basename(k)));
  const lacking = [
    ...opts.runtimes.map((r) => `observability.${r}.mjs`),
    ...COMMON_VENDOR_FILES
  ].filter((n) => !names.has(n));
  if (lacking.length > 0) {
    throw new CheckError(
      `Cannot vendor runtime ${opts.runtimes.join(",")} as the release pins no ${lacking.join(", ")}`
    );
  }
  if (!existsSync(opts.serviceDir) || !statSync(opts.serviceDir).isDirectory()) {
    throw new UsageError(`Cannot vendor into ${opts.serviceDir} as it is not a directory`);
  }
  const target = join(opts.serviceDir, ...VENDOR_SUBDIR.split("/"));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const sourceRoot = dirname(distPath);
  for (const key of selection) copyFileSync(join(sourceRoot, key), join(target, basename(key)));
  copyFileSync(join(distPath, MANIFEST_FILE), join(target, MANIFEST_FILE));
  writeFileSync(join(target, GITATTRIBUTES_FILE), GITATTRIBUTES_TEXT);
  const marker = { runtimes: opts.runtimes };
  writeFileSync(join(target, VENDOR_MARKER_FILE), JSON.stringify(marker, null, 2) + "\n");
  const written = [...selection.map((k) => basename(k)), MANIFEST_FILE, GITATTRIBUTES_FILE];
  written.push(VENDOR_MARKER_FILE);
  if (opts.pubkeyPath) {
    copyFileSync(opts.pubkeyPath, join(target, PUBKEY_FILE));
    written.push(PUBKEY_FILE);
  }
  const notes = [...denoExclusion(opts.serviceDir, opts.runtimes)];
  if (!opts.pubkeyPath) {
    notes.push(
      `no --pubkey given: keep the platform's ${PUBKEY_FILE} in the service repo and pass it to verify (--pubkey), or re-run vendor with --pubkey to copy it into ${VENDOR_SUBDIR}/`
    );
  }
  return { target, files: written.sort(), notes };
}
function* denoExclusion(serviceDir, runtimes) {
  const snippet = `"exclude": ["${VENDOR_SUBDIR}/"]`;
  const configName = ["deno.json", "deno.jsonc"].find((n) => existsSync(join(serviceDir, n)));
  if (!configName) {
    if (runtimes.includes("deno")) {
      yield `no deno.json in the service: when you add one, include ${snippet} so deno fmt and deno lint never rewrite the vendored files`;
    }
    return;
  }
  const path = join(serviceDir, configName);
  let config;
  try {
    config = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    yield `${configName} is not plain JSON (comments?), so it was left alone: add ${snippet} to it yourself so deno fmt and deno lint never rewrite the vendored files`;
    return;
  }
  const covers = (list) => Array.isArray(list) && list.some(
    (p) => typeof p === "string" && ["vendor", "vendor/", VENDOR_SUBDIR, `${VENDOR_SUBDIR}/`].includes(p.replace(/^\.\//, ""))
  );
  const section = (name) => config[name] ?? {};
  if (covers(config.exclude) || covers(section("fmt").exclude) && covers(section("lint").exclude)) {
    return;
  }
  const exclude = Array.isArray(config.exclude) ? config.exclude : [];
  config.exclude = [...exclude, `${VENDOR_SUBDIR}/`];
  writeFileSync(path, JSON.stringify(config, null, 2) + "\n");
  yield `updated ${configName}: added "${VENDOR_SUBDIR}/" to "exclude" so deno fmt and deno lint never rewrite the vendored files (commit this change too)`;
}
function verifyDir(opts) {
  const show = opts.show ?? ((p) => p);
  const dir = opts.dir;
  const problems = [];
  const locations = /* @__PURE__ */ new Map();
  const result = { problems, locations, checkedFiles: 0 };
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifestBytes = readIfExists(manifestPath);
  if (!manifestBytes) {
    problems.push(
      `MISSING ${show(manifestPath)}: no manifest here (is ${show(dir)} a vendored folder?)`
    );
    return result;
  }
  let manifest;
  try {
    manifest = parseManifest(new TextDecoder().decode(manifestBytes), show(manifestPath));
  } catch (e) {
    problems.push(e.message);
    return result;
  }
  result.manifest = manifest;
  checkSignature(manifest, opts, show, problems, result);
  const markerPath = join(dir, VENDOR_MARKER_FILE);
  const markerBytes = readIfExists(markerPath);
  let required;
  const allowedExtra = /* @__PURE__ */ new Set([MANIFEST_FILE]);
  if (markerBytes) {
    let runtimes = [...RUNTIMES];
    try {
      const marker = JSON.parse(new TextDecoder().decode(markerBytes));
      if (!Array.isArray(marker.runtimes) || marker.runtimes.length === 0 || !marker.runtimes.every((r) => RUNTIMES.includes(r))) throw new Error(`runtimes must be a non-empty subset of ${RUNTIMES.join(", ")}`);
      runtimes = marker.runtimes;
    } catch (e) {
      problems.push(`MANIFEST ${show(markerPath)}: ${e.message}; re-run vendor`);
    }
    required = vendorSelection(manifest, runtimes);
    const seen = /* @__PURE__ */ new Map();
    for (const key of required) {
      const name = basename(key);
      if (seen.has(name)) {
        problems.push(
          `MANIFEST ${show(manifestPath)}: ${key} and ${seen.get(name)} share a file name`
        );
      }
      seen.set(name, key);
      locations.set(key, join(dir, name));
    }
    for (const f of VENDOR_METADATA_FILES) allowedExtra.add(f);
    const attributes = readIfExists(join(dir, GITATTRIBUTES_FILE));
    if (!attributes || !/^\*\s.*-text\b/m.test(new TextDecoder().decode(attributes))) {
      problems.push(
        `ATTRIBUTES ${show(join(dir, GITATTRIBUTES_FILE))}: ${attributes ? "lacks `* -text`" : "missing"}, so git may rewrite line endings on checkout: re-run vendor`
      );
    }
  } else {
    required = Object.keys(manifest.files).sort();
    const root = dirname(dir);
    for (const key of required) locations.set(key, join(root, ...key.split("/")));
  }
  for (const key of required) {
    const pinned = manifest.files[key];
    const path = locations.get(key);
    const bytes = readIfExists(path);
    const label = show(path) + (markerBytes ? ` (pinned as ${key})` : "");
    if (!bytes) {
      problems.push(`MISSING ${label}: pinned (sha256 ${pinned.sha256}) but not found`);
      continue;
    }
    result.checkedFiles++;
    const actual = sha256Hex(bytes);
    if (actual !== pinned.sha256) {
      const eol = lineEndingChange(bytes, pinned);
      problems.push(
        eol ? `LINE-ENDINGS ${label}: changed by line endings only (${eol}); expected sha256 ${pinned.sha256}, actual ${actual}` : `CHANGED ${label}: expected sha256 ${pinned.sha256}, actual ${actual} (${bytes.length} bytes, pinned ${pinned.bytes})`
      );
    }
    const declared = isText(bytes) ? declaredVersions(new TextDecoder().decode(bytes)) : [];
    for (const other of declared.filter((v) => v !== manifest.version)) {
      problems.push(
        `VERSION ${label}: declares version ${JSON.stringify(other)} but ${MANIFEST_FILE} pins version ${JSON.stringify(manifest.version)}`
      );
    }
  }
  const requiredHere = new Set(
    [...locations.values()].filter((p) => dirname(p) === dir).map((p) => basename(p))
  );
  for (const f of listFiles(dir)) {
    if (requiredHere.has(f) || allowedExtra.has(f)) continue;
    const pinnedElsewhere = markerBytes && Object.keys(manifest.files).some((k) => k.startsWith(`${DIST_DIR}/`) && basename(k) === f);
    problems.push(
      pinnedElsewhere ? `EXTRA ${show(join(dir, f))}: pinned, but not part of the runtimes in ${VENDOR_MARKER_FILE}; re-run vendor` : `EXTRA ${show(join(dir, f))}: not pinned in ${MANIFEST_FILE}; remove it (the folder holds only the release)`
    );
  }
  return result;
}
function checkSignature(manifest, opts, show, problems, result) {
  const where = show(join(opts.dir, MANIFEST_FILE));
  const pubkeyPath = opts.pubkeyPath ?? join(opts.dir, PUBKEY_FILE);
  if (!existsSync(pubkeyPath)) {
    if (opts.requireKey === false) return;
    problems.push(
      `SIGNATURE ${where}: no public key at ${show(pubkeyPath)}; pass --pubkey <platform ${PUBKEY_FILE}>`
    );
    return;
  }
  let publicKey;
  try {
    publicKey = loadPublicKey(pubkeyPath);
  } catch (e) {
    problems.push(
      `SIGNATURE ${show(pubkeyPath)}: not a PEM SPKI Ed25519 public key (${e.message})`
    );
    return;
  }
  const sig = manifest.signature;
  if (!sig) {
    problems.push(`SIGNATURE ${where}: the manifest is unsigned`);
    return;
  }
  const expectedId = keyId(publicKey);
  if (sig.keyId !== expectedId) {
    problems.push(
      `SIGNATURE ${where}: signed by key ${sig.keyId}, but the public key ${show(pubkeyPath)} is ${expectedId} (wrong public key, or the manifest was re-signed by another key)`
    );
    return;
  }
  const ok = verifySignature(
    null,
    signedBytes(manifest),
    publicKey,
    Buffer.from(sig.value, "base64")
  );
  if (!ok) {
    problems.push(
      `SIGNATURE ${where}: the signature does not verify: the manifest was edited after signing, or its signature was altered`
    );
    return;
  }
  result.signedBy = expectedId;
}
function diffLines(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (line) => ({ op: " ", line });
  return [
    ...a.slice(0, start).map(same),
    ...myers(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map(same)
  ];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const del = (line) => ({ op: "-", line });
  const ins = (line) => ({ op: "+", line });
  if (n === 0 || m === 0) return [...a.map(del), ...b.map(ins)];
  const max = n + m;
  const v = new Int32Array(2 * max + 3);
  const off = max + 1;
  const trace = [];
  const limit = Math.min(max, DIFF_MAX_EDIT_DISTANCE);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b);
    }
  }
  return [...a.map(del), ...b.map(ins)];
}
function backtrack(trace, a, b) {
  const edits = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const snap = trace[d];
    const at = (k2) => snap[k2 + d + 1];
    const k = x - y;
    const prevK = k === -d || k !== d && at(k - 1) < at(k + 1) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: " ", line: a[x - 1] });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) edits.push({ op: "+", line: b[y - 1] });
      else edits.push({ op: "-", line: a[x - 1] });
    }
    x = prevX;
    y = prevY;
  }
  return edits.reverse();
}
function unifiedHunks(edits) {
  const out = [];
  const changed = edits.map((e, i2) => e.op === " " ? -1 : i2).filter((i2) => i2 >= 0);
  if (changed.length === 0) return out;
  const posA = [];
  const posB = [];
  let la = 1;
  let lb = 1;
  for (const e of edits) {
    posA.push(la);
    posB.push(lb);
    if (e.op !== "+") la++;
    if (e.op !== "-") lb++;
  }
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, changed[i] - DIFF_CONTEXT_LINES);
    let last = changed[i];
    while (i + 1 < changed.length && changed[i + 1] - last <= 2 * DIFF_CONTEXT_LINES + 1) {
      last = changed[++i];
    }
    i++;
    const to = Math.min(edits.length, last + DIFF_CONTEXT_LINES + 1);
    const slice = edits.slice(from, to);
    const countA = slice.filter((e) => e.op !== "+").length;
    const countB = slice.filter((e) => e.op !== "-").length;
    out.push(`@@ -${posA[from]},${countA} +${posB[from]},${countB} @@`);
    out.push(...clipPairs(slice).map((e) => e.op + e.line));
  }
  return out;
}
function clipPairs(slice) {
  const out = slice.map((e) => ({ ...e, col: 0 }));
  for (let i = 0; i < out.length; ) {
    if (out[i].op !== "-") {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j].op === "-") j++;
    let k = j;
    while (k < out.length && out[k].op === "+") k++;
    for (let p = 0; p < Math.min(j - i, k - j); p++) {
      const [x, y] = [out[i + p].line, out[j + p].line];
      let c = 0;
      while (c < x.length && c < y.length && x[c] === y[c]) c++;
      out[i + p].col = c;
      out[j + p].col = c;
    }
    i = k;
  }
  return out.map(({ op, line, col }) => ({ op, line: clip(line, col) }));
}
function clip(line, col) {
  if (line.length <= DIFF_MAX_LINE_CHARS) return line;
  const start = Math.max(0, Math.min(col - 40, line.length - DIFF_MAX_LINE_CHARS));
  const end = start + DIFF_MAX_LINE_CHARS;
  return (start > 0 ? `[\u2026${start} chars]` : "") + line.slice(start, end) + (end < line.length ? `[\u2026${line.length - end} chars]` : "");
}
function splitLines(bytes) {
  const lines = new TextDecoder().decode(bytes).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function findPristine(pristine, key, pinned) {
  const candidates = [join(pristine, ...key.split("/")), join(pristine, basename(key))];
  candidates.push(join(pristine, DIST_DIR, basename(key)));
  let fallback;
  for (const path of candidates) {
    const bytes = readIfExists(path);
    if (!bytes) continue;
    if (sha256Hex(bytes) === pinned.sha256) return { path, bytes, matchesPin: true };
    fallback ??= { path, bytes };
  }
  return fallback ? { ...fallback, matchesPin: false } : void 0;
}
var HELP = {
  main: `lockbox \u2014 pin, sign, vendor and verify releases of the observability module

Usage: lockbox <command> [options]     (deno task lockbox \u2026 / npm run lockbox -- \u2026)

Commands:
  keygen   create an Ed25519 key pair for signing releases (maintainers)
  pin      hash observability.ts and dist/*, sign, write dist/lockbox.json (maintainers)
  vendor   copy a release into <service>/${VENDOR_SUBDIR}/ (service engineers)
  verify   check a vendored folder or dist/ against its signed manifest (CI)
  diff     show which lines of a vendored file differ from the pristine release

Run \`lockbox <command> --help\` for options. Exit codes: 0 ok, 1 check failed, 2 usage error.
See LOCKBOX.md.`,
  keygen: `Usage: lockbox keygen --private-key <path> [--public-key <path>] [--force]

Creates an Ed25519 key pair: the private key as PEM PKCS#8 with mode 0600, the public key as
PEM SPKI. Never commit the private key: keep it in a password manager or a CI secret
(LOCKBOX_SIGNING_KEY). Commit the public key as ${PUBKEY_FILE} in the platform repo root.

Options:
  --private-key <path>  where to write the private key (required; refused inside a git work tree
                        unless --force, so it cannot be committed by accident)
  --public-key <path>   where to write the public key (default: ${PUBKEY_FILE})
  --force               overwrite existing files / allow a private key inside a git work tree
  -h, --help            show this help`,
  pin: `Usage: lockbox pin [--root <platform repo>] [--key-file <path>]

Writes <root>/${DIST_DIR}/${MANIFEST_FILE}: name, version (VERSION in ${SOURCE_FILE}), sha256 and
size of ${SOURCE_FILE} and of every file in ${DIST_DIR}/, source commit, esbuild version, and an
Ed25519 signature. Refuses (exit 1) to re-pin different bytes under a VERSION that is already
pinned, to pin a bundle declaring another VERSION, to pin an uncommitted ${SOURCE_FILE}, and to
sign with a key that does not match <root>/${PUBKEY_FILE}.

Options:
  --root <dir>       platform repo root (default: the repo this script lives in)
  --key-file <path>  PEM PKCS#8 Ed25519 private key (default: env LOCKBOX_SIGNING_KEY, PEM text)
  -h, --help         show this help`,
  vendor: `Usage: lockbox vendor <service-dir> [--runtime node|bun|deno|all] [--from <dir>] [--pubkey <path>]

Verifies the release, then replaces <service-dir>/${VENDOR_SUBDIR}/ with: the runtime bundle(s),
${COMMON_VENDOR_FILES.join(", ")}, ${MANIFEST_FILE}, ${GITATTRIBUTES_FILE} (\`* -text\`: git
never rewrites line endings), ${VENDOR_MARKER_FILE} (the runtimes vendored, so verify can report
a missing bundle) and, with --pubkey, ${PUBKEY_FILE}. If the service has a plain-JSON deno.json,
adds "${VENDOR_SUBDIR}/" to its "exclude" so deno fmt/lint leave the files alone.

Options:
  --runtime <rt>   node, bun, deno or all (default: all)
  --from <dir>     platform repo root or its ${DIST_DIR}/ (default: the repo this script lives in)
  --pubkey <path>  platform public key: checks the release signature and is copied as ${PUBKEY_FILE}
  -h, --help       show this help`,
  verify: `Usage: lockbox verify [dir] [--pubkey <path>]

Recomputes the sha256 of every pinned file and checks the manifest's Ed25519 signature. Prints
one line per problem to stderr \u2014 CHANGED (expected/actual sha256), LINE-ENDINGS (changed by line
endings only), MISSING, EXTRA (file not pinned), VERSION (a file declares another VERSION than
the manifest), SIGNATURE, MANIFEST, ATTRIBUTES \u2014 and exits 1; prints one OK line and exits 0
when everything matches.

A folder with ${VENDOR_MARKER_FILE} is a vendored folder (files by name, runtimes from the
marker); otherwise it is a release directory whose pinned paths resolve against its parent
(e.g. \`verify dist\` in the platform repo also checks ${SOURCE_FILE}).

Arguments and options:
  dir              folder holding ${MANIFEST_FILE} (default: ${VENDOR_SUBDIR})
  --pubkey <path>  platform public key, PEM SPKI (default: <dir>/${PUBKEY_FILE})
  -h, --help       show this help`,
  diff: `Usage: lockbox diff [dir] --pristine <path>

For each pinned file in <dir> whose bytes differ from the pin, prints a unified line diff from
the pristine release to the local file (or says that only line endings differ). Exit 0 when
nothing differs, 1 when something does. Does not check the signature: use verify for that.

Arguments and options:
  dir               vendored folder or release directory (default: ${VENDOR_SUBDIR})
  --pristine <path> platform repo root, its ${DIST_DIR}/, or another vendored folder of the same
                    release (required)
  -h, --help        show this help`
};
function parse(command, argv, options) {
  try {
    return parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals: true,
      strict: true
    });
  } catch (e) {
    throw new UsageError(`${e.message}
Run \`lockbox ${command} --help\` for usage`);
  }
}
function opt(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function scriptRepoRoot() {
  return import.meta.url.startsWith("file:") ? dirname(dirname(fileURLToPath(import.meta.url))) : process.cwd();
}
function maxPositionals(command, positionals, max) {
  if (positionals.length > max) {
    throw new UsageError(
      `Cannot run ${command} as it takes at most ${max} argument(s): got ${JSON.stringify(positionals)}
Run \`lockbox ${command} --help\` for usage`
    );
  }
}
function run(argv, io = defaultIo()) {
  const at = (p) => resolve(io.cwd, p);
  const atOpt = (p) => p === void 0 ? void 0 : at(p);
  const show = (p) => {
    const rel = relative(io.cwd, p);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel.split(sep).join("/");
  };
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      (command === void 0 ? io.err : io.out)(HELP.main);
      return command === void 0 ? 2 : 0;
    }
    switch (command) {
      case "keygen": {
        const { values, positionals } = parse(command, rest, {
          "private-key": { type: "string" },
          "public-key": { type: "string" },
          force: { type: "boolean" }
        });
        if (values.help) {
          io.out(HELP.keygen);
          return 0;
        }
        maxPositionals(command, positionals, 0);
        if (!opt(values, "private-key")) {
          throw new UsageError(
            "Cannot run keygen as --private-key <path> is required (keep it outside the repo)"
          );
        }
        const priv = at(opt(values, "private-key"));
        const pub = at(opt(values, "public-key") ?? PUBKEY_FILE);
        for (const p of [priv, pub]) {
          if (existsSync(p) && !values.force) {
            throw new CheckError(`Cannot write ${show(p)} as it already exists: pass --force`);
          }
        }
        if (!values.force && insideGitWorkTree(dirname(priv))) {
          throw new CheckError(
            `Cannot write the private key to ${show(priv)} as it is inside a git work tree, where it could be committed: choose a path outside the repo, or pass --force`
          );
        }
        const { privateKey, publicKey } = generateKeyPairSync("ed25519");
        mkdirSync(dirname(priv), { recursive: true, mode: 448 });
        writeFileSync(priv, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 384 });
        chmodSync(priv, 384);
        writeFileSync(pub, publicKey.export({ type: "spki", format: "pem" }));
        io.out(
          `lockbox keygen: wrote private key ${show(priv)} (0600, never commit it) and public key ${show(pub)}, key ${keyId(publicKey)}`
        );
        return 0;
      }
      case "pin": {
        const { values, positionals } = parse(command, rest, {
          root: { type: "string" },
          "key-file": { type: "string" }
        });
        if (values.help) {
          io.out(HELP.pin);
          return 0;
        }
        maxPositionals(command, positionals, 0);
        const root = atOpt(opt(values, "root")) ?? scriptRepoRoot();
        let privateKey;
        if (opt(values, "key-file")) {
          const path = at(opt(values, "key-file"));
          const text = readIfExists(path);
          if (!text) {
            throw new UsageError(`Cannot read the signing key as ${show(path)} does not exist`);
          }
          privateKey = loadPrivateKey(new TextDecoder().decode(text), show(path));
        } else if (io.env.LOCKBOX_SIGNING_KEY) {
          privateKey = loadPrivateKey(io.env.LOCKBOX_SIGNING_KEY, "LOCKBOX_SIGNING_KEY");
        } else {
          throw new UsageError(
            "Cannot sign the manifest as no private key was given: set LOCKBOX_SIGNING_KEY (PEM text) or pass --key-file <path>"
          );
        }
        const m = pin({ root, privateKey });
        io.out(
          `lockbox pin: ${m.name} ${m.version} \u2014 ${Object.keys(m.files).length} files, commit ${m.source.commit.slice(0, 12)}, esbuild ${m.esbuild ?? "unknown"}, signed by ${m.signature.keyId} \u2192 ${show(join(root, DIST_DIR, MANIFEST_FILE))}`
        );
        return 0;
      }
      case "vendor": {
        const { values, positionals } = parse(command, rest, {
          runtime: { type: "string" },
          from: { type: "string" },
          pubkey: { type: "string" }
        });
        if (values.help) {
          io.out(HELP.vendor);
          return 0;
        }
        maxPositionals(command, positionals, 1);
        if (positionals.length === 0) {
          throw new UsageError(
            "Cannot vendor as <service-dir> is required\nRun `lockbox vendor --help` for usage"
          );
        }
        const r = vendor({
          serviceDir: at(positionals[0]),
          from: atOpt(opt(values, "from")) ?? scriptRepoRoot(),
          runtimes: parseRuntimes(opt(values, "runtime") ?? "all"),
          pubkeyPath: atOpt(opt(values, "pubkey")),
          show
        });
        for (const note of r.notes) io.err(`lockbox vendor: note: ${note}`);
        io.out(
          `lockbox vendor: wrote ${r.files.join(", ")} to ${show(r.target)}; commit the folder, then run \`lockbox verify ${show(r.target)}\` in CI`
        );
        return 0;
      }
      case "verify": {
        const { values, positionals } = parse(command, rest, { pubkey: { type: "string" } });
        if (values.help) {
          io.out(HELP.verify);
          return 0;
        }
        maxPositionals(command, positionals, 1);
        const dir = at(positionals[0] ?? VENDOR_SUBDIR);
        if (!existsSync(dir) || !statSync(dir).isDirectory()) {
          throw new UsageError(`Cannot verify ${show(dir)} as it is not a directory`);
        }
        const r = verifyDir({
          dir,
          pubkeyPath: atOpt(opt(values, "pubkey")),
          show
        });
        if (r.problems.length > 0) {
          for (const p of r.problems) io.err(p);
          const what = r.manifest ? ` (${r.manifest.name} ${r.manifest.version})` : "";
          io.err(
            `lockbox verify: FAILED \u2014 ${r.problems.length} problem(s) in ${show(dir)}${what}; see LOCKBOX.md "When verify fails"`
          );
          return 1;
        }
        io.out(
          `lockbox verify: OK ${r.manifest.name} ${r.manifest.version} \u2014 ${r.checkedFiles} files match ${MANIFEST_FILE}, signature by ${r.signedBy} (${show(dir)})`
        );
        return 0;
      }
      case "diff": {
        const { values, positionals } = parse(command, rest, { pristine: { type: "string" } });
        if (values.help) {
          io.out(HELP.diff);
          return 0;
        }
        maxPositionals(command, positionals, 1);
        if (!opt(values, "pristine")) {
          throw new UsageError(
            "Cannot diff as --pristine <path> is required (platform repo, its dist/, or a clean vendored copy)\nRun `lockbox diff --help` for usage"
          );
        }
        return diffCommand(
          at(positionals[0] ?? VENDOR_SUBDIR),
          at(opt(values, "pristine")),
          io,
          show
        );
      }
      default:
        throw new UsageError(
          `Cannot run ${JSON.stringify(command)} as it is not a command: use keygen, pin, vendor, verify or diff
Run \`lockbox --help\` for usage`
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lockbox ${command}: ${e.message}`);
      return 2;
    }
    if (e instanceof CheckError) {
      for (const line of e.message.split("\n")) io.err(`lockbox ${command}: ${line}`);
      return 1;
    }
    throw e;
  }
}
function diffCommand(dir, pristine, io, show) {
  const r = verifyDir({ dir, requireKey: false, show });
  if (!r.manifest) {
    for (const p of r.problems) io.err(p);
    return 1;
  }
  let differing = 0;
  for (const [key, path] of r.locations) {
    const pinned = r.manifest.files[key];
    const local = readIfExists(path);
    if (!local) {
      io.out(`${show(path)}: missing (nothing to diff)`);
      differing++;
      continue;
    }
    if (sha256Hex(local) === pinned.sha256) continue;
    differing++;
    const eol = lineEndingChange(local, pinned);
    if (eol) {
      io.out(`${show(path)}: line endings only (${eol}); every line differs, content does not`);
      continue;
    }
    const original = findPristine(pristine, key, pinned);
    if (!original) {
      io.err(`lockbox diff: no pristine copy of ${key} under ${show(pristine)}`);
      continue;
    }
    if (!original.matchesPin) {
      io.err(
        `lockbox diff: warning: ${show(original.path)} does not match the pin of ${key} either; diffing against it anyway`
      );
    }
    io.out(`--- ${show(original.path)}	(pinned ${key}, sha256 ${pinned.sha256.slice(0, 12)}\u2026)`);
    io.out(`+++ ${show(path)}	(sha256 ${sha256Hex(local).slice(0, 12)}\u2026)`);
    for (const line of unifiedHunks(diffLines(splitLines(original.bytes), splitLines(local)))) {
      io.out(line);
    }
    const nl = (b) => b.length > 0 && b[b.length - 1] === 10;
    if (nl(original.bytes) !== nl(local)) {
      io.out(`\\ trailing newline ${nl(local) ? "added" : "removed"} at end of file`);
    }
  }
  if (differing === 0) io.out(`lockbox diff: no differences from the pinned release`);
  return differing === 0 ? 0 : 1;
}
function insideGitWorkTree(dir) {
  let d = resolve(dir);
  while (!existsSync(d)) d = dirname(d);
  try {
    return git(d, ["rev-parse", "--is-inside-work-tree"]) === "true";
  } catch {
    return false;
  }
}
function writeLine(fd, line) {
  try {
    writeSync(fd, line + "\n");
  } catch (e) {
    if (e.code !== "EPIPE") throw e;
  }
}
function defaultIo() {
  const env = {};
  for (const name of ["LOCKBOX_SIGNING_KEY", "INIT_CWD"]) {
    try {
      env[name] = process.env[name];
    } catch {
    }
  }
  return {
    out: (line) => writeLine(1, line),
    err: (line) => writeLine(2, line),
    env,
    // deno task / npm run change the cwd to the repo root; INIT_CWD is where the user was.
    cwd: env.INIT_CWD ?? process.cwd()
  };
}
function isMain() {
  const meta = import.meta;
  if (typeof meta.main === "boolean") return meta.main;
  return import.meta.url.startsWith("file:") && process.argv[1] !== void 0 && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}
if (isMain()) {
  process.exitCode = run(process.argv.slice(2));
}
export {
  canonicalJson,
  declaredVersions,
  diffLines,
  keyId,
  parseManifest,
  pin,
  run,
  serializeManifest,
  sha256Hex,
  signManifest,
  signedBytes,
  unifiedHunks,
  vendor,
  vendorSelection,
  verifyDir
};
