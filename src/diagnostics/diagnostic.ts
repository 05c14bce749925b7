/**
 * Diagnostics are data: stages return them, only the CLI prints them and picks the exit code.
 * Every diagnostic says where it came from (source, repo, commit, file, line:column) and how to fix it.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable id, e.g. `link/missing-target`, `manifest/unknown-key`. */
  code: string;
  message: string;
  /** Manifest entry id the problem belongs to. */
  source?: string;
  /** Repository URL, credentials stripped. */
  repo?: string;
  commit?: string;
  /** Upstream path (or the manifest file for manifest problems). */
  file?: string;
  line?: number;
  column?: number;
  /** What the user can do about it. */
  hint?: string;
  /** For a construct of a docs toolchain the site left as written: the construct (`{{#playground}}`), for counting. */
  construct?: string;
}

export type DiagnosticLocation = Pick<Diagnostic, 'source' | 'repo' | 'commit' | 'file' | 'line' | 'column'>;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
