// `--help` text of every lockbox command (stdout, exit 0).

import {
  COMMON_VENDOR_FILES,
  DIST_DIR,
  GITATTRIBUTES_FILE,
  KEYRING_FILE,
  MANIFEST_FILE,
  PUBKEY_FILE,
  VENDOR_MARKER_FILE,
  VENDOR_SUBDIR,
} from "./constants.ts";

const ANCHOR = `  --expect-key sha256:<64 hex>  trust anchor: the full fingerprint of a release key
                    (\`lockbox fingerprint lockbox.pub\`); repeat it during a rotation`;

/** Help text by command name; `main` is the overview. */
export const HELP: Record<string, string> = {
  main: `lockbox — pin, sign, vendor and verify releases of the observability module

Usage: lockbox <command> [options]     (npm run lockbox -- …, or node dist/lockbox.mjs …)

Commands:
  keygen       create an Ed25519 key pair for signing releases (maintainers)
  fingerprint  print a public key's sha256:<64 hex> fingerprint (the --expect-key value)
  pin          hash observability.ts and dist/*, sign, write dist/${MANIFEST_FILE} (maintainers)
  vendor       copy a verified release into <service>/${VENDOR_SUBDIR}/ (service engineers)
  verify       check a vendored folder or dist/ against its signed manifest (CI)
  diff         show which lines of a vendored file differ from the pristine release
  announce     sign, with the old key, a statement that a new key takes over (rotation)
  revoke       sign a revocation of a key, fully or for releases after a version

Run \`lockbox <command> --help\` for options. Exit codes: 0 ok, 1 check failed, 2 usage error.
See LOCKBOX.md.`,
  keygen: `Usage: lockbox keygen --private-key <path> [--public-key <path>] [--keyring <path>]
                      [--comment <text>] [--force]

Creates an Ed25519 key pair: the private key as PEM PKCS#8 with mode 0600, the public key as
PEM SPKI; prints the fingerprint, never the private key.

Options:
  --private-key <path>  where to write the private key (required; refused inside a git work tree
                        unless --force, so it cannot be committed by accident)
  --public-key <path>   where to write the public key (default: ${PUBKEY_FILE})
  --keyring <path>      also add the public key to this keyring file (e.g. ${KEYRING_FILE})
  --comment <text>      note stored with the key in the keyring
  --force               overwrite existing files / allow a private key inside a git work tree
  -h, --help            show this help`,
  fingerprint: `Usage: lockbox fingerprint [public-key]

Prints sha256:<64 hex> over the key's SPKI DER: the value services put in --expect-key.

Arguments:
  public-key   PEM SPKI file (default: ${PUBKEY_FILE})`,
  pin: `Usage: lockbox pin [--root <platform repo>] [--key-file <path>]

Writes <root>/${DIST_DIR}/${MANIFEST_FILE} (format v2: the signature covers its exact bytes):
version (VERSION in observability.ts), sha256 and size of observability.ts and of every file in
${DIST_DIR}/, source commit, esbuild version, signature. Refuses (exit 1) without <root>/${PUBKEY_FILE},
with a key that is not ${PUBKEY_FILE} or that ${KEYRING_FILE} revoked, for a version already
released with other bytes or by another key, and for a stale, dirty or mixed build.

Options:
  --root <dir>       platform repo root (default: the repo this CLI belongs to)
  --key-file <path>  PEM PKCS#8 Ed25519 private key (default: env LOCKBOX_SIGNING_KEY, PEM text);
                     never passed on to a child process
  -h, --help         show this help`,
  vendor: `Usage: lockbox vendor <service-dir> [--runtime node|bun|deno|all] [--from <dir>]
                      [--expect-key sha256:<64 hex>]... [--allow-downgrade]

Verifies the release (signature with the platform's ${PUBKEY_FILE} unless --expect-key is
given), then replaces <service-dir>/${VENDOR_SUBDIR}/ with: the runtime bundle(s),
${COMMON_VENDOR_FILES.join(", ")}, ${MANIFEST_FILE}, ${KEYRING_FILE}, ${GITATTRIBUTES_FILE} and
${VENDOR_MARKER_FILE}. Refuses to replace a newer release with an older one. Adds the folder to
a plain-JSON deno.json's "exclude".

Options:
  --runtime <rt>      node, bun, deno or all (default: all)
  --from <dir>        platform repo root or its ${DIST_DIR}/ (default: the repo this CLI belongs to)
${ANCHOR}
  --allow-downgrade   allow vendoring an older release than the one there
  -h, --help          show this help`,
  verify: `Usage: lockbox verify [dir] --expect-key sha256:<64 hex>... [--min-version X.Y.Z]
                      [--pubkey <path>]... [--keyring <path>]...

Checks, in this order: the manifest is a regular file, exactly as signed (no re-serialisation,
no duplicate keys, nothing after the signature); the signature is by a trusted key (an anchor,
or a key an anchor announced) that is not revoked for this version; the version is not older
than --min-version; then every pinned file (regular files only: lstat, symlinks refused),
nothing extra. Prints one line per problem to stderr and exits 1; one OK line and exit 0 when
everything matches. Without --expect-key it refuses to run (exit 2).

Arguments and options:
  dir                 folder holding ${MANIFEST_FILE} (default: ${VENDOR_SUBDIR})
${ANCHOR}
  --min-version X.Y.Z refuse older releases (rollback)
  --pubkey <path>     public key file; must be one of the --expect-key anchors
  --keyring <path>    keyring with public keys, announcements, revocations (also read:
                      <dir>/${KEYRING_FILE} and <dir>/../${KEYRING_FILE})
  -h, --help          show this help`,
  diff: `Usage: lockbox diff [dir] --pristine <path>

For each pinned file in <dir> whose bytes differ from the pin, names cosmetic changes (byte-order
mark, CRLF/LF, final newline) and prints the changed lines with 3 lines of context, after
normalising those. Exit 0 when nothing differs, 1 when something does. Does not check the
signature: use verify for that.

Arguments and options:
  dir               vendored folder or release directory (default: ${VENDOR_SUBDIR})
  --pristine <path> platform repo root, its ${DIST_DIR}/, or another vendored folder of the same
                    release (required)
  -h, --help        show this help`,
  announce: `Usage: lockbox announce --new-pubkey <path> --min-version X.Y.Z [--key-file <old key>]
                        [--keyring <path>]

Signs with the OLD key a statement that the new key signs releases from X.Y.Z on, and adds it to
the keyring (default: ${KEYRING_FILE} of this repo). Services whose CI trusts the old key then
accept the new key's releases without trusting a stranger.

Options:
  --new-pubkey <path>  the new public key (PEM SPKI)
  --min-version X.Y.Z  first release the new key may sign
  --key-file <path>    the old private key (default: env LOCKBOX_SIGNING_KEY)
  --keyring <path>     keyring file to update`,
  revoke: `Usage: lockbox revoke --key sha256:<64 hex> --reason <text> [--valid-through X.Y.Z]
                      [--key-file <signer>] [--keyring <path>]

Signs a revocation of a key (with that key or any key the verifier trusts) and adds it to the
keyring: without --valid-through nothing it signed is accepted any more; with it, releases up to
X.Y.Z still are (a key that was lost, not compromised).

Options:
  --key sha256:<64 hex>  the key to revoke
  --reason <text>        why (shown by verify)
  --valid-through X.Y.Z  last release the key may have signed
  --key-file <path>      signing key (default: env LOCKBOX_SIGNING_KEY)
  --keyring <path>       keyring file to update`,
};
