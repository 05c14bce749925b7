import { stripCredentials } from '../diagnostics/redact.js';

/** The first line of an unexpected error, credentials stripped: enough for a report, never a stack trace. */
export function describeCause(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return stripCredentials(text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error');
}
