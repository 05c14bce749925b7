import { afterEach, describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/markdown/analyze-doc.js';
import { createSyncWorkers, type SyncWorkers } from '../../../src/workers/sync-workers.js';

const docs = [
  '---\ntitle: Guide\n---\n# Guide\n\nSee [setup](setup.md#install) and ![logo](img/logo.png).\n\n## Install {#install}\n',
  '# Alerts\n\n> [!NOTE]\n> Read [the notes](../notes.md).\n\n<img src="diagram.svg" alt="">\n\n[ref]: ./ref.md\n',
  'No heading, just a [link](https://example.org) and `code`.\n',
];
const site = { projectDir: process.cwd(), contentDir: `${process.cwd()}/content` };

describe('sync workers', () => {
  let workers: SyncWorkers | undefined;
  afterEach(async () => workers?.close());

  it('gives on worker threads the same analysis as parsing on the calling thread', async () => {
    workers = createSyncWorkers({ threads: 1, docsBeforeThreads: 0 });
    const analyses = await Promise.all(docs.map((text) => workers!.analyze(text)));
    expect(analyses).toEqual(docs.map((text) => analyzeMarkdown(text)));
    expect(analyses[0]!.localUrls).toEqual(['setup.md#install', 'img/logo.png']);
    expect(workers.counts()).toEqual({ onThreads: 3, onCallingThread: 0 });
  });

  it('parses the first docs on the calling thread, then on the threads', async () => {
    workers = createSyncWorkers({ threads: 1, docsBeforeThreads: 2 });
    for (const text of [...docs, ...docs]) expect(await workers.analyze(text)).toEqual(analyzeMarkdown(text));
    expect(workers.counts()).toEqual({ onThreads: 4, onCallingThread: 2 });
  });

  it('works without threads', async () => {
    workers = createSyncWorkers({ threads: 0 });
    expect(await workers.analyze(docs[1]!)).toEqual(analyzeMarkdown(docs[1]!));
    expect(workers.counts()).toEqual({ onThreads: 0, onCallingThread: 1 });
  });

  it('builds pages on the threads as on the calling thread', async () => {
    workers = createSyncWorkers({ threads: 1, pagesBeforeThreads: 0 });
    const pages = [
      { to: 'docs/good.md', text: docs[0]! },
      { to: 'docs/bad.md', text: '<table><tr><td>the triple <key,value,effect></td></tr></table>\n' },
    ];
    const onThreads = await Promise.all(pages.map((page) => workers!.checkPage(page, site)));
    const here = createSyncWorkers({ threads: 0 });
    const onCallingThread = await Promise.all(pages.map((page) => here.checkPage(page, site)));
    expect(onThreads).toEqual(onCallingThread);
    expect(onThreads[0]).toMatchObject({ ok: true });
    expect(onThreads[1]).toEqual({ ok: false, problem: { phase: 'render', message: 'Invalid tag: key,value,effect' } });
    expect(workers.counts().onThreads).toBe(2);
  });
});
