/**
 * Local stand-in for the subset of `@std/assert` (JSR, Deno standard library)
 * that the lockbox tests use, implemented as a thin adapter over `node:assert`.
 *
 * Why this exists: JSR (jsr.io) is not reachable on this machine, only the npm
 * registry is, so `deno.json` maps the bare specifier `"@std/assert"` to this
 * file. Tests keep importing `from "@std/assert"` and need no change when the
 * real package becomes available. To switch back, change the one line in
 * `deno.json`
 *
 *     "@std/assert": "./scripts/std_assert.ts"
 *
 * to
 *
 *     "@std/assert": "jsr:@std/assert@^1"
 *
 * Signatures and semantics follow `@std/assert` 1.x, with these known
 * differences:
 * - deep equality is `node:assert`'s `deepStrictEqual` comparison (via
 *   `node:util` `isDeepStrictEqual`, the same algorithm): prototypes are
 *   compared, so a null-prototype object is not equal to `{}`;
 * - failure messages start like the std ones but carry Node's diff text;
 * - `AssertionError` is Node's class, whose constructor takes an options
 *   object (`new AssertionError({ message })`) rather than a string.
 *
 * Runs unchanged on Deno, Node and Bun (only `node:` built-ins are used).
 *
 * @module
 */

import { AssertionError } from "node:assert";
import { inspect, isDeepStrictEqual } from "node:util";

export { AssertionError };

/** An array-like value that is not a string (as in `@std/assert`). */
export type ArrayLikeArg<T> = ArrayLike<T> & object;

/** Any constructor, used by {@linkcode assertInstanceOf} (as in `@std/assert`). */
// deno-lint-ignore no-explicit-any
export type AnyConstructor = new (...args: any[]) => any;

/** The instance type a constructor produces (as in `@std/assert`). */
export type GetConstructorType<T extends AnyConstructor> = InstanceType<T>;

// deno-lint-ignore no-explicit-any
type ErrorConstructorLike<E extends Error> = abstract new (...args: any[]) => E;

function suffix(msg: string | undefined): string {
  return msg ? `: ${msg}` : ".";
}

function format(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : inspect(value, {
    depth: Infinity,
    sorted: true,
    colors: false,
    breakLength: 100,
  });
}

function failWith(
  message: string,
  actual?: unknown,
  expected?: unknown,
  operator?: string,
): never {
  throw new AssertionError({ message, actual, expected, operator });
}

/** Make an assertion that `expr` is truthy, throwing `AssertionError(msg)` if not. */
export function assert(expr: unknown, msg = ""): asserts expr {
  if (!expr) failWith(msg, expr, true, "==");
}

/**
 * Make an assertion that `actual` and `expected` are deeply equal
 * (`node:assert` `deepStrictEqual` semantics). If not, throw with a diff.
 */
export function assertEquals<T>(actual: T, expected: T, msg?: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  // With operator "deepStrictEqual", node:assert appends its "+ actual - expected" diff.
  failWith(`Values are not equal${suffix(msg)}`, actual, expected, "deepStrictEqual");
}

/** Make an assertion that `actual` and `expected` are not deeply equal. */
export function assertNotEquals<T>(actual: T, expected: T, msg?: string): void {
  if (!isDeepStrictEqual(actual, expected)) return;
  failWith(
    `Expected actual: ${format(actual)} not to be: ${format(expected)}${suffix(msg)}`,
    actual,
    expected,
    "notDeepStrictEqual",
  );
}

/** Make an assertion that `actual` and `expected` are the same value (`Object.is`). */
export function assertStrictEquals<T>(
  actual: unknown,
  expected: T,
  msg?: string,
): asserts actual is T {
  if (Object.is(actual, expected)) return;
  const head = isDeepStrictEqual(actual, expected)
    ? "Values have the same structure but are not reference-equal"
    : "Values are not strictly equal";
  // With operator "strictEqual", node:assert appends its diff to the message.
  failWith(`${head}${suffix(msg)}`, actual, expected, "strictEqual");
}

/** Make an assertion that `actual` is neither `null` nor `undefined`. */
export function assertExists<T>(actual: T, msg?: string): asserts actual is NonNullable<T> {
  if (actual !== null && actual !== undefined) return;
  failWith(`Expected actual: "${actual}" to not be null or undefined${suffix(msg)}`, actual);
}

/** Make an assertion that string `actual` matches the RegExp `expected`. */
export function assertMatch(actual: string, expected: RegExp, msg?: string): void {
  if (expected.test(actual)) return;
  failWith(
    `Expected actual: "${actual}" to match: "${expected}"${suffix(msg)}`,
    actual,
    expected,
    "match",
  );
}

/** Make an assertion that string `actual` includes the substring `expected`. */
export function assertStringIncludes(actual: string, expected: string, msg?: string): void {
  if (actual.includes(expected)) return;
  failWith(
    `Expected actual: "${actual}" to contain: "${expected}"${suffix(msg)}`,
    actual,
    expected,
    "includes",
  );
}

/**
 * Make an assertion that every element of `expected` is deeply equal to some
 * element of `actual` (order and multiplicity are ignored).
 */
export function assertArrayIncludes<T>(
  actual: ArrayLikeArg<T>,
  expected: ArrayLikeArg<T>,
  msg?: string,
): void {
  const haystack = Array.from(actual);
  const missing = Array.from(expected).filter((wanted) =>
    !haystack.some((item) => isDeepStrictEqual(item, wanted))
  );
  if (missing.length === 0) return;
  failWith(
    `Expected actual: "${format(actual)}" to include: "${format(expected)}"${suffix(msg)}\n` +
      `missing: ${format(missing)}`,
    actual,
    expected,
    "includes",
  );
}

function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Keep only the parts of `a` that `b` mentions: for (plain) objects the keys
 * present in `b`, recursively; arrays are matched index by index as in
 * `@std/assert` (so `expected` may list a prefix of `actual`'s elements).
 * Other values (Date, Map, typed arrays, class instances below the top level,
 * ...) are kept whole and compared deeply.
 */
function pick(a: unknown, b: unknown, seen: WeakMap<object, unknown>): unknown {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (seen.get(a) === b) return a;
    seen.set(a, b);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < a.length; i++) {
      if (i in b) out[i] = pick(a[i], b[i], seen);
    }
    return out;
  }
  if (isPlainObject(a) && isPlainObject(b)) return pickKeys(a, b, seen);
  return a;
}

function pickKeys(
  a: Record<PropertyKey, unknown>,
  b: Record<PropertyKey, unknown>,
  seen: WeakMap<object, unknown>,
): Record<PropertyKey, unknown> {
  if (seen.get(a) === b) return a;
  seen.set(a, b);
  const out: Record<PropertyKey, unknown> = {};
  const keys = [...Object.getOwnPropertyNames(a), ...Object.getOwnPropertySymbols(a)];
  for (const key of keys) {
    if (key in b) out[key] = pick(a[key], b[key], seen);
  }
  return out;
}

/**
 * Make an assertion that `expected` is a subset of `actual`, deeply: every key
 * of `expected` must exist in `actual` with an equal value; nested plain
 * objects are matched recursively, so extra keys anywhere in `actual` are
 * ignored.
 */
export function assertObjectMatch(
  // deno-lint-ignore no-explicit-any
  actual: Record<PropertyKey, any>,
  expected: Record<PropertyKey, unknown>,
  msg?: string,
): void {
  if (typeof actual !== "object" || actual === null) {
    throw new TypeError(
      `Cannot assertObjectMatch ${actual === null ? null : `type ${typeof actual}`}`,
    );
  }
  assertEquals(
    pickKeys(actual, expected, new WeakMap()),
    pickKeys(expected, expected, new WeakMap()),
    msg,
  );
}

/** Make an assertion that `actual` is greater than `expected` (`>`). */
export function assertGreater<T>(actual: T, expected: T, msg?: string): void {
  if (actual > expected) return;
  failWith(msg ?? `Expect ${format(actual)} > ${format(expected)}`, actual, expected, ">");
}

/** Make an assertion that `actual` is greater than or equal to `expected` (`>=`). */
export function assertGreaterOrEqual<T>(actual: T, expected: T, msg?: string): void {
  if (actual >= expected) return;
  failWith(msg ?? `Expect ${format(actual)} >= ${format(expected)}`, actual, expected, ">=");
}

/** Make an assertion that `actual` is less than `expected` (`<`). */
export function assertLess<T>(actual: T, expected: T, msg?: string): void {
  if (actual < expected) return;
  failWith(msg ?? `Expect ${format(actual)} < ${format(expected)}`, actual, expected, "<");
}

/** Make an assertion that `actual` is less than or equal to `expected` (`<=`). */
export function assertLessOrEqual<T>(actual: T, expected: T, msg?: string): void {
  if (actual <= expected) return;
  failWith(msg ?? `Expect ${format(actual)} <= ${format(expected)}`, actual, expected, "<=");
}

/** Make an assertion that `actual` is an instance of `expectedType`. */
export function assertInstanceOf<T extends AnyConstructor>(
  actual: unknown,
  expectedType: T,
  msg = "",
): asserts actual is GetConstructorType<T> {
  if (actual instanceof expectedType) return;
  const expectedName = expectedType.name;
  let actualName = "";
  if (actual === null) actualName = "null";
  else if (actual === undefined) actualName = "undefined";
  else if (typeof actual === "object") actualName = actual.constructor?.name ?? "Object";
  else actualName = typeof actual;
  let message = expectedName === actualName
    ? `Expected object to be an instance of "${expectedName}"`
    : `Expected object to be an instance of "${expectedName}" but was "${actualName}"`;
  if (msg) message += `: ${msg}`;
  failWith(message, actual, expectedType, "instanceof");
}

/** Check a caught error against an expected class and message fragment (std `assertIsError`). */
function checkError<E extends Error>(
  error: unknown,
  ErrorClass: ErrorConstructorLike<E> | undefined,
  msgIncludes: string | undefined,
  msg: string | undefined,
): void {
  if (!(error instanceof Error)) {
    failWith(`Expected "error" to be an Error object${suffix(msg)}`, error);
  }
  if (ErrorClass && !(error instanceof ErrorClass)) {
    failWith(
      `Expected error to be instance of "${ErrorClass.name}", but was "${error.constructor?.name}"${
        suffix(msg)
      }`,
      error,
      ErrorClass,
    );
  }
  if (msgIncludes && !error.message.includes(msgIncludes)) {
    failWith(
      `Expected error message to include ${JSON.stringify(msgIncludes)}, but got ${
        JSON.stringify(error.message)
      }${suffix(msg)}`,
      error.message,
      msgIncludes,
    );
  }
}

/** Split std's `(ErrorClass?, msgIncludes?, msg?)` / `(msg?)` argument forms. */
/** The expectations of assertThrows/assertRejects, from either overload's arguments. */
interface ErrorArgs<E extends Error> {
  ErrorClass?: ErrorConstructorLike<E>;
  msgIncludes?: string;
  msg?: string;
}

function errorArgs<E extends Error>(
  errorClassOrMsg: ErrorConstructorLike<E> | string | undefined,
  msgIncludesOrMsg: string | undefined,
  msg: string | undefined,
): ErrorArgs<E> {
  if (typeof errorClassOrMsg === "string") return { msg: errorClassOrMsg };
  if (
    errorClassOrMsg === undefined ||
    errorClassOrMsg.prototype instanceof Error ||
    errorClassOrMsg.prototype === Error.prototype
  ) {
    return { ErrorClass: errorClassOrMsg, msgIncludes: msgIncludesOrMsg, msg };
  }
  return { msg };
}

/**
 * What assertThrows/assertRejects caught, checked against the expected class and message text
 * when a class was given; returns it.
 */
function checkCaught<E extends Error>(
  error: unknown,
  args: ErrorArgs<E>,
  how: "thrown" | "rejected",
): unknown {
  if (args.ErrorClass && !(error instanceof Error)) {
    failWith(`A non-Error object was ${how}${suffix(args.msg)}`, error);
  }
  if (args.ErrorClass) checkError(error, args.ErrorClass, args.msgIncludes, args.msg);
  return error;
}

/**
 * Execute `fn`, expecting it to throw; returns the thrown value. Throws an
 * `AssertionError` if `fn` does not throw.
 */
export function assertThrows(fn: () => unknown, msg?: string): unknown;
/**
 * Execute `fn`, expecting it to throw an instance of `ErrorClass` whose message
 * includes `msgIncludes` (when given); returns the error.
 */
export function assertThrows<E extends Error = Error>(
  fn: () => unknown,
  ErrorClass: ErrorConstructorLike<E>,
  msgIncludes?: string,
  msg?: string,
): E;
export function assertThrows<E extends Error = Error>(
  fn: () => unknown,
  errorClassOrMsg?: ErrorConstructorLike<E> | string,
  msgIncludesOrMsg?: string,
  msg?: string,
): E | unknown {
  const args = errorArgs(errorClassOrMsg, msgIncludesOrMsg, msg);
  try {
    fn();
  } catch (error) {
    return checkCaught(error, args, "thrown");
  }
  return failWith(`Expected function to throw${suffix(args.msg)}`);
}

/**
 * Execute `fn`, which must return a promise, expecting the promise to reject;
 * resolves to the rejection reason.
 */
export function assertRejects(fn: () => PromiseLike<unknown>, msg?: string): Promise<unknown>;
/**
 * Execute `fn`, which must return a promise, expecting it to reject with an
 * instance of `ErrorClass` whose message includes `msgIncludes` (when given);
 * resolves to the error.
 */
export function assertRejects<E extends Error = Error>(
  fn: () => PromiseLike<unknown>,
  ErrorClass: ErrorConstructorLike<E>,
  msgIncludes?: string,
  msg?: string,
): Promise<E>;
export async function assertRejects<E extends Error = Error>(
  fn: () => PromiseLike<unknown>,
  errorClassOrMsg?: ErrorConstructorLike<E> | string,
  msgIncludesOrMsg?: string,
  msg?: string,
): Promise<E | unknown> {
  const args = errorArgs(errorClassOrMsg, msgIncludesOrMsg, msg);
  let promise: PromiseLike<unknown>;
  try {
    promise = fn();
  } catch {
    return failWith(`Function throws when expected to reject${suffix(args.msg)}`);
  }
  if (
    promise === null || typeof promise !== "object" ||
    typeof (promise as { then?: unknown }).then !== "function"
  ) {
    return failWith(`Function throws when expected to reject${suffix(args.msg)}`);
  }
  try {
    await promise;
  } catch (error) {
    return checkCaught(error, args, "rejected");
  }
  return failWith(`Expected function to reject${suffix(args.msg)}`);
}

/** Forcefully throw a failed assertion (`"Failed assertion: msg"`). */
export function fail(msg?: string): never {
  return failWith(`Failed assertion${suffix(msg)}`);
}

/** Use this to assert unreachable code; always throws (`"Unreachable: msg"`). */
export function unreachable(msg?: string): never {
  return failWith(`Unreachable${suffix(msg)}`);
}
