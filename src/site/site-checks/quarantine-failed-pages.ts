import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { buildQuarantinePage } from '../../page-check/quarantine-page.js';
import type { PageProblem } from '../../page-check/types.js';
import type { SyncReport } from '../../report/types.js';
import { normaliseRoute, type OriginIndex, type PageOrigin } from './index-page-origins.js';
import type { BuildError } from './parse-build-errors.js';

/** An upstream page the site build failed on, to be replaced by its notice. */
export interface QuarantineTarget {
  origin: PageOrigin;
  /** Absolute path of the synced file. */
  file: string;
  problem: PageProblem;
}

export interface QuarantinePlan {
  targets: QuarantineTarget[];
  /** Problems no upstream page can be blamed for (the site's own pages, config or code): the build must fail. */
  blocking: BuildError[];
}

/** Which synced upstream pages to replace so that the next build gets past `errors`. */
export function planQuarantine(errors: readonly BuildError[], origins: OriginIndex, report: SyncReport, siteDir: string): QuarantinePlan {
  const own = new Set(report.sources.filter((source) => source.own).map((source) => source.id));
  const targets = new Map<string, QuarantineTarget>();
  const blocking: BuildError[] = [];
  for (const error of errors) {
    const origin = 'file' in error ? origins.byFile.get(resolve(siteDir, error.file)) : origins.byRoute.get(normaliseRoute(error.page));
    if (!origin || own.has(origin.source)) {
      blocking.push(error);
      continue;
    }
    const file = resolve(siteDir, origin.to);
    if (!targets.has(file)) targets.set(file, { origin, file, problem: problemOf(error) });
  }
  return { targets: [...targets.values()], blocking };
}

function problemOf(error: BuildError): PageProblem {
  switch (error.kind) {
    case 'broken-link':
      return { phase: 'links', message: `it links to ${error.target}, which the site does not have` };
    case 'broken-anchor':
      return { phase: 'links', message: `it links to ${error.target}, a heading the site does not have` };
    case 'markdown-link':
    case 'markdown-image':
      return { phase: 'compile', message: `the markdown ${error.kind.slice('markdown-'.length)} "${error.url}" cannot be resolved` };
    case 'mdx-compile':
      return { phase: 'compile', message: error.reason ?? 'the page could not be compiled' };
    case 'ssg-render':
      return { phase: 'render', message: error.reason ?? 'the page could not be rendered' };
  }
}

/** Replaces each target by its notice page and returns one error per page, for the report and the console. */
export async function quarantinePages(targets: readonly QuarantineTarget[]): Promise<Diagnostic[]> {
  return Promise.all(
    targets.map(async ({ origin, file, problem }): Promise<Diagnostic> => {
      const text = await readFile(file, 'utf8');
      await writeFile(file, buildQuarantinePage({ text, problem, fileName: basename(file) }));
      return {
        severity: 'error',
        code: 'page/quarantined',
        message: `the site build failed on this page: ${problem.message} (${problem.phase}); a notice linking to the page upstream is published in its place`,
        source: origin.source,
        repo: origin.repo,
        ...(origin.commit ? { commit: origin.commit } : {}),
        file: origin.from,
        hint: 'fix the page upstream (or report it here if it is fine on its own site); the next sync writes it again',
      };
    }),
  );
}
