import type { Diagnostic } from './diagnostic.js';
import { stripCredentials } from './redact.js';

/** `standards (https://github.com/o/r @1a2b3c4) Standards/x.md:12:5` — the one place a location is built. */
export function formatLocation(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.source) {
    const origin = [d.repo ? stripCredentials(d.repo) : undefined, d.commit ? `@${d.commit.slice(0, 7)}` : undefined]
      .filter(Boolean)
      .join(' ');
    parts.push(origin ? `${d.source} (${origin})` : d.source);
  }
  if (d.file) {
    let where = d.file;
    if (d.line !== undefined) where += `:${d.line}`;
    if (d.line !== undefined && d.column !== undefined) where += `:${d.column}`;
    parts.push(where);
  }
  return parts.join(' ');
}

export function formatDiagnostic(d: Diagnostic): string {
  const location = formatLocation(d);
  const head = `${location ? `${location}: ` : ''}${d.severity}: ${d.message}`;
  return stripCredentials(d.hint ? `${head}\n  hint: ${d.hint}` : head);
}
