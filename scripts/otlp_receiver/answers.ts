/**
 * What the receiver answers, in the order it checks: 404 for a path other than `/v1/logs`,
 * 405 for a method other than POST, 401 when Basic auth is configured and the request lacks
 * exactly that credential (as the Grafana Cloud OTLP gateway does), 415 for a content type that
 * is neither protobuf nor JSON, 400 when the body cannot be gunzipped or decoded; otherwise 200
 * with an empty `ExportLogsServiceResponse` (protobuf) or `{}` (JSON), unless the `respond`
 * option chooses another answer (fault injection: any status, body and headers; 500 when
 * `respond` throws).
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { CONTENT_TYPES, decodeRequestBody, encodeExportLogsResponse, formatOf } from "./decode.ts";
import type { Format } from "./decode.ts";
import type { ReceivedRequest, ReceiverOptions, ReceiverResponse } from "./types.ts";

/** One HTTP answer: status, body and headers (lower-case names). */
export interface Answer {
  status: number;
  body: string | Uint8Array;
  headers: Record<string, string>;
}

const TEXT = "text/plain; charset=utf-8";

/** A `text/plain` answer. */
export function textAnswer(
  status: number,
  text: string,
  headers: Record<string, string> = {},
): Answer {
  return { status, body: text, headers: { "content-type": TEXT, ...headers } };
}

/** The normal 200: an empty `ExportLogsServiceResponse` in the request's own format. */
function success(format: Format): Answer {
  const body = format === "protobuf" ? encodeExportLogsResponse() : "{}";
  return { status: 200, body, headers: { "content-type": CONTENT_TYPES[format] } };
}

/** The text of a thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A check of the `Authorization` header against `basicAuth` (always true without it): the
 * header must be `Basic <base64 of user:password>`, scheme case-insensitive.
 */
export function basicAuthCheck(basicAuth: ReceiverOptions["basicAuth"]): (h: string) => boolean {
  if (!basicAuth) return () => true;
  const expected = Buffer.from(`${basicAuth.username}:${basicAuth.password}`, "utf8")
    .toString("base64");
  return (header) => {
    const match = /^basic +(\S+)\s*$/i.exec(header);
    return match !== null && match[1] === expected;
  };
}

/** 404/405/401/415 for a request that is not a logs export this receiver takes, else undefined. */
function routeRefusal(seen: ReceivedRequest, authorised: (h: string) => boolean) {
  if (seen.path !== "/v1/logs") {
    return { answer: textAnswer(404, "404 page not found\n"), error: `no route for ${seen.path}` };
  }
  if (seen.method !== "POST") {
    return {
      answer: textAnswer(405, "405 method not allowed\n", { allow: "POST" }),
      error: `method ${seen.method} not allowed`,
    };
  }
  if (!authorised(seen.authorization)) {
    return {
      answer: textAnswer(401, "401 unauthorized\n", { "www-authenticate": 'Basic realm="otlp"' }),
      error: "missing or wrong basic auth",
    };
  }
  const type = JSON.stringify(seen.contentType);
  if (formatOf(seen.contentType) === undefined) {
    return {
      answer: textAnswer(415, `415 unsupported content type ${type}\n`),
      error: `unsupported content type ${type}`,
    };
  }
  return undefined;
}

/** The answer `respond` chose, filled in: a 2xx without a body gets the normal success body. */
function customAnswer(custom: ReceiverResponse, normal: Answer): Answer {
  const ok = custom.status >= 200 && custom.status < 300;
  const headers = Object.entries(custom.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]);
  return {
    status: custom.status,
    body: custom.body ?? (ok ? normal.body : ""),
    headers: {
      "content-type": ok ? normal.headers["content-type"] : TEXT,
      ...Object.fromEntries(headers),
    },
  };
}

/**
 * Decide the answer to one request, filling in `seen.records` (decoded) and `seen.error` (why
 * it was refused). `seen.status` is set to 200 while `respond` runs; the caller sets the final
 * status from the returned answer.
 */
export async function answerRequest(
  seen: ReceivedRequest,
  raw: Uint8Array,
  options: { authorised: (header: string) => boolean; respond?: ReceiverOptions["respond"] },
): Promise<Answer> {
  const refusal = routeRefusal(seen, options.authorised);
  if (refusal) {
    seen.error = refusal.error;
    return refusal.answer;
  }
  const format = formatOf(seen.contentType) as Format;
  try {
    seen.records = decodeRequestBody(raw, format, seen.contentEncoding);
  } catch (err) {
    seen.error = messageOf(err);
    return textAnswer(400, `400 bad request: ${seen.error}\n`);
  }
  const normal = success(format);
  if (!options.respond) return normal;
  seen.status = 200;
  let custom: ReceiverResponse | undefined;
  try {
    custom = await options.respond(seen);
  } catch (err) {
    seen.error = messageOf(err);
    return textAnswer(500, `500 respond() failed: ${seen.error}\n`);
  }
  return custom === undefined ? normal : customAnswer(custom, normal);
}
