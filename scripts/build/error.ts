/**
 * The build's error type (scripts/build.ts and its helpers).
 *
 * @module
 */

/** A build problem that is the user's to fix; main() prints it and exits with `exitCode`. */
export class BuildError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "BuildError";
  }
}
