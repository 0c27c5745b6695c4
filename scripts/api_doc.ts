/**
 * Generates `docs/API.md`, the API reference, from the docstrings of the exports of `mod.ts`
 * (through `deno doc --json mod.ts`), so the reference and the code cannot drift apart.
 *
 * Usage:
 *   deno run --allow-read --allow-write --allow-run scripts/api_doc.ts           # write docs/API.md
 *   deno run --allow-read --allow-run scripts/api_doc.ts --check                  # compare only
 *   deno run --allow-read --allow-run scripts/api_doc.ts --stdout                 # print it
 *
 * Exit codes: 0 ok (written, or up to date with `--check`); 1 `--check` found docs/API.md stale
 * or missing, or `deno doc` failed; 2 usage error.
 *
 * @module
 */

import { parseArgs } from "node:util";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = "docs/API.md";
const USAGE = `Usage: api_doc.ts [--check | --stdout]

Generates ${OUT} from the docstrings of the exports of mod.ts (deno doc --json).

Options:
  --check    exit 1 when ${OUT} differs from a fresh generation (writes nothing)
  --stdout   print the generated reference instead of writing ${OUT}
  --help     show this help
`;

// #region deno doc JSON (the parts this script reads; format version 2)

/** A type as `deno doc --json` describes it. */
interface TsType {
  kind: string;
  repr?: string;
  // deno-lint-ignore no-explicit-any
  value?: any;
}
interface JsDocTag {
  kind: string;
  name?: string;
  doc?: string;
  tsType?: TsType;
}
interface JsDoc {
  doc?: string;
  tags?: JsDocTag[];
}
interface Param {
  kind: string;
  name?: string;
  optional?: boolean;
  tsType?: TsType;
  left?: Param;
}
interface Member {
  name: string;
  jsDoc?: JsDoc;
  optional?: boolean;
  readonly?: boolean;
  tsType?: TsType;
  params?: Param[];
  returnType?: TsType;
}
interface Declaration {
  kind: "function" | "class" | "interface" | "typeAlias" | "variable" | string;
  location: { line: number };
  jsDoc?: JsDoc;
  // deno-lint-ignore no-explicit-any
  def: any;
}
interface DocSymbol {
  name: string;
  declarations: Declaration[];
}

// #endregion
// #region Rendering

/** Renders a type as TypeScript source text. */
export function renderType(t: TsType | undefined): string {
  if (!t) return "unknown";
  const v = t.value;
  switch (t.kind) {
    case "keyword":
      return String(v);
    case "typeRef": {
      const params = (v.typeParams ?? []) as TsType[];
      return params.length ? `${v.typeName}<${params.map(renderType).join(", ")}>` : v.typeName;
    }
    case "literal":
      return v.kind === "string" ? JSON.stringify(v.string) : String(v[v.kind] ?? t.repr);
    case "union":
      return (v as TsType[]).map(renderType).join(" | ");
    case "intersection":
      return (v as TsType[]).map(renderType).join(" & ");
    case "array": {
      const inner = renderType(v);
      return /[|&]/.test(inner) && v.kind !== "parenthesized" ? `(${inner})[]` : `${inner}[]`;
    }
    case "parenthesized":
      return `(${renderType(v)})`;
    case "typeOperator":
      return `${v.operator} ${renderType(v.tsType)}`;
    case "typeQuery":
      return `typeof ${typeof v === "string" ? v : t.repr}`;
    case "indexedAccess":
      return `${renderType(v.objType)}[${renderType(v.indexType)}]`;
    case "tuple":
      return `[${(v as TsType[]).map(renderType).join(", ")}]`;
    case "fnOrConstructor":
      return `(${renderParams(v.params)}) => ${renderType(v.tsType)}`;
    case "typeLiteral": {
      const props = (v.properties ?? []) as Member[];
      return `{ ${
        props.map((p) => `${p.name}${p.optional ? "?" : ""}: ${renderType(p.tsType)}`).join("; ")
      } }`;
    }
    default:
      return t.repr ?? t.kind;
  }
}

function renderParam(p: Param): string {
  if (p.kind === "assign" && p.left) return renderParam({ ...p.left, optional: true });
  return `${p.name ?? "arg"}${p.optional ? "?" : ""}: ${renderType(p.tsType)}`;
}

function renderParams(params: Param[] = []): string {
  return params.map(renderParam).join(", ");
}

/** Anchor of a heading as GitHub makes it (lowercase; spaces → `-`; punctuation removed). */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}

/**
 * Anchors of the symbol headings, in heading order: a repeated slug gets `-1`, `-2`, … as on
 * GitHub (`observabilityStats` and `ObservabilityStats` share one slug).
 */
let anchors = new Map<string, string>();
function anchor(name: string): string {
  return anchors.get(name) ?? slug(name);
}
function assignAnchors(headings: string[]): void {
  anchors = new Map();
  const seen = new Map<string, number>();
  for (const h of headings) {
    const base = slug(h);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.set(h, n === 0 ? base : `${base}-${n}`);
  }
}

/**
 * Docstring text as Markdown: `{@linkcode X}` / `{@link X}` become links to X's section when X
 * is documented here (code otherwise); `@default {v}` becomes "Default: `v`".
 */
function renderDoc(text: string | undefined, names: Set<string>): string {
  if (!text) return "";
  return text.trim()
    .replace(/\{@link(?:code)? ([A-Za-z0-9_.]+)\}/g, (_, name: string) => {
      const base = name.split(".")[0];
      return names.has(base) ? `[\`${name}\`](#${anchor(base)})` : `\`${name}\``;
    })
    .replace(/@default \{([^}]*)\}/g, (_, v: string) => `Default: \`${v}\`.`);
}

/** One line of a Markdown table cell: newlines folded, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function tags(doc: JsDoc | undefined, kind: string): JsDocTag[] {
  return (doc?.tags ?? []).filter((t) => t.kind === kind);
}

function renderTags(doc: JsDoc | undefined, names: Set<string>): string[] {
  const out: string[] = [];
  const params = tags(doc, "param");
  if (params.length) {
    out.push("**Parameters**", "");
    for (const p of params) out.push(`- \`${p.name}\`: ${cell(renderDoc(p.doc, names))}`);
    out.push("");
  }
  for (const r of tags(doc, "return")) {
    // `@returns {X} text`: deno doc parses `{X}` as the tag's type (even `{@linkcode X}`).
    const type = r.tsType ? renderType(r.tsType) : "";
    const head = type.startsWith("@link") ? `{${type}}` : type ? `\`${type}\` ` : "";
    out.push(`**Returns** ${cell(renderDoc(head + (r.doc ?? ""), names))}`, "");
  }
  for (const t of tags(doc, "throws")) {
    out.push(`**Throws** \`${renderType(t.tsType)}\` ${cell(renderDoc(t.doc, names))}`, "");
  }
  for (const e of tags(doc, "example")) out.push("**Example**", "", (e.doc ?? "").trim(), "");
  return out;
}

function memberTable(members: Member[], names: Set<string>): string[] {
  if (!members.length) return [];
  const out = ["| member | type | description |", "| --- | --- | --- |"];
  for (const m of members) {
    const type = m.params
      ? `(${renderParams(m.params)}) => ${renderType(m.returnType)}`
      : renderType(m.tsType);
    const flags = `${m.readonly ? "readonly " : ""}\`${m.name}${m.optional ? "?" : ""}\``;
    out.push(`| ${flags} | \`${cell(type)}\` | ${cell(renderDoc(m.jsDoc?.doc, names))} |`);
  }
  return [...out, ""];
}

function signature(name: string, d: Declaration): string {
  const def = d.def;
  switch (d.kind) {
    case "function":
      return `function ${name}(${renderParams(def.params)}): ${renderType(def.returnType)}`;
    case "variable":
      return `const ${name}: ${renderType(def.tsType)}`;
    case "typeAlias":
      return `type ${name} = ${renderType(def.tsType)}`;
    case "class":
      return `class ${name}${def.extends ? ` extends ${def.extends}` : ""}`;
    case "interface":
      return `interface ${name}`;
    default:
      return name;
  }
}

const KIND_ORDER = ["function", "class", "interface", "typeAlias", "variable"];
const KIND_TITLE: Record<string, string> = {
  function: "Functions",
  class: "Classes",
  interface: "Interfaces",
  typeAlias: "Types",
  variable: "Constants",
};

/** The whole reference, from the parsed `deno doc --json mod.ts` output. */
export function renderApi(
  doc: { nodes: Record<string, { module_doc?: JsDoc; symbols?: DocSymbol[] }> },
): string {
  const mod = Object.entries(doc.nodes).find(([file]) => file.endsWith("/mod.ts"));
  if (!mod) throw new Error("Cannot render the API as deno doc gave no node for mod.ts");
  const symbols = (mod[1].symbols ?? []).filter((s) => s.declarations.length > 0);
  const names = new Set(symbols.map((s) => s.name));
  const byKind = (kind: string) =>
    symbols.filter((s) => s.declarations[0].kind === kind)
      .sort((a, b) => a.declarations[0].location.line - b.declarations[0].location.line);
  assignAnchors(["API reference", "Contents", ...KIND_ORDER.flatMap(byKind).map((s) => s.name)]);
  const out: string[] = [
    "<!-- Generated by scripts/api_doc.ts from the docstrings of mod.ts; do not edit. -->",
    "<!-- Regenerate: npx deno run --allow-read --allow-write --allow-run scripts/api_doc.ts -->",
    "",
    "# API reference",
    "",
    renderDoc(mod[1].module_doc?.doc, names),
    "",
    ...renderTags(mod[1].module_doc, names),
    "Configuration (every option and environment variable, defaults, invalid values):",
    "[configuration.md](configuration.md).",
    "",
    "## Contents",
    "",
  ];
  for (const kind of KIND_ORDER) {
    const list = byKind(kind);
    if (list.length) {
      out.push(
        `- ${KIND_TITLE[kind]}: ${
          list.map((s) => `[\`${s.name}\`](#${anchor(s.name)})`).join(", ")
        }`,
      );
    }
  }
  out.push("");
  for (const kind of KIND_ORDER) {
    for (const s of byKind(kind)) {
      const d = s.declarations[0];
      out.push(`## ${s.name}`, "", "```ts", signature(s.name, d), "```", "");
      out.push(renderDoc(d.jsDoc?.doc, names), "");
      if (d.kind === "class") {
        for (const c of d.def.constructors ?? []) {
          out.push("```ts", `new ${s.name}(${renderParams(c.params)})`, "```", "");
          out.push(...renderTags(c.jsDoc, names));
        }
        out.push(...memberTable([...(d.def.properties ?? []), ...(d.def.methods ?? [])], names));
      }
      if (d.kind === "interface") {
        out.push(...memberTable([...(d.def.properties ?? []), ...(d.def.methods ?? [])], names));
      }
      out.push(...renderTags(d.jsDoc, names));
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

// #endregion
// #region CLI

/** Runs `deno doc --json mod.ts` with the Deno that runs this script. */
async function denoDoc(): Promise<unknown> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", "mod.ts"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped", // type-resolution warnings about @types/node; not part of the output
  }).output();
  if (!out.success) {
    throw new Error(
      `Cannot read the docstrings as deno doc --json mod.ts exited with ${out.code}: ${
        new TextDecoder().decode(out.stderr)
      }`,
    );
  }
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

/** Formats Markdown the way `deno fmt` does, so the committed file passes `deno fmt --check`. */
async function fmt(markdown: string): Promise<string> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["fmt", "--ext=md", "-"],
    cwd: ROOT,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(markdown));
  await writer.close();
  const out = await child.output();
  if (!out.success) {
    throw new Error(`Cannot format ${OUT}: ${new TextDecoder().decode(out.stderr)}`);
  }
  return new TextDecoder().decode(out.stdout);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        check: { type: "boolean", default: false },
        stdout: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.check && values.stdout) {
    process.stderr.write(`Cannot use --check with --stdout: pick one\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    // deno-lint-ignore no-explicit-any
    text = await fmt(renderApi(await denoDoc() as any));
  } catch (e) {
    process.stderr.write(`api_doc: ${(e as Error).message}\n`);
    return 1;
  }
  if (values.stdout) {
    process.stdout.write(text);
    return 0;
  }
  if (values.check) {
    let current = "";
    try {
      current = Deno.readTextFileSync(ROOT + OUT);
    } catch {
      // missing: reported as stale below
    }
    if (current === text) return 0;
    process.stderr.write(
      `${OUT} is stale (the docstrings of mod.ts changed): run npx deno run --allow-read --allow-write --allow-run scripts/api_doc.ts\n`,
    );
    return 1;
  }
  Deno.mkdirSync(ROOT + "docs", { recursive: true });
  Deno.writeTextFileSync(ROOT + OUT, text);
  process.stderr.write(`api_doc: wrote ${OUT}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();

// #endregion
