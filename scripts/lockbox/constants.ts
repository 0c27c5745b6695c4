// Names and layout shared by every lockbox command.

/** Package name written into every manifest. */
export const RELEASE_NAME = "@lockbox/observability";
/** Release directory, relative to the platform repo root. */
export const DIST_DIR = "dist";
/** Manifest file name, in `dist/` and in every vendored folder. */
export const MANIFEST_FILE = "lockbox.json";
/** The platform's current public key (PEM SPKI), at the platform repo root. */
export const PUBKEY_FILE = "lockbox.pub";
/** Keyring: every release key with its announcements and revocations (repo root; vendored). */
export const KEYRING_FILE = "lockbox.keyring.json";
/** Written by `vendor`: which runtimes were vendored (so `verify` can report missing files). */
export const VENDOR_MARKER_FILE = "lockbox.vendor.json";
/** Written by `vendor` so git never rewrites the vendored bytes. */
export const GITATTRIBUTES_FILE = ".gitattributes";
/** Where `vendor` puts the release inside a service repo. */
export const VENDOR_SUBDIR = "vendor/observability";
/** Runtimes with their own bundle, `observability.<runtime>.mjs`. */
export const RUNTIMES = ["node", "bun", "deno"] as const;
/** One of {@linkcode RUNTIMES}. */
export type Runtime = typeof RUNTIMES[number];
/** Dist files every runtime gets besides its bundle. */
export const COMMON_VENDOR_FILES = ["observability.d.ts", "THIRD_PARTY_NOTICES.txt"] as const;
/** Largest manifest or keyring read, in bytes: a real one is ~2 KB; a huge one is refused unread. */
export const MAX_METADATA_BYTES = 256 * 1024;
/** `.gitattributes` written into the vendored folder; verify requires exactly these bytes. */
export const GITATTRIBUTES_TEXT = [
  "# Written by `lockbox vendor` (see LOCKBOX.md). These files are a pinned release, verified",
  "# byte for byte: no end-of-line conversion (-text), no clean/smudge filter (-filter, e.g. LFS),",
  "# no $Id$ expansion (-ident); hidden from GitHub language stats (linguist-vendored).",
  "* -text -filter -ident linguist-vendored",
  "",
].join("\n");
/** Files besides the pinned ones that may live in a vendored folder. */
export const VENDOR_METADATA_FILES = [
  MANIFEST_FILE,
  VENDOR_MARKER_FILE,
  GITATTRIBUTES_FILE,
  KEYRING_FILE,
] as const;
