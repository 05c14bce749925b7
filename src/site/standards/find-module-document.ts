import { posix } from 'node:path';
import { safeDecode } from '../../markdown/resolve-upstream-path.js';
import type { StandardDocument } from './types.js';

/**
 * The document a module's URL points to. Module URLs name the published page
 * (`https://docs.scs.community/standards/scs-0100-v3-flavor-naming`) or the upstream file
 * (`…/Standards/scs-0100-v3-flavor-naming.md`); either way the last path segment is the document's name.
 */
export function findModuleDocument(url: string | undefined, documents: readonly StandardDocument[]): StandardDocument | undefined {
  const name = documentNameOf(url);
  return name === undefined ? undefined : documents.find((document) => document.slug === name);
}

/** The last path segment of a URL without `.md`, `#anchor` and `?query`. */
export function documentNameOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url, 'file:///').pathname;
  } catch {
    return undefined;
  }
  const segment = posix.basename(safeDecode(path.replace(/\/+$/, '')));
  return segment === '' ? undefined : segment.replace(/\.md$/, '');
}
