import { describe, expect, it } from 'vitest';
import { liveDocContent } from '../../../../src/site/preview-reload/live-doc-content.js';

/**
 * A page module's versions as the bundler's hot module replacement runs them: each version gets the data the
 * previous one left in its dispose handler; `invalidate` hands the update on to the module's importers.
 */
class PageModuleVersions {
  private data: Record<string, unknown> | undefined;
  private dispose: ((data: Record<string, unknown>) => void) | undefined;
  invalidated = 0;

  run(content: () => null, exports: Record<string, unknown>) {
    if (this.dispose) {
      const data = {};
      this.dispose(data);
      this.data = data;
    }
    const hot = {
      data: this.data,
      accept: () => {},
      dispose: (handler: (data: Record<string, unknown>) => void) => (this.dispose = handler),
      invalidate: () => void (this.invalidated += 1),
    };
    return liveDocContent(content, hot, { exports: { ...exports, default: undefined } });
  }
}

const PAGE = { frontMatter: { title: 'Quickstart' }, contentTitle: 'Quickstart', toc: [{ value: 'Install', id: 'install', level: 2 }] };

describe('a page module taking its own hot updates', () => {
  it('keeps its component across a save that changed only the text, and goes on rendering the new content', () => {
    const versions = new PageModuleVersions();
    const first = versions.run(() => null, PAGE);
    const second = versions.run(() => null, structuredClone(PAGE));
    expect(second).toBe(first);
    expect(versions.invalidated).toBe(0);
  });

  it('hands a save that changed the table of contents, title or front matter on to Docusaurus', () => {
    for (const change of [{ toc: [] }, { contentTitle: 'Quick start' }, { frontMatter: { title: 'Quick start' } }, { metadata: { lastUpdatedAt: 1 } }]) {
      const versions = new PageModuleVersions();
      const first = versions.run(() => null, PAGE);
      const second = versions.run(() => null, { ...PAGE, ...change });
      expect(versions.invalidated).toBe(1);
      // Docusaurus renders the new version (the importers run it again): from then on it is the page's component
      expect(versions.run(() => null, { ...PAGE, ...change })).toBe(second);
      expect(second).not.toBe(first);
    }
  });

  it('is the MDX content itself outside the dev server', () => {
    const content = () => null;
    expect(liveDocContent(content, undefined, { exports: {} })).toBe(content);
  });
});
