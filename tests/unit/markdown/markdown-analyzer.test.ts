import { afterEach, describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/markdown/analyze-doc.js';
import { createMarkdownAnalyzer, type MarkdownAnalyzer } from '../../../src/markdown/markdown-analyzer.js';

const docs = [
  '---\ntitle: Guide\n---\n# Guide\n\nSee [setup](setup.md#install) and ![logo](img/logo.png).\n\n## Install {#install}\n',
  '# Alerts\n\n> [!NOTE]\n> Read [the notes](../notes.md).\n\n<img src="diagram.svg" alt="">\n\n[ref]: ./ref.md\n',
  'No heading, just a [link](https://example.org) and `code`.\n',
];

describe('markdown analyzer', () => {
  let analyzer: MarkdownAnalyzer | undefined;
  afterEach(async () => analyzer?.close());

  it('gives on worker threads the same analysis as parsing on the calling thread', async () => {
    analyzer = createMarkdownAnalyzer({ threads: 1, docsBeforeThreads: 0 });
    const analyses = await Promise.all(docs.map((text) => analyzer!.analyze(text)));
    expect(analyses).toEqual(docs.map((text) => analyzeMarkdown(text)));
    expect(analyses[0]!.localUrls).toEqual(['setup.md#install', 'img/logo.png']);
    expect(analyzer.counts()).toEqual({ onThreads: 3, onCallingThread: 0 });
  });

  it('parses the first docs on the calling thread, then on the threads', async () => {
    analyzer = createMarkdownAnalyzer({ threads: 1, docsBeforeThreads: 2 });
    for (const text of [...docs, ...docs]) expect(await analyzer.analyze(text)).toEqual(analyzeMarkdown(text));
    expect(analyzer.counts()).toEqual({ onThreads: 4, onCallingThread: 2 });
  });

  it('works without threads', async () => {
    analyzer = createMarkdownAnalyzer({ threads: 0 });
    expect(await analyzer.analyze(docs[1]!)).toEqual(analyzeMarkdown(docs[1]!));
    expect(analyzer.counts()).toEqual({ onThreads: 0, onCallingThread: 1 });
  });
});
