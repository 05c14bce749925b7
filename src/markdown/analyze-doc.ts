import type { Root } from 'mdast';
import { collectAnchors } from './collect-anchors.js';
import { findAccessibilityProblems, type AccessibilityProblem } from './find-accessibility-problems.js';
import { listLocalReferences } from './list-local-references.js';
import { outlineForTransform } from './outline-for-transform.js';
import { describePage } from './page-description.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * Everything the later stages need to know about a doc, from its one parse. Plain data, so it can be
 * cached by content and computed on a worker thread.
 */
export interface DocAnalysis {
  /** Relative and repo-root link/image URLs (the collect stage carries the files they name along). */
  localUrls: string[];
  anchors: string[];
  titleAnchors: string[];
  /** What the transform reads of the syntax tree (see outlineForTransform). */
  outline: Root;
  /** The first paragraph's text, the page's description unless its front matter has one (see describePage). */
  description?: string;
  /** What makes the page hard to use for some readers, reported as warnings. */
  accessibility: AccessibilityProblem[];
}

export function analyzeDoc(text: string, tree: Root): DocAnalysis {
  const { anchors, titleAnchors } = collectAnchors(tree);
  const description = describePage(tree);
  return {
    localUrls: [...new Set(listLocalReferences(text, tree).map((ref) => ref.url))],
    anchors: [...anchors],
    titleAnchors: [...titleAnchors],
    outline: outlineForTransform(tree),
    ...(description !== undefined ? { description } : {}),
    accessibility: findAccessibilityProblems(tree),
  };
}

/** Parses a doc and analyses it. */
export function analyzeMarkdown(text: string): DocAnalysis {
  return analyzeDoc(text, parseMarkdown(text));
}
