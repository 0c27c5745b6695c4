// Key management commands: keygen, fingerprint, announce (rotation), revoke.

import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CheckError, UsageError } from "../common/cli.ts";
import { git } from "../common/git.ts";
import { SEMVER_RE } from "../common/version.ts";
import { MAX_METADATA_BYTES } from "./constants.ts";
import { describeKind, readRegular } from "./files.ts";
import {
  addKey,
  addStatement,
  emptyKeyring,
  type KeyringFile,
  parseKeyring,
  serializeKeyring,
} from "./keyring.ts";
import {
  fingerprint,
  FINGERPRINT_RE,
  privateKeyFrom,
  publicKeyFrom,
  spkiDer,
} from "./signature.ts";
import { Buffer } from "node:buffer";

/** Reads a small regular file as text, or throws `UsageError` naming `what`. */
export function readText(path: string, what: string): string {
  const r = readRegular(path, MAX_METADATA_BYTES);
  if (r.kind !== "file") {
    throw new UsageError(`Cannot read ${what} as ${path} ${describeKind(r.kind)}`);
  }
  return new TextDecoder().decode(r.bytes);
}

/** The public key in a PEM file. */
export function loadPublicKeyFile(path: string): KeyObject {
  return publicKeyFrom(readText(path, "the public key"), path);
}

/** The signing key from `--key-file`, else from `LOCKBOX_SIGNING_KEY` (PEM text). */
export function loadSigningKey(
  keyFile: string | undefined,
  envValue: string | undefined,
): KeyObject {
  if (keyFile) return privateKeyFrom(readText(keyFile, "the signing key"), keyFile);
  if (envValue) return privateKeyFrom(envValue, "LOCKBOX_SIGNING_KEY");
  throw new UsageError(
    "Cannot sign as no private key was given: set LOCKBOX_SIGNING_KEY (PEM text) or pass " +
      "--key-file <path>",
  );
}

/** Options of {@linkcode keygen}. */
export interface KeygenOptions {
  privateKeyPath: string;
  publicKeyPath: string;
  /** Keyring file to add the public key to (created when missing). */
  keyringPath?: string;
  comment?: string;
  force: boolean;
}

/**
 * Creates an Ed25519 key pair: private PEM PKCS#8 with mode 0600, public PEM SPKI; returns the
 * fingerprint. Never prints the private key.
 *
 * @throws {CheckError} a file exists (without force), or the private key would land in a git
 * work tree (without force)
 */
export function keygen(o: KeygenOptions): string {
  for (const p of [o.privateKeyPath, o.publicKeyPath]) {
    if (existsSync(p) && !o.force) {
      throw new CheckError(`Cannot write ${p} as it already exists: pass --force`);
    }
  }
  if (!o.force && insideGitWorkTree(dirname(o.privateKeyPath))) {
    throw new CheckError(
      `Cannot write the private key to ${o.privateKeyPath} as it is inside a git work tree, ` +
        `where it could be committed: choose a path outside the repo, or pass --force`,
    );
  }
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  mkdirSync(dirname(o.privateKeyPath), { recursive: true, mode: 0o700 });
  writeFileSync(o.privateKeyPath, privateKey.export({ type: "pkcs8", format: "pem" }), {
    mode: 0o600,
  });
  chmodSync(o.privateKeyPath, 0o600);
  writeFileSync(o.publicKeyPath, publicKey.export({ type: "spki", format: "pem" }));
  if (o.keyringPath) {
    const ring = loadKeyring(o.keyringPath, true);
    addKey(ring, publicKey, o.comment);
    writeFileSync(o.keyringPath, serializeKeyring(ring));
  }
  return fingerprint(publicKey);
}

function insideGitWorkTree(dir: string): boolean {
  let d = resolve(dir);
  while (!existsSync(d)) d = dirname(d);
  try {
    return git(d, ["rev-parse", "--is-inside-work-tree"]) === "true";
  } catch {
    return false;
  }
}

/** A keyring file, or an empty one when `create` and it does not exist. */
export function loadKeyring(path: string, create = false): KeyringFile {
  if (create && !existsSync(path)) return emptyKeyring();
  return parseKeyring(readText(path, "the keyring"), path);
}

/**
 * Signs, with the old key, a statement that `newKey` signs releases from `minVersion` on, and
 * adds both keys and the statement to the keyring.
 *
 * @throws {UsageError} `minVersion` is not semver
 */
export function announce(
  keyringPath: string,
  oldKey: KeyObject,
  newKey: KeyObject,
  minVersion: string,
): string {
  if (!SEMVER_RE.test(minVersion)) {
    throw new UsageError(
      `Cannot announce as --min-version must be semver: got ${JSON.stringify(minVersion)}`,
    );
  }
  const ring = loadKeyring(keyringPath, true);
  addKey(ring, oldKey);
  addKey(ring, newKey);
  const publicKey = Buffer.from(spkiDer(newKey)).toString("base64");
  addStatement(ring, { type: "announce", key: fingerprint(newKey), publicKey, minVersion }, oldKey);
  writeFileSync(keyringPath, serializeKeyring(ring));
  return fingerprint(newKey);
}

/**
 * Signs a revocation of `key` (a fingerprint): valid for releases up to `validThrough`, or for
 * none when it is null; adds it to the keyring.
 *
 * @throws {UsageError} a malformed fingerprint or version
 */
export function revoke(
  keyringPath: string,
  signer: KeyObject,
  key: string,
  validThrough: string | null,
  reason: string,
): void {
  if (!FINGERPRINT_RE.test(key)) {
    throw new UsageError(
      `Cannot revoke as --key must be sha256:<64 hex>: got ${JSON.stringify(key)}`,
    );
  }
  if (validThrough !== null && !SEMVER_RE.test(validThrough)) {
    throw new UsageError(
      `Cannot revoke as --valid-through must be semver: got ${JSON.stringify(validThrough)}`,
    );
  }
  const ring = loadKeyring(keyringPath, true);
  addKey(ring, signer);
  addStatement(ring, { type: "revoke", key, validThrough, reason }, signer);
  writeFileSync(keyringPath, serializeKeyring(ring));
}
