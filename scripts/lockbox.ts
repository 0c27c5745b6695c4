// lockbox — pin, sign, vendor and verify releases of the observability module.
//
// The platform repo publishes a release as dist/ plus a signed manifest (dist/lockbox.json);
// services vendor it byte for byte and their CI runs `verify` with the trust anchor written in
// the CI definition (`--expect-key sha256:<64 hex>`, `--min-version`). Procedures: LOCKBOX.md.
//
// Usage:
//   npm run lockbox -- verify <dir> --expect-key sha256:<64 hex> --min-version X.Y.Z
//   node dist/lockbox.mjs verify <dir> --expect-key … --min-version …   (the compiled CLI)
//   npm run lockbox -- <keygen|fingerprint|pin|vendor|diff|announce|revoke> --help
//
// Exit codes: 0 success; 1 a check failed; 2 usage error.
//
// Portability: the verify path imports only `node:` built-ins (diff loads the `diff` package
// when it runs), no Deno.* APIs, no TS-only runtime syntax: the same code runs on Deno
// (`deno run --no-config --no-lock --allow-read`), on Bun, and on Node once compiled
// (dist/lockbox.mjs). The commands live in scripts/lockbox/, one concept per file.

import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { readEnv, writeLine } from "./common/cli.ts";
import { type Io, run } from "./lockbox/cli.ts";

export { type Io, run };

/** Real stdout/stderr, the two environment variables the CLI reads, and the user's cwd. */
function defaultIo(): Io {
  const env = readEnv(["LOCKBOX_SIGNING_KEY", "INIT_CWD"]);
  // The key is read once, here; nothing spawned later may inherit it.
  try {
    delete process.env.LOCKBOX_SIGNING_KEY;
  } catch {
    // Deno without --allow-env: it was never readable.
  }
  const here = import.meta.url.startsWith("file:") ? fileURLToPath(import.meta.url) : "";
  return {
    out: (line) => writeLine(1, line),
    err: (line) => writeLine(2, line),
    env,
    // npm run changes the cwd to the repo root; INIT_CWD is where the user was.
    cwd: env.INIT_CWD ?? process.cwd(),
    // scripts/lockbox.ts and dist/lockbox.mjs both sit one level below the repo root.
    home: here ? dirname(dirname(here)) : process.cwd(),
  };
}

function isMain(): boolean {
  const meta = import.meta as ImportMeta & { main?: boolean };
  if (typeof meta.main === "boolean") return meta.main;
  return import.meta.url.startsWith("file:") && process.argv[1] !== undefined &&
    resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  process.exitCode = await run(process.argv.slice(2), defaultIo());
}
