import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small built site written like Docusaurus writes pages (minified, optional end tags left out). */
export const FIXTURE_SITE = join(import.meta.dirname, '..', '..', 'fixtures', 'search', 'site');

export function readFixturePage(path: string): string {
  return readFileSync(join(FIXTURE_SITE, path), 'utf8');
}
