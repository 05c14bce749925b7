import pLimit from 'p-limit';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineAndColumn, offsetOf } from '../markdown/list-local-references.js';
import { originalOffsetThrough, type EditSpans } from '../markdown/apply-edits.js';
import type { OutputFile } from '../write/types.js';
import { findUnresolvedReference } from './find-unresolved-references.js';
import { buildQuarantinePage } from './quarantine-page.js';
import type { PageCheck, PageProblem, PageToCheck } from './types.js';

/** Where a page of the tree comes from, for messages and for the decision what to do when it cannot be built. */
export interface PageOrigin {
  source: string;
  repo?: string;
  commit?: string;
  /** Upstream path (for the site's own pages: its path in this repository). */
  file: string;
  /** The upstream text and how the page was made from it (each rewrite's edits, in order), to name upstream lines. */
  upstream?: { text: string; edits: readonly EditSpans[] };
  /** The site's own pages are never replaced: a problem there fails the site build, as it should. */
  own: boolean;
}

export interface CheckPagesInput {
  outputs: readonly OutputFile[];
  /** Whether the tree has a file at this path (relative to the content root), for the pages' links and images. */
  exists: (to: string) => boolean;
  origin: (page: OutputFile) => PageOrigin | undefined;
  /** Builds one page as the site would (cached, on worker threads). */
  check: (page: PageToCheck) => Promise<PageCheck>;
  /** Whether an absolute image path names a file of the site's static folder. */
  staticFile: (absolutePath: string) => boolean;
}

export interface CheckPagesOutput {
  /** `outputs` with every upstream page the site cannot build replaced by its notice page. */
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** Site paths of the replaced pages. */
  quarantined: string[];
}

const CONCURRENT_CHECKS = 8;

/**
 * Builds every page of the tree with the site's own markdown pipeline before it is written. An upstream page
 * that fails is quarantined: a notice page with its title, the reason with the upstream file and line, and a
 * link upstream takes its place (an error of its source), so the site build never fails on it. The site's
 * own pages are reported and left as they are.
 */
export async function checkPages(input: CheckPagesInput): Promise<CheckPagesOutput> {
  const limit = pLimit(CONCURRENT_CHECKS);
  const diagnostics: Diagnostic[] = [];
  const quarantined: string[] = [];
  const outputs = await Promise.all(
    input.outputs.map((output) =>
      limit(async (): Promise<OutputFile> => {
        if (!isPage(output.to)) return output;
        const text = output.content.toString('utf8');
        const problem = await findProblem(input, output.to, text);
        if (!problem) return output;
        const origin = input.origin(output);
        const upstreamLine = origin && problem.line !== undefined ? upstreamLineOf(origin, text, problem.line) : problem.line;
        diagnostics.push(pageDiagnostic(output, origin, problem, upstreamLine));
        if (!origin || origin.own) return output;
        quarantined.push(output.to);
        const notice = buildQuarantinePage({ text, problem, fileName: output.to.split('/').pop()!, ...(upstreamLine !== undefined ? { upstreamLine } : {}) });
        return { ...output, content: Buffer.from(notice) };
      }),
    ),
  );
  return { outputs, diagnostics, quarantined: quarantined.sort() };
}

export function isPage(to: string): boolean {
  return /\.mdx?$/i.test(to);
}

async function findProblem(input: CheckPagesInput, to: string, text: string): Promise<PageProblem | undefined> {
  const result = await input.check({ to, text });
  if (!result.ok) return result.problem;
  return findUnresolvedReference(to, result.references, input.exists, input.staticFile);
}

/** A line of the page's text, as a line of the upstream file it was made from. */
function upstreamLineOf(origin: PageOrigin, text: string, line: number): number {
  if (!origin.upstream) return line;
  const offset = offsetOf(text, line);
  return lineAndColumn(origin.upstream.text, originalOffsetThrough(origin.upstream.edits, offset)).line;
}

function pageDiagnostic(output: OutputFile, origin: PageOrigin | undefined, problem: PageProblem, line: number | undefined): Diagnostic {
  const location = {
    source: origin?.source ?? output.source,
    ...(origin?.repo ? { repo: origin.repo } : {}),
    ...(origin?.commit ? { commit: origin.commit } : {}),
    file: origin?.file ?? output.to,
    ...(line !== undefined ? { line } : {}),
  };
  const reason = `${problem.message} (${problem.phase})`;
  if (origin && !origin.own) {
    return {
      severity: 'error',
      code: 'page/quarantined',
      message: `the site cannot build this page: ${reason}; a notice linking to the page upstream is published in its place`,
      ...location,
      hint: 'fix the construct upstream (or report it here if the page is fine on its own site); the page returns with the next sync that can build it',
    };
  }
  return {
    severity: 'error',
    code: 'page/build-failed',
    message: `the site cannot build this page of its own: ${reason}; the site build will fail on it`,
    ...location,
    hint: 'fix the page: the site’s own pages are never replaced by a notice',
  };
}
