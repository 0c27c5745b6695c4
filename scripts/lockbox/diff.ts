// diff: which lines of a vendored file differ from the pristine release, with context.
//
// Cosmetic differences are named instead of drowning the real change: a byte-order mark, CRLF
// line endings, a missing or added final newline. When line endings differ *and* content
// changed, the content diff is computed after normalising line endings, so a one-token edit in a
// CRLF-converted file shows one changed line, not every line.
//
// The line diff comes from the `diff` package (jsdiff), loaded only when this command runs: the
// verify path imports `node:` built-ins alone, so a service-side verifier never resolves a
// package (see LOCKBOX.md, "Why the verifier runs outside the service").

import { basename, join } from "node:path";
import { crlfToLf, hasBom, hasCrlf } from "./content.ts";
import { DIST_DIR, MANIFEST_FILE, MAX_METADATA_BYTES } from "./constants.ts";
import { describeKind, readRegular } from "./files.ts";
import { type Manifest, openEnvelope, type PinnedFile } from "./manifest.ts";
import { sha256Hex } from "./signature.ts";
import { layoutOf } from "./verify.ts";

/** Lines of context around each change. */
export const DIFF_CONTEXT_LINES = 3;
/** Widest line shown; longer lines are clipped around the first differing column. */
export const DIFF_MAX_LINE_CHARS = 160;

/** One file's report: notes about cosmetic changes, then unified-diff lines (maybe none). */
export interface FileDiff {
  notes: string[];
  lines: string[];
}

/**
 * Compares two versions of one file. Notes name a BOM change, CRLF/LF, and a final-newline
 * change; `lines` are unified hunks (`@@ -a,n +b,m @@`) of the content after normalising those.
 */
export async function diffBytes(pristine: Uint8Array, local: Uint8Array): Promise<FileDiff> {
  const notes: string[] = [];
  let a = pristine;
  let b = local;
  if (hasBom(a) !== hasBom(b)) {
    notes.push(`byte-order mark ${hasBom(b) ? "added" : "removed"} at the start of the file`);
  }
  if (hasBom(a)) a = a.subarray(3);
  if (hasBom(b)) b = b.subarray(3);
  if (hasCrlf(a) !== hasCrlf(b)) {
    notes.push(
      `line endings: ${
        hasCrlf(b) ? "CRLF where the release has LF" : "LF where the release has CRLF"
      }`,
    );
    a = crlfToLf(a);
    b = crlfToLf(b);
  }
  const nl = (x: Uint8Array) => x.length > 0 && x[x.length - 1] === 0x0a;
  if (nl(a) !== nl(b)) notes.push(`final newline ${nl(b) ? "added" : "removed"}`);
  const ta = new TextDecoder().decode(a);
  const tb = new TextDecoder().decode(b);
  if (ta.replace(/\n$/, "") === tb.replace(/\n$/, "")) return { notes, lines: [] };
  const { structuredPatch } = await import("diff");
  const patch = structuredPatch("a", "b", ta, tb, "", "", { context: DIFF_CONTEXT_LINES });
  const lines: string[] = [];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    lines.push(...clipPairs(h.lines.filter((l: string) => !l.startsWith("\\"))));
  }
  return { notes, lines };
}

/** Clips long lines, around the first differing column when a - line is followed by a + line. */
function clipPairs(lines: string[]): string[] {
  const cols = lines.map(() => 0);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i][0] !== "-") continue;
    let j = i;
    while (j < lines.length && lines[j][0] === "-") j++;
    for (let p = 0; i + p < j && j + p < lines.length && lines[j + p][0] === "+"; p++) {
      const [x, y] = [lines[i + p].slice(1), lines[j + p].slice(1)];
      let c = 0;
      while (c < x.length && c < y.length && x[c] === y[c]) c++;
      cols[i + p] = cols[j + p] = c;
    }
    i = j - 1;
  }
  return lines.map((l, i) => l[0] + clip(l.slice(1), cols[i]));
}

function clip(line: string, col: number): string {
  if (line.length <= DIFF_MAX_LINE_CHARS) return line;
  const start = Math.max(0, Math.min(col - 40, line.length - DIFF_MAX_LINE_CHARS));
  const end = start + DIFF_MAX_LINE_CHARS;
  return (start > 0 ? `[…${start} chars]` : "") + line.slice(start, end) +
    (end < line.length ? `[…${line.length - end} chars]` : "");
}

/** Output sink of {@linkcode diffCommand}. */
export interface DiffIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `lockbox diff`: for each pinned file in `dir` whose bytes differ from the pin, prints what
 * changed against a pristine copy. Does not check the signature (verify does).
 *
 * @returns exit code: 0 nothing differs, 1 something does or cannot be read
 */
export async function diffCommand(
  dir: string,
  pristine: string,
  io: DiffIo,
  show: (p: string) => string,
): Promise<number> {
  const r = readRegular(join(dir, MANIFEST_FILE), MAX_METADATA_BYTES);
  if (r.kind !== "file") {
    io.err(`lockbox diff: ${show(join(dir, MANIFEST_FILE))} ${describeKind(r.kind)}`);
    return 1;
  }
  let manifest: Manifest;
  try {
    manifest = openEnvelope(r.bytes, show(join(dir, MANIFEST_FILE))).body();
  } catch (e) {
    io.err(`lockbox diff: ${(e as Error).message}`);
    return 1;
  }
  let differing = 0;
  for (const [key, path] of layoutOf(dir, manifest, show).locations) {
    differing += await diffOne(key, path, manifest.files[key], pristine, io, show);
  }
  if (differing === 0) io.out(`lockbox diff: no differences from the pinned release`);
  return differing === 0 ? 0 : 1;
}

async function diffOne(
  key: string,
  path: string,
  pinned: PinnedFile,
  pristine: string,
  io: DiffIo,
  show: (p: string) => string,
): Promise<number> {
  const local = readRegular(path);
  if (local.kind !== "file") {
    io.out(`${show(path)}: ${describeKind(local.kind)} (nothing to diff)`);
    return 1;
  }
  if (sha256Hex(local.bytes) === pinned.sha256) return 0;
  const original = findPristine(pristine, key, pinned);
  if (!original) {
    io.err(`lockbox diff: no pristine copy of ${key} under ${show(pristine)}`);
    return 1;
  }
  if (!original.matchesPin) {
    io.err(`lockbox diff: warning: ${show(original.path)} does not match the pin of ${key} either`);
  }
  const d = await diffBytes(original.bytes, local.bytes);
  const what = d.lines.length === 0 ? "only" : "and a content change";
  for (const note of d.notes) io.out(`${show(path)}: ${note} (${what})`);
  if (d.lines.length === 0) return 1;
  io.out(`--- ${show(original.path)}\t(pinned ${key}, sha256 ${pinned.sha256.slice(0, 12)}…)`);
  io.out(`+++ ${show(path)}\t(sha256 ${sha256Hex(local.bytes).slice(0, 12)}…)`);
  for (const line of d.lines) io.out(line);
  return 1;
}

/**
 * Finds a pristine copy of a pinned file under `pristine`: a platform repo root (`<key>`), a
 * dist/ or vendored folder (`<name>`), or a repo root's `dist/<name>`. Prefers a copy whose hash
 * matches the pin.
 */
function findPristine(pristine: string, key: string, pinned: PinnedFile) {
  const candidates = [
    join(pristine, ...key.split("/")),
    join(pristine, basename(key)),
    join(pristine, DIST_DIR, basename(key)),
  ];
  let fallback: { path: string; bytes: Uint8Array } | undefined;
  for (const path of candidates) {
    const r = readRegular(path);
    if (r.kind !== "file") continue;
    if (sha256Hex(r.bytes) === pinned.sha256) return { path, bytes: r.bytes, matchesPin: true };
    fallback ??= { path, bytes: r.bytes };
  }
  return fallback ? { ...fallback, matchesPin: false } : undefined;
}
