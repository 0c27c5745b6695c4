/**
 * Report section: lockbox's throughput ceiling per runtime.
 *
 * @module
 */

import { type BenchResults, fmt, rows } from "./format.ts";

/** One step of the throughput scenario. */
interface Step {
  rate: number;
  exported: number;
  dropped: number;
  achieved: number;
  pass: boolean;
}

/** "Throughput ceiling" section lines. */
export function throughput(all: BenchResults): string[] {
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  p("## 5. Throughput ceiling (lockbox, per runtime)");
  p();
  p(
    "Offered rates stepped up from 5,000 records/s, 2 s each, in 1 ms ticks; a step passes when " +
      "the producer kept ≥ 97 % of the rate, nothing was dropped (queue full or a sink's own " +
      "drops) and every record was exported (acknowledged by the receiver) once the pipeline " +
      "drained. A failed step is offered once more (other work shares this machine) and both " +
      "attempts are listed; the run stops at the first rate that fails twice. Default queue " +
      "and batch processor settings.",
  );
  p();
  p("| runtime | ceiling records/s | steps (offered → exported, dropped) | records at the receiver |");
  p("|---|---:|---|---:|");
  for (const r of rows(all, "throughput")) {
    const steps = (r.steps as Step[])
      .map((s) => `${fmt(s.rate)} → ${fmt(s.exported)}, ${fmt(s.dropped)} ${s.pass ? "✓" : "✗"}`)
      .join("; ");
    p(`| ${r.runtime} | ${fmt(r.ceiling)} | ${steps} | ${fmt(r.receivedByReceiver)} |`);
  }
  p();
  return out;
}
