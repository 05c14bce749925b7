import type { Diagnostic } from './diagnostic.js';

/**
 * A problem the user caused and can fix (bad manifest, bad option, missing local path).
 * The CLI prints its diagnostics without a stack trace and exits with `exitCode`.
 */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: number;

  constructor(diagnostics: Diagnostic[], options: { exitCode?: number; cause?: unknown } = {}) {
    super(diagnostics.map((d) => d.message).join('\n'), { cause: options.cause });
    this.name = 'UserError';
    this.diagnostics = diagnostics;
    this.exitCode = options.exitCode ?? 2;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
