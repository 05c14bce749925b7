import { describe, expect, it } from 'vitest';
import { pageCheckKeys } from '../../../src/page-check/page-check-keys.js';

const page = (frontMatter: string, body: string, to = 'docs/a.md') => ({ to, text: `---\n${frontMatter}---\n${body}` });
const BODY = '# Title\n\nSome *text* with a [link](https://example.com).\n';

describe('pageCheckKeys', () => {
  it('keeps the body key when only a front matter value changed (a new upstream commit), not the front matter key', () => {
    const before = pageCheckKeys(page('title: A\nsource:\n  commit: aaaa\n', BODY));
    const after = pageCheckKeys(page('title: A\nsource:\n  commit: bbbb\n', BODY));
    expect(after.body).toBe(before.body);
    expect(after.frontMatter).not.toBe(before.frontMatter);
  });

  it('changes the body key when the body, the page, the line the body starts on or the MDX format changes', () => {
    const base = pageCheckKeys(page('title: A\n', BODY));
    expect(pageCheckKeys(page('title: A\n', `${BODY}\nMore.\n`)).body).not.toBe(base.body);
    expect(pageCheckKeys(page('title: A\n', BODY, 'docs/b.md')).body).not.toBe(base.body);
    expect(pageCheckKeys(page('title: A\ndescription: B\n', BODY)).body).not.toBe(base.body);
    expect(pageCheckKeys(page('title: A\nmdx:\n  format: mdx\n', BODY)).body).not.toBe(pageCheckKeys(page('title: A\nmdx:\n  format: md\n', BODY)).body);
  });

  it('keys a page whose front matter cannot be read by its whole text', () => {
    const broken = pageCheckKeys(page('title: [unclosed\n', BODY));
    expect(broken.body).toBe(broken.frontMatter);
    expect(pageCheckKeys(page('title: [unclosed!\n', BODY)).body).not.toBe(broken.body);
  });

  it('keys a page without front matter by its text', () => {
    const plain = pageCheckKeys({ to: 'docs/a.md', text: BODY });
    expect(plain.body).not.toBe(pageCheckKeys({ to: 'docs/a.md', text: `${BODY}x` }).body);
  });
});
