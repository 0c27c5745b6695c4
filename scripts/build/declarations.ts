/**
 * The public API's type declarations for the bundle (scripts/build.ts): TypeScript's
 * declaration emit of the runtime source, cut down to what the public entry exports and the
 * declarations those reach, in one self-contained file.
 *
 * The source also exports internals (for in-process unit tests) that the entry does not
 * re-export; they stay out. A declaration the public API reaches but the entry does not
 * export stays in, without `export`.
 *
 * @module
 */

import ts from "typescript";
import { join, relative } from "node:path";
import { BuildError } from "./error.ts";

/**
 * Declarations of everything `entry` exports (it re-exports from `source`), as the text of one
 * `.d.ts` that imports nothing.
 *
 * @param root directory `entry` and `source` are relative to
 * @throws {BuildError} TypeScript reports errors; the entry exports a name the source does
 *   not declare; the public API references an imported type (the file would not be
 *   self-contained).
 */
export function emitPublicDeclarations(root: string, entry: string, source: string): string {
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2024.d.ts"], // Atomics.waitAsync (Node 20, Bun 1 and Deno 2 have it)
    types: ["node"],
    strict: true,
    skipLibCheck: true,
    newLine: ts.NewLineKind.LineFeed,
  };
  const host = ts.createCompilerHost(options);
  const emitted = new Map<string, string>();
  host.writeFile = (name, text) => emitted.set(relative(root, name), text);
  const program = ts.createProgram([join(root, entry)], options, host);
  const result = program.emit(undefined, undefined, undefined, true);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    });
    throw new BuildError(`Cannot emit declarations as TypeScript reports errors:\n${text}`);
  }
  const dts = emitted.get(source.replace(/\.ts$/, ".d.ts"));
  if (dts === undefined) {
    throw new BuildError(`Cannot emit declarations: TypeScript wrote no .d.ts for ${source}`);
  }
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(join(root, entry))!;
  const api = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!).map((s) => s.name);
  return publicDeclarations(dts, api, source);
}

/**
 * `dts` cut down to the declarations of `publicNames` and what they reference, transitively;
 * the rest (internals, imports) dropped. Kept declarations outside `publicNames` lose `export`.
 */
export function publicDeclarations(dts: string, publicNames: string[], what: string): string {
  const sf = ts.createSourceFile("public.d.ts", dts, ts.ScriptTarget.Latest, true);
  const declared = new Map<string, ts.Statement[]>();
  const imported = new Map<string, string>(); // local name → module specifier
  const aliases = new Map<string, string>(); // `export { local as name }`: name → local
  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt)) {
      const from = (stmt.moduleSpecifier as ts.StringLiteral).text;
      const clause = stmt.importClause;
      if (clause?.name) imported.set(clause.name.text, from);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imported.set(bindings.name.text, from);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const e of bindings.elements) imported.set(e.name.text, from);
      }
    } else if (ts.isExportDeclaration(stmt)) {
      if (stmt.moduleSpecifier === undefined && stmt.exportClause) {
        for (const e of (stmt.exportClause as ts.NamedExports).elements) {
          aliases.set(e.name.text, (e.propertyName ?? e.name).text);
        }
      }
    } else {
      for (const name of declaredNames(stmt)) {
        declared.set(name, [...(declared.get(name) ?? []), stmt]);
      }
    }
  }
  const missing = publicNames.filter((n) => !declared.has(aliases.get(n) ?? n));
  if (missing.length > 0) {
    throw new BuildError(
      `Cannot write the public declarations as ${what} must declare every public name: got ` +
        `none for ${missing.join(", ")}`,
    );
  }
  const kept = new Set<ts.Statement>();
  const queue = publicNames.map((n) => aliases.get(n) ?? n);
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const stmt of declared.get(name) ?? []) {
      kept.add(stmt);
      for (const ref of references(stmt)) {
        const from = imported.get(ref);
        if (from !== undefined && !declared.has(ref)) {
          throw new BuildError(
            `Cannot write the public declarations as they must import nothing: ${name} ` +
              `references ${ref} from ${JSON.stringify(from)}`,
          );
        }
        if (declared.has(ref) && !seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
    }
  }
  // Public names declared as such keep their `export`; the others (declared without it, or
  // exported under another name) go into one export list.
  const direct = new Set(publicNames.filter((n) => (aliases.get(n) ?? n) === n));
  const exportList = publicNames.filter((n) => !direct.has(n)).map((n) =>
    `${aliases.get(n)} as ${n}`
  );
  let local = false;
  const parts: string[] = [];
  for (const stmt of sf.statements) {
    if (!kept.has(stmt)) continue;
    const full = stmt.getFullText();
    const lead = stmt.getStart() - stmt.getFullStart();
    const names = declaredNames(stmt);
    const exportedHere = /^export\s/.test(full.slice(lead));
    if (names.some((n) => direct.has(n))) {
      parts.push(full);
      if (!exportedHere) exportList.push(...names.filter((n) => direct.has(n)));
    } else {
      local = true;
      parts.push(full.slice(0, lead) + full.slice(lead).replace(/^export\s+/, ""));
    }
  }
  if (exportList.length > 0) parts.push(`\nexport { ${[...new Set(exportList)].join(", ")} };`);
  // A .d.ts module without an export list exports every top-level declaration; this one keeps
  // the non-public ones local.
  if (local) parts.push("\nexport {};");
  return parts.join("").replace(/^\n+/, "").replace(/\n*$/, "\n");
}

function declaredNames(stmt: ts.Statement): string[] {
  if (
    (ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) ||
      ts.isClassDeclaration(stmt) || ts.isFunctionDeclaration(stmt) ||
      ts.isEnumDeclaration(stmt) || ts.isModuleDeclaration(stmt)) &&
    stmt.name !== undefined &&
    ts.isIdentifier(stmt.name)
  ) return [stmt.name.text];
  if (ts.isVariableStatement(stmt)) {
    return stmt.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : []
    );
  }
  return [];
}

/**
 * Names a declaration refers to at the top level: type references, heritage clauses,
 * `typeof X` queries and computed property keys (each by its leftmost identifier).
 */
function references(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const leftmost = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else if (ts.isQualifiedName(n)) leftmost(n.left);
    else if (ts.isPropertyAccessExpression(n)) leftmost(n.expression);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n)) leftmost(n.typeName);
    else if (ts.isExpressionWithTypeArguments(n)) leftmost(n.expression);
    else if (ts.isTypeQueryNode(n)) leftmost(n.exprName);
    else if (ts.isComputedPropertyName(n)) leftmost(n.expression);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}
