import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/manifest/sections.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('home page', () => {
  const site = useSitePage();

  it('renders without console errors or uncaught exceptions', async () => {
    await site.page.goto('/', { waitUntil: 'networkidle' });
    await site.page.getByRole('heading', { level: 1 }).waitFor();
    expect(site.errors).toEqual([]);
  });

  it('links to every section of the site, and each link opens a page', async () => {
    await site.page.goto('/');
    const hrefs = await site.page.locator('main a[href]').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.replace(/\/$/, '')),
    );
    for (const section of SECTIONS) {
      const path = `/${section.routeBasePath}`;
      expect(hrefs, `home page links to ${section.label}`).toContain(path);
      const response = await site.page.request.get(site.url(path));
      expect(response.status(), `${path} opens`).toBe(200);
    }
  });

  it('has every section in the navigation bar', async () => {
    await site.page.goto('/');
    const navbar = site.page.getByRole('navigation', { name: 'Main' });
    for (const section of SECTIONS) {
      await expect(navbar.getByRole('link', { name: section.label, exact: true }).getAttribute('href')).resolves.toMatch(
        new RegExp(`^/${section.routeBasePath}/?$`),
      );
    }
  });
});
