import type { Root } from 'mdast';
import { collectAnchors } from './collect-anchors.js';
import { listLocalReferences } from './list-local-references.js';

/** What the stages before the transform need to know about a doc; plain data, so it can be cached by content. */
export interface DocAnalysis {
  /** Relative and repo-root link/image URLs (the collect stage carries the files they name along). */
  localUrls: string[];
  anchors: string[];
  titleAnchors: string[];
}

export function analyzeDoc(text: string, tree: Root): DocAnalysis {
  const { anchors, titleAnchors } = collectAnchors(tree);
  return {
    localUrls: [...new Set(listLocalReferences(text, tree).map((ref) => ref.url))],
    anchors: [...anchors],
    titleAnchors: [...titleAnchors],
  };
}
