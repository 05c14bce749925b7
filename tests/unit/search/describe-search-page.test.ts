import { describe, expect, it } from 'vitest';
import { describeSearchPage, describeSourceRepo } from '../../../src/site/search/describe-search-page.js';
import { createFactAttributes } from '../../../src/site/search/search-attributes.js';

describe('describeSearchPage', () => {
  it('names the section of the docs instance, the sidebar path and the upstream repo', () => {
    const frontMatter = { source: { id: 'lakes', repo: 'https://github.com/example-org/lakes.git', path: 'a.md' } };
    expect(describeSearchPage('user-docs', frontMatter, ['Lakes', ' Winter '])).toEqual({
      section: 'For Users',
      source: 'example-org/lakes',
      breadcrumb: 'Lakes › Winter',
    });
  });

  it('knows the classic preset\'s instance ("default") as the For Operators section', () => {
    expect(describeSearchPage('default', {}).section).toBe('For Operators');
  });

  it('leaves out what the page does not say', () => {
    expect(describeSearchPage(undefined, { source: 'not an object' }, [])).toEqual({ section: undefined, source: undefined, breadcrumb: undefined });
  });
});

describe('describeSourceRepo', () => {
  it('shows hosts without a known web UI without credentials', () => {
    expect(describeSourceRepo('https://user:secret@git.example.org/team/lakes.git')).not.toContain('secret');
  });
});

describe('createFactAttributes', () => {
  it('makes section and source Pagefind filters, and the sidebar path meta only', () => {
    expect(createFactAttributes('source', 'example-org/lakes')).toMatchObject({
      'data-pagefind-meta': 'source[data-search-value]',
      'data-pagefind-filter': 'source[data-search-value]',
      'data-search-value': 'example-org/lakes',
    });
    expect(createFactAttributes('breadcrumb', 'Lakes')).not.toHaveProperty('data-pagefind-filter');
  });
});
