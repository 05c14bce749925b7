import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DerivedCache } from '../derived-cache/index.js';
import type { SourceSpec } from '../manifest/types.js';
import { checkPages, type CheckPagesOutput, type PageOrigin } from '../page-check/check-pages.js';
import { pageCheckKeys } from '../page-check/page-check-keys.js';
import type { CheckSite } from '../page-check/types.js';
import { STATIC_DIRECTORY } from '../site/markdown-config.js';
import type { TransformSource } from '../transform/types.js';
import type { SyncWorkers } from '../workers/sync-workers.js';
import type { OutputFile } from '../write/types.js';
import type { TransformedDoc } from './transform-stage.js';

export interface CheckStageInput {
  outputs: readonly OutputFile[];
  docs: ReadonlyMap<string, TransformedDoc>;
  sources: ReadonlyMap<string, TransformSource>;
  /** Ids of the sources that are the site's own pages (see ownSourceIds). */
  own: ReadonlySet<string>;
  site: CheckSite;
  cache: DerivedCache;
  workers: SyncWorkers;
}

/**
 * Builds every page with the site's markdown pipeline before the write (see checkPages): a page the site
 * could not build is replaced by its notice. Results are cached by place and text (front matter and body apart),
 * so an unchanged page is never built twice, nor one whose front matter alone changed.
 */
export function checkStage(input: CheckStageInput): Promise<CheckPagesOutput> {
  const paths = new Set(input.outputs.map((output) => output.to));
  return checkPages({
    outputs: input.outputs,
    exists: (to) => paths.has(to),
    origin: (page) => {
      const doc = input.docs.get(page.to);
      const source = input.sources.get(page.source);
      return doc && source ? pageOrigin(source, doc, input.own.has(source.id)) : undefined;
    },
    check: async (page) => {
      const keys = pageCheckKeys(page);
      const head = await input.cache.pageCheck(keys.frontMatter, () => input.workers.checkFrontMatter(page, input.site));
      if (!head.ok) return head;
      return input.cache.pageCheck(keys.body, () => input.workers.checkPage(page, input.site));
    },
    staticFile: staticFileCheck(input.site.projectDir),
  });
}

/** Where a transformed doc comes from, for the page check's messages. */
export function pageOrigin(source: TransformSource, doc: Pick<TransformedDoc, 'file' | 'edits'>, own: boolean): PageOrigin {
  return {
    source: source.id,
    ...(source.repoUrl ? { repo: source.repoUrl } : {}),
    ...(source.commit ? { commit: source.commit } : {}),
    file: doc.file.from,
    upstream: doc.file.original
      ? { text: doc.file.original.text, edits: [doc.file.original.edits, doc.edits] }
      : { text: doc.file.content.toString('utf8'), edits: [doc.edits] },
    own,
  };
}

/** Whether an absolute image path names a file of the site's static folder. */
export function staticFileCheck(projectDir: string): (path: string) => boolean {
  const staticDir = resolve(projectDir, STATIC_DIRECTORY);
  return (path) => existsSync(join(staticDir, path));
}

