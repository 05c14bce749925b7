/**
 * Property: whatever odd things an upstream doc holds, the page the sync writes for it builds with the site's
 * own markdown pipeline (compiled and rendered as the site build does, its file links and images resolvable),
 * so the quarantine is never needed; and every oddity is visible as text on the page or reported at its line.
 * Docs come from tests/helpers/robustness/generated-docs.ts; ROBUSTNESS_RUNS sets how many (default 200, about 10 s).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDoc, DEFAULT_LIMITS } from '../../../src/collect/check-content.js';
import { buildPage } from '../../../src/page-check/check-page.js';
import { findUnresolvedReference } from '../../../src/page-check/find-unresolved-references.js';
import { transformDoc } from '../../../src/transform/transform-doc.js';
import { findMissing } from '../../helpers/robustness/check-oddities.js';
import { generatedDoc, type GeneratedDoc } from '../../helpers/robustness/generated-docs.js';
import { fixtureInput } from '../transform/fixture-world.js';

const SITE = { projectDir: fileURLToPath(new URL('../../../', import.meta.url)), contentDir: '/nonexistent/content' };
const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 200);
const PAGE = 'docs/guide/overview.md';

/** Why the page the sync writes for `doc` falls short, or undefined when it is fine. */
async function problemsOf(doc: GeneratedDoc): Promise<string | undefined> {
  const decoded = decodeDoc(doc.bytes, DEFAULT_LIMITS);
  if ('problem' in decoded) {
    // a NUL byte refuses the file as a whole, reported at its line
    return decoded.problem.code === 'content/binary' && decoded.problem.line === doc.nulLine ? undefined : `refused: ${JSON.stringify(decoded.problem)}`;
  }
  if (doc.nulLine !== undefined) return 'a doc with a NUL byte was not refused';
  const input = fixtureInput(decoded.text, {});
  const result = transformDoc(input);
  const built = await buildPage({ to: PAGE, text: result.content }, SITE);
  if (!built.ok) return `the site cannot build the page: ${built.problem.message} (${built.problem.phase}, line ${built.problem.line})`;
  const sitePaths = new Set([...input.index.files()].map((file) => file.to));
  const unresolved = findUnresolvedReference(PAGE, built.references, (to) => sitePaths.has(to), () => false);
  if (unresolved) return `the site build would fail on the page: ${unresolved.message}`;
  const missing = findMissing(doc, { html: built.html ?? '', written: result.content, reported: result.diagnostics });
  return missing.length > 0 ? missing.join('\n') : undefined;
}

describe('generated upstream docs', () => {
  it(
    'are written as pages the site builds, showing or reporting every oddity',
    async () => {
      await fc.assert(
        fc.asyncProperty(generatedDoc(), async (doc) => {
          const problems = await problemsOf(doc);
          if (problems) throw new Error(`${problems}\n--- doc ---\n${doc.bytes.toString('utf8').slice(0, 4000)}`);
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  // the checks above are only as good as their ability to see a missing oddity
  it('notices an oddity the page does not show and nobody reported', () => {
    const doc = fc.sample(generatedDoc({ noNul: true }), { seed: 7, numRuns: 50 }).find((sample) => sample.oddities.some((oddity) => oddity.visible.length > 0))!;
    const oddity = doc.oddities.find((candidate) => candidate.visible.length > 0)!;
    expect(findMissing(doc, { html: '<p>nothing</p>', written: '', reported: [] })).toContainEqual(expect.stringContaining(oddity.name));
    expect(findMissing(doc, { html: '<p>nothing</p>', written: '', reported: [{ line: oddity.line }] })).not.toContainEqual(expect.stringContaining(oddity.name));
  });
});
