// pin: platform side. Hash observability.ts and every file in dist/, sign, write
// dist/lockbox.json (format v2: the signature covers the file's exact bytes).
//
// Fails closed: no lockbox.pub, a key that is not lockbox.pub, a key the keyring revoked, a
// version already released (under any key), a stale, dirty or mixed build — each refuses.

import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KeyObject } from "node:crypto";
import { CheckError } from "../common/cli.ts";
import { git } from "../common/git.ts";
import { VERSION_SOURCE, versionIn } from "../common/version.ts";
import { declaredVersions, isText } from "./content.ts";
import {
  DIST_DIR,
  KEYRING_FILE,
  MANIFEST_FILE,
  MAX_METADATA_BYTES,
  PUBKEY_FILE,
  RELEASE_NAME,
} from "./constants.ts";
import { describeKind, listEntries, readRegular } from "./files.ts";
import { parseKeyring, Trust } from "./keyring.ts";
import {
  headV2,
  type Manifest,
  messageV2,
  openEnvelope,
  type PinnedFile,
  serializeV2,
} from "./manifest.ts";
import { fingerprint, publicKeyFrom, sha256Hex, signBytes, spkiDer } from "./signature.ts";

/** Options of {@linkcode pin}. */
export interface PinOptions {
  /** Platform repo root (holds observability.ts, lockbox.pub and dist/). */
  root: string;
  privateKey: KeyObject;
}

/**
 * Checks, signs and writes `<root>/dist/lockbox.json`; returns the manifest and the signer's
 * fingerprint.
 *
 * @throws {CheckError} every reason to refuse, one per line
 */
export function pin(opts: PinOptions): { manifest: Manifest; signedBy: string } {
  const { root, privateKey } = opts;
  const problems: string[] = [];
  checkKey(root, privateKey, problems);
  const source = readFile(join(root, VERSION_SOURCE));
  const version = versionIn(new TextDecoder().decode(source));
  if (!version) {
    throw new CheckError(
      `Cannot pin as ${VERSION_SOURCE} must contain a line \`export const VERSION = "<semver>";\``,
    );
  }
  const files: Record<string, PinnedFile> = {
    [VERSION_SOURCE]: { sha256: sha256Hex(source), bytes: source.length },
  };
  const banners = hashDist(root, version, files, problems);
  const commit = sourceCommit(root, banners, problems);
  checkRepin(root, version, files, fingerprint(privateKey), problems);
  if (problems.length > 0) throw new CheckError(problems.join("\n"));
  const manifest: Manifest = {
    name: RELEASE_NAME,
    version,
    files,
    source: { commit },
    esbuild: esbuildVersion(root, banners),
  };
  const head = headV2(manifest);
  const text = serializeV2(head, spkiDer(privateKey), signBytes(messageV2(head), privateKey));
  writeFileSync(join(root, DIST_DIR, MANIFEST_FILE), text);
  return { manifest, signedBy: fingerprint(privateKey) };
}

function readFile(path: string): Uint8Array {
  const r = readRegular(path);
  if (r.kind !== "file") throw new CheckError(`Cannot pin as ${path} ${describeKind(r.kind)}`);
  return r.bytes;
}

/** The signing key must be lockbox.pub, and not revoked by the keyring. */
function checkKey(root: string, privateKey: KeyObject, problems: string[]): void {
  const pubPath = join(root, PUBKEY_FILE);
  const r = readRegular(pubPath, MAX_METADATA_BYTES);
  if (r.kind !== "file") {
    throw new CheckError(
      `Cannot pin as ${pubPath} ${describeKind(r.kind)}: the release key's public half must be ` +
        `committed there first (lockbox keygen), so no other key can sign by accident`,
    );
  }
  const expected = fingerprint(publicKeyFrom(new TextDecoder().decode(r.bytes), pubPath));
  const actual = fingerprint(privateKey);
  if (expected !== actual) {
    problems.push(
      `the signing key is ${actual} but ${PUBKEY_FILE} is ${expected}: services would reject ` +
        `this signature (use the release key, or rotate ${PUBKEY_FILE} on purpose; see LOCKBOX.md)`,
    );
  }
  const ring = readRegular(join(root, KEYRING_FILE), MAX_METADATA_BYTES);
  if (ring.kind === "file") {
    const trust = new Trust([actual]);
    trust.addKeyring(
      parseKeyring(new TextDecoder().decode(ring.bytes), KEYRING_FILE),
      KEYRING_FILE,
    );
    problems.push(...trust.problems);
    const version = versionIn(new TextDecoder().decode(readFile(join(root, VERSION_SOURCE))));
    const refusal = version ? trust.refusal(actual, version) : undefined;
    if (refusal) problems.push(`${KEYRING_FILE}: ${refusal}`);
  }
}

/** Hashes every dist/ file into `files`; returns the banners' `source commit` values. */
function hashDist(
  root: string,
  version: string,
  files: Record<string, PinnedFile>,
  problems: string[],
): Map<string, string> {
  const dist = join(root, DIST_DIR);
  const banners = new Map<string, string>();
  const entries = listEntries(dist).filter((e) => e.name !== MANIFEST_FILE);
  if (entries.length === 0) {
    throw new CheckError(`Cannot pin as ${dist} is empty: run npm run build`);
  }
  for (const { name, kind } of entries) {
    if (kind !== "file") {
      problems.push(`${DIST_DIR}/${name} ${describeKind(kind)}: dist/ holds regular files only`);
      continue;
    }
    const bytes = readFile(join(dist, name));
    files[`${DIST_DIR}/${name}`] = { sha256: sha256Hex(bytes), bytes: bytes.length };
    const text = isText(bytes) ? new TextDecoder().decode(bytes) : "";
    for (const other of declaredVersions(text).filter((v) => v !== version)) {
      problems.push(
        `${DIST_DIR}/${name} declares version ${JSON.stringify(other)} but ${VERSION_SOURCE} has ` +
          `${JSON.stringify(version)}: rebuild (npm run build) before pinning`,
      );
    }
    const head = text.slice(0, 2000);
    const commit = head.match(/^\/\/ source commit: (\S+)$/m)?.[1];
    if (commit && commit !== "unknown") banners.set(name, commit);
    const esb = head.match(/esbuild[ @v]*(\d+\.\d+\.\d+)/)?.[1];
    if (esb) banners.set(`esbuild:${name}`, esb);
  }
  return banners;
}

/** The bundles' banner commit (the last commit that touched a build input), else HEAD. */
function sourceCommit(root: string, banners: Map<string, string>, problems: string[]): string {
  const commits = new Set(
    [...banners].filter(([k]) => !k.startsWith("esbuild:")).map(([, v]) => v),
  );
  for (const c of commits) {
    if (c.endsWith("+dirty")) {
      problems.push(
        `dist/ was built from uncommitted changes (source commit ${c}): commit, rebuild, then pin`,
      );
    }
  }
  if (commits.size > 1) {
    problems.push(`dist/ mixes builds from several commits (${[...commits].join(", ")}): rebuild`);
  }
  try {
    if (git(root, ["status", "--porcelain", "--", VERSION_SOURCE]) !== "") {
      problems.push(
        `${VERSION_SOURCE} has uncommitted changes: commit the VERSION bump first, so ` +
          `source.commit holds the pinned source`,
      );
    }
    return commits.size === 1 ? [...commits][0] : git(root, ["rev-parse", "HEAD"]);
  } catch (e) {
    problems.push(`cannot read the source commit with git in ${root}: ${(e as Error).message}`);
    return "";
  }
}

/**
 * One version, one genuine manifest: re-pinning is allowed only when it reproduces the existing
 * file exactly (same bytes, same key); a version signed before (by any key, in any format) with
 * other bytes or by another key is refused.
 */
function checkRepin(
  root: string,
  version: string,
  files: Record<string, PinnedFile>,
  signer: string,
  problems: string[],
): void {
  const path = join(root, DIST_DIR, MANIFEST_FILE);
  const r = readRegular(path, MAX_METADATA_BYTES);
  if (r.kind !== "file") return;
  let previous: Manifest;
  let previousKey: string;
  try {
    const env = openEnvelope(r.bytes, path);
    previous = env.body();
    previousKey = env.publicKey
      ? `sha256:${sha256Hex(Buffer.from(env.publicKey, "base64"))}`
      : env.keyHint!;
  } catch {
    return; // An unreadable old manifest pins nothing; it is simply replaced.
  }
  if (previous.version !== version) return;
  if (previousKey !== signer) {
    problems.push(
      `Cannot re-pin version ${JSON.stringify(version)} as it is already released, signed by ` +
        `${previousKey}: two genuine manifests for one version would exist; bump VERSION`,
    );
  }
  const changed = diffPins(previous.files, files);
  if (changed.length > 0) {
    problems.push(
      `Cannot re-pin version ${JSON.stringify(version)} as ${path} already pins different ` +
        `bytes under it (${changed.join("; ")}): bump VERSION in ${VERSION_SOURCE}, commit, ` +
        `rebuild, then pin`,
    );
  }
}

function diffPins(before: Record<string, PinnedFile>, after: Record<string, PinnedFile>): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!before[k]) out.push(`${k} added`);
    else if (!after[k]) out.push(`${k} removed`);
    else if (before[k].sha256 !== after[k].sha256) out.push(`${k} changed`);
  }
  return out.sort();
}

/** esbuild version from node_modules/esbuild/package.json, else from a bundle banner. */
function esbuildVersion(root: string, banners: Map<string, string>): string | null {
  const pkg = readRegular(join(root, "node_modules", "esbuild", "package.json"));
  if (pkg.kind === "file") {
    const v = JSON.parse(new TextDecoder().decode(pkg.bytes)).version;
    if (typeof v === "string") return v;
  }
  return [...banners].find(([k]) => k.startsWith("esbuild:"))?.[1] ?? null;
}
