/** Typed outcomes: a rejected document is a normal result, not an exception. */

export type RejectionCode =
  | 'empty'
  | 'not-text'
  | 'invalid-utf8'
  | 'too-large'
  | 'unsupported-format'
  | 'unparseable'
  | 'not-found'
  | 'unreadable'
  | 'no-article';

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Rejection };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function reject<T = never>(code: RejectionCode, message: string): Outcome<T> {
  return { ok: false, error: { code, message } };
}

/** An error that is a bug or misuse, naming the stage it came from. */
export class TriangulateError extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(`${stage}: ${message}`);
    this.name = 'TriangulateError';
  }
}

/** A mistake in how a command was called (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
