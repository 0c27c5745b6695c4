// Manifest: the signed list of a release's files (`dist/lockbox.json`), in two formats.
//
// v2 (written by this version of `pin`): the signature covers the file's exact bytes. The file is
//
//   {                                      ┐
//     "format": "lockbox-manifest-v2",     │ head: signed as "lockbox-manifest-v2\n" + these
//     "name": …, "version": …, "files": …, │ exact bytes (no re-serialisation, no
//     "source": …, "esbuild": …            ┘ canonicalisation)
//     ,"signature": {…one line…}           ← ends the file: `\n}\n` and nothing else
//   }
//
// so a re-serialised, re-ordered or re-indented manifest fails the signature, and junk after the
// signature line fails by name. The signature line embeds the signer's public key (SPKI DER), so
// the CI anchor (`--expect-key`, a fingerprint) is all a verifier needs.
//
// v1 (0.1.x releases): Ed25519 over "lockbox-manifest-v1\n" + canonical JSON of the manifest
// without its signature. Still accepted, but only in the exact bytes the 0.1.x writer produced
// (so a re-serialised v1 file is refused too), and only from a key the keyring knows.
//
// Both: duplicate JSON keys are refused, the file is capped at MAX_METADATA_BYTES, and the
// signature is checked before any listed file is read (verify.ts keeps that order).

import { Buffer } from "node:buffer";
import { CheckError } from "../common/cli.ts";
import { SEMVER_RE } from "../common/version.ts";
import { parseStrictJson } from "./json.ts";

/** Format tag of manifests written by this version. */
export const MANIFEST_V2 = "lockbox-manifest-v2";
/** Domain-separation prefixes: a manifest signature is never valid for anything else. */
const CONTEXT_V2 = "lockbox-manifest-v2\n";
const CONTEXT_V1 = "lockbox-manifest-v1\n";
/** The one line that ends a v2 manifest, then `}` and a newline. */
const SIGNATURE_TAIL_RE =
  /,\n {2}"signature": \{"algorithm":"Ed25519","publicKey":"([A-Za-z0-9+/]{58,64}={0,2})","value":"([A-Za-z0-9+/]{86}==)"\}\n\}\n$/;
const PATH_RE = /^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*(\/[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*)*$/;

/** One pinned file: lowercase hex sha256 of the raw bytes and the size in bytes. */
export interface PinnedFile {
  sha256: string;
  bytes: number;
}

/** The signed content of a manifest (both formats). */
export interface Manifest {
  name: string;
  /** Semver, `VERSION` of observability.ts. */
  version: string;
  /** Paths relative to the platform repo root (`observability.ts`, `dist/…`), sorted. */
  files: Record<string, PinnedFile>;
  source: { commit: string };
  esbuild: string | null;
}

/** A manifest file split into what was signed and how, before anything is trusted. */
export interface Envelope {
  format: 1 | 2;
  /** The exact bytes the signature covers (context prefix included). */
  message: Uint8Array;
  /** Base64 Ed25519 signature. */
  signature: string;
  /** v2: base64 SPKI DER of the signer, from the signature line. */
  publicKey?: string;
  /** v1: `sha256:` + 16 hex digits naming the signer. */
  keyHint?: string;
  /** Parses and validates the body; call only after the signature verified. */
  body(): Manifest;
}

/** Files sorted by path, each `{ sha256, bytes }` in that order. */
function sortedFiles(files: Record<string, PinnedFile>): Record<string, PinnedFile> {
  const out: Record<string, PinnedFile> = {};
  for (const path of Object.keys(files).sort()) {
    out[path] = { sha256: files[path].sha256, bytes: files[path].bytes };
  }
  return out;
}

/** The signed head of a v2 manifest: 2-space JSON of the body without its closing `\n}`. */
export function headV2(m: Manifest): string {
  const body = {
    format: MANIFEST_V2,
    name: m.name,
    version: m.version,
    files: sortedFiles(m.files),
    source: { commit: m.source.commit },
    esbuild: m.esbuild,
  };
  return JSON.stringify(body, null, 2).slice(0, -2);
}

/** The bytes a v2 signature covers for `head`. */
export function messageV2(head: string): Uint8Array {
  return new TextEncoder().encode(CONTEXT_V2 + head);
}

/** A complete v2 manifest file from its head, the signer's SPKI DER and the signature. */
export function serializeV2(head: string, publicKeyDer: Uint8Array, signature: string): string {
  const sig = JSON.stringify({
    algorithm: "Ed25519",
    publicKey: Buffer.from(publicKeyDer).toString("base64"),
    value: signature,
  });
  return `${head},\n  "signature": ${sig}\n}\n`;
}

/**
 * Canonical JSON as 0.1.x signed it: keys sorted by UTF-16 code unit at every level, no
 * whitespace (equal to RFC 8785 for the manifest's value types).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** The exact text the 0.1.x `pin` wrote for a v1 manifest. */
function serializeV1(m: Manifest, sig: unknown): string {
  const ordered = {
    name: m.name,
    version: m.version,
    files: sortedFiles(m.files),
    source: { commit: m.source.commit },
    esbuild: m.esbuild,
    signature: sig,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/**
 * Splits a manifest file into signed message and signature, refusing anything that is not
 * exactly what a signer wrote. Reads no listed file.
 *
 * @param origin the path shown in messages
 * @throws {CheckError} `SIGNATURE …` (unsigned, junk after the signature) or `MANIFEST …`
 */
export function openEnvelope(bytes: Uint8Array, origin: string): Envelope {
  const raw = Buffer.from(bytes).toString("latin1");
  if (raw.includes(MANIFEST_V2)) return openV2(bytes, raw, origin);
  if (raw.includes('"format"')) {
    throw new CheckError(`MANIFEST ${origin}: unknown format (this verifier reads v1 and v2)`);
  }
  return openV1(bytes, origin);
}

function openV2(bytes: Uint8Array, raw: string, origin: string): Envelope {
  if (raw.includes("\r\n")) {
    throw new CheckError(
      `LINE-ENDINGS ${origin}: the manifest has CRLF line endings, so its exact bytes no longer ` +
        `match the signature: git converted it (is the folder's .gitattributes committed?) or ` +
        `an editor did; restore it from the release`,
    );
  }
  if (!raw.startsWith(`{\n  "format": "${MANIFEST_V2}",\n`)) {
    throw new CheckError(
      `SIGNATURE ${origin}: the v2 manifest is not byte for byte what the signer wrote ` +
        `(re-serialised, re-indented or reordered); the signature covers exact bytes`,
    );
  }
  const tail = SIGNATURE_TAIL_RE.exec(raw);
  if (!tail) {
    const at = raw.lastIndexOf('\n  "signature": {');
    throw new CheckError(
      at < 0
        ? `SIGNATURE ${origin}: the manifest is unsigned (no signature line)`
        : `SIGNATURE ${origin}: the signature line is malformed or followed by other data ` +
          `(junk after the signature); the file must end with the signature line and "}"`,
    );
  }
  const head = bytes.subarray(0, tail.index);
  const message = new Uint8Array(CONTEXT_V2.length + head.length);
  message.set(new TextEncoder().encode(CONTEXT_V2));
  message.set(head, CONTEXT_V2.length);
  return {
    format: 2,
    message,
    signature: tail[2],
    publicKey: tail[1],
    body: () => validate(strictParse(bytes, origin), origin, true),
  };
}

function openV1(bytes: Uint8Array, origin: string): Envelope {
  const raw = strictParse(bytes, origin);
  const m = validate(raw, origin, false);
  const sig = (raw as Record<string, unknown>).signature as Record<string, unknown> | undefined;
  if (sig === undefined) throw new CheckError(`SIGNATURE ${origin}: the manifest is unsigned`);
  if (
    sig === null || typeof sig !== "object" || sig.algorithm !== "Ed25519" ||
    typeof sig.keyId !== "string" || typeof sig.value !== "string"
  ) {
    throw new CheckError(`MANIFEST ${origin}: signature must be { algorithm, keyId, value }`);
  }
  const sigFields = { algorithm: sig.algorithm, keyId: sig.keyId, value: sig.value };
  if (serializeV1(m, sigFields) !== new TextDecoder().decode(bytes)) {
    throw new CheckError(
      `SIGNATURE ${origin}: the v1 manifest is not byte for byte what the signer wrote ` +
        `(re-serialised, reordered, extra fields or data after the signature)`,
    );
  }
  return {
    format: 1,
    message: new TextEncoder().encode(CONTEXT_V1 + canonicalJson(m)),
    signature: sig.value,
    keyHint: sig.keyId,
    body: () => m,
  };
}

function strictParse(bytes: Uint8Array, origin: string): unknown {
  try {
    return parseStrictJson(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new CheckError(`MANIFEST ${origin}: not strictly valid JSON: ${(e as Error).message}`);
  }
}

/** Checks the body's shape; returns only the known fields. */
function validate(raw: unknown, origin: string, v2: boolean): Manifest {
  const bad = (what: string, got: unknown) =>
    new CheckError(`MANIFEST ${origin}: ${what}: got ${JSON.stringify(got)}`);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw bad("must be an object", raw);
  }
  const m = raw as Record<string, unknown>;
  const known = ["name", "version", "files", "source", "esbuild", "signature"];
  if (v2) known.push("format");
  const unknown = Object.keys(m).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw bad("unknown fields", unknown);
  if (typeof m.name !== "string") throw bad("name must be a string", m.name);
  if (typeof m.version !== "string" || !SEMVER_RE.test(m.version)) {
    throw bad("version must be semver", m.version);
  }
  const files = m.files as Record<string, unknown> | null;
  if (files === null || typeof files !== "object" || Array.isArray(files)) {
    throw bad("files must be an object", files);
  }
  for (const [path, entry] of Object.entries(files)) checkEntry(path, entry, bad);
  const source = m.source as Record<string, unknown> | null;
  if (source === null || typeof source !== "object" || typeof source.commit !== "string") {
    throw bad("source.commit must be a string", m.source);
  }
  if (m.esbuild !== null && typeof m.esbuild !== "string") {
    throw bad("esbuild must be a string or null", m.esbuild);
  }
  return {
    name: m.name,
    version: m.version,
    files: files as Record<string, PinnedFile>,
    source: { commit: source.commit },
    esbuild: m.esbuild as string | null,
  };
}

function checkEntry(
  path: string,
  entry: unknown,
  bad: (what: string, got: unknown) => CheckError,
): void {
  if (!PATH_RE.test(path) || path.split("/").includes("..")) {
    throw bad("file paths must be relative, '/'-separated, without '..'", path);
  }
  const f = entry as Record<string, unknown> | null;
  if (
    f === null || typeof f !== "object" || Object.keys(f).length !== 2 ||
    typeof f.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(f.sha256) ||
    !Number.isSafeInteger(f.bytes) || (f.bytes as number) < 0
  ) {
    throw bad(`files[${JSON.stringify(path)}] must be { sha256: <64 hex>, bytes: <int> }`, f);
  }
}
