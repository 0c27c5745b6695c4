// Strict JSON (RFC 8259) for signed metadata: JSON.parse keeps the last of two equal keys, so a
// manifest could show one value to a reviewer and another to a tool. This parser rejects a
// duplicate key by name, and anything after the top-level value.

/** A JSON text that is not strictly valid: the message says what and where. */
export class StrictJsonError extends Error {
  override name = "StrictJsonError";
}

const WS = new Set([" ", "\t", "\n", "\r"]);

/**
 * Parses `text` as JSON, refusing duplicate object keys and trailing non-whitespace.
 *
 * @throws {StrictJsonError} `duplicate key "files" at $`, or JSON.parse's own message
 */
export function parseStrictJson(text: string): unknown {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (what: string): never => {
    throw new StrictJsonError(`${what} at character ${i}`);
  };
  const scalar = (): unknown => {
    // Strings, numbers, literals: find the token's end, let JSON.parse judge it.
    const start = i;
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (i >= text.length) fail("unterminated string");
      i++;
    } else {
      while (i < text.length && /[-+0-9.eEa-z]/.test(text[i])) i++;
    }
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return fail(`invalid value ${JSON.stringify(text.slice(start, Math.max(i, start + 1)))}`);
    }
  };
  const value = (path: string): unknown => {
    skip();
    if (text[i] === "{") return object(path);
    if (text[i] === "[") return array(path);
    return scalar();
  };
  const object = (path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++;
    skip();
    if (text[i] === "}") {
      i++;
      return out;
    }
    for (;;) {
      skip();
      if (text[i] !== '"') fail("expected a key");
      const key = scalar() as string;
      if (Object.hasOwn(out, key)) {
        throw new StrictJsonError(`duplicate key ${JSON.stringify(key)} in ${path}`);
      }
      skip();
      if (text[i++] !== ":") fail("expected ':'");
      out[key] = value(`${path}.${key}`);
      skip();
      const c = text[i++];
      if (c === "}") return out;
      if (c !== ",") fail("expected ',' or '}'");
    }
  };
  const array = (path: string): unknown[] => {
    const out: unknown[] = [];
    i++;
    skip();
    if (text[i] === "]") {
      i++;
      return out;
    }
    for (;;) {
      out.push(value(`${path}[${out.length}]`));
      skip();
      const c = text[i++];
      if (c === "]") return out;
      if (c !== ",") fail("expected ',' or ']'");
    }
  };
  const result = value("$");
  skip();
  if (i < text.length) fail("unexpected data after the JSON value");
  return result;
}
