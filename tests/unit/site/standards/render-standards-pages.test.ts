import { createRequire } from 'node:module';
import { posix } from 'node:path';
import matter from 'gray-matter';
import type { Link, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../../src/markdown/parse-markdown.js';
import { buildStandardsModel } from '../../../../src/site/standards/build-standards-model.js';
import { readCertificateScope } from '../../../../src/site/standards/read-certificate-scope.js';
import { readStandardDocument } from '../../../../src/site/standards/read-standard-document.js';
import { renderStandardsPages, type RenderedFile } from '../../../../src/site/standards/render-standards-pages.js';
import { loadFixtureFiles, NOW } from './fixture-files.js';

const require = createRequire(import.meta.url);
const { validateDocFrontMatter } = require('@docusaurus/plugin-content-docs/lib/frontMatter.js') as {
  validateDocFrontMatter: (frontMatter: Record<string, unknown>) => Record<string, unknown>;
};

const inputs = loadFixtureFiles();
const model = buildStandardsModel(
  inputs.flatMap((file) => [readStandardDocument(file).document ?? []].flat()),
  inputs.flatMap((file) => (file.to.endsWith('.yaml') ? [readCertificateScope(file).scope ?? []].flat() : [])),
  NOW,
);
const rendered = renderStandardsPages(model, 'standards');
const pages = rendered.filter((file) => file.to.endsWith('.md'));

function page(path: string): string {
  const file = rendered.find((candidate) => candidate.to === path);
  if (!file) throw new Error(`${path} was not generated`);
  return file.text;
}

function listLinks(file: RenderedFile): string[] {
  const urls: string[] = [];
  visit(parseMarkdown(file.text), 'link', (node: Link) => void urls.push(node.url));
  return urls;
}

describe('renderStandardsPages', () => {
  it('writes the overview, a page per track, standard and scope, and the sidebar data', () => {
    expect(rendered.map((file) => file.to)).toEqual([
      'standards/overview.md',
      'standards/global/index.md',
      'standards/global/scs-0001.md',
      'standards/iaas/index.md',
      'standards/iaas/scs-0100.md',
      'standards/kaas/index.md',
      'standards/kaas/scs-0210.md',
      'standards/kaas/scs-0211.md',
      'standards/scopes/index.md',
      'standards/scopes/scs-0501.md',
      'standards/scopes/widget-compatible-iaas.md',
      'standards/_sidebar.json',
    ]);
  });

  it('renders a track page', () => {
    expect(page('standards/iaas/index.md')).toMatchInlineSnapshot(`
      "---
      title: IaaS standards
      sidebar_label: IaaS
      description: "The infrastructure layer: flavors, images, volumes, networking, the OpenStack services a cloud offers."
      custom_edit_url: null
      last_update:
        date: 2025-02-03T10:00:00.000Z
      ---

      # IaaS standards

      The infrastructure layer: flavors, images, volumes, networking, the OpenStack services a cloud offers.

      States as of 2025-06-15. A version is a draft until the date it is stabilized, effective from then on, and deprecated from its deprecation date; a rejected document was not adopted. Each cell links the versions in that state.

      | Standard | Title | Draft | Effective | Deprecated |
      | - | - | - | - | - |
      | [scs-0100](scs-0100.md) | Widget naming | [v3](../scs-0100-v3-widget-naming.md) (effective from 2030-01-01) | [v2](../scs-0100-v2-widget-naming.md) (deprecated from 2030-01-01) | [v1](../scs-0100-v1-widget-naming.md) |
      "
    `);
  });

  it('renders a standard page', () => {
    expect(page('standards/iaas/scs-0100.md')).toMatchInlineSnapshot(`
      "---
      title: "scs-0100: Widget naming"
      sidebar_label: scs-0100
      description: How widgets are named, so that users find the same widget everywhere.
      custom_edit_url: null
      last_update:
        date: 2025-02-03T10:00:00.000Z
      ---

      # scs-0100: Widget naming

      How widgets are named, so that users find the same widget everywhere.

      Track: [IaaS](index.md) · Type: Standard

      ## Versions

      States as of 2025-06-15.

      | Version | Title | Type | State | Stabilized | Deprecated |
      | - | - | - | - | - | - |
      | [v1](../scs-0100-v1-widget-naming.md) | Widget naming | Standard | Deprecated | 2020-01-01 | 2021-01-01 |
      | [v2](../scs-0100-v2-widget-naming.md) | Widget naming | Standard | Effective (deprecated from 2030-01-01) | 2020-06-01 | 2030-01-01 |
      | [v3](../scs-0100-v3-widget-naming.md) | Widget naming \\| with colours | Standard | Draft (effective from 2030-01-01) | 2030-01-01 | – |

      ## Supplements

      | Supplement | Title | Applies to |
      | - | - | - |
      | [w1](../scs-0100-w1-widget-naming-notes.md) | Widget naming: implementation notes | [v2](../scs-0100-v2-widget-naming.md), [v3](../scs-0100-v3-widget-naming.md) |
      "
    `);
  });

  it('renders a certificate scope page', () => {
    expect(page('standards/scopes/widget-compatible-iaas.md')).toMatchInlineSnapshot(`
      "---
      title: Widget-compatible IaaS
      sidebar_label: Widget-compatible IaaS (scope)
      description: The versions of the certificate scope Widget-compatible IaaS, their validity and the standards each version requires.
      custom_edit_url: null
      ---

      # Widget-compatible IaaS

      The certificate scope Widget-compatible IaaS of the [Scopes track](index.md), specified in [scs-0501](scs-0501.md). Validity as of 2025-06-15, from the scope's timeline: only effective versions can be certified.

      ## Versions

      | Version | Validity | Stabilized |
      | - | - | - |
      | next | Draft | – |
      | v2 | Draft (effective from 2025-09-01) | 2025-08-01 |
      | v1 | Effective (deprecated from 2025-09-01) | 2024-06-01 |

      ## Required standards

      The modules each version includes (✓), with the standard version they test:

      | Standard | Module | next | v2 | v1 |
      | - | - | - | - | - |
      | [scs-0100-v2](../scs-0100-v2-widget-naming.md) | Widget naming v2 | – | ✓ | ✓ |
      | [scs-0100-v3](../scs-0100-v3-widget-naming.md) | Widget naming v3 | ✓ | – | – |
      | [scs-0999-v1](https://docs.example.org/standards/scs-0999-v1-missing) | A standard that never existed | – | ✓ | – |
      | external-check | external-check | – | – | ✓ |
      "
    `);
  });

  it('links only files that are generated or synced', () => {
    const existing = new Set([...rendered.map((file) => file.to), ...inputs.map((file) => file.to)]);
    const dangling = pages.flatMap((file) =>
      listLinks(file)
        .filter((url) => !/^[a-z]+:/i.test(url))
        .map((url) => posix.join(posix.dirname(file.to), url.split('#')[0]!))
        .filter((target) => !existing.has(target))
        .map((target) => `${file.to} → ${target}`),
    );
    expect(dangling).toEqual([]);
    expect(pages.flatMap(listLinks).filter((url) => /^[a-z]+:/i.test(url))).toEqual(['https://docs.example.org/standards/scs-0999-v1-missing']);
  });

  it('writes tables that parse back cell for cell, pipes in titles included', () => {
    const tables: Table[] = [];
    visit(parseMarkdown(page('standards/iaas/scs-0100.md')), 'table', (node: Table) => void tables.push(node));
    const [versions] = tables;
    expect(versions!.children.map((row) => row.children.length)).toEqual([6, 6, 6, 6]);
    expect(versions!.children.map((row) => toString(row.children[1]))).toContain('Widget naming | with colours');
  });

  it('gives every page front matter Docusaurus accepts, without an edit link', () => {
    for (const file of pages) {
      const frontMatter = matter(file.text, {}).data;
      expect(() => validateDocFrontMatter(frontMatter), file.to).not.toThrow();
      expect(frontMatter, file.to).toMatchObject({ custom_edit_url: null, title: expect.any(String), sidebar_label: expect.any(String) });
      expect(frontMatter.description, file.to).toEqual(expect.any(String));
    }
  });
});
