import { suggestNearest } from './snapshot-paths.js';

export type AnchorMatch = { kind: 'found'; anchor: string } | { kind: 'page-top' } | { kind: 'missing'; suggestion?: string };

/**
 * Finds a link's fragment among a doc's anchors. Accepts what GitHub accepts too: a different letter case
 * and the `user-content-` prefix of GitHub's rendered ids; the found anchor is returned as the site spells it.
 */
export function matchAnchor(anchors: ReadonlySet<string>, fragment: string, titleAnchors: ReadonlySet<string> = new Set()): AnchorMatch {
  if (anchors.has(fragment)) return { kind: 'found', anchor: fragment };
  const wanted = fragment.replace(/^user-content-/, '').toLowerCase();
  for (const anchor of anchors) if (anchor.toLowerCase() === wanted) return { kind: 'found', anchor };
  for (const anchor of titleAnchors) if (anchor.toLowerCase() === wanted) return { kind: 'page-top' };
  const suggestion = suggestNearest(wanted, [...anchors]);
  return suggestion === undefined ? { kind: 'missing' } : { kind: 'missing', suggestion };
}
