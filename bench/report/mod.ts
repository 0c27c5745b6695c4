/**
 * Turns the results of bench/run.ts into BENCHMARKS.md, the plot (bench/benchmarks.png,
 * rendered with @resvg/resvg-js from bench's own install, bench/peers/; bench/benchmarks.svg when that is not
 * installed) and bench/results.json. Everything in the report comes from the results object;
 * nothing is written by hand. One file per section in this folder.
 *
 * @module
 */

import { existsSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { callerCost } from "./caller_cost.ts";
import { deadEndpoint } from "./dead_endpoint.ts";
import type { BenchResults } from "./format.ts";
import { header } from "./header.ts";
import { plot } from "./plot.ts";
import { startup } from "./startup.ts";
import { stall, steady } from "./steady.ts";
import { throughput } from "./throughput.ts";

export type { BenchResults } from "./format.ts";

/** resvg's renderer, as far as the report uses it. */
interface ResvgModule {
  Resvg: new (svg: string, options: Record<string, unknown>) => {
    render(): { asPng(): Uint8Array };
  };
}

/**
 * Renders `svg` to PNG with @resvg/resvg-js from bench/peers/node_modules (loaded with
 * `require` from bench/peers/, so neither Deno's import map nor the repository's install is involved). Throws
 * when it is not installed.
 */
function renderPng(svg: string): Uint8Array {
  const require = createRequire(new URL("../peers/package.json", import.meta.url));
  const { Resvg } = require("@resvg/resvg-js") as ResvgModule;
  return new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: 1000 },
  }).render().asPng();
}

/**
 * Writes BENCHMARKS.md into `outDir`, and results.json and the plot into `outDir`/bench/ (or
 * `outDir` itself for a smoke run), making that folder when missing. Throws on a write error.
 */
export function writeReport(
  all: BenchResults,
  outDir: URL,
  smoke: boolean,
): Promise<void> {
  const benchDir = smoke ? outDir : new URL("bench/", outDir);
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(
    new URL("results.json", benchDir),
    JSON.stringify(all, null, 2) + "\n",
  );
  const svg = plot(all);
  let pngNote = "";
  let plotFile = "bench/benchmarks.png";
  try {
    writeFileSync(new URL("benchmarks.png", benchDir), renderPng(svg));
    const stale = new URL("benchmarks.svg", benchDir);
    if (existsSync(stale)) unlinkSync(stale);
  } catch (e) {
    writeFileSync(new URL("benchmarks.svg", benchDir), svg);
    plotFile = "bench/benchmarks.svg";
    pngNote = `(PNG not rendered: ${(e as Error).message.split("\n")[0]}; plot written as SVG)`;
  }
  const md = [
    ...header(all, pngNote, plotFile),
    ...callerCost(all),
    ...steady(all),
    ...stall(all),
    ...deadEndpoint(all),
    ...throughput(all),
    ...startup(all),
  ];
  writeFileSync(new URL("BENCHMARKS.md", outDir), md.join("\n"));
  return Promise.resolve();
}
