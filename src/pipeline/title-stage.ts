import type { EditSpans } from '../markdown/apply-edits.js';
import { readFolderLabels, titlePages } from '../page-titles/index.js';
import type { SourceSpec } from '../manifest/types.js';
import { buildCategoryFiles, type OutputFile } from '../write/index.js';
import type { TransformedDoc } from './transform-stage.js';

export interface TitleStageOutput {
  outputs: OutputFile[];
  /** The transformed docs, their edits covering the added `head_title` line (problems found later keep their upstream line). */
  docs: Map<string, TransformedDoc>;
}

/**
 * Gives every page of the tree (upstream docs, the site's own pages, generated pages) a title no other page has.
 * It runs on every sync that writes, never from a cache: a title changed in one source can change the title of
 * a page elsewhere, and a run whose inputs are all unchanged writes nothing anyway.
 */
export function titleStage(specs: readonly SourceSpec[], outputs: readonly OutputFile[], docs: ReadonlyMap<string, TransformedDoc>): TitleStageOutput {
  const labels = readFolderLabels([...outputs, ...buildCategoryFiles(specs).files]);
  const titled = titlePages(outputs, labels);
  const covered = new Map(docs);
  for (const [to, { length }] of titled.added) {
    const doc = docs.get(to);
    if (doc) covered.set(to, { ...doc, edits: growFrontMatterEdit(doc.edits, length) });
  }
  return { outputs: titled.outputs, docs: covered };
}

/** The transform always rewrites the front matter as its first edit: what is added to it lengthens that edit. */
export function growFrontMatterEdit(spans: EditSpans, length: number): EditSpans {
  if (spans.length < 3 || spans[0] !== 0) return spans;
  return [spans[0], spans[1]!, spans[2]! + length, ...spans.slice(3)];
}
