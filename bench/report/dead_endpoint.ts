/**
 * Report section: memory and caller cost while the OTLP endpoint refuses connections.
 *
 * @module
 */

import { type BenchResults, fmt, nameOf, rows } from "./format.ts";

/** "Dead endpoint" section lines. */
export function deadEndpoint(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  p("## 4. Dead endpoint (Node)");
  p();
  p(
    "1,000,000 calls, 1,000 per event-loop turn, OTLP endpoint a closed 127.0.0.1 port. RSS growth " +
      "over the RSS after 10,000 warm-up calls. Only lockbox counts what it drops; the SDK's batch " +
      "processor drops silently.",
  );
  p();
  p("| library | RSS growth peak MB | RSS growth end MB | accepted | dropped (queue full) | median ns/call | p99 ns/call | wall s |");
  p("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows(all, "dead_endpoint")) {
    p(`| ${nameOf(r.lib)} | ${fmt(r.rssPeakGrowthMb, 1)} | ${fmt(r.rssEndGrowthMb, 1)} | ${
      fmt(r.accepted)
    } | ${r.lib === "lockbox" ? fmt(r.droppedQueueFull) : "not counted"} | ${
      fmt(r.medianNs, 1)
    } | ${fmt(r.p99Ns, 1)} | ${fmt((r.wallMs as number) / 1000, 1)} |`);
  }
  p();
  return out;
}
