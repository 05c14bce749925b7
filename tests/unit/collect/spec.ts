import type { SourceSpec } from '../../../src/manifest/types.js';
import { makeSpec } from '../../helpers/source-spec.js';

/** The entry these tests place files with: docs/ of example-org/demo under docs/demo. */
export function sourceSpec(overrides: Partial<SourceSpec> = {}): SourceSpec {
  return makeSpec({
    id: 'demo',
    repo: 'https://github.com/example-org/demo',
    include: ['docs/**'],
    base: 'docs',
    target: 'docs/demo',
    location: { line: 3, column: 5 },
    ...overrides,
  });
}
