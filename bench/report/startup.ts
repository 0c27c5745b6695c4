/**
 * Report section: start-up time, RSS overhead and bundle sizes.
 *
 * @module
 */

import { type BenchResults, fmt, median, rows } from "./format.ts";

/** "Start-up, memory and bundle size" section lines. */
export function startup(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  p("## 6. Start-up, memory and bundle size");
  p();
  p(
    "From `import()` of lockbox to ready: initialised, worker up, first record written by the " +
      "worker. RSS overhead: resident set size 250 ms after ready minus the RSS just before the " +
      "import (worker thread included). Median of fresh processes; process time before the " +
      "import for context.",
  );
  p();
  p("| runtime | runs | import ms | import → ready ms | RSS overhead MB | process start → import ms |");
  p("|---|---:|---:|---:|---:|---:|");
  const su = rows(all, "startup");
  for (const name of [...new Set(su.map((r) => r.runtime))]) {
    const rs = su.filter((r) => r.runtime === name);
    const col = (k: string) => fmt(median(rs.map((r) => r[k] as number)), 1);
    p(`| ${name} | ${rs.length} | ${col("importMs")} | ${col("importToReadyMs")} | ${
      col("rssOverheadMb")
    } | ${col("beforeImportMs")} |`);
  }
  p();
  p("| bundle measured | bytes | gzip bytes |");
  p("|---|---:|---:|");
  for (
    const b of all.meta.bundles as {
      file: string;
      bytes: number;
      gzipBytes: number;
    }[]
  ) {
    p(`| ${b.file} | ${fmt(b.bytes)} | ${fmt(b.gzipBytes)} |`);
  }
  p();
  return out;
}
