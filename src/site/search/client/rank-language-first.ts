import type { PagefindResult } from './pagefind-api.js';

/**
 * The results of a search in the page's language first, then the others (pages of another locale's tree shown
 * in English), each group in Pagefind's order: `inLanguage` is the same search filtered by language.
 */
export function rankLanguageFirst(all: readonly PagefindResult[], inLanguage: readonly PagefindResult[]): PagefindResult[] {
  const preferred = new Set(inLanguage.map((result) => result.id));
  return [...inLanguage, ...all.filter((result) => !preferred.has(result.id))];
}
