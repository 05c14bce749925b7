import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/report/console-reporter.js';
import { report, source } from './report-fixture.js';

describe('the terminal summary of a sync', () => {
  it('counts translated pages per source and language, and says nothing of them when there are none', () => {
    const translated = formatSummary(report([source({ id: 'guide', translated: { de: 2 } }), source({ id: 'api' }), source({ id: 'site', translated: { de: 1 } })]));
    expect(translated).toContain(' · translated pages: guide 2 de, site 1 de · ');
    expect(formatSummary(report([source({ id: 'api' })]))).not.toContain('translated');
  });
});
