/** Reads a built site (`build/`) and turns every doc page into DocSearch records. */
import { collectBuiltPages } from '../html/list-built-pages.js';
import { buildPageRecords } from './build-docsearch-records.js';
import type { DocSearchRecord } from './docsearch-record.js';

export interface CollectedRecords {
  records: DocSearchRecord[];
  /** Doc pages read (pages without doc content make no records). */
  pageCount: number;
}

/** The records of all doc pages; `siteUrl` names pages whose HTML has no `og:url`. */
export async function collectDocSearchRecords(buildDir: string, siteUrl: string): Promise<CollectedRecords> {
  const pages = await collectBuiltPages(buildDir, siteUrl);
  return { records: pages.flatMap(buildPageRecords), pageCount: pages.length };
}
