// Keyring and rotation: which keys may sign which releases.
//
// Trust starts from the anchors in the CI definition (`--expect-key sha256:<64 hex>`) and only
// grows through statements signed by a key already trusted:
//   announce  {"type":"announce","key":"sha256:NEW","publicKey":"<SPKI DER base64>",
//              "minVersion":"X.Y.Z"}   — signed by the old key: services follow the new key
//              without trusting a stranger (their anchor vouches for it);
//   revoke    {"type":"revoke","key":"sha256:K","validThrough":"X.Y.Z"|null,"reason":"…"}
//              — signed by K itself or any trusted key: K signs nothing after X.Y.Z (null:
//              nothing at all).
// Statements are signed as "lockbox-statement-v1\n" + their exact text, so they can travel in any
// copy of `lockbox.keyring.json` (the platform's, the vendored one): an edit breaks them, and a
// key's public half is bound to its fingerprint, so the file itself needs no signature.

import { Buffer } from "node:buffer";
import { createPublicKey, type KeyObject } from "node:crypto";
import { CheckError } from "../common/cli.ts";
import { compareSemver, SEMVER_RE } from "../common/version.ts";
import { parseStrictJson } from "./json.ts";
import {
  fingerprint,
  FINGERPRINT_RE,
  publicKeyFrom,
  sha256Hex,
  shortKeyId,
  signBytes,
  spkiDer,
  verifyBytes,
} from "./signature.ts";

/** Format tag of keyring files. */
export const KEYRING_FORMAT = "lockbox-keyring-v1";
const STATEMENT_CONTEXT = "lockbox-statement-v1\n";

/** One public key in a keyring file. */
export interface KeyEntry {
  /** `sha256:<64 hex>` of the SPKI DER. */
  id: string;
  /** Base64 SPKI DER. */
  publicKey: string;
  /** Why the key exists, its validity, how it was stored; not trusted, for people. */
  comment?: string;
}

/** One signed statement, as stored. */
export interface SignedStatement {
  /** The exact statement text that was signed (JSON). */
  statement: string;
  signedBy: string;
  signature: string;
}

/** `lockbox.keyring.json`. */
export interface KeyringFile {
  format: typeof KEYRING_FORMAT;
  keys: KeyEntry[];
  statements: SignedStatement[];
}

/** A statement's content once its signature is checked. */
type Statement =
  | { type: "announce"; key: string; publicKey: string; minVersion: string }
  | { type: "revoke"; key: string; validThrough: string | null; reason: string };

/** Why a key is trusted, and from which version. */
interface TrustedKey {
  via: string;
  minVersion?: string;
}

/** Fingerprint of base64 SPKI DER, without parsing it as a key. */
export function fingerprintOfDer(base64: string): string {
  return `sha256:${sha256Hex(Buffer.from(base64, "base64"))}`;
}

/** An empty keyring file. */
export function emptyKeyring(): KeyringFile {
  return { format: KEYRING_FORMAT, keys: [], statements: [] };
}

/** Keyring file → text: 2-space JSON, trailing newline. */
export function serializeKeyring(k: KeyringFile): string {
  return JSON.stringify(k, null, 2) + "\n";
}

/**
 * Parses a keyring file strictly (duplicate keys refused) and checks each key's id.
 *
 * @throws {CheckError} `KEYRING <origin>: …`
 */
export function parseKeyring(text: string, origin: string): KeyringFile {
  const fail = (what: string) => new CheckError(`KEYRING ${origin}: ${what}`);
  let raw: Record<string, unknown>;
  try {
    raw = parseStrictJson(text) as Record<string, unknown>;
  } catch (e) {
    throw fail(`not strictly valid JSON: ${(e as Error).message}`);
  }
  if (raw?.format !== KEYRING_FORMAT || !Array.isArray(raw.keys)) {
    throw fail(`must be { "format": "${KEYRING_FORMAT}", "keys": [...], "statements": [...] }`);
  }
  const statements = raw.statements ?? [];
  if (!Array.isArray(statements)) throw fail("statements must be an array");
  for (const k of raw.keys as KeyEntry[]) {
    if (typeof k?.publicKey !== "string" || fingerprintOfDer(k.publicKey) !== k.id) {
      throw fail(`key ${JSON.stringify(k?.id)} does not match its publicKey's fingerprint`);
    }
  }
  return { format: KEYRING_FORMAT, keys: raw.keys as KeyEntry[], statements };
}

/** Adds a public key to a keyring file (no-op when present). */
export function addKey(k: KeyringFile, key: KeyObject, comment?: string): void {
  const id = fingerprint(key);
  if (k.keys.some((e) => e.id === id)) return;
  const publicKey = Buffer.from(spkiDer(key)).toString("base64");
  k.keys.push(comment === undefined ? { id, publicKey } : { id, publicKey, comment });
}

/** Signs a statement with `signer` and appends it to the keyring file. */
export function addStatement(k: KeyringFile, statement: Statement, signer: KeyObject): void {
  const text = JSON.stringify(statement);
  const signature = signBytes(new TextEncoder().encode(STATEMENT_CONTEXT + text), signer);
  k.statements.push({ statement: text, signedBy: fingerprint(signer), signature });
}

/**
 * The set of keys a verifier trusts: anchors, plus keys announced by trusted keys, minus
 * revocations by trusted keys. Collects problems (a statement whose signature fails) as lines.
 */
export class Trust {
  readonly #keys = new Map<string, KeyObject>();
  readonly #trusted = new Map<string, TrustedKey>();
  readonly #revoked = new Map<string, { validThrough: string | null; reason: string }>();
  readonly #statements: { s: SignedStatement; origin: string }[] = [];
  /** One line per problem found in keyrings. */
  readonly problems: string[] = [];

  /** @param anchors `sha256:<64 hex>` fingerprints from the CI definition */
  constructor(anchors: readonly string[]) {
    for (const a of anchors) this.#trusted.set(a, { via: "--expect-key" });
  }

  /** Whether `fp` is one of the anchors or announced by one. */
  isTrusted(fp: string): boolean {
    return this.#trusted.has(fp);
  }

  /** Makes a public key available (it is trusted only if its fingerprint is). */
  addPublicKey(key: KeyObject): string {
    const fp = fingerprint(key);
    this.#keys.set(fp, key);
    return fp;
  }

  /** Adds a keyring file's keys and statements, then re-resolves trust. */
  addKeyring(k: KeyringFile, origin: string): void {
    for (const e of k.keys) this.addPublicKey(publicKeyFrom(e.publicKey, origin));
    for (const s of k.statements) this.#statements.push({ s, origin });
    this.#resolve();
  }

  /** Applies statements signed by trusted keys until nothing changes. */
  #resolve(): void {
    const pending = [...this.#statements];
    for (let changed = true; changed;) {
      changed = false;
      for (let i = pending.length - 1; i >= 0; i--) {
        const { s, origin } = pending[i];
        const signer = this.#keys.get(s.signedBy);
        if (!this.#trusted.has(s.signedBy) || !signer) continue;
        pending.splice(i, 1);
        const msg = new TextEncoder().encode(STATEMENT_CONTEXT + s.statement);
        if (!verifyBytes(msg, signer, s.signature)) {
          this.problems.push(
            `KEYRING ${origin}: a statement signed by ${s.signedBy} does not verify ` +
              `(edited after signing): ${s.statement.slice(0, 120)}`,
          );
          continue;
        }
        changed = this.#apply(parseStatement(s.statement, origin), s.signedBy) || changed;
      }
    }
  }

  #apply(st: Statement, by: string): boolean {
    if (st.type === "revoke") {
      this.#revoked.set(st.key, { validThrough: st.validThrough, reason: st.reason });
      return false;
    }
    if (this.#trusted.has(st.key)) return false;
    const der = Buffer.from(st.publicKey, "base64");
    this.#keys.set(st.key, createPublicKey({ key: der, format: "der", type: "spki" }));
    this.#trusted.set(st.key, { via: `announced by ${by}`, minVersion: st.minVersion });
    return true;
  }

  /** A trusted, known key whose 16-hex id is `hint` (v1 manifests name keys that way). */
  byShortId(hint: string): string | undefined {
    return [...this.#trusted.keys()].find((fp) => shortKeyId(fp) === hint && this.#keys.has(fp));
  }

  /** The public key with fingerprint `fp`, if known. */
  key(fp: string): KeyObject | undefined {
    return this.#keys.get(fp);
  }

  /** Why `fp` may not sign `version`, or undefined when it may. */
  refusal(fp: string, version: string): string | undefined {
    const revoked = this.#revoked.get(fp);
    if (
      revoked && (revoked.validThrough === null || compareSemver(version, revoked.validThrough) > 0)
    ) {
      return `key ${fp} is REVOKED${
        revoked.validThrough === null ? "" : ` for releases after ${revoked.validThrough}`
      } (${revoked.reason}); it cannot sign ${version}`;
    }
    const t = this.#trusted.get(fp);
    if (t?.minVersion && compareSemver(version, t.minVersion) < 0) {
      return `key ${fp} was ${t.via} for releases from ${t.minVersion} only; it cannot sign ${version}`;
    }
    return undefined;
  }
}

function parseStatement(text: string, origin: string): Statement {
  const fail = () => new CheckError(`KEYRING ${origin}: malformed statement ${text.slice(0, 120)}`);
  let s: Record<string, unknown>;
  try {
    s = parseStrictJson(text) as Record<string, unknown>;
  } catch {
    throw fail();
  }
  if (typeof s?.key !== "string" || !FINGERPRINT_RE.test(s.key)) throw fail();
  if (s.type === "announce") {
    if (typeof s.publicKey !== "string" || fingerprintOfDer(s.publicKey) !== s.key) throw fail();
    if (typeof s.minVersion !== "string" || !SEMVER_RE.test(s.minVersion)) throw fail();
    return s as unknown as Statement;
  }
  if (s.type === "revoke") {
    if (
      s.validThrough !== null &&
      !(typeof s.validThrough === "string" && SEMVER_RE.test(s.validThrough))
    ) {
      throw fail();
    }
    if (typeof s.reason !== "string") throw fail();
    return s as unknown as Statement;
  }
  throw fail();
}
