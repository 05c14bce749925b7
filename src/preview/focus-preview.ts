import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SyncedTree } from '../pipeline/types.js';
import { PREVIEW_FOCUS_ENV } from '../site/preview-focus/preview-focus.js';
import { listTreePages } from './list-tree-pages.js';
import { planFocus } from './plan-focus.js';

/** What the dev server is told about the focus, and how many pages it leaves to the published site. */
export interface FocusedPreview {
  env: Record<string, string>;
  elsewhere: number;
}

/**
 * Writes the focus of a preview of the `focused` sources (their pages and the site's own, see planFocus) to `file`
 * and returns the environment that makes docusaurus.config.ts build only it.
 */
export async function focusPreview(tree: SyncedTree, focused: ReadonlySet<string>, contentDir: string, file: string): Promise<FocusedPreview> {
  const targets = tree.sources.filter((spec) => focused.has(spec.id) && !tree.own.has(spec.id)).map((spec) => spec.target);
  const own = tree.collected.filter((source) => tree.own.has(source.fetched.spec.id));
  const ownPages = own.flatMap((source) => source.files.filter((file) => file.kind === 'doc').map((file) => file.to));
  const focus = planFocus({ targets, ownPages }, await listTreePages(contentDir));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(focus));
  return { env: { [PREVIEW_FOCUS_ENV]: file }, elsewhere: Object.keys(focus.elsewhere).length };
}
