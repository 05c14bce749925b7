import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../../../src/site/site-checks/read-built-page.js';
import { docPage, redirectPage } from './fake-build.js';

describe('reading a built page', () => {
  it('finds the edit link, the last-updated date and the head metadata of a doc page', () => {
    const html = docPage({ editUrl: 'https://github.com/o/r/edit/main/docs/a.md', lastUpdated: '2026-01-02T03:04:05.000Z', title: 'Overview · Guide' });
    expect(readBuiltPage(html)).toEqual({
      editHref: 'https://github.com/o/r/edit/main/docs/a.md',
      lastUpdated: '2026-01-02T03:04:05.000Z',
      title: 'Overview · Guide | Sovereign Cloud Stack',
      description: 'Text.',
      socialImage: 'https://docs.scs.community/img/social-card.png',
      template: '',
      constructs: [],
    });
  });

  it('finds where a client-redirect page sends the reader', () => {
    expect(readBuiltPage(redirectPage('/standards/overview'))).toEqual({ redirectTo: '/standards/overview', template: '', constructs: [] });
  });

  it('takes the text of a last-updated line without a date element', () => {
    const html = '<html><body><span class="theme-last-updated">Last updated by <b>Ada</b></span></body></html>';
    expect(readBuiltPage(html).lastUpdated).toBe('Last updated by Ada');
  });

  it('does not take other links or text for an edit link or a date', () => {
    const html = '<html><body><a href="https://github.com/o/r/edit/main/x.md">Edit this page</a><p>Last updated</p></body></html>';
    expect(readBuiltPage(html)).toEqual({ template: '', constructs: [] });
  });

  it('names the page layout and section without the doc\'s id, and the converted constructs it shows', () => {
    const html = `<html class="docs-wrapper plugin-docs plugin-id-user-docs docs-version-current docs-doc-page docs-doc-id-demo/x">
      <body><div class="theme-admonition theme-admonition-note"><p>Note</p></div>
      <ul role="tablist"><li role="tab">Linux</li></ul><details><summary>More</summary></details>
      <div class="theme-admonition theme-admonition-tip"></div></body></html>`;
    expect(readBuiltPage(html)).toMatchObject({
      template: 'docs-doc-page docs-version-current docs-wrapper plugin-docs plugin-id-user-docs',
      constructs: ['admonition', 'tabs', 'details'],
    });
  });
});
