/**
 * A small OTLP/HTTP **logs** receiver for tests and for the demo.
 *
 * It accepts `POST /v1/logs` with an `ExportLogsServiceRequest` encoded as
 * protobuf (`application/x-protobuf`, decoded with protobufjs from a JSON
 * descriptor of the OTLP logs schema) or as OTLP/JSON (`application/json`),
 * optionally `Content-Encoding: gzip`, and normalises both encodings to the
 * same plain-JS {@linkcode ReceivedLogRecord} shape. Every request is recorded
 * (see {@linkcode OtlpReceiver.requests}); records of accepted (2xx) requests
 * are collected in {@linkcode OtlpReceiver.records}. It binds 127.0.0.1 only.
 *
 * Answers: 200 with an empty `ExportLogsServiceResponse` (protobuf) or `{}`
 * (JSON); 404 for other paths; 405 for other methods on `/v1/logs`; 401 when
 * `basicAuth` is configured and the request lacks exactly that Basic
 * credential (like the Grafana Cloud OTLP gateway); 415 for content types
 * other than protobuf/JSON; 400 when the body cannot be gunzipped or decoded.
 * `respond` can override the answer for decodable requests (fault injection).
 *
 * The library part uses only `node:http`, `node:zlib`, `node:buffer` and
 * `protobufjs`, so it runs on Deno, Node and Bun. This file is the entry point;
 * the parts live in `scripts/otlp_receiver/`, one concept per file:
 * `descriptor.ts` (the OTLP logs schema), `normalise.ts` and `decode.ts`
 * (bodies to records), `answers.ts` (what is answered when), `waiters.ts`,
 * `server.ts` (the HTTP server) and `cli.ts`.
 *
 * Library use:
 *
 *     import { startOtlpReceiver } from "./scripts/otlp_receiver.ts";
 *     const receiver = await startOtlpReceiver({ quiet: true });
 *     // point an OTLP log exporter at receiver.logsUrl, emit logs, then:
 *     const records = await receiver.waitForRecords(1);
 *     await receiver.close();
 *
 * CLI use:
 *
 *     deno run --allow-net=127.0.0.1 --allow-env scripts/otlp_receiver.ts \
 *       [--port N] [--user U --password P] [--quiet]
 *
 * The CLI prints `otlp receiver listening on http://127.0.0.1:PORT` to stdout,
 * one line per request to stderr (unless `--quiet`), and stops on SIGINT or
 * SIGTERM.
 *
 * Exit codes: 0 = stopped by SIGINT/SIGTERM, or `--help`; 1 = could not start
 * (for example the port is in use); 2 = bad command-line usage.
 *
 * @module
 */

import process from "node:process";
import { main } from "./otlp_receiver/cli.ts";

export type {
  OtlpReceiver,
  ReceivedLogRecord,
  ReceivedRequest,
  ReceiverOptions,
  ReceiverResponse,
} from "./otlp_receiver/types.ts";
export { encodeExportLogsResponse } from "./otlp_receiver/decode.ts";
export { startOtlpReceiver } from "./otlp_receiver/server.ts";

if (import.meta.main) {
  main(process.argv.slice(2)).then((code) => {
    if (code !== undefined) process.exit(code);
  });
}
