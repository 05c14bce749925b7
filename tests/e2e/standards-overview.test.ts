import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, DEMO_STANDARDS } from './helpers/demo-site.js';
import { describeTableRow } from './helpers/locator-checks.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('standards overview', () => {
  const site = useSitePage();

  // robust to the layout: a "State" column or one column per state (the version sits under "Effective")
  it('lists each standard in a table with its number, title and state', async () => {
    const response = await site.page.goto(DEMO_PAGES.standardsOverview);
    expect(response?.status(), `${DEMO_PAGES.standardsOverview} exists`).toBe(200);
    for (const standard of DEMO_STANDARDS) {
      const row = site.page.locator('main table tbody tr', { hasText: standard.title });
      await expect(row.count(), `one row for "${standard.title}"`).resolves.toBe(1);
      const described = await describeTableRow(row);
      expect(described).toContain(standard.number);
      expect(described).toMatch(standard.state);
      for (const other of DEMO_STANDARDS.filter((s) => s !== standard)) expect(described).not.toMatch(other.state);
    }
  });

  it('takes the reader from a listed standard to its page', async () => {
    const response = await site.page.goto(DEMO_PAGES.standardsOverview);
    expect(response?.status(), `${DEMO_PAGES.standardsOverview} exists`).toBe(200);
    const [first] = DEMO_STANDARDS;
    await site.page.locator('main table tr', { hasText: first.title }).getByRole('link').first().click();
    await site.page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    expect(new URL(site.page.url()).pathname).not.toBe(DEMO_PAGES.standardsOverview);
  });
});
