import { stringify } from 'yaml';
import { renderNoisePng } from './synthetic-image.js';
import { IMAGES_PER_REPO, imagePath, pagePath, repoName, SYNTHETIC_OWNER, type SyntheticSite } from './synthetic-layout.js';
import { renderSyntheticPage } from './synthetic-page.js';

export interface SyntheticFile {
  path: string;
  content: Buffer;
}

/** Files of a repo that are not docs (code, licence): the sync lists them but must not import them. */
const OTHER_FILES = ['README.md', 'LICENSE', 'src/main.go', 'src/config.go', 'deploy/values.yaml', '.github/workflows/ci.yaml'];

/** Every file of synthetic upstream repo `repo`: its docs tree, the images the docs show, and some code around it. */
export function generateSyntheticRepo(site: SyntheticSite, repo: number): SyntheticFile[] {
  const files: SyntheticFile[] = [];
  for (let page = 0; page < site.docsPerRepo; page++) {
    files.push({ path: pagePath(page), content: Buffer.from(renderSyntheticPage(site, repo, page)) });
  }
  for (let image = 0; image < IMAGES_PER_REPO; image++) {
    files.push({ path: imagePath(image), content: renderNoisePng(repo * 31 + image) });
  }
  for (const path of OTHER_FILES) files.push({ path, content: Buffer.from(`${path} of ${repoName(repo)}\n`) });
  return files;
}

/** Upstream paths of the pages a follow-up commit changes (every tenth page), for realistic history. */
export function pagesTouchedLater(site: SyntheticSite): string[] {
  return Array.from({ length: site.docsPerRepo }, (_, page) => page).filter((page) => page % 10 === 5).map(pagePath);
}

/** repos.yaml for a synthetic site: the project's own pages plus one entry per synthetic repo. */
export function renderSyntheticManifest(site: SyntheticSite): string {
  const sources: Record<string, unknown>[] = [
    { id: 'site', path: 'docs', repo: 'https://github.com/SovereignCloudStack/docs', ref: 'main', include: ['**/*'], target: '.', trusted: true },
  ];
  for (let repo = 0; repo < site.repos; repo++) {
    sources.push({
      id: repoName(repo),
      repo: `https://github.com/${SYNTHETIC_OWNER}/${repoName(repo)}`,
      include: ['docs/**'],
      base: 'docs',
      target: `docs/bench/${repoName(repo)}`,
      label: `Bench repository ${repo}`,
    });
  }
  return stringify({ sources });
}
