/**
 * Demo: a sample trading service logging through lockbox for a few seconds.
 *
 * Starts an OTLP receiver on a free 127.0.0.1 port (unless OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_LOGS_ENDPOINT is set: then it exports there), configures Grafana-style
 * Basic auth, runs a small trading loop that emits typical trading events (session_started,
 * order_submitted, order_filled, order_rejected, risk_check_failed, feed_disconnected), shuts
 * down, and prints a summary to stderr. JSON lines go to stdout, as in production.
 *
 * Usage:
 *   npm run -s demo        (-s: npm prints no banner, so stdout is JSON lines only)
 *   deno run --allow-env --allow-net=127.0.0.1 --allow-read scripts/demo.ts [--seconds 3] [--rate 200]
 *
 * Exit codes: 0 ok; 1 the run lost records (drops, failed exports, or fewer received than
 * exported); 2 usage error.
 *
 * @module
 */

import { parseArgs } from "node:util";
import process from "node:process";
import {
  getLogger,
  initObservability,
  type ObservabilityStats,
  shutdownObservability,
} from "../mod.ts";
import { type OtlpReceiver, startOtlpReceiver } from "./otlp_receiver.ts";

const USAGE = `Usage: demo.ts [--seconds N] [--rate N]

Runs a sample trading service that logs through lockbox, then prints a summary.

Options:
  --seconds N   how long the trading loop runs (default 3)
  --rate N      orders per second (default 200)
  --help        show this help
`;

/** Demo credentials for the embedded receiver; a real token comes from GRAFANA_CLOUD_TOKEN. */
const DEMO_INSTANCE_ID = "123456";
const DEMO_TOKEN = "glc_demo_not_a_real_token";
const SYMBOLS = ["AAPL", "MSFT", "NVDA", "AMZN", "TSLA"] as const;

/** Parses argv; returns null after printing usage (exit code in `code`). */
function parse(argv: string[]): { seconds: number; rate: number } | { code: number } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seconds: { type: "string", default: "3" },
        rate: { type: "string", default: "200" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return { code: 2 };
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return { code: 0 };
  }
  const seconds = Number(values.seconds);
  const rate = Number(values.rate);
  if (!(seconds > 0 && seconds <= 600) || !(Number.isInteger(rate) && rate > 0 && rate <= 5000)) {
    process.stderr.write(
      `Cannot run the demo as --seconds must be in (0, 600] and --rate an integer in [1, 5000]: got ${
        JSON.stringify(values.seconds)
      } and ${JSON.stringify(values.rate)}\n`,
    );
    return { code: 2 };
  }
  return { seconds, rate };
}

/** The sample service: one session of a market-making strategy. Returns records logged. */
async function runTradingService(seconds: number, rate: number): Promise<number> {
  const runId = `demo_${Date.now().toString(36)}`;
  const base = getLogger("trade-exec", {
    run_id: runId,
    session_id: "sess_1",
    strategy_id: "mm_aapl_1",
  });
  const exec = base.child({ component: "order-router" });
  const risk = base.child({ component: "risk" });
  const feed = getLogger("market-data", { run_id: runId, component: "md-feed" });
  let logged = 0;

  base.info("session_started", { symbols: SYMBOLS.join(","), mode: "paper" });
  logged++;
  const end = Date.now() + seconds * 1000;
  const perTick = Math.max(1, Math.round(rate / 50)); // 50 ticks per second
  let n = 0;
  let disconnected = false;
  while (Date.now() < end) {
    for (let i = 0; i < perTick; i++) {
      n++;
      const order_id = `co_${n}`;
      const symbol = SYMBOLS[n % SYMBOLS.length];
      const qty = 100 * (1 + (n % 5));
      const px = 100 + (n % 97) / 4;
      exec.info("order_submitted", { order_id, symbol, side: n % 2 ? "buy" : "sell", qty, px });
      logged++;
      if (n % 25 === 0) {
        exec.warn("order_rejected", { order_id, symbol, reason: "price_out_of_band" });
      } else {
        exec.info("order_filled", { order_id, symbol, qty, px, latency_us: 40 + (n % 13) });
      }
      logged++;
      if (n % 180 === 0) {
        risk.error("risk_check_failed", {
          order_id,
          symbol,
          check: "max_position",
          limit: 10_000,
          position: 10_000 + qty,
        });
        logged++;
      }
    }
    if (!disconnected && Date.now() > end - seconds * 500) {
      disconnected = true;
      feed.warn("feed_disconnected", { venue: "XNAS", reconnect_in_ms: 250 });
      logged++;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return logged;
}

function summary(
  logged: number,
  stats: ObservabilityStats,
  receiver: OtlpReceiver | null,
  target: string,
): string {
  const lines = [
    "",
    "── lockbox demo summary ──",
    `records logged:        ${logged}`,
    `accepted:              ${stats.accepted} (mode: ${stats.mode})`,
    `JSON lines written:    ${stats.stdout.written} (failed: ${stats.stdout.failed})`,
    `OTLP exported:         ${stats.otlp.exported} to ${target} (failed: ${stats.otlp.failed}, dropped: ${stats.otlp.dropped})`,
    `received by receiver:  ${receiver ? receiver.records.length : "n/a (external endpoint)"}${
      receiver ? ` in ${receiver.requests.length} requests` : ""
    }`,
    `drops:                 queueFull ${stats.dropped.queueFull}, rateLimited ${stats.dropped.rateLimited}, afterShutdown ${stats.dropped.afterShutdown}`,
  ];
  if (receiver && receiver.records.length > 0) {
    const examples = [
      receiver.records.find((r) => r.eventName === "order_submitted"),
      receiver.records.find((r) => r.eventName === "risk_check_failed") ??
        receiver.records.find((r) => r.eventName === "order_rejected"),
    ].filter((r) => r !== undefined);
    lines.push("two decoded OTLP records:");
    for (const r of examples) lines.push(JSON.stringify(r, null, 2));
  }
  return lines.join("\n") + "\n";
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if ("code" in args) return args.code;

  const external = process.env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT ??
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  let receiver: OtlpReceiver | null = null;
  if (!external) {
    receiver = await startOtlpReceiver({
      basicAuth: { username: DEMO_INSTANCE_ID, password: DEMO_TOKEN },
      quiet: true,
    });
  }
  const target = receiver ? receiver.logsUrl : String(external);
  process.stderr.write(`demo: exporting OTLP to ${target}\n`);

  initObservability({
    serviceName: process.env.OTEL_SERVICE_NAME ?? "demo-trading-service",
    environment: process.env.APP_ENV ?? "demo",
    serviceVersion: "1.0.0",
    ...(receiver
      ? {
        endpoint: receiver.url,
        grafanaInstanceId: DEMO_INSTANCE_ID,
        grafanaToken: DEMO_TOKEN,
      }
      : {}),
  });
  const logged = await runTradingService(args.seconds, args.rate);
  const stats = await shutdownObservability();
  await receiver?.close();
  process.stderr.write(summary(logged, stats, receiver, target));

  const lost = stats.dropped.queueFull + stats.stdout.failed + stats.otlp.failed +
    stats.otlp.dropped;
  if (lost > 0 || (receiver && receiver.records.length !== stats.otlp.exported)) return 1;
  return 0;
}

if (import.meta.main) process.exitCode = await main();
