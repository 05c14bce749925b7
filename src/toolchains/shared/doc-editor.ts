import { applyEdits, recordEditSpans, type Edit } from '../../markdown/apply-edits.js';
import { lineAndColumn } from '../../markdown/list-local-references.js';
import type { Conversion, ToolchainProblem } from '../types.js';

/**
 * Collects what a toolchain changes in one doc, as edits at offsets of the upstream text (everything else
 * stays byte for byte), what it read, and what it could not convert; `finish()` makes the Conversion.
 */
export interface DocEditor {
  readonly path: string;
  readonly text: string;
  /** Replaces `text.slice(start, end)`. Edits must not overlap. */
  replace(start: number, end: number, text: string): void;
  /** A construct left as written (or another problem) at `offset` of the upstream text. */
  problem(offset: number, problem: Omit<ToolchainProblem, 'line' | 'column' | 'severity'> & { severity?: ToolchainProblem['severity'] }): void;
  /** A snapshot path the conversion read. */
  dependsOn(path: string): void;
  /** Whether a span already has an edit (a construct inside one that was replaced). */
  isEdited(start: number, end: number): boolean;
  finish(): Conversion;
}

export function createDocEditor(doc: { path: string; text: string }): DocEditor {
  const edits: Edit[] = [];
  const problems: ToolchainProblem[] = [];
  const dependencies = new Set<string>();
  return {
    path: doc.path,
    text: doc.text,
    replace(start, end, text) {
      edits.push({ start, end, text });
    },
    problem(offset, problem) {
      const { line, column } = lineAndColumn(doc.text, offset);
      problems.push({ severity: 'warning', ...problem, line, column });
    },
    dependsOn(path) {
      dependencies.add(path);
    },
    isEdited(start, end) {
      return edits.some((edit) => edit.start < end && start < edit.end);
    },
    finish() {
      return { text: applyEdits(doc.text, edits), edits: recordEditSpans(edits), dependencies: [...dependencies].sort(), problems };
    },
  };
}

/** A doc converted by doing nothing: the toolchain has no syntax of its own there. */
export function unchanged(doc: { text: string }): Conversion {
  return { text: doc.text, edits: [], dependencies: [], problems: [] };
}
