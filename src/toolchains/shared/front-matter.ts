import { readFrontMatter, type FrontMatterData } from '../../markdown/read-front-matter.js';

export interface FrontMatterBlock {
  /** Whether the doc starts with a front matter block (Jekyll renders only such files). */
  present: boolean;
  /** Its data; empty when absent or unreadable. */
  data: FrontMatterData;
  /** Offset where the body after the block starts (0 without one). */
  bodyStart: number;
}

const BLOCK = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The leading `---` block of a doc, read as the site reads it (see readFrontMatter), and where the body starts. */
export function splitFrontMatter(text: string): FrontMatterBlock {
  const block = BLOCK.exec(text);
  if (!block) return { present: false, data: {}, bodyStart: 0 };
  const read = readFrontMatter(text);
  return { present: true, data: read.kind === 'ok' ? read.data : {}, bodyStart: block[0].length };
}
