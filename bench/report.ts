/**
 * Turns the results of bench/run.ts into BENCHMARKS.md, bench/benchmarks.png (an SVG drawn
 * here, rendered with @resvg/resvg-js) and bench/results.json. Everything in the report comes
 * from the results object; nothing is written by hand.
 *
 * @module
 */

import { writeFileSync } from "node:fs";

/** What run.ts hands over. */
export interface BenchResults {
  meta: Record<string, unknown>;
  results: Record<string, unknown[]>;
  failures: string[];
}

type Row = Record<string, unknown> & { lib: string; runtime: string };

/** What each case does, in words (the table's last column). */
const HOW: Record<string, string> = {
  floor: "allocate the attributes object and store it in a preallocated ring",
  lockbox: "`log.info` → bounded queue; worker writes JSON to stdout (/dev/null) and exports OTLP",
  pino: "`pino(pino.destination({ dest: '/dev/null', sync: true }))`",
  pino_otel: "pino → pino-opentelemetry-transport (thread-stream worker) → OTLP/HTTP protobuf",
  logtape: "LogTape `jsonLinesFormatter`, a sink writing each line with `writeSync` to /dev/null",
  winston: "winston `timestamp()+json()` → Stream transport on a /dev/null write stream",
  otel_sdk: "raw OTel SDK `logger.emit` → BatchLogRecordProcessor → OTLP/HTTP protobuf",
  none: "no logging (baseline)",
};
const NAME: Record<string, string> = {
  floor: "floor (ring push)",
  lockbox: "lockbox",
  pino: "pino sync",
  pino_otel: "pino + otel transport",
  logtape: "LogTape JSON lines",
  winston: "winston JSON",
  otel_sdk: "OTel SDK (raw)",
  none: "no logging",
};

const fmt = (v: unknown, digits = 0): string =>
  typeof v === "number" && Number.isFinite(v)
    ? v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "n/a";
const ratio = (a: unknown, b: unknown): string =>
  typeof a === "number" && typeof b === "number" && b > 0 ? `${(a / b).toFixed(3)}×` : "n/a";
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)];
};

/** Writes BENCHMARKS.md, benchmarks.png and results.json (into `outDir`, bench/ for the last two). */
export async function writeReport(all: BenchResults, outDir: URL, smoke: boolean): Promise<void> {
  const benchDir = smoke ? outDir : new URL("bench/", outDir);
  writeFileSync(new URL("results.json", benchDir), JSON.stringify(all, null, 2) + "\n");
  const svg = plot(all);
  let pngNote = "";
  try {
    const { Resvg } = await import("@resvg/resvg-js");
    const png = new Resvg(svg, {
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
      fitTo: { mode: "width", value: 1000 },
    }).render().asPng();
    writeFileSync(new URL("benchmarks.png", benchDir), png);
  } catch (e) {
    writeFileSync(new URL("benchmarks.svg", benchDir), svg);
    pngNote = `(PNG rendering failed: ${(e as Error).message}; wrote benchmarks.svg instead)`;
  }
  writeFileSync(new URL("BENCHMARKS.md", outDir), markdown(all, pngNote));
}

function rows(all: BenchResults, key: string): Row[] {
  return (all.results[key] ?? []) as Row[];
}
function byLib(all: BenchResults, key: string): Record<string, Row> {
  return Object.fromEntries(rows(all, key).map((r) => [r.lib, r]));
}

interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean | null;
}

/** The issue's targets, evaluated on this run's numbers. */
export function targets(all: BenchResults): Target[] {
  const cc = byLib(all, "caller_cost");
  const busy = byLib(all, "busy");
  const stall = byLib(all, "stall");
  const dead = byLib(all, "dead_endpoint");
  const num = (r: Row | undefined, k: string) =>
    typeof r?.[k] === "number" ? r[k] as number : undefined;
  const t: Target[] = [];
  const lbMedian = num(cc.lockbox, "medianNs");
  const poMedian = num(cc.pino_otel, "medianNs");
  t.push({
    name: "caller cost, median",
    goal: "≤ 100 ns",
    measured: `${fmt(lbMedian)} ns`,
    pass: lbMedian === undefined ? null : lbMedian <= 100,
  });
  t.push({
    name: "caller cost vs pino transport",
    goal: "≤ 0.1× pino + otel transport",
    measured: `${ratio(lbMedian, poMedian)} (${fmt(lbMedian)} / ${fmt(poMedian)} ns)`,
    pass: lbMedian === undefined || poMedian === undefined ? null : lbMedian <= 0.1 * poMedian,
  });
  const lbBusy = num(busy.lockbox, "busyNsPerRecord");
  const poBusy = num(busy.pino_otel, "busyNsPerRecord");
  t.push({
    name: "main-thread busy per record vs pino transport",
    goal: "≤ 0.5× pino + otel transport",
    measured: `${ratio(lbBusy, poBusy)} (${fmt(lbBusy)} / ${fmt(poBusy)} ns)`,
    pass: lbBusy === undefined || poBusy === undefined ? null : lbBusy <= 0.5 * poBusy,
  });
  const lbCpu = num(busy.lockbox, "mainCpuNsPerRecord");
  const poCpu = num(busy.pino_otel, "mainCpuNsPerRecord");
  t.push({
    name: "(context) main-thread on-CPU time per record vs pino transport",
    goal: "≤ 0.5× pino + otel transport",
    measured: `${ratio(lbCpu, poCpu)} (${fmt(lbCpu)} / ${fmt(poCpu)} ns, schedstat)`,
    pass: lbCpu === undefined || poCpu === undefined ? null : lbCpu <= 0.5 * poCpu,
  });
  const lbP99 = num(stall.lockbox, "p99Ms");
  const baseP99 = num(stall.none, "p99Ms");
  t.push({
    name: "event-loop stall p99 vs no logging",
    goal: "≤ baseline + 0.2 ms",
    measured: `${fmt(lbP99, 3)} ms vs ${fmt(baseP99, 3)} ms (+${
      fmt((lbP99 ?? NaN) - (baseP99 ?? NaN), 3)
    } ms)`,
    pass: lbP99 === undefined || baseP99 === undefined ? null : lbP99 - baseP99 <= 0.2,
  });
  const lbMax = num(stall.lockbox, "maxMs");
  t.push({
    name: "event-loop stall max",
    goal: "≤ 1 ms",
    measured: `${fmt(lbMax, 3)} ms (no logging: ${fmt(num(stall.none, "maxMs"), 3)} ms)`,
    pass: lbMax === undefined ? null : lbMax <= 1,
  });
  const rss = num(dead.lockbox, "rssPeakGrowthMb");
  t.push({
    name: "RSS growth, 1M calls, dead endpoint",
    goal: "≤ 30 MB",
    measured: `${fmt(rss, 1)} MB peak (${fmt(num(dead.lockbox, "rssEndGrowthMb"), 1)} MB at end)`,
    pass: rss === undefined ? null : rss <= 30,
  });
  const s = stall.lockbox;
  const fin = s?.finished as { otlp?: { exported: number }; accepted?: number } | undefined;
  const drops = num(s, "droppedQueueFull");
  const logged = num(s, "logged");
  t.push({
    name: "no drops at 5,000 records/s, default queue",
    goal: "0 dropped, all exported",
    measured: `${fmt(drops)} dropped of ${fmt(logged)}; ${fmt(fin?.otlp?.exported)} exported, ${
      fmt(num(s, "receivedByReceiver"))
    } at the receiver`,
    pass: s === undefined ? null : drops === 0 && fin?.otlp?.exported === logged,
  });
  return t;
}

function markdown(all: BenchResults, pngNote: string): string {
  const m = all.meta;
  const pkgs = m.packages as Record<string, string>;
  const out: string[] = [];
  const p = (s = "") => out.push(s);
  p("# lockbox benchmarks");
  p();
  p(
    `Generated by \`npm run bench\` (bench/run.ts) on ${m.date} at commit ${m.commit}, in ${
      fmt(m.seconds)
    } s. Do not edit by hand: rerun the benchmarks. Raw numbers: [bench/results.json](bench/results.json).`,
  );
  if (m.smoke) p("\n**Smoke run: tiny parameters, the numbers mean nothing.**");
  p();
  p("## How to run");
  p();
  p("```sh");
  p("npm ci");
  p("npm run bench                       # all six cases, rewrites this file, ~5 minutes");
  p("deno test -A bench/smoke_test.ts    # one tiny round of every case, a few seconds");
  p("```");
  p();
  p(
    "Each case runs in its own child process with stdout redirected to /dev/null (bench/<case>.ts; " +
      "Node and Bun run esbuild outputs in bench/.cache/). OTLP goes to the loopback receiver " +
      "(scripts/otlp_receiver.ts, protobuf, in the parent process). " +
      "**lockbox's accept-path cases run with `LOG_RATE_LIMIT=0`** (policy guard off), as ARCHITECTURE.md §8 asks.",
  );
  p();
  p("## Machine");
  p();
  p(`- CPU: ${m.cpu}, ${m.cores} cores, ${m.memGb} GB RAM`);
  p(`- Node ${m.node}, Bun ${m.bun}, Deno ${m.deno}`);
  p(`- lockbox ${m.lockbox}, run on Node/Bun as: ${m.lockboxModule}; on Deno from mod.ts`);
  p(`- Peers (devDependencies, pinned): ${
    Object.entries(pkgs).map(([k, v]) => `${k} ${v}`).join(", ")
  }`);
  p();
  p("## Targets (issue 6)");
  p();
  p("| target | goal | measured | result |");
  p("|---|---|---|---|");
  for (const t of targets(all)) {
    p(`| ${t.name} | ${t.goal} | ${t.measured} | ${
      t.pass === null ? "NOT MEASURED" : t.pass ? "PASS" : "FAIL"
    } |`);
  }
  if (all.failures.length > 0) {
    p();
    p("Cases that crashed in this run:");
    p();
    for (const f of all.failures) p(`- \`${f.split("\n")[0]}\``);
  }
  p();
  p(`![caller cost, busy time and stall per library](bench/benchmarks.png) ${pngNote}`);
  p();

  const cc = byLib(all, "caller_cost");
  const lb = cc.lockbox;
  p("## 1. Caller cost (Node)");
  p();
  p(
    "Nanoseconds spent inside one call: rounds of calls timed together (mitata, manual timing), " +
      "one event-loop turn between rounds so deferred work runs outside the timing; median and " +
      "p99 over rounds. `÷ lockbox` = peer's median / lockbox's median.",
  );
  p();
  p("| library | median ns/call | p99 ns/call | ÷ lockbox | what is measured |");
  p("|---|---:|---:|---:|---|");
  for (const r of rows(all, "caller_cost")) {
    p(
      `| ${NAME[r.lib]} | ${fmt(r.medianNs, 1)} | ${fmt(r.p99Ns, 1)} | ${
        ratio(r.medianNs, lb?.medianNs)
      } | ${HOW[r.lib]} |`,
    );
  }
  const rt = rows(all, "caller_cost_runtimes");
  if (lb !== undefined || rt.length > 0) {
    p();
    p("lockbox caller cost per runtime:");
    p();
    p("| runtime | median ns/call | p99 ns/call |");
    p("|---|---:|---:|");
    for (const r of [lb, ...rt].filter(Boolean)) {
      p(`| ${r.runtime} | ${fmt(r.medianNs, 1)} | ${fmt(r.p99Ns, 1)} |`);
    }
  }
  p();

  const busy = byLib(all, "busy");
  p("## 2. Main-thread busy per record (Node)");
  p();
  p(
    "`performance.eventLoopUtilization()` active time over a fixed count of records (logged 100 " +
      "per event-loop turn), until everything logged has left the main thread (lockbox: exported; " +
      "OTel SDK: forceFlush; pino transport: flush), divided by the count. Process CPU includes " +
      "worker threads (lockbox's worker, pino's transport) and is shown for context. ELU counts " +
      "wall time, so on this 2-core machine it includes time the main thread was ready but " +
      "waiting for a core while the worker threads and the receiver ran; the main thread's own " +
      "on-CPU time and that run-queue wait come from /proc/thread-self/schedstat.",
  );
  p();
  p(
    "| library | busy ns/record (main thread, ELU) | ÷ lockbox | main-thread CPU ns/record | ÷ lockbox | main-thread run-queue wait ns/record | process CPU ns/record (all threads) | records |",
  );
  p("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows(all, "busy")) {
    p(
      `| ${NAME[r.lib]} | ${fmt(r.busyNsPerRecord)} | ${
        ratio(r.busyNsPerRecord, busy.lockbox?.busyNsPerRecord)
      } | ${fmt(r.mainCpuNsPerRecord)} | ${
        ratio(r.mainCpuNsPerRecord, busy.lockbox?.mainCpuNsPerRecord)
      } | ${fmt(r.mainWaitNsPerRecord)} | ${fmt(r.processCpuNsPerRecord)} | ${fmt(r.records)} |`,
    );
  }
  p();

  p("## 3. Event-loop stall (Node)");
  p();
  p(
    "A 1 ms `setInterval` is the trading loop; each tick logs what keeps 5,000 records/s, for 10 s, " +
      "OTLP export on. Delay = time between ticks minus 1 ms.",
  );
  p();
  p("| case | p50 ms | p99 ms | p99.9 ms | max ms | ticks | records | dropped |");
  p("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows(all, "stall")) {
    p(
      `| ${NAME[r.lib]} | ${fmt(r.p50Ms, 3)} | ${fmt(r.p99Ms, 3)} | ${fmt(r.p999Ms, 3)} | ${
        fmt(r.maxMs, 3)
      } | ${fmt(r.ticks)} | ${fmt(r.logged)} | ${
        r.lib === "lockbox" ? fmt(r.droppedQueueFull) : "not counted"
      } |`,
    );
  }
  p();

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
    p(
      `| ${NAME[r.lib]} | ${fmt(r.rssPeakGrowthMb, 1)} | ${fmt(r.rssEndGrowthMb, 1)} | ${
        fmt(r.accepted)
      } | ${r.lib === "lockbox" ? fmt(r.droppedQueueFull) : "not counted"} | ${
        fmt(r.medianNs, 1)
      } | ${fmt(r.p99Ns, 1)} | ${fmt((r.wallMs as number) / 1000, 1)} |`,
    );
  }
  p();

  p("## 5. Throughput ceiling (lockbox, per runtime)");
  p();
  p(
    "Offered rates doubled from 5,000 records/s, 2 s each, in 1 ms ticks; a step passes when the " +
      "producer kept ≥ 97 % of the rate, nothing was dropped and every record was exported " +
      "(acknowledged by the receiver). Default queue (2,000), default batch processor settings.",
  );
  p();
  p("| runtime | ceiling records/s | steps (offered → exported, dropped) | records at the receiver |");
  p("|---|---:|---|---:|");
  for (const r of rows(all, "throughput")) {
    const steps = (r.steps as {
      rate: number;
      exported: number;
      dropped: number;
      achieved: number;
      pass: boolean;
    }[])
      .map((s) => `${fmt(s.rate)} → ${fmt(s.exported)}, ${fmt(s.dropped)} ${s.pass ? "✓" : "✗"}`)
      .join("; ");
    p(`| ${r.runtime} | ${fmt(r.ceiling)} | ${steps} | ${fmt(r.receivedByReceiver)} |`);
  }
  p();

  p("## 6. Start-up and bundle size");
  p();
  p(
    "From `import()` of lockbox to ready: initialised, worker up, first record written by the " +
      "worker. Median of fresh processes; process time before the import for context.",
  );
  p();
  p("| runtime | runs | import ms | import → ready ms | process start → import ms |");
  p("|---|---:|---:|---:|---:|");
  const su = rows(all, "startup");
  for (const name of [...new Set(su.map((r) => r.runtime))]) {
    const rs = su.filter((r) => r.runtime === name);
    const col = (k: string) => fmt(median(rs.map((r) => r[k] as number)), 1);
    p(`| ${name} | ${rs.length} | ${col("importMs")} | ${col("importToReadyMs")} | ${
      col("beforeImportMs")
    } |`);
  }
  p();
  p("| bundle | bytes | gzip bytes |");
  p("|---|---:|---:|");
  for (const b of m.bundles as { file: string; bytes: number; gzipBytes: number }[]) {
    p(`| ${b.file} | ${fmt(b.bytes)} | ${fmt(b.gzipBytes)} |`);
  }
  p();
  return out.join("\n");
}

/** The plot: caller cost and busy time per library (log scale), stall p50/p99/max per case. */
function plot(all: BenchResults): string {
  const W = 1000;
  const parts: string[] = [];
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const text = (x: number, y: number, s: string, attrs = "") =>
    parts.push(`<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`);
  let y = 10;
  const logPanel = (
    title: string,
    data: { label: string; v: number; p99?: number; hi: boolean }[],
    unit: string,
  ) => {
    text(20, y + 20, title, 'font-size="17" font-weight="bold"');
    y += 35;
    const x0 = 210;
    const w = W - x0 - 120;
    const maxV = Math.max(10, ...data.map((d) => d.p99 ?? d.v));
    const lo = 0;
    const hi = Math.ceil(Math.log10(maxV));
    const sx = (v: number) => x0 + w * (Math.log10(Math.max(1, v)) - lo) / (hi - lo);
    for (let e = lo; e <= hi; e++) {
      parts.push(
        `<line x1="${sx(10 ** e)}" y1="${y}" x2="${sx(10 ** e)}" y2="${
          y + data.length * 26
        }" stroke="#ddd"/>`,
      );
      text(
        sx(10 ** e),
        y + data.length * 26 + 14,
        `${fmt(10 ** e)} ${unit}`,
        'font-size="11" text-anchor="middle" fill="#555"',
      );
    }
    for (const d of data) {
      const color = d.hi ? "#d9480f" : "#4263eb";
      parts.push(
        `<rect x="${x0}" y="${y + 4}" width="${
          Math.max(1, sx(d.v) - x0)
        }" height="18" fill="${color}"/>`,
      );
      if (d.p99 !== undefined) {
        parts.push(
          `<line x1="${sx(d.p99)}" y1="${y + 2}" x2="${sx(d.p99)}" y2="${
            y + 24
          }" stroke="#222" stroke-width="2"/>`,
        );
      }
      text(x0 - 8, y + 18, d.label, 'font-size="13" text-anchor="end"');
      text(
        Math.max(sx(d.v), d.p99 !== undefined ? sx(d.p99) : 0) + 6,
        y + 18,
        `${fmt(d.v, d.v < 100 ? 1 : 0)} ${unit}`,
        'font-size="12"',
      );
      y += 26;
    }
    y += 35;
  };
  logPanel(
    "Caller cost per call, Node (median bar, p99 tick; log scale)",
    rows(all, "caller_cost").map((r) => ({
      label: NAME[r.lib],
      v: r.medianNs as number,
      p99: r.p99Ns as number,
      hi: r.lib === "lockbox",
    })),
    "ns",
  );
  logPanel(
    "Main-thread busy per record, deferred work included (log scale)",
    rows(all, "busy").map((r) => ({
      label: NAME[r.lib],
      v: r.busyNsPerRecord as number,
      hi: r.lib === "lockbox",
    })),
    "ns",
  );
  // Stall: grouped bars p50 / p99 / max, linear ms.
  const stall = rows(all, "stall");
  text(
    20,
    y + 20,
    "Event-loop stall: 1 ms timer, 5,000 records/s, 10 s, OTLP on (p50 / p99 / max delay)",
    'font-size="17" font-weight="bold"',
  );
  y += 35;
  const x0 = 210;
  const w = W - x0 - 120;
  const maxMs = Math.max(1, ...stall.map((r) => r.maxMs as number));
  const sx = (v: number) => x0 + w * Math.min(v, maxMs) / maxMs;
  const colors = ["#74c0fc", "#1c7ed6", "#0b3d91"];
  for (let g = 0; g <= 4; g++) {
    const v = maxMs * g / 4;
    parts.push(
      `<line x1="${sx(v)}" y1="${y}" x2="${sx(v)}" y2="${y + stall.length * 58}" stroke="#ddd"/>`,
    );
    text(
      sx(v),
      y + stall.length * 58 + 14,
      `${v.toFixed(2)} ms`,
      'font-size="11" text-anchor="middle" fill="#555"',
    );
  }
  for (const r of stall) {
    text(x0 - 8, y + 30, NAME[r.lib], 'font-size="13" text-anchor="end"');
    (["p50Ms", "p99Ms", "maxMs"] as const).forEach((k, i) => {
      const v = r[k] as number;
      parts.push(
        `<rect x="${x0}" y="${y + 4 + i * 17}" width="${
          Math.max(1, sx(v) - x0)
        }" height="15" fill="${colors[i]}"/>`,
      );
      text(
        sx(v) + 6,
        y + 16 + i * 17,
        `${["p50", "p99", "max"][i]} ${fmt(v, 3)} ms`,
        'font-size="11"',
      );
    });
    y += 58;
  }
  y += 30;
  const m = all.meta;
  text(
    20,
    y,
    `${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.date}; commit ${m.commit}${
      m.smoke ? " (SMOKE RUN)" : ""
    }`,
    'font-size="11" fill="#555"',
  );
  y += 15;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="DejaVu Sans, sans-serif"><rect width="100%" height="100%" fill="white"/>${
    parts.join("")
  }</svg>`;
}
