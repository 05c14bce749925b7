import type { SourceSpec } from '../../src/manifest/types.js';

/** A manifest entry with the defaults the manifest stage would fill in; override what the test needs. */
export function makeSpec(overrides: Partial<SourceSpec> & { id: string }): SourceSpec {
  return {
    include: ['**/*.md'],
    exclude: [],
    base: '',
    target: `docs/${overrides.id}`,
    trusted: false,
    location: { line: 1, column: 3 },
    ...overrides,
  };
}
