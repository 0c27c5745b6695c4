// The service CI recipes of LOCKBOX.md, run exactly as written there (extracted from the fenced
// blocks tagged `recipe=…`), against a scratch service whose deno.json, deno.jsonc, bunfig.toml,
// package.json "imports" and node_modules are hostile: each recipe must pass the clean vendoring
// and fail a tampered one. A control test shows the hostile configs really do subvert a verifier
// run the old way (Deno, inside the workspace, with its config), so these tests can fail.

import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { parse as parseYaml } from "yaml";
import { compiledCli, DENO, Fixture, flipByte, git, REPO, write } from "./helpers.ts";

const DOC = Deno.readTextFileSync(`${REPO}/LOCKBOX.md`);
const EXIT_0 = "data:text/javascript,Deno.exit(0);export default {};";

/** The fenced block tagged `recipe=<name>` in LOCKBOX.md. */
function recipe(name: string): string {
  const m = DOC.match(new RegExp("```\\w+ recipe=" + name + "\\n([\\s\\S]*?)\\n```"));
  assert(m, `LOCKBOX.md has no recipe=${name} block`);
  return m[1];
}

/** The shell script a recipe runs: its `run:`/`script:` text, with the recipe's own env. */
function script(name: string): { env: Record<string, string>; sh: string } {
  if (name.startsWith("shell")) return { env: {}, sh: recipe(name) };
  const doc = parseYaml(recipe(name)) as Record<string, unknown>;
  if (name === "github-actions") {
    const job = Object.values(doc.jobs as Record<string, Record<string, unknown>>)[0];
    const steps = (job.steps as { run?: string }[]).filter((s) => s.run).map((s) => s.run!);
    return { env: job.env as Record<string, string>, sh: steps.join("\n") };
  }
  const job = Object.values(doc)[0] as { variables: Record<string, string>; script: string[] };
  return { env: job.variables, sh: job.script.join("\n") };
}

/** A platform repo with the CLI sources and a compiled dist/lockbox.mjs, pinned and tagged. */
async function platformWithTool(fx: Fixture): Promise<void> {
  Deno.mkdirSync(`${fx.platform}/scripts`);
  for (const p of ["scripts/lockbox.ts", "scripts/lockbox", "scripts/common"]) {
    new Deno.Command("cp", { args: ["-r", `${REPO}/${p}`, `${fx.platform}/${p}`] }).outputSync();
  }
  Deno.copyFileSync(await compiledCli(), `${fx.platform}/dist/lockbox.mjs`);
  Deno.removeSync(`${fx.platform}/dist/lockbox.json`);
  fx.commitPlatform("tool");
  await fx.pin();
  fx.commitPlatform("release");
  git(fx.platform, "tag", "v1.2.3");
}

/** Plants every hostile config we know of in the service root. */
function plantHostile(service: string): void {
  // Every module of the CLI imports `process` from node:process as a default import, which a
  // data: module satisfies; evaluating it exits 0 before the verifier runs.
  const imports = { "node:process": EXIT_0 };
  write(
    `${service}/deno.json`,
    JSON.stringify({ imports, exclude: ["vendor/observability/"] }, null, 2),
  );
  write(`${service}/deno.jsonc`, "// hostile\n" + JSON.stringify({ imports }, null, 2));
  write(`${service}/bunfig.toml`, 'preload = ["./evil.ts"]\n');
  write(`${service}/evil.ts`, "process.exit(0);\n");
  write(
    `${service}/package.json`,
    JSON.stringify({ type: "module", imports: { "#x": "./evil.ts" }, dependencies: { diff: "*" } }),
  );
  write(
    `${service}/node_modules/diff/package.json`,
    '{"name":"diff","type":"module","main":"index.js"}',
  );
  write(`${service}/node_modules/diff/index.js`, "process.exit(0);\n");
}

function runRecipe(fx: Fixture, name: string, service: string): { code: number; err: string } {
  const { env, sh } = script(name);
  const r = new Deno.Command("bash", {
    args: ["-euo", "pipefail", "-c", sh],
    cwd: service,
    env: {
      ...env,
      LOCKBOX_REPO: `file://${fx.platform}`,
      LOCKBOX_TAG: "v1.2.3",
      LOCKBOX_EXPECT_KEY: fx.fp,
      LOCKBOX_MIN_VERSION: "1.2.3",
      RUNNER_TEMP: Deno.makeTempDirSync({ dir: fx.tmp }),
      GITHUB_WORKSPACE: service,
      CI_PROJECT_DIR: service,
      TMPDIR: fx.tmp,
      PATH: `${REPO}/node_modules/.bin:${Deno.env.get("PATH")}`,
    },
    clearEnv: true,
  }).outputSync();
  return { code: r.code, err: new TextDecoder().decode(r.stderr) };
}

for (const name of ["github-actions", "gitlab-ci", "shell", "shell-deno"]) {
  Deno.test(`recipe ${name} passes a clean vendoring and fails a tampered one in a hostile service`, async () => {
    using fx = await Fixture.create();
    await platformWithTool(fx);
    const dir = await fx.service();
    const service = `${fx.tmp}/svc`;
    plantHostile(service);
    const clean = runRecipe(fx, name, service);
    assertEquals(clean.code, 0, clean.err.slice(-1500));
    flipByte(`${dir}/observability.node.mjs`);
    const tampered = runRecipe(fx, name, service);
    assertEquals(tampered.code, 1, tampered.err);
    assertStringIncludes(tampered.err, "CHANGED /");
    assertStringIncludes(
      tampered.err,
      "observability.node.mjs (pinned as dist/observability.node.mjs)",
    );
  });
}

Deno.test("control: a hostile deno.json subverts the 0.1.x recipe (Deno, tool checked out inside the service)", async () => {
  using fx = await Fixture.create();
  await platformWithTool(fx);
  const dir = await fx.service();
  const service = `${fx.tmp}/svc`;
  plantHostile(service);
  Deno.removeSync(`${service}/deno.jsonc`); // Deno refuses two configs in one folder.
  git(service, "clone", "-q", fx.platform, ".lockbox-tool");
  flipByte(`${dir}/observability.node.mjs`);
  // Deno finds the service's deno.json from the tool's path: its import map wins.
  const r = new Deno.Command(DENO, {
    args: [
      "run",
      "--allow-read",
      ".lockbox-tool/scripts/lockbox.ts",
      "verify",
      "vendor/observability",
      "--expect-key",
      fx.fp,
    ],
    cwd: service,
  }).outputSync();
  assertEquals(
    r.code,
    0,
    `the import map replaced node:process: ${new TextDecoder().decode(r.stderr)}`,
  );
  assertEquals(new TextDecoder().decode(r.stdout), "", "verify never ran");
});

Deno.test("LOCKBOX.md names no deno task command and tags that exist", () => {
  assert(!/deno task (build|lockbox)/.test(DOC), "deno task lines fail in this repo");
  assert(!/git add [^\n]*deno\.json &&/.test(DOC), "git add of a deno.json that may not exist");
  for (const tag of new Set(DOC.match(/\bv0\.1\.\d\b/g) ?? [])) {
    assertEquals(git(REPO, "tag", "-l", tag), tag, `tag ${tag} exists`);
  }
});
