import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeRoute, type RouteFrontMatter } from '../../../src/link-index/compute-route.js';
import { stripNumberPrefix } from '../../../src/link-index/number-prefix.js';
import { SECTIONS } from '../../../src/manifest/sections.js';

// Docusaurus' own implementation, so an upgrade that changes URLs makes this test fail.
const require = createRequire(import.meta.url);
const getSlug = require('@docusaurus/plugin-content-docs/lib/slug.js').default as (args: {
  baseID: string;
  source: string;
  sourceDirName: string;
  frontMatterSlug?: string;
  stripDirNumberPrefixes?: boolean;
}) => string;
const { DefaultNumberPrefixParser } = require('@docusaurus/plugin-content-docs/lib/numberPrefix.js') as {
  DefaultNumberPrefixParser: (name: string) => { filename: string };
};
const { normalizeUrl } = require('@docusaurus/utils') as { normalizeUrl: (parts: string[]) => string };

/** What Docusaurus makes of content/<sitePath> (mirrors doProcessDocMetadata in plugin-content-docs/lib/docs.js). */
function docusaurusRoute(sitePath: string, frontMatter: RouteFrontMatter): string {
  const [sectionId, ...rest] = sitePath.split('/');
  const source = rest.join('/');
  const section = SECTIONS.find((s) => s.id === sectionId)!;
  const parse = frontMatter.parse_number_prefixes !== false;
  const name = posix.parse(source).name;
  const baseID = frontMatter.id ?? (parse ? DefaultNumberPrefixParser(name).filename : name);
  const slug = getSlug({ baseID, source, sourceDirName: posix.dirname(source), frontMatterSlug: frontMatter.slug, stripDirNumberPrefixes: parse });
  return normalizeUrl([`/${section.routeBasePath}`, slug]);
}

const cases: [string, RouteFrontMatter][] = [
  ['standards/scs-0100-v1-flavor-naming.md', {}],
  ['docs/index.md', {}],
  ['docs/README.md', {}],
  ['docs/readme.mdx', {}],
  ['docs/03-container/components/container-registry/README.md', {}],
  ['docs/03-container/components/container-registry/requirements.md', {}],
  ['docs/01-overview/01-overview.md', {}],
  ['docs/01-overview/overview.md', {}],
  ['docs/02-iaas/003 - Setup Guide.md', {}],
  ['docs/06-releases/2021-11-notes.md', {}],
  ['docs/06-releases/7.0-release.md', {}],
  ['docs/06-releases/Release4.md', {}],
  ['docs/Some Folder/CamelCase.md', {}],
  ['docs/a/b/c.md', { slug: '/custom/path' }],
  ['docs/a/b/c.md', { slug: 'relative' }],
  ['docs/a/b/c.md', { slug: '../up' }],
  ['docs/a/b/c.md', { slug: './here/' }],
  ['docs/a/b/README.md', { slug: 'x' }],
  ['docs/a/b/c.md', { id: 'other-name' }],
  ['docs/a/README.md', { id: 'intro' }],
  ['docs/01-a/02-b.md', { parse_number_prefixes: false }],
  ['user-docs/application-examples/opendesk-on-scs/docs/01-intro.md', {}],
  ['community/_partial.md', {}],
  ['contributor-docs/b/b.md', { slug: '/' }],
];

describe('computeRoute', () => {
  it.each(cases)('matches Docusaurus for %s %o', (sitePath, frontMatter) => {
    expect(computeRoute(sitePath, frontMatter)).toBe(docusaurusRoute(sitePath, frontMatter));
  });

  it('gives the routes a reader sees', () => {
    expect(computeRoute('standards/scs-0100-v1-flavor-naming.md')).toBe('/standards/scs-0100-v1-flavor-naming');
    expect(computeRoute('docs/03-container/components/README.md')).toBe('/docs/container/components/');
    expect(computeRoute('docs/getting-started/index.md')).toBe('/docs/getting-started/');
  });

  it('has no route for files outside the sections, non-docs, and ids with a slash', () => {
    expect(computeRoute('blog/post.md')).toBeUndefined();
    expect(computeRoute('docs/images/a.png')).toBeUndefined();
    expect(computeRoute('docs/a.md', { id: 'x/y' })).toBeUndefined();
  });

  it.each(['01-intro', '003 - Setup', '2021-11-notes', '7.0-release', '1.2', 'no-prefix', '5-', '10_ten', '2 . two'])(
    'strips number prefixes like Docusaurus: %s',
    (name) => expect(stripNumberPrefix(name)).toBe(DefaultNumberPrefixParser(name).filename),
  );
});
