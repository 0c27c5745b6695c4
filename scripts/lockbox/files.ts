// Files: every read of a pinned or metadata file goes through lstat, so only regular files are
// ever opened. A symlink (even to identical bytes), a directory, a FIFO (which would block a
// read forever), a socket or a device is reported by name instead.

import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What is at a path, without following symlinks. */
export type EntryKind =
  | "file"
  | "missing"
  | "symlink"
  | "directory"
  | "fifo"
  | "socket"
  | "device";

/** A read that found a regular file (with its bytes) or something else. */
export type ReadResult =
  | { kind: "file"; bytes: Uint8Array }
  | { kind: Exclude<EntryKind, "file"> };

/** The kind of entry at `path` (lstat: a symlink is a symlink, wherever it points). */
export function entryKind(path: string): EntryKind {
  let st;
  try {
    st = lstatSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw e;
  }
  if (st.isSymbolicLink()) return "symlink";
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  return "device";
}

/**
 * Reads `path` only when it is a regular file no larger than `maxBytes` (when given).
 *
 * @throws {RangeError} the file is larger than `maxBytes` (the message names the limit)
 */
export function readRegular(path: string, maxBytes?: number): ReadResult {
  const kind = entryKind(path);
  if (kind !== "file") return { kind };
  if (maxBytes !== undefined) {
    const size = lstatSync(path).size;
    if (size > maxBytes) {
      throw new RangeError(`it is ${size} bytes, over the ${maxBytes}-byte limit`);
    }
  }
  return { kind: "file", bytes: readFileSync(path) };
}

/**
 * Reads a pinned path made of '/'-separated parts under `root`, refusing any part that is not a
 * directory (for the leading parts) or a regular file (for the last): a symlinked `dist/` is as
 * bad as a symlinked bundle.
 */
export function readUnder(root: string, key: string): ReadResult {
  const parts = key.split("/");
  let path = root;
  for (const part of parts.slice(0, -1)) {
    path = join(path, part);
    const kind = entryKind(path);
    if (kind === "missing") return { kind };
    if (kind !== "directory") return { kind: kind === "file" ? "missing" : kind };
  }
  return readRegular(join(path, parts[parts.length - 1]));
}

/** Every entry directly in `dir` with its kind (no recursion: a subdirectory is an entry). */
export function listEntries(dir: string): { name: string; kind: EntryKind }[] {
  return readdirSync(dir).sort().map((name) => ({ name, kind: entryKind(join(dir, name)) }));
}

/** Why a non-regular entry is refused, for messages. */
export function describeKind(kind: EntryKind): string {
  switch (kind) {
    case "symlink":
      return "is a symbolic link (only regular files are accepted, whatever it points to)";
    case "directory":
      return "is a directory, not a regular file";
    case "fifo":
      return "is a FIFO (named pipe), not a regular file; it was not read";
    case "socket":
      return "is a socket, not a regular file";
    case "device":
      return "is a device, not a regular file";
    default:
      return kind === "missing" ? "does not exist" : "is a regular file";
  }
}
