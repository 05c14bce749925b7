import { editsFromSpans, originalOffset, recordEditSpans } from '../../markdown/apply-edits.js';
import { lineAndColumn } from '../../markdown/list-local-references.js';
import type { Conversion, ToolchainProblem } from '../types.js';
import { createDocEditor, type DocEditor } from './doc-editor.js';
import { createLayeredText } from './layered-text.js';

/** One pass over a doc: it edits the text the previous pass left (its editor's offsets are that text's). */
export type Stage = (editor: DocEditor) => void | Promise<void>;

/**
 * Converts a doc in passes, each reading the previous one's output (templates are rendered before includes are
 * inserted, and both before the markdown is read), as one Conversion of the upstream text: the edits layered
 * (see createLayeredText), every problem placed at its upstream line.
 */
export async function runStages(doc: { path: string; text: string }, stages: readonly Stage[]): Promise<Conversion> {
  const layered = createLayeredText(doc.text);
  const problems: ToolchainProblem[] = [];
  const dependencies = new Set<string>();
  for (const stage of stages) {
    const inner = createDocEditor({ path: doc.path, text: layered.text });
    const spans = recordEditSpans(layered.edits()); // the text this pass reads, as it is now
    const toUpstream = (offset: number) => originalOffset(spans, offset);
    await stage({
      ...inner,
      problem: (offset, problem) => problems.push({ severity: 'warning', ...problem, ...lineAndColumn(doc.text, toUpstream(offset)) }),
      dependsOn: (path) => dependencies.add(path),
    });
    const result = inner.finish();
    layered.apply(editsFromSpans(result.edits, result.text));
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { text: layered.text, edits: recordEditSpans(layered.edits()), dependencies: [...dependencies].sort(), problems };
}
