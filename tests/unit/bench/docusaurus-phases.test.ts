import { describe, expect, it } from 'vitest';
import { parseDocusaurusPhases, parseSearchIndexMs } from '../../../src/bench/docusaurus-phases.js';

// what `docusaurus build` prints with DOCUSAURUS_PERF_LOGGER=true (colours as a terminal gets them)
const PERF_OUTPUT = [
  '[INFO] [en] Creating an optimized production build...',
  '\u001b[33m[PERF]\u001b[39m Build > \u001b[34m\u001b[1men\u001b[22m\u001b[39m > Load site - \u001b[31m1.71 seconds!\u001b[39m - (Heap 40mb -> 210mb / Total 250mb)',
  '[PERF] Build > en > Load site > Load plugins content - 1.20 seconds! - (Heap 60mb -> 200mb / Total 240mb)',
  '[PERF] Build > en > Creating Rspack bundler configs - 212.50 ms - (Heap 210mb -> 230mb / Total 260mb)',
  '[PERF] Build > en > Bundling with Rspack - 12.34 seconds! - (Heap 230mb -> 400mb / Total 500mb)',
  '[PERF] Build > en > SSG > SSG thread pool - 4.50 seconds! - (Heap 400mb -> 420mb / Total 520mb)',
  '[PERF] Build > en > SSG - 4.70 seconds! - (Heap 400mb -> 420mb / Total 520mb)',
  'search: indexed 305 pages for the local search (Pagefind) in 2.1 s',
  '[PERF] Build > en > postBuild() - 2.30 seconds! - (Heap 420mb -> 430mb / Total 520mb)',
  '[PERF] Build > en > Broken links checker - 85.00 ms - (Heap 430mb -> 430mb / Total 520mb)',
  '[SUCCESS] Generated static files in "build".',
].join('\n');

describe('parseDocusaurusPhases', () => {
  it("reads the time of each top-level phase of the build, not of the steps inside them", () => {
    expect(parseDocusaurusPhases(PERF_OUTPUT)).toEqual({ loadSiteMs: 1710, bundlingMs: 12_340, ssgMs: 4700, postBuildMs: 2300, brokenLinksMs: 85 });
  });

  it('names the bundler it finds, webpack as well as Rspack', () => {
    expect(parseDocusaurusPhases(PERF_OUTPUT.replace('Bundling with Rspack', 'Bundling with Webpack'))?.bundlingMs).toBe(12_340);
  });

  it('gives nothing for a build without the perf log or one that stopped before rendering', () => {
    expect(parseDocusaurusPhases('[SUCCESS] Generated static files in "build".')).toBeUndefined();
    expect(parseDocusaurusPhases(PERF_OUTPUT.split('\n').slice(0, 5).join('\n'))).toBeUndefined();
  });
});

describe('parseSearchIndexMs', () => {
  it("reads the local search's own time, when it was built", () => {
    expect(parseSearchIndexMs(PERF_OUTPUT)).toBe(2100);
    expect(parseSearchIndexMs('search: Algolia DocSearch is configured, so no local search index is built')).toBeUndefined();
  });
});
