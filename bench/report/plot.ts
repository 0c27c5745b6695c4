/**
 * The plot (SVG, drawn here): caller cost and main-thread CPU per record per library (log
 * scale), and the loop slices of the stall case (linear).
 *
 * @module
 */

import { type BenchResults, fmt, nameOf, netOf, rows, steadyRuns } from "./format.ts";

/** One bar: label, value, optional p99 tick, highlighted (lockbox). */
interface Bar {
  label: string;
  v: number;
  p99?: number;
  hi: boolean;
}

/** The SVG text of the plot. */
export function plot(all: BenchResults): string {
  const W = 1000;
  const parts: string[] = [];
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const text = (x: number, y: number, s: string, attrs = "") =>
    parts.push(`<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`);
  let y = 10;
  const logPanel = (title: string, data: Bar[], unit: string) => {
    text(20, y + 20, title, 'font-size="17" font-weight="bold"');
    y += 35;
    const x0 = 210;
    const w = W - x0 - 120;
    const maxV = Math.max(
      10,
      ...data.map((d) => d.p99 ?? d.v).filter(Number.isFinite),
    );
    const hi = Math.ceil(Math.log10(maxV));
    const sx = (v: number) => x0 + w * Math.log10(Math.max(1, v)) / hi;
    for (let e = 0; e <= hi; e++) {
      const x = sx(10 ** e);
      parts.push(
        `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + data.length * 26}" stroke="#ddd"/>`,
      );
      text(
        x,
        y + data.length * 26 + 14,
        `${fmt(10 ** e)} ${unit}`,
        'font-size="11" text-anchor="middle" fill="#555"',
      );
    }
    for (const d of data) {
      const v = Number.isFinite(d.v) ? d.v : 0;
      parts.push(
        `<rect x="${x0}" y="${y + 4}" width="${Math.max(1, sx(v) - x0)}" height="18" fill="${
          d.hi ? "#d9480f" : "#4263eb"
        }"/>`,
      );
      if (d.p99 !== undefined && Number.isFinite(d.p99)) {
        parts.push(
          `<line x1="${sx(d.p99)}" y1="${y + 2}" x2="${sx(d.p99)}" y2="${
            y + 24
          }" stroke="#222" stroke-width="2"/>`,
        );
      }
      text(x0 - 8, y + 18, d.label, 'font-size="13" text-anchor="end"');
      text(
        Math.max(
          sx(v),
          d.p99 !== undefined && Number.isFinite(d.p99) ? sx(d.p99) : 0,
        ) + 6,
        y + 18,
        `${fmt(d.v, Math.abs(d.v) < 100 ? 1 : 0)} ${unit}`,
        'font-size="12"',
      );
      y += 26;
    }
    y += 35;
  };
  logPanel(
    "Caller cost per call, Node (median bar, p99 tick; log scale)",
    rows(all, "caller_cost").map((r) => ({
      label: nameOf(r.lib),
      v: r.medianNs as number,
      p99: r.p99Ns as number,
      hi: r.lib === "lockbox",
    })),
    "ns",
  );
  const { runs, baselines } = steadyRuns(all, "steady");
  logPanel(
    "Main-thread CPU per record, all in, 5,000 rec/s, minus no logging (log scale)",
    [...new Set(runs.map((r) => r.lib))].map((lib) => ({
      label: nameOf(lib),
      v: netOf(runs.filter((r) => r.lib === lib), baselines, "mainCpuNs")?.mean ?? NaN,
      hi: lib === "lockbox",
    })),
    "ns",
  );
  const stall = [...rows(all, "steady")];
  const big = rows(all, "stall")[0];
  if (big) stall.push({ ...big, label: "lockbox + big records" });
  text(
    20,
    y + 20,
    "Loop slices: main-thread CPU between 1 ms ticks (p99 / p99.9 / max)",
    'font-size="17" font-weight="bold"',
  );
  y += 35;
  const x0 = 210;
  const w = W - x0 - 120;
  const sl = (r: Record<string, unknown>) => r.slices as Record<string, number>;
  const maxMs = Math.max(
    1,
    ...stall.map((r) => sl(r).maxMs).filter(Number.isFinite),
  );
  const sx = (v: number) => x0 + w * Math.min(Number.isFinite(v) ? v : 0, maxMs) / maxMs;
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
    text(
      x0 - 8,
      y + 30,
      (r.label as string) ?? nameOf(r.lib as string),
      'font-size="13" text-anchor="end"',
    );
    (["p99Ms", "p999Ms", "maxMs"] as const).forEach((k, i) => {
      const v = sl(r)[k];
      parts.push(
        `<rect x="${x0}" y="${y + 4 + i * 17}" width="${
          Math.max(1, sx(v) - x0)
        }" height="15" fill="${colors[i]}"/>`,
      );
      text(
        sx(v) + 6,
        y + 16 + i * 17,
        `${["p99", "p99.9", "max"][i]} ${fmt(v, 3)} ms`,
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
    `${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.date}; ${m.commit}${
      m.smoke ? " (SMOKE RUN)" : ""
    }`,
    'font-size="11" fill="#555"',
  );
  y += 15;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="DejaVu Sans, sans-serif"><rect width="100%" height="100%" fill="white"/>${
    parts.join("")
  }</svg>`;
}
