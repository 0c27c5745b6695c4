/**
 * Report section: caller cost per library (Node) and lockbox's per runtime.
 *
 * @module
 */

import { type BenchResults, byLib, fmt, howOf, nameOf, ratio, rows } from "./format.ts";

/** "Caller cost" section lines. */
export function callerCost(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  const lb = byLib(all, "caller_cost").lockbox;
  p("## 1. Caller cost (Node)");
  p();
  p(
    "Nanoseconds spent inside one call: rounds of calls timed together (mitata, manual timing), " +
      "one event-loop turn between rounds so deferred work runs outside the timing; median and " +
      "p99 over rounds. `÷ lockbox` = the library's median / lockbox's median.",
  );
  p();
  p("| library | median ns/call | p99 ns/call | ÷ lockbox | what is measured |");
  p("|---|---:|---:|---:|---|");
  for (const r of rows(all, "caller_cost")) {
    p(`| ${nameOf(r.lib)} | ${fmt(r.medianNs, 1)} | ${fmt(r.p99Ns, 1)} | ${
      ratio(r.medianNs, lb?.medianNs)
    } | ${howOf(r.lib)} |`);
  }
  const rt = rows(all, "caller_cost_runtimes");
  if (lb !== undefined || rt.length > 0) {
    p();
    p("lockbox caller cost per runtime:");
    p();
    p("| runtime | median ns/call | p99 ns/call |");
    p("|---|---:|---:|");
    for (const r of [lb, ...rt]) {
      if (r) p(`| ${r.runtime} | ${fmt(r.medianNs, 1)} | ${fmt(r.p99Ns, 1)} |`);
    }
  }
  p();
  return out;
}
