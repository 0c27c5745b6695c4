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

/** Width of the plot, in SVG user units. */
const W = 1000;
/** Left edge of the bars: the labels sit right-aligned before it. */
const X0 = 210;
/** Width of the bar area: room for the value text on the right. */
const BAR_W = W - X0 - 120;

/** The SVG elements drawn so far and the vertical position of the next one. */
class Canvas {
  parts: string[] = [];
  y = 10;

  /** Raw SVG markup. */
  push(markup: string): void {
    this.parts.push(markup);
  }

  /** A `<text>` element with `s` escaped. */
  text(x: number, y: number, s: string, attrs = ""): void {
    const esc = s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    this.parts.push(`<text x="${x}" y="${y}" ${attrs}>${esc}</text>`);
  }

  /** A panel title, and the space below it. */
  title(s: string): void {
    this.text(20, this.y + 20, s, 'font-size="17" font-weight="bold"');
    this.y += 35;
  }

  /** A vertical grid line from the current position over `height`, labelled below. */
  gridLine(x: number, height: number, label: string): void {
    this.push(
      `<line x1="${x}" y1="${this.y}" x2="${x}" y2="${this.y + height}" stroke="#ddd"/>`,
    );
    this.text(x, this.y + height + 14, label, 'font-size="11" text-anchor="middle" fill="#555"');
  }
}

/** The SVG text of the plot. */
export function plot(all: BenchResults): string {
  const c = new Canvas();
  logPanel(
    c,
    "Caller cost per call, Node (median bar, p99 tick; log scale)",
    callerCostBars(all),
    "ns",
  );
  logPanel(
    c,
    "Main-thread CPU per record, all in, 5,000 rec/s, minus no logging (log scale)",
    mainCpuBars(all),
    "ns",
  );
  stallPanel(c, all);
  footer(c, all.meta);
  const y = c.y;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="DejaVu Sans, sans-serif"><rect width="100%" height="100%" fill="white"/>${
    c.parts.join("")
  }</svg>`;
}

/** Caller cost on Node: median and p99 per library. */
function callerCostBars(all: BenchResults): Bar[] {
  return rows(all, "caller_cost").map((r) => ({
    label: nameOf(r.lib),
    v: r.medianNs as number,
    p99: r.p99Ns as number,
    hi: r.lib === "lockbox",
  }));
}

/** Main-thread CPU per record at the steady rate, minus the no-logging baseline, per library. */
function mainCpuBars(all: BenchResults): Bar[] {
  const { runs, baselines } = steadyRuns(all, "steady");
  return [...new Set(runs.map((r) => r.lib))].map((lib) => ({
    label: nameOf(lib),
    v: netOf(runs.filter((r) => r.lib === lib), baselines, "mainCpuNs")?.median ?? NaN,
    hi: lib === "lockbox",
  }));
}

/** A panel of horizontal bars on a log scale, one decade per grid line. */
function logPanel(c: Canvas, title: string, data: Bar[], unit: string): void {
  c.title(title);
  const maxV = Math.max(
    10,
    ...data.map((d) => d.p99 ?? d.v).filter(Number.isFinite),
  );
  const hi = Math.ceil(Math.log10(maxV));
  const sx = (v: number) => X0 + BAR_W * Math.log10(Math.max(1, v)) / hi;
  for (let e = 0; e <= hi; e++) {
    c.gridLine(sx(10 ** e), data.length * 26, `${fmt(10 ** e)} ${unit}`);
  }
  for (const d of data) {
    logBar(c, d, sx, unit);
    c.y += 26;
  }
  c.y += 35;
}

/** One bar of a log panel: the bar, its p99 tick, its label and its value. */
function logBar(c: Canvas, d: Bar, sx: (v: number) => number, unit: string): void {
  const y = c.y;
  const v = Number.isFinite(d.v) ? d.v : 0;
  c.push(
    `<rect x="${X0}" y="${y + 4}" width="${Math.max(1, sx(v) - X0)}" height="18" fill="${
      d.hi ? "#d9480f" : "#4263eb"
    }"/>`,
  );
  const p99 = d.p99 !== undefined && Number.isFinite(d.p99) ? d.p99 : undefined;
  if (p99 !== undefined) {
    c.push(
      `<line x1="${sx(p99)}" y1="${y + 2}" x2="${sx(p99)}" y2="${
        y + 24
      }" stroke="#222" stroke-width="2"/>`,
    );
  }
  c.text(X0 - 8, y + 18, d.label, 'font-size="13" text-anchor="end"');
  c.text(
    Math.max(sx(v), p99 !== undefined ? sx(p99) : 0) + 6,
    y + 18,
    `${fmt(d.v, Math.abs(d.v) < 100 ? 1 : 0)} ${unit}`,
    'font-size="12"',
  );
}

/** Slice figures (p99Ms, p999Ms, maxMs) of one steady or stall run. */
function slicesOf(r: Record<string, unknown>): Record<string, number> {
  return r.slices as Record<string, number>;
}

/** Loop slices of every steady run and the stall run: p99, p99.9 and max, on a linear scale. */
function stallPanel(c: Canvas, all: BenchResults): void {
  const stall = [...rows(all, "steady")];
  const big = rows(all, "stall")[0];
  if (big) stall.push({ ...big, label: "lockbox + big records" });
  c.title("Loop slices: main-thread CPU between 1 ms ticks (p99 / p99.9 / max)");
  const maxMs = Math.max(
    1,
    ...stall.map((r) => slicesOf(r).maxMs).filter(Number.isFinite),
  );
  const sx = (v: number) => X0 + BAR_W * Math.min(Number.isFinite(v) ? v : 0, maxMs) / maxMs;
  for (let g = 0; g <= 4; g++) {
    const v = maxMs * g / 4;
    c.gridLine(sx(v), stall.length * 58, `${v.toFixed(2)} ms`);
  }
  for (const r of stall) {
    sliceBars(c, r, sx);
    c.y += 58;
  }
  c.y += 30;
}

/** The three slice bars of one run, with its label. */
function sliceBars(c: Canvas, r: Record<string, unknown>, sx: (v: number) => number): void {
  const colors = ["#74c0fc", "#1c7ed6", "#0b3d91"];
  const y = c.y;
  c.text(
    X0 - 8,
    y + 30,
    (r.label as string) ?? nameOf(r.lib as string),
    'font-size="13" text-anchor="end"',
  );
  (["p99Ms", "p999Ms", "maxMs"] as const).forEach((k, i) => {
    const v = slicesOf(r)[k];
    c.push(
      `<rect x="${X0}" y="${y + 4 + i * 17}" width="${Math.max(1, sx(v) - X0)}" height="15" fill="${
        colors[i]
      }"/>`,
    );
    c.text(
      sx(v) + 6,
      y + 16 + i * 17,
      `${["p99", "p99.9", "max"][i]} ${fmt(v, 3)} ms`,
      'font-size="11"',
    );
  });
}

/** The machine, runtime, date and commit line under the panels. */
function footer(c: Canvas, m: BenchResults["meta"]): void {
  c.text(
    20,
    c.y,
    `${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.date}; ${m.commit}${
      m.smoke ? " (SMOKE RUN)" : ""
    }`,
    'font-size="11" fill="#555"',
  );
  c.y += 15;
}
