import { stripCredentials } from '../diagnostics/redact.js';

/** A bug, not a user mistake: say so in one line; the stack only with DEBUG set. */
export function reportInternalError(error: unknown, stderr: { write(text: string): unknown }): number {
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`internal error: ${stripCredentials(message)}\n`);
  if (process.env.DEBUG && error instanceof Error && error.stack) stderr.write(`${stripCredentials(error.stack)}\n`);
  else stderr.write('  this is a bug in the sync; run again with DEBUG=1 for details and report it\n');
  return 70;
}
