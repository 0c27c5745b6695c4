// vendor: copy a verified release into a service repo's vendor/observability/.
//
// Fails closed: the release must verify against the platform's root lockbox.pub (or the
// `--expect-key` anchors given) before anything is written, and an older release never replaces
// a newer one without `--allow-downgrade`.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CheckError, UsageError } from "../common/cli.ts";
import { compareSemver } from "../common/version.ts";
import {
  COMMON_VENDOR_FILES,
  DIST_DIR,
  GITATTRIBUTES_FILE,
  GITATTRIBUTES_TEXT,
  KEYRING_FILE,
  MANIFEST_FILE,
  MAX_METADATA_BYTES,
  PUBKEY_FILE,
  type Runtime,
  VENDOR_MARKER_FILE,
  VENDOR_SUBDIR,
} from "./constants.ts";
import { describeKind, entryKind, readRegular } from "./files.ts";
import { openEnvelope } from "./manifest.ts";
import { fingerprint, publicKeyFrom } from "./signature.ts";
import { markerText, vendorSelection, verifyDir } from "./verify.ts";

/** Options of {@linkcode vendor}. */
export interface VendorOptions {
  /** Service repo root; the release goes to `<serviceDir>/vendor/observability/`. */
  serviceDir: string;
  /** Platform repo root or its dist/ directory. */
  from: string;
  runtimes: Runtime[];
  /** Anchors; default: the fingerprint of `<platform root>/lockbox.pub`. */
  expectKeys?: string[];
  /** Allow replacing a newer vendored release with an older one. @default {false} */
  allowDowngrade?: boolean;
  /** Turns absolute paths into what the user typed (for messages). */
  show?: (path: string) => string;
}

/** Result of {@linkcode vendor}: what was written, and notes for the person running it. */
export interface VendorResult {
  target: string;
  version: string;
  files: string[];
  notes: string[];
}

/**
 * Verifies the release, then replaces `<serviceDir>/vendor/observability/` with the selected
 * files, the manifest, the keyring, `.gitattributes` and the runtime marker.
 *
 * @throws {CheckError} no anchor, the release does not verify, a downgrade, a missing file
 * @throws {UsageError} `serviceDir` is not a directory
 */
export function vendor(opts: VendorOptions): VendorResult {
  const show = opts.show ?? ((p: string) => p);
  const dist = existsSync(join(opts.from, MANIFEST_FILE)) ? opts.from : join(opts.from, DIST_DIR);
  const root = dirname(dist);
  const expectKeys = opts.expectKeys?.length ? opts.expectKeys : [rootAnchor(root, show)];
  const release = verifyDir({ dir: dist, expectKeys, show });
  if (release.problems.length > 0) {
    throw new CheckError(
      [...release.problems, `Cannot vendor from ${show(dist)} as the release does not verify`]
        .join("\n"),
    );
  }
  const manifest = release.manifest!;
  const selection = vendorSelection(manifest, opts.runtimes);
  checkSelection(selection, opts.runtimes);
  if (entryKind(opts.serviceDir) !== "directory") {
    throw new UsageError(`Cannot vendor into ${show(opts.serviceDir)} as it is not a directory`);
  }
  const target = join(opts.serviceDir, ...VENDOR_SUBDIR.split("/"));
  checkDowngrade(target, manifest.version, opts.allowDowngrade === true, show);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const key of selection) copyFileSync(join(root, key), join(target, basename(key)));
  copyFileSync(join(dist, MANIFEST_FILE), join(target, MANIFEST_FILE));
  writeFileSync(join(target, GITATTRIBUTES_FILE), GITATTRIBUTES_TEXT);
  writeFileSync(join(target, VENDOR_MARKER_FILE), markerText(opts.runtimes));
  const written = [...selection.map((k) => basename(k)), MANIFEST_FILE, GITATTRIBUTES_FILE];
  written.push(VENDOR_MARKER_FILE);
  if (entryKind(join(root, KEYRING_FILE)) === "file") {
    copyFileSync(join(root, KEYRING_FILE), join(target, KEYRING_FILE));
    written.push(KEYRING_FILE);
  }
  const notes = [...denoExclusion(opts.serviceDir, opts.runtimes)];
  return { target, version: manifest.version, files: written.sort(), notes };
}

/** Fingerprint of the platform's root lockbox.pub: vendor's default anchor. */
function rootAnchor(root: string, show: (p: string) => string): string {
  const path = join(root, PUBKEY_FILE);
  const r = readRegular(path, MAX_METADATA_BYTES);
  if (r.kind !== "file") {
    throw new CheckError(
      `Cannot vendor as ${show(path)} ${describeKind(r.kind)}: vendor checks the release ` +
        `signature with the platform's ${PUBKEY_FILE}, or pass --expect-key sha256:<64 hex>`,
    );
  }
  return fingerprint(publicKeyFrom(new TextDecoder().decode(r.bytes), show(path)));
}

function checkSelection(selection: string[], runtimes: Runtime[]): void {
  const names = new Set(selection.map((k) => basename(k)));
  const lacking = [...runtimes.map((r) => `observability.${r}.mjs`), ...COMMON_VENDOR_FILES]
    .filter((n) => !names.has(n));
  if (lacking.length > 0) {
    throw new CheckError(
      `Cannot vendor runtime ${runtimes.join(",")} as the release pins no ${lacking.join(", ")}`,
    );
  }
}

/** Refuses to replace a newer vendored release with an older one. */
function checkDowngrade(
  target: string,
  version: string,
  allowed: boolean,
  show: (p: string) => string,
): void {
  const r = readRegular(join(target, MANIFEST_FILE), MAX_METADATA_BYTES);
  if (r.kind !== "file") return;
  let current: string;
  try {
    current = openEnvelope(r.bytes, MANIFEST_FILE).body().version;
  } catch {
    return; // An unreadable vendored manifest is simply replaced.
  }
  if (compareSemver(version, current) < 0 && !allowed) {
    throw new CheckError(
      `ROLLBACK Cannot vendor ${version} into ${show(target)} as it holds ${current}, a newer ` +
        `release: pass --allow-downgrade if going back is intended`,
    );
  }
}

/**
 * deno fmt/lint exclusion. A nested deno.json in the vendored folder is NOT honoured by Deno 2
 * (it is not a workspace member), so the exclusion has to live in the service's own config.
 */
function* denoExclusion(serviceDir: string, runtimes: Runtime[]): Generator<string> {
  const snippet = `"exclude": ["${VENDOR_SUBDIR}/"]`;
  const configName = ["deno.json", "deno.jsonc"].find((n) => existsSync(join(serviceDir, n)));
  if (!configName) {
    if (runtimes.includes("deno")) {
      yield `no deno.json in the service: when you add one, include ${snippet} so deno fmt and ` +
        `deno lint never rewrite the vendored files`;
    }
    return;
  }
  const path = join(serviceDir, configName);
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    yield `${configName} is not plain JSON (comments?), so it was left alone: add ${snippet} ` +
      `to it yourself so deno fmt and deno lint never rewrite the vendored files`;
    return;
  }
  const covers = (list: unknown) =>
    Array.isArray(list) &&
    list.some((p) =>
      typeof p === "string" &&
      ["vendor", "vendor/", VENDOR_SUBDIR, `${VENDOR_SUBDIR}/`].includes(p.replace(/^\.\//, ""))
    );
  if (covers(config.exclude)) return;
  const exclude = Array.isArray(config.exclude) ? config.exclude : [];
  config.exclude = [...exclude, `${VENDOR_SUBDIR}/`];
  writeFileSync(path, JSON.stringify(config, null, 2) + "\n");
  yield `updated ${configName}: added "${VENDOR_SUBDIR}/" to "exclude" so deno fmt and deno ` +
    `lint never rewrite the vendored files (commit this change too)`;
}
