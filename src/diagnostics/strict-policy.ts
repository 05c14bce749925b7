import type { Diagnostic } from './diagnostic.js';

/**
 * Warnings about what an upstream wrote (a broken link rewritten to the upstream file, html shown as text, a
 * front matter key dropped, a construct of its docs toolchain left as text, what makes a page hard to use for
 * some readers, such as an image without alt text): the site handles them, so they are
 * reported and never fail a run, not even under `--strict`.
 */
const REPORTED_ONLY = ['link/', 'content/', 'front-matter/', 'standards/', 'toolchain/', 'a11y/'];

/**
 * What fails a `--strict` run (the pull-request check): every error (among them upstream pages the site
 * cannot build, which a normal run replaces by a notice) and every warning about this project's own setup
 * (repos.yaml, its globs). The README's "What fails the build" describes the same policy.
 */
export function failsStrictRun(diagnostic: Diagnostic): boolean {
  if (diagnostic.severity === 'error') return true;
  if (diagnostic.severity !== 'warning') return false;
  return !REPORTED_ONLY.some((prefix) => diagnostic.code.startsWith(prefix));
}
