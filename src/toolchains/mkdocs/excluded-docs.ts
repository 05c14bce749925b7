import picomatch from 'picomatch';

/** mkdocs leaves out dot files and a top-level `templates/` folder unless `exclude_docs` says otherwise. */
const DEFAULT_EXCLUDES = ['.*', '/templates/'];

/**
 * Which files under docs_dir mkdocs does not build: its default exclusions, `exclude_docs` and `draft_docs`
 * (gitignore-style lines, relative to docs_dir, later lines winning, `!` including again).
 */
export function excludedDocs(...patternTexts: unknown[]): (relativePath: string) => boolean {
  const lines = [...DEFAULT_EXCLUDES, ...patternTexts.flatMap((text) => (typeof text === 'string' ? text.split('\n') : []))];
  const rules = lines
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = negated ? line.slice(1) : line;
      const folder = pattern.endsWith('/');
      const bare = pattern.replace(/^\//, '').replace(/\/$/, '');
      const anchored = pattern.startsWith('/') || bare.includes('/');
      const glob = `${anchored ? '' : '**/'}${bare}${folder ? '/**' : ''}`;
      const matchesSelf = picomatch(glob, { dot: true });
      const matchesInside = picomatch(`${glob}/**`, { dot: true });
      return { negated, matches: (path: string) => matchesSelf(path) || matchesInside(path) };
    });
  return (relativePath) => rules.reduce((excluded, rule) => (rule.matches(relativePath) ? !rule.negated : excluded), false);
}
