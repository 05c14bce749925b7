/**
 * Docusaurus' default number prefix parser (plugin-content-docs/lib/numberPrefix.js), so routes we compute
 * match the ones Docusaurus makes: `01-intro` → `intro`, `003 - Setup` → `Setup`, but `2021-11-notes` and
 * `7.0-release` are kept (dates and versions).
 */
const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^(?<numberPrefix>\d+)\s*[-_.]+\s*(?<suffix>[^-_.\s].*)$/;

export function stripNumberPrefix(name: string): string {
  if (IGNORED_PREFIX.test(name)) return name;
  return NUMBER_PREFIX.exec(name)?.groups?.suffix ?? name;
}

export function stripPathNumberPrefixes(path: string): string {
  return path.split('/').map(stripNumberPrefix).join('/');
}
