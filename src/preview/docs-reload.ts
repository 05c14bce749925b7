import { mkdir, writeFile } from 'node:fs/promises';
import { isDocPath } from '../collect/place-file.js';
import { readFrontMatter } from '../markdown/read-front-matter.js';
import { docsPluginIdOf, docsReloadSignalFile } from '../site/preview-reload/docs-reload-signal.js';
import { docsPluginIdOfSection, SECTIONS } from '../manifest/section-list.js';

/**
 * Whether a docs plugin must load its pages again after the file `to` of its section went from `before` to
 * `after` (undefined: not there). A page whose front matter is unchanged and names its title and description
 * changes nothing the plugin reads (the bundler rebuilds its text); anything else may: a page added or removed,
 * its front matter, a title or description Docusaurus takes from the text, category and navigation files.
 */
export function changesDocsMetadata(to: string, before: Buffer | undefined, after: Buffer | undefined): boolean {
  if (docsPluginIdOf(to) === undefined) return false;
  if (!dependsOnPageText(to) || before === undefined || after === undefined) return true;
  const old = readFrontMatter(before.toString('utf8'));
  const now = readFrontMatter(after.toString('utf8'));
  if (old.kind !== 'ok' || now.kind !== 'ok') return true;
  if (JSON.stringify(old.data) !== JSON.stringify(now.data)) return true;
  return typeof now.data.title !== 'string' || typeof now.data.description !== 'string';
}

/** Whether changesDocsMetadata reads the file's texts: only for the pages of a docs section (otherwise its answer is known). */
export function dependsOnPageText(to: string): boolean {
  return isDocPath(to) && docsPluginIdOf(to) !== undefined;
}

/** Creates the signal file of every docs instance, so that the dev server's watchers find them from the start. */
export async function prepareDocsReloadSignals(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(SECTIONS.map((section) => writeFile(docsReloadSignalFile(dir, docsPluginIdOfSection(section.id)), '')));
}

/** Makes the docs instances of the `changed` site paths load their pages again (see changesDocsMetadata). */
export async function signalDocsReload(dir: string, changed: readonly string[]): Promise<void> {
  const ids = new Set(changed.flatMap((to) => docsPluginIdOf(to) ?? []));
  const stamp = `${Date.now()}\n`;
  await Promise.all([...ids].map((id) => writeFile(docsReloadSignalFile(dir, id), stamp)));
}
