import { describe, expect, it } from 'vitest';
import { failsStrictRun } from '../../../src/diagnostics/strict-policy.js';
import { transformDoc } from '../../../src/transform/transform-doc.js';
import { fixtureInput } from './fixture-world.js';

/** The accessibility warnings of a doc of the guide fixture, as `code line:column`. */
function warnings(text: string): string[] {
  return transformDoc(fixtureInput(text, {}))
    .diagnostics.filter((d) => d.code.startsWith('a11y/'))
    .map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);
}

describe('accessibility warnings', () => {
  it('names images without alt text, markdown and html (an explicit empty alt marks a decorative image)', () => {
    const text = ['# Images', '', 'A ![](images/logo.png) and ![Logo](images/logo.png).', '', '<p>', '  <img src="a.png">', '  <img src="b.png" alt="">', '</p>', '', '![][logo]', '', '[logo]: images/logo.png', ''].join('\n');
    expect(warnings(text)).toEqual(['a11y/image-alt docs/overview.md:3:3', 'a11y/image-alt docs/overview.md:6:3', 'a11y/image-alt docs/overview.md:10:1']);
  });

  it('names links whose text says nothing about the target, in English and German, and bare URLs', () => {
    const text = ['# Links', '', 'Click [here](setup/quickstart.md), [Hier](https://example.org) or [this link.](usage.md).', 'See https://example.org/docs and <https://example.org>.', 'Read [the quickstart](setup/quickstart.md) or [![Logo](images/logo.png)](https://example.org).', ''].join('\n');
    expect(warnings(text)).toEqual(['a11y/link-text docs/overview.md:3:7', 'a11y/link-text docs/overview.md:3:36', 'a11y/link-text docs/overview.md:3:67', 'a11y/link-text docs/overview.md:4:5', 'a11y/link-text docs/overview.md:4:34']);
  });

  it('names headings that skip a level (the page title counts as level 1)', () => {
    const text = ['### Starts at three', '', '## Two', '', '#### Four', '', '##### Five', '', '## Two again', ''].join('\n');
    expect(warnings(text)).toEqual(['a11y/heading-level docs/overview.md:1:1', 'a11y/heading-level docs/overview.md:5:1']);
  });

  it('names tables without a header row, markdown (all header cells empty) and html (no <th>)', () => {
    const text = ['# Tables', '', '| | |', '|---|---|', '| a | b |', '', '| Name | Value |', '|---|---|', '| a | b |', '', '<table>', '  <tr><td>a</td></tr>', '</table>', '', '<table><tr><th>h</th></tr></table>', ''].join('\n');
    expect(warnings(text)).toEqual(['a11y/table-header docs/overview.md:3:1', 'a11y/table-header docs/overview.md:11:1']);
  });

  it('warns with the fix and never fails a run, not even --strict', () => {
    const [diagnostic] = transformDoc(fixtureInput('# T\n\n[here](usage.md)\n', {})).diagnostics.filter((d) => d.code.startsWith('a11y/'));
    expect(diagnostic).toMatchObject({ severity: 'warning', source: 'guide', file: 'docs/overview.md', line: 3 });
    expect(diagnostic!.hint).toMatch(/link text/);
    expect(failsStrictRun(diagnostic!)).toBe(false);
  });
});
