import { describe, expect, it } from 'vitest';
import { normalizePageHtml } from '../../../src/site/search/html/normalize-page-html.js';

describe('normalizePageHtml', () => {
  it('writes out the end tags the minifier left out, and separates table cells', () => {
    const html = normalizePageHtml('<table><tr><th>Key<th>Flag<tr><td>a<td>b</table><ul><li>one<li>two</ul>');
    expect(html).toContain('<tr><th>Key </th><th>Flag </th></tr>');
    expect(html).toContain('<td>a </td><td>b </td>');
    expect(html).toContain('<li>one</li><li>two</li>');
  });

  it('keeps attributes and escapes text', () => {
    expect(normalizePageHtml('<div data-pagefind-body><p id=x>a &lt;b&gt;</div>')).toContain('<div data-pagefind-body=""><p id="x">a &lt;b&gt;</p></div>');
  });
});
