/**
 * The user-facing docs point only inside the repository: every relative Markdown link of
 * README.md, CHANGELOG.md, docs/*.md and deploy/README.md names a file that exists (and, for
 * `#anchor` links into Markdown files, a heading that exists), and none of them cites a document
 * that is not shipped with the repo.
 *
 * Run: `npm run test:docs`.
 *
 * @module
 */

import { assert } from "@std/assert";
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function docFiles(): string[] {
  const files = ["README.md", "CHANGELOG.md", "deploy/README.md"];
  for (const e of Deno.readDirSync(ROOT + "docs")) {
    if (e.isFile && e.name.endsWith(".md")) files.push(`docs/${e.name}`);
  }
  return files;
}

/** GitHub's heading anchors of a Markdown file (repeated slugs get -1, -2, …). */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/```[\s\S]*?```/g, "");
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = m[1].trim().toLowerCase().replace(/[`*_]/g, (c) => (c === "_" ? "_" : ""))
      .replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** Relative link targets of a Markdown file, outside code blocks and code spans. */
function links(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1])
    .filter((t) => !/^[a-z]+:/i.test(t));
}

Deno.test("relative links in the docs resolve to files and headings in the repo", () => {
  const problems: string[] = [];
  for (const file of docFiles()) {
    const markdown = Deno.readTextFileSync(ROOT + file);
    for (const target of links(markdown)) {
      const [path, hash] = target.split("#");
      const resolved = path === "" ? file : relative(ROOT, join(ROOT, dirname(file), path));
      let text: string | undefined;
      try {
        const stat = Deno.statSync(ROOT + resolved);
        if (stat.isFile && resolved.endsWith(".md")) text = Deno.readTextFileSync(ROOT + resolved);
      } catch {
        problems.push(`${file}: ${target} → ${resolved} does not exist`);
        continue;
      }
      if (hash && text !== undefined && !anchors(text).has(hash)) {
        problems.push(`${file}: ${target} → no heading #${hash} in ${resolved}`);
      }
    }
  }
  assert(problems.length === 0, problems.join("\n"));
});

Deno.test("the docs cite no document outside the repo", () => {
  const problems: string[] = [];
  for (const file of docFiles()) {
    const lines = Deno.readTextFileSync(ROOT + file).split("\n");
    lines.forEach((line, i) => {
      if (/\.\.\/shared|ARCHITECTURE\.md|seed spec/.test(line)) {
        problems.push(`${file}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  assert(problems.length === 0, problems.join("\n"));
});
