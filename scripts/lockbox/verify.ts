// verify: is this folder exactly a release the CI's anchor vouches for?
//
// Order matters: (1) trust from the anchors (`--expect-key`) and keyrings; (2) the manifest,
// a regular file under the size cap, split into signed bytes and signature; (3) the signature,
// by a trusted, unrevoked key, for a version ≥ `--min-version`; only then (4) the listed files,
// each through lstat. A manifest that fails (2) or (3) stops here: no listed file is read.

import { basename, dirname, join } from "node:path";
import { CheckError } from "../common/cli.ts";
import { compareSemver } from "../common/version.ts";
import { cosmeticChange, declaredVersions, isText } from "./content.ts";
import {
  COMMON_VENDOR_FILES,
  DIST_DIR,
  GITATTRIBUTES_FILE,
  GITATTRIBUTES_TEXT,
  KEYRING_FILE,
  MANIFEST_FILE,
  MAX_METADATA_BYTES,
  type Runtime,
  RUNTIMES,
  VENDOR_MARKER_FILE,
  VENDOR_METADATA_FILES,
} from "./constants.ts";
import { describeKind, entryKind, listEntries, readRegular, readUnder } from "./files.ts";
import { parseKeyring, Trust } from "./keyring.ts";
import { type Envelope, type Manifest, openEnvelope } from "./manifest.ts";
import { publicKeyFrom, sha256Hex, verifyBytes } from "./signature.ts";
import { fingerprintOfDer } from "./keyring.ts";

/** Options of {@linkcode verifyDir}. */
export interface VerifyOptions {
  /** A vendored folder (has lockbox.vendor.json) or a platform release directory (dist/). */
  dir: string;
  /** Trust anchors: `sha256:<64 hex>` fingerprints, from the CI definition. At least one. */
  expectKeys: string[];
  /** Public key files; each must be one of `expectKeys` (never an anchor by itself). */
  pubkeyPaths?: string[];
  /** Keyring files with public keys, announcements and revocations. */
  keyringPaths?: string[];
  /** Refuse releases older than this semver (rollback). */
  minVersion?: string;
  /** Turns absolute paths into what the user typed (for messages). */
  show?: (path: string) => string;
}

/** Result of {@linkcode verifyDir}: one line per problem; empty means verified. */
export interface VerifyResult {
  problems: string[];
  manifest?: Manifest;
  checkedFiles: number;
  signedBy?: string;
}

/** Where each pinned file of a folder is expected, and what else may be there. */
export interface Layout {
  vendored: boolean;
  /** Pinned key → absolute path. */
  locations: Map<string, string>;
  /** Names directly in the folder that may exist besides the pinned files there. */
  allowed: Set<string>;
  problems: string[];
}

/**
 * Verifies a vendored folder or a platform release directory against its signed manifest.
 * Collects every problem, one line each, prefixed by its kind: SIGNATURE, ROLLBACK, REVOKED,
 * MANIFEST, KEYRING, CHANGED, LINE-ENDINGS, MISSING, EXTRA, NOT-REGULAR, VERSION, ATTRIBUTES.
 *
 * @throws {CheckError} never for problems in the folder (they are returned); only for
 *   unreadable trust inputs given on the command line (a `--pubkey` that is not a key)
 */
export function verifyDir(opts: VerifyOptions): VerifyResult {
  const show = opts.show ?? ((p: string) => p);
  const result: VerifyResult = { problems: [], checkedFiles: 0 };
  const problems = result.problems;
  const dirKind = entryKind(opts.dir);
  if (dirKind !== "directory") {
    problems.push(`NOT-REGULAR ${show(opts.dir)}: ${describeKind(dirKind)}; expected a folder`);
    return result;
  }
  const trust = loadTrust(opts, show);
  problems.push(...trust.problems);
  const envelope = readEnvelope(opts.dir, show, problems);
  if (!envelope) return result;
  const signedBy = checkSignature(envelope, trust, show(join(opts.dir, MANIFEST_FILE)), problems);
  if (!signedBy) return result;
  let manifest: Manifest;
  try {
    manifest = envelope.body();
  } catch (e) {
    problems.push((e as Error).message);
    return result;
  }
  result.manifest = manifest;
  result.signedBy = signedBy;
  checkVersion(manifest, signedBy, trust, opts, show(join(opts.dir, MANIFEST_FILE)), problems);
  if (problems.length > 0) return result;
  const layout = layoutOf(opts.dir, manifest, show);
  problems.push(...layout.problems);
  result.checkedFiles = checkFiles(opts.dir, manifest, layout, show, problems);
  checkExtras(opts.dir, manifest, layout, show, problems);
  return result;
}

function loadTrust(opts: VerifyOptions, show: (p: string) => string): Trust {
  const trust = new Trust(opts.expectKeys);
  for (const path of opts.pubkeyPaths ?? []) {
    const r = readRegular(path, MAX_METADATA_BYTES);
    if (r.kind !== "file") {
      throw new CheckError(`SIGNATURE --pubkey ${show(path)}: ${describeKind(r.kind)}`);
    }
    const key = publicKeyFrom(new TextDecoder().decode(r.bytes), show(path));
    const fp = trust.addPublicKey(key);
    if (!opts.expectKeys.includes(fp)) {
      trust.problems.push(
        `SIGNATURE --pubkey ${show(path)} is key ${fp}, which is not an --expect-key anchor ` +
          `(${opts.expectKeys.join(", ")}): a public key file is never trusted by itself`,
      );
    }
  }
  const keyrings = [...(opts.keyringPaths ?? [])];
  // A vendored folder carries its keyring; a release directory's is at the repo root.
  const vendored = entryKind(join(opts.dir, VENDOR_MARKER_FILE)) !== "missing";
  const own = join(vendored ? opts.dir : dirname(opts.dir), KEYRING_FILE);
  for (const p of [own]) {
    if (!keyrings.includes(p) && entryKind(p) !== "missing") keyrings.push(p);
  }
  for (const path of keyrings) {
    try {
      const r = readRegular(path, MAX_METADATA_BYTES);
      if (r.kind !== "file") throw new CheckError(`KEYRING ${show(path)}: ${describeKind(r.kind)}`);
      trust.addKeyring(parseKeyring(new TextDecoder().decode(r.bytes), show(path)), show(path));
    } catch (e) {
      if (!(e instanceof CheckError || e instanceof RangeError)) throw e;
      trust.problems.push(
        e instanceof RangeError ? `KEYRING ${show(path)}: ${e.message}` : e.message,
      );
    }
  }
  return trust;
}

function readEnvelope(
  dir: string,
  show: (p: string) => string,
  problems: string[],
): Envelope | undefined {
  const path = join(dir, MANIFEST_FILE);
  try {
    const r = readRegular(path, MAX_METADATA_BYTES);
    if (r.kind === "missing") {
      problems.push(`MISSING ${show(path)}: no manifest here (is ${show(dir)} a vendored folder?)`);
      return undefined;
    }
    if (r.kind !== "file") {
      problems.push(`NOT-REGULAR ${show(path)}: ${describeKind(r.kind)}`);
      return undefined;
    }
    return openEnvelope(r.bytes, show(path));
  } catch (e) {
    if (e instanceof RangeError) {
      problems.push(`MANIFEST ${show(path)}: ${e.message}; refused unread`);
      return undefined;
    }
    if (!(e instanceof CheckError)) throw e;
    problems.push(e.message);
    return undefined;
  }
}

/** The signer's fingerprint when the signature verifies with a trusted key; else a problem. */
function checkSignature(
  env: Envelope,
  trust: Trust,
  where: string,
  problems: string[],
): string | undefined {
  let fp: string | undefined;
  if (env.format === 2) {
    fp = fingerprintOfDer(env.publicKey!);
    if (!trust.isTrusted(fp)) {
      problems.push(
        `SIGNATURE ${where}: signed by key ${fp}, which is not trusted: not an --expect-key ` +
          `anchor, nor announced by one (a re-signed manifest, or a rotation your CI has not followed)`,
      );
      return undefined;
    }
    if (!trust.key(fp)) trust.addPublicKey(publicKeyFrom(env.publicKey!, where));
  } else {
    fp = trust.byShortId(env.keyHint!);
    if (!fp) {
      problems.push(
        `SIGNATURE ${where}: signed by key ${env.keyHint} (v1 manifest), which matches no ` +
          `trusted key whose public half is known (--expect-key, plus --keyring or --pubkey)`,
      );
      return undefined;
    }
  }
  if (!verifyBytes(env.message, trust.key(fp)!, env.signature)) {
    problems.push(
      `SIGNATURE ${where}: the signature does not verify: the manifest was edited after ` +
        `signing, or its signature was altered`,
    );
    return undefined;
  }
  return fp;
}

function checkVersion(
  m: Manifest,
  fp: string,
  trust: Trust,
  opts: VerifyOptions,
  where: string,
  problems: string[],
): void {
  const refusal = trust.refusal(fp, m.version);
  if (refusal) problems.push(`REVOKED ${where}: ${refusal}`);
  if (opts.minVersion && compareSemver(m.version, opts.minVersion) < 0) {
    problems.push(
      `ROLLBACK ${where}: release ${m.version} is older than --min-version ${opts.minVersion}`,
    );
  }
}

/** Pinned keys a vendored folder holds for these runtimes: their bundles + the common files. */
export function vendorSelection(manifest: Manifest, runtimes: readonly Runtime[]): string[] {
  return Object.keys(manifest.files).filter((key) => {
    if (!key.startsWith(`${DIST_DIR}/`) || key.split("/").length !== 2) return false;
    const name = basename(key);
    const rt = RUNTIMES.find((r) => name.includes(`.${r}.`));
    return rt ? runtimes.includes(rt) : (COMMON_VENDOR_FILES as readonly string[]).includes(name);
  }).sort();
}

/** `lockbox.vendor.json` text for these runtimes (verify requires exactly these bytes). */
export function markerText(runtimes: readonly Runtime[]): string {
  const ordered = RUNTIMES.filter((r) => runtimes.includes(r));
  return JSON.stringify({ runtimes: ordered }, null, 2) + "\n";
}

/**
 * Where each pinned file of `dir` should be. With lockbox.vendor.json: flat, by name, for the
 * marker's runtimes, and the marker and .gitattributes must be exactly what vendor writes.
 * Without: a release directory; its pinned files (`dist/…`) resolve against its parent.
 */
export function layoutOf(dir: string, m: Manifest, show: (p: string) => string): Layout {
  const markerPath = join(dir, VENDOR_MARKER_FILE);
  const layout: Layout = {
    vendored: false,
    locations: new Map(),
    allowed: new Set(),
    problems: [],
  };
  layout.allowed.add(MANIFEST_FILE);
  if (entryKind(markerPath) === "missing") {
    // A release directory: its own files. Pinned sources outside it (observability.ts) belong to
    // the source commit, which reproduce_dist.ts rebuilds; main may have moved on since.
    const prefix = `${basename(dir)}/`;
    for (const key of Object.keys(m.files).filter((k) => k.startsWith(prefix)).sort()) {
      layout.locations.set(key, join(dirname(dir), ...key.split("/")));
    }
    return layout;
  }
  layout.vendored = true;
  for (const f of VENDOR_METADATA_FILES) layout.allowed.add(f);
  const runtimes = readMarker(markerPath, show, layout.problems);
  for (const key of vendorSelection(m, runtimes)) {
    layout.locations.set(key, join(dir, basename(key)));
  }
  const attrPath = join(dir, GITATTRIBUTES_FILE);
  const attr = readRegular(attrPath, MAX_METADATA_BYTES);
  if (attr.kind !== "file" || new TextDecoder().decode(attr.bytes) !== GITATTRIBUTES_TEXT) {
    layout.problems.push(
      `ATTRIBUTES ${show(attrPath)}: ${
        attr.kind === "file" ? "differs from what vendor writes" : describeKind(attr.kind)
      }; git may rewrite line endings or run filters on checkout: re-run vendor`,
    );
  }
  return layout;
}

function readMarker(path: string, show: (p: string) => string, problems: string[]): Runtime[] {
  const r = readRegular(path, MAX_METADATA_BYTES);
  const text = r.kind === "file" ? new TextDecoder().decode(r.bytes) : "";
  const candidates = subsets().filter((s) => markerText(s) === text);
  if (candidates.length === 1) return candidates[0];
  problems.push(
    `MANIFEST ${show(path)}: ${
      r.kind === "file" ? "not exactly what vendor writes" : describeKind(r.kind)
    } (a non-empty subset of ${RUNTIMES.join(", ")}); re-run vendor`,
  );
  return [...RUNTIMES];
}

function subsets(): Runtime[][] {
  const out: Runtime[][] = [];
  for (let mask = 1; mask < 1 << RUNTIMES.length; mask++) {
    out.push(RUNTIMES.filter((_, i) => mask & (1 << i)));
  }
  return out;
}

function checkFiles(
  dir: string,
  m: Manifest,
  layout: Layout,
  show: (p: string) => string,
  problems: string[],
): number {
  let checked = 0;
  for (const [key, path] of layout.locations) {
    const pinned = m.files[key];
    const label = show(path) + (layout.vendored ? ` (pinned as ${key})` : "");
    const r = layout.vendored ? readRegular(path) : readUnder(dirname(dir), key);
    if (r.kind === "missing") {
      problems.push(`MISSING ${label}: pinned (sha256 ${pinned.sha256}) but not found`);
      continue;
    }
    if (r.kind !== "file") {
      problems.push(`NOT-REGULAR ${label}: ${describeKind(r.kind)}`);
      continue;
    }
    checked++;
    const actual = sha256Hex(r.bytes);
    if (actual !== pinned.sha256) {
      const cosmetic = cosmeticChange(r.bytes, pinned.sha256);
      problems.push(
        cosmetic
          ? `LINE-ENDINGS ${label}: changed by ${cosmetic} only; expected sha256 ${pinned.sha256}, actual ${actual}`
          : `CHANGED ${label}: expected sha256 ${pinned.sha256}, actual ${actual} (${r.bytes.length} bytes, pinned ${pinned.bytes})`,
      );
    }
    const declared = isText(r.bytes) ? declaredVersions(new TextDecoder().decode(r.bytes)) : [];
    for (const other of declared.filter((v) => v !== m.version)) {
      problems.push(
        `VERSION ${label}: declares version ${JSON.stringify(other)} but ${MANIFEST_FILE} ` +
          `pins version ${JSON.stringify(m.version)}`,
      );
    }
  }
  return checked;
}

function checkExtras(
  dir: string,
  m: Manifest,
  layout: Layout,
  show: (p: string) => string,
  problems: string[],
): void {
  const here = new Set(
    [...layout.locations.values()].filter((p) => dirname(p) === dir).map((p) => basename(p)),
  );
  for (const { name, kind } of listEntries(dir)) {
    const path = show(join(dir, name));
    if (here.has(name)) continue;
    if (layout.allowed.has(name)) {
      if (kind !== "file") problems.push(`NOT-REGULAR ${path}: ${describeKind(kind)}`);
      continue;
    }
    const pinnedElsewhere = layout.vendored &&
      Object.keys(m.files).some((k) => k === `${DIST_DIR}/${name}`);
    problems.push(
      pinnedElsewhere
        ? `EXTRA ${path}: pinned, but not part of the runtimes in ${VENDOR_MARKER_FILE}; re-run vendor`
        : `EXTRA ${path}: not pinned in ${MANIFEST_FILE}; remove it (the folder holds only the release)${
          kind === "file" ? "" : ` (it ${describeKind(kind)})`
        }`,
    );
  }
}
