// What a file's bytes say about themselves: the release version they declare, and whether a
// difference from the pin is only line endings, a byte-order mark or the final newline.

import { sha256Hex } from "./signature.ts";

/**
 * Every release version a file declares about itself (deduplicated, in order found):
 * - the `VERSION` it exports: `export const VERSION = "…"` (source), `export declare const
 *   VERSION = "…"` (.d.ts), or esbuild's `var VERSION5 = "…"; … export { VERSION5 as VERSION }`
 *   (bundles, where bundled dependencies' own `VERSION`s took the plain name);
 * - a `lockbox <semver>` mention in the first 1000 characters, as the build writes in banners.
 * Only semver counts: the compiled CLI carries, as text, the pattern it reads VERSION with.
 */
export function declaredVersions(text: string): string[] {
  const found: string[] = [];
  const direct = text.match(
    /\bexport\s+(?:declare\s+)?(?:const|let|var)\s+VERSION\s*(?::[^=;]+)?=\s*(["'])([^"'\n]*)\1/,
  );
  if (direct) found.push(direct[2]);
  for (const list of direct ? [] : text.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const spec of list[1].split(",")) {
      const m = spec.trim().match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
      if (!m || (m[2] ?? m[1]) !== "VERSION") continue;
      const local = m[1].replaceAll("$", "\\$");
      const decl = text.match(
        new RegExp(`(?:\\b(?:var|let|const)\\s+|,\\s*)${local}\\s*=\\s*(["'])([^"'\\n]*)\\1`),
      );
      if (decl) found.push(decl[2]);
    }
  }
  const banner = text.slice(0, 1000).match(/\blockbox v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/);
  if (banner) found.push(banner[1]);
  return [...new Set(found)].filter((v) => /^\d+\.\d+\.\d+/.test(v));
}

/** Text, as far as this tool cares: no NUL in the first 8000 bytes (git's heuristic). */
export function isText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 8000).includes(0);
}

/** CRLF → LF. */
export function crlfToLf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}

/** Lone LF → CRLF (the pin had CRLF and something normalised it to LF). */
function lfToCrlf(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i - 1] !== 0x0d) out.push(0x0d);
    out.push(bytes[i]);
  }
  return Uint8Array.from(out);
}

const BOM = [0xef, 0xbb, 0xbf];

/** Whether the bytes start with a UTF-8 byte-order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** Whether the bytes contain at least one CRLF. */
export function hasCrlf(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) return true;
  }
  return false;
}

/**
 * Which cosmetic rewrite alone turns `actual` back into bytes hashing to `pinnedSha256`: line
 * endings, an added byte-order mark, or the final newline. Undefined when the change is real.
 */
export function cosmeticChange(actual: Uint8Array, pinnedSha256: string): string | undefined {
  if (!isText(actual)) return undefined;
  const tries: [string, Uint8Array][] = [
    ["CRLF where the release has LF", crlfToLf(actual)],
    ["LF where the release has CRLF", lfToCrlf(actual)],
  ];
  if (hasBom(actual)) tries.push(["a UTF-8 byte-order mark was added", actual.subarray(3)]);
  const last = actual[actual.length - 1];
  if (last === 0x0a) tries.push(["a final newline was added", actual.subarray(0, -1)]);
  else {
    const plus = new Uint8Array(actual.length + 1);
    plus.set(actual);
    plus[actual.length] = 0x0a;
    tries.push(["the final newline was removed", plus]);
  }
  return tries.find(([, bytes]) => sha256Hex(bytes) === pinnedSha256)?.[0];
}
