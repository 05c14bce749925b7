import { analyzeMarkdown } from './analyze-doc.js';

/** Worker-thread entry (see markdown-analyzer.ts): one doc's text in, its analysis out. */
export default function analyzeOnWorker(text: string) {
  return analyzeMarkdown(text);
}
