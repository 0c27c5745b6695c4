/**
 * esbuild plugins of the lockbox build (scripts/build.ts): `node:` prefixes for builtins, and
 * the two halves of keeping OpenTelemetry out of the main bundle — a throwing stub for each
 * dynamically imported OTel package in the main bundle, and a tree-shakable facade for it in
 * the worker script.
 *
 * @module
 */

import * as esbuild from "esbuild";
import { builtinModules } from "node:module";

/**
 * esbuild plugin: every Node builtin is imported with the `node:` prefix (Deno refuses bare
 * `http`; esbuild keeps the specifier a package wrote, e.g. OTel's `import("http")`).
 */
export const nodePrefixPlugin: esbuild.Plugin = {
  name: "lockbox-node-prefix",
  setup(build) {
    const builtins = new Set(builtinModules.filter((m) => !m.startsWith("node:")));
    build.onResolve({ filter: /^[a-z_]+(\/[a-z_]+)*$/ }, (args) => {
      if (!builtins.has(args.path)) return undefined;
      return { path: `node:${args.path}`, external: true };
    });
  },
};

/** esbuild namespace of the stubs that stand in for the consumer's OpenTelemetry packages. */
const STUB_NAMESPACE = "lockbox-consumer-stub";

/**
 * esbuild plugin for the main bundle: an `@opentelemetry/*` package that lockbox's own source
 * loads with a dynamic `import()` becomes a module that throws when evaluated. Those imports
 * belong to the consumer side (worker, or inline mode), which a bundle loads from the embedded
 * worker script instead, so the stub is never evaluated and the main bundle carries no
 * OpenTelemetry code. Static imports are left alone (they are bundled). `stubbed` collects the
 * specifiers replaced.
 */
export function consumerStubPlugin(stubbed: Set<string>): esbuild.Plugin {
  return {
    name: "lockbox-consumer-stub",
    setup(build) {
      build.onResolve({ filter: /^@opentelemetry\// }, (args) => {
        if (args.kind !== "dynamic-import" || /[\\/]node_modules[\\/]/.test(args.importer)) {
          return undefined;
        }
        stubbed.add(args.path);
        return { path: args.path, namespace: STUB_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: STUB_NAMESPACE }, (args) => ({
        loader: "js",
        contents: `throw new Error(${
          JSON.stringify(
            `lockbox: ${args.path} is not in this bundle; the consumer loads it from the ` +
              "embedded worker script",
          )
        });\n`,
      }));
    },
  };
}

/** esbuild namespace of the facades that stand in for the worker's dynamic OTel imports. */
const FACADE_NAMESPACE = "lockbox-otel-facade";

/**
 * esbuild plugin for the worker script: an `@opentelemetry/*` package that lockbox's source
 * loads with a dynamic `import()` is replaced by a facade, `export { A, B } from "<package>"`,
 * that re-exports only the package's exports whose names occur in `source`. esbuild keeps every
 * export of a dynamically imported module (it cannot see which ones the caller reads), so
 * without the facade the worker script carries the packages whole; through the facade the
 * packages are tree-shaken as if imported statically. Naming too many is harmless (more
 * bytes); a name the source reads but the facade lacks is not possible, as every identifier in
 * the source is considered.
 */
export function consumerFacadePlugin(source: string): esbuild.Plugin {
  const identifiers = new Set(source.match(/[A-Za-z_$][\w$]*/g) ?? []);
  return {
    name: "lockbox-otel-facade",
    setup(build) {
      build.onResolve({ filter: /^@opentelemetry\// }, (args) => {
        if (args.kind !== "dynamic-import" || /[\\/]node_modules[\\/]/.test(args.importer)) {
          return undefined;
        }
        return {
          path: args.path,
          namespace: FACADE_NAMESPACE,
          pluginData: { resolveDir: args.resolveDir },
        };
      });
      build.onLoad({ filter: /.*/, namespace: FACADE_NAMESPACE }, async (args) => {
        const { resolveDir } = args.pluginData as { resolveDir: string };
        const names = (await exportNames(args.path, resolveDir)).filter((n) => identifiers.has(n));
        return {
          loader: "js",
          resolveDir,
          contents: `export { ${names.join(", ")} } from ${JSON.stringify(args.path)};\n`,
        };
      });
    },
  };
}

/**
 * The names a package exports, as resolved from `resolveDir` (esbuild metafile of
 * `export * from "<specifier>"`).
 */
export async function exportNames(specifier: string, resolveDir: string): Promise<string[]> {
  const result = await esbuild.build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir },
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    mainFields: ["module", "main"],
    conditions: ["module"],
    outfile: "exports.mjs",
    preserveSymlinks: true,
    plugins: [nodePrefixPlugin],
    logLevel: "silent",
  });
  return Object.values(result.metafile!.outputs).flatMap((o) => o.exports).sort();
}
