import { closest, distance } from 'fastest-levenshtein';
import { SECTIONS } from './sections.js';

/** A one-line example of every key, used in hints ("Add …", "Write it as …"); `sources` starts on its own line. */
export const KEY_EXAMPLES: Readonly<Record<string, string>> = {
  sources: '\n    sources:\n      - id: k8s-harbor\n        repo: SovereignCloudStack/k8s-harbor\n        include: ["docs/**/*.md"]\n        target: docs/container',
  id: 'id: k8s-harbor',
  repo: 'repo: SovereignCloudStack/k8s-harbor',
  path: 'path: docs',
  ref: 'ref: main',
  include: 'include: ["docs/**/*.md"]',
  exclude: 'exclude: ["docs/drafts/**"]',
  base: 'base: docs',
  target: `target: docs/guides (first folder one of: ${SECTIONS.map((s) => s.id).join(', ')})`,
  label: 'label: Container Registry',
  position: 'position: 3',
  trusted: 'trusted: true',
  format: 'format: mkdocs (one of gfm, mkdocs, mdbook, docusaurus, jekyll, hugo)',
  config: 'config: hack/api-docs/mkdocs.yml',
  translations: 'translations: [suffix, folder] (any of suffix, folder, docusaurus)',
};

export function exampleOf(key: string): string {
  return KEY_EXAMPLES[key] ?? `${key}: …`;
}

/** `Add it, e.g. id: k8s-harbor`; multi-line examples start on their own line. */
export function withExample(lead: string, key: string): string {
  const example = exampleOf(key);
  return example.startsWith('\n') ? `${lead}${example}` : `${lead} ${example}`;
}

/** "Did you mean `include`?" for a misspelt key, or the list of known keys when nothing is close. */
export function suggestKey(unknown: string, known: readonly string[]): string {
  const list = `Known keys: ${known.join(', ')}.`;
  if (known.length === 0) return list;
  const lower = unknown.toLowerCase();
  const best = closest(lower, [...known]);
  const close = distance(lower, best) <= Math.max(2, Math.floor(best.length / 3));
  return close ? `Did you mean \`${best}\`? ${list}` : `Remove it or use one of the known keys: ${known.join(', ')}.`;
}
