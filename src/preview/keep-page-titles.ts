import type { SourceSpec } from '../manifest/types.js';
import { readFolderLabels, titlePages } from '../page-titles/index.js';
import { buildCategoryFiles, type OutputFile } from '../write/index.js';

export interface PageTitleKeeper {
  /**
   * Titles the whole tree as it is now (`tree`: every page as transformed or generated, without head titles) and
   * returns `files` with their head titles, plus every other page whose head title is no longer what was written.
   */
  update(tree: readonly OutputFile[], files: readonly OutputFile[]): OutputFile[];
}

/**
 * The preview's side of the sync's title stage: a page added, removed or renamed in one source can make another
 * page's title ambiguous (or no longer), so every update titles the whole tree again and rewrites those pages too.
 * `tree` is the tree the first sync wrote, titled by it.
 */
export function keepPageTitles(specs: readonly SourceSpec[], tree: readonly OutputFile[]): PageTitleKeeper {
  const categories = buildCategoryFiles(specs).files;
  const title = (all: readonly OutputFile[]) => titlePages(all, readFolderLabels([...all, ...categories]));
  let written = headTitles(title(tree).added);
  return {
    update(all, files) {
      const titled = title(all);
      const now = headTitles(titled.added);
      const asked = new Set(files.map((file) => file.to));
      const byPath = new Map(titled.outputs.map((file) => [file.to, file]));
      const retitled = titled.outputs.filter((file) => !asked.has(file.to) && (written.get(file.to) !== now.get(file.to)));
      written = now;
      return [...files.map((file) => byPath.get(file.to) ?? file), ...retitled];
    },
  };
}

function headTitles(added: ReadonlyMap<string, { title: string }>): Map<string, string> {
  return new Map([...added].map(([to, { title }]) => [to, title]));
}
