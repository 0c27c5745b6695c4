// Signatures: Ed25519 (RFC 8032) through node:crypto, key fingerprints, key loading.
//
// A key's fingerprint is `sha256:` + the full 64 hex digits of SHA-256 over its SPKI DER
// encoding. It is the trust anchor services write into their CI definition (`--expect-key`);
// a short prefix is never accepted as an anchor.

import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { Buffer } from "node:buffer";
import { CheckError, UsageError } from "../common/cli.ts";

/** `sha256:` + 64 lowercase hex digits. */
export const FINGERPRINT_RE = /^sha256:[0-9a-f]{64}$/;

/** Lowercase hex sha256 of raw bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** SPKI DER of a key (the public half of a private key). */
export function spkiDer(key: KeyObject): Uint8Array {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  return pub.export({ type: "spki", format: "der" });
}

/** `sha256:<64 hex>` of the key's SPKI DER. */
export function fingerprint(key: KeyObject): string {
  return `sha256:${sha256Hex(spkiDer(key))}`;
}

/** The 0.1.x manifests' key id: `sha256:` + the first 16 hex digits of the fingerprint. */
export function shortKeyId(fp: string): string {
  return fp.slice(0, "sha256:".length + 16);
}

function requireEd25519(key: KeyObject, origin: string): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") {
    throw new CheckError(
      `Cannot use the key from ${origin} as it must be Ed25519: got ${
        JSON.stringify(key.asymmetricKeyType)
      }`,
    );
  }
  return key;
}

/**
 * Public key from PEM SPKI text or base64 SPKI DER.
 *
 * @throws {CheckError} not a readable Ed25519 public key
 */
export function publicKeyFrom(text: string, origin: string): KeyObject {
  let key: KeyObject;
  try {
    key = text.includes("-----BEGIN")
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
  } catch (e) {
    throw new CheckError(
      `Cannot read the public key from ${origin} as it must be PEM or base64 SPKI: ${
        (e as Error).message
      }`,
    );
  }
  return requireEd25519(key, origin);
}

/**
 * Private key from PEM PKCS#8 text. CI secret stores sometimes flatten newlines to a literal
 * `\n`; that is accepted too.
 *
 * @throws {UsageError} not a readable Ed25519 private key (the message never echoes the text)
 */
export function privateKeyFrom(pem: string, origin: string): KeyObject {
  const text = pem.includes("\n") ? pem : pem.replaceAll("\\n", "\n");
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new UsageError(
      `Cannot read the signing key from ${origin} as it must be a PEM PKCS#8 Ed25519 private key`,
    );
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new UsageError(`Cannot sign with the key from ${origin} as it must be Ed25519`);
  }
  return key;
}

/** Base64 Ed25519 signature of `message`. */
export function signBytes(message: Uint8Array, key: KeyObject): string {
  return sign(null, message, key).toString("base64");
}

/** Whether `signature` (base64) is a valid Ed25519 signature of `message` by `key`. */
export function verifyBytes(message: Uint8Array, key: KeyObject, signature: string): boolean {
  const sig = Buffer.from(signature, "base64");
  if (sig.length !== 64) return false;
  return verify(null, message, key, sig);
}
