/** Where each page of a synthetic upstream repo lives, so pages can link to each other by path. */

/** Pages per folder: a docs tree of a few dozen pages per topic, like the upstream repos. */
export const PAGES_PER_TOPIC = 25;
export const IMAGES_PER_REPO = 3;
export const SYNTHETIC_OWNER = 'bench-org';
export const SYNTHETIC_BRANCH = 'main';

export interface SyntheticSite {
  /** Number of upstream repos. */
  repos: number;
  /** Markdown pages per repo (its docs/README.md included). */
  docsPerRepo: number;
}

/** `repo-007` for index 7. */
export function repoName(repo: number): string {
  return `repo-${String(repo).padStart(3, '0')}`;
}

/** Upstream path of page `page` of a repo: page 0 is docs/README.md, the others sit in topic folders. */
export function pagePath(page: number): string {
  if (page === 0) return 'docs/README.md';
  const topic = Math.floor((page - 1) / PAGES_PER_TOPIC);
  return `docs/${topicFolder(topic)}/page-${String(page).padStart(4, '0')}.md`;
}

export function topicFolder(topic: number): string {
  return `topic-${String(topic).padStart(2, '0')}`;
}

export function imagePath(image: number): string {
  return `docs/images/figure-${image}.png`;
}

/** Relative link from one upstream file to another (both repo-root-relative POSIX paths). */
export function relativeLink(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** https://github.com/bench-org/repo-007/blob/main/<path> */
export function githubBlobUrl(repo: number, path: string): string {
  return `https://github.com/${SYNTHETIC_OWNER}/${repoName(repo)}/blob/${SYNTHETIC_BRANCH}/${path}`;
}

/** Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32), so every run generates the same site. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed unique to (repo, page). */
export function pageSeed(repo: number, page: number): number {
  return repo * 1_000_003 + page * 7919 + 17;
}
