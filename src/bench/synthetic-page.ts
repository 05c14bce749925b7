import GithubSlugger from 'github-slugger';
import { createRandom, githubBlobUrl, imagePath, pagePath, pageSeed, relativeLink, type SyntheticSite } from './synthetic-layout.js';

const NOUNS = ['gateway', 'cluster', 'volume', 'network', 'flavor', 'image', 'registry', 'monitor', 'tenant', 'endpoint', 'quota', 'certificate', 'node pool', 'load balancer', 'snapshot'];
const VERBS = ['Configuring', 'Operating', 'Upgrading', 'Monitoring', 'Securing', 'Scaling', 'Backing up', 'Troubleshooting', 'Deploying', 'Testing'];
const WORDS = ['the', 'operator', 'sets', 'a', 'value', 'for', 'each', 'service', 'and', 'checks', 'that', 'it', 'runs', 'with', 'sovereign', 'cloud', 'stack', 'defaults', 'before', 'rollout', 'in', 'production', 'environments', 'where', 'tenants', 'expect', 'stable', 'interfaces'];
const SECTIONS_PER_PAGE = 4;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Title of a page (also its H1): the same for every run and every caller. */
export function pageTitle(repo: number, page: number): string {
  const random = createRandom(pageSeed(repo, page));
  return page === 0 ? `Repository ${repo} overview` : `${pick(random, VERBS)} the ${pick(random, NOUNS)} ${page}`;
}

/** Text of section `section` (1-based) of a page; the section number keeps headings unique within the page. */
export function sectionHeading(repo: number, page: number, section: number): string {
  const random = createRandom(pageSeed(repo, page) + section);
  return `${pick(random, VERBS)} ${pick(random, NOUNS)}s, step ${section}`;
}

/** The anchor Docusaurus (and GitHub) gives a section's heading. */
export function sectionAnchor(repo: number, page: number, section: number): string {
  return new GithubSlugger().slug(sectionHeading(repo, page, section));
}

function sentence(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random, 8 + Math.floor(random() * 8))).join(' ');
}

/**
 * A realistic upstream page: front matter, a title, sections with prose, lists, code, a table, a GitHub alert,
 * an image, links to neighbours in the same repo (with anchors), to another repo through its GitHub URL, and out.
 */
export function renderSyntheticPage(site: SyntheticSite, repo: number, page: number): string {
  const random = createRandom(pageSeed(repo, page) ^ 0x5bd1e995);
  const self = pagePath(page);
  const next = (page + 1) % site.docsPerRepo;
  const far = Math.floor(random() * site.docsPerRepo);
  const otherRepo = site.repos > 1 ? (repo + 1 + Math.floor(random() * (site.repos - 1))) % site.repos : repo;
  const otherPage = Math.floor(random() * site.docsPerRepo);
  const lines = [
    '---',
    `description: ${sentence(random, 10)}`,
    `sidebar_position: ${page + 1}`,
    '---',
    '',
    `# ${pageTitle(repo, page)}`,
    '',
    `${paragraph(random)} See [${pageTitle(repo, next)}](${relativeLink(self, pagePath(next))}) for the next step, and **read** \`values.yaml\` first.`,
    '',
  ];
  for (let section = 1; section <= SECTIONS_PER_PAGE; section++) {
    lines.push(`## ${sectionHeading(repo, page, section)}`, '', paragraph(random), '', ...renderSectionExtra(random, section), '');
  }
  lines.push(
    '## Related pages',
    '',
    `- [${pageTitle(repo, far)}](${relativeLink(self, pagePath(far))}#${sectionAnchor(repo, far, 2)})`,
    `- [${pageTitle(otherRepo, otherPage)}](${githubBlobUrl(otherRepo, pagePath(otherPage))})`,
    '- [Sovereign Cloud Stack](https://scs.community/)',
    '',
    `![Figure ${page % 3}](${relativeLink(self, imagePath(page % 3))})`,
    '',
  );
  return lines.join('\n');
}

function renderSectionExtra(random: () => number, section: number): string[] {
  switch (section) {
    case 1:
      return ['- first, ' + sentence(random, 6).toLowerCase(), '- then, ' + sentence(random, 7).toLowerCase(), '- finally, ' + sentence(random, 5).toLowerCase()];
    case 2:
      return ['```bash', `kubectl apply -f manifests/step-${Math.floor(random() * 100)}.yaml`, 'openstack server list --long', '```'];
    case 3:
      return ['| setting | default | meaning |', '| --- | --- | --- |', `| replicas | ${1 + Math.floor(random() * 5)} | ${sentence(random, 4)} |`, `| timeout | ${Math.floor(random() * 600)}s | ${sentence(random, 5)} |`];
    default:
      return ['> [!NOTE]', `> ${sentence(random, 12)}`];
  }
}
