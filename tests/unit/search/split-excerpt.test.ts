import { describe, expect, it } from 'vitest';
import { splitExcerpt, stripLeadingContext } from '../../../src/site/search/client/split-excerpt.js';

describe('splitExcerpt', () => {
  it('marks the words Pagefind highlighted and keeps the text around them', () => {
    expect(splitExcerpt('the <mark>flavor</mark> naming <mark>standard</mark>.')).toEqual([
      { text: 'the ', marked: false },
      { text: 'flavor', marked: true },
      { text: ' naming ', marked: false },
      { text: 'standard', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('shows escaped markup from a page as text, never as elements', () => {
    const parts = splitExcerpt('run &lt;script&gt;alert(1)&lt;/script&gt; <mark>now</mark>');
    expect(parts).toEqual([
      { text: 'run <script>alert(1)</script> ', marked: false },
      { text: 'now', marked: true },
    ]);
  });

  it('merges adjacent highlighted words and drops zero-width spaces', () => {
    expect(splitExcerpt('<mark>cluster</mark><mark>stacks</mark>\u200b')).toEqual([{ text: 'clusterstacks', marked: true }]);
  });

  it('treats an unclosed mark as plain text', () => {
    expect(splitExcerpt('a <mark>b')).toEqual([{ text: 'a <mark>b', marked: false }]);
  });
});

describe('stripLeadingContext', () => {
  const context = 'Operating SCS › Status page server.';

  it('removes the hidden sidebar path from the start of an excerpt, across highlighted words', () => {
    const parts = splitExcerpt('Operating SCS › <mark>Status</mark> page server. <mark>Configure</mark> it.');
    expect(stripLeadingContext(parts, context)).toEqual([
      { text: 'Configure', marked: true },
      { text: ' it.', marked: false },
    ]);
  });

  it('removes the end of the path when the excerpt starts inside it', () => {
    expect(stripLeadingContext(splitExcerpt('page server. Configure it.'), context)).toEqual([{ text: 'Configure it.', marked: false }]);
  });

  it('leaves other excerpts alone', () => {
    const parts = splitExcerpt('The status page server is configured by flags.');
    expect(stripLeadingContext(parts, context)).toEqual(parts);
    expect(stripLeadingContext(parts, undefined)).toEqual(parts);
  });
});
