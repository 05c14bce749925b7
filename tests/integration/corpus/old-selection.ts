import picomatch from 'picomatch';

export interface OldManifestEntry {
  repo: string;
  source: string | string[];
  target: string;
  label: string;
}

/**
 * The markdown files the old site script selected for one entry: it ran `cp -r <repo>/<source> <dest>`,
 * so a folder or a glob matching a folder brings everything below it.
 */
export function oldSelection(entry: OldManifestEntry, repoFiles: readonly string[]): string[] {
  const patterns = Array.isArray(entry.source) ? entry.source : [entry.source];
  const selected = new Set<string>();
  for (const pattern of patterns) {
    const matchesTop = picomatch(pattern, { dot: false });
    for (const file of repoFiles) {
      const segments = file.split('/');
      for (let depth = 1; depth <= segments.length; depth++) {
        if (matchesTop(segments.slice(0, depth).join('/'))) {
          selected.add(file);
          break;
        }
      }
    }
  }
  return [...selected].filter((file) => /\.mdx?$/i.test(file)).sort();
}
