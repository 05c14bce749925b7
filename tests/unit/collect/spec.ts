import type { SourceSpec } from '../../../src/manifest/types.js';

/** A validated manifest entry with the documented defaults, for tests. */
export function sourceSpec(overrides: Partial<SourceSpec> = {}): SourceSpec {
  return {
    id: 'demo',
    repo: 'https://github.com/example-org/demo',
    include: ['docs/**'],
    exclude: [],
    base: 'docs',
    target: 'docs/demo',
    trusted: false,
    location: { line: 3, column: 5 },
    ...overrides,
  };
}
