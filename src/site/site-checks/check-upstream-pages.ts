import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { parseRepoUrl, webEditUrl } from '../../manifest/repo-url.js';
import type { SyncReport } from '../../report/types.js';
import { readBuiltPage } from './read-built-page.js';
import { findPageFile, type BuildFolder } from './resolve-url-path.js';

export interface PageCheck {
  /** Pages from upstream sources that the check looked at. */
  checked: number;
  /** Of those, the pages without any failure. */
  passed: number;
  failures: Diagnostic[];
}

interface UpstreamPage {
  source: string;
  repo: string;
  commit: string | null;
  from: string;
  route: string;
}

/**
 * Every page built from an upstream source (all sources but `ownSource`, the site's own pages) must exist,
 * link "Edit this page" to its upstream file, and show when it was last updated.
 */
export function checkUpstreamPages(report: SyncReport, build: BuildFolder, ownSource: string): PageCheck {
  const pages = report.sources
    .filter((source) => source.id !== ownSource)
    .flatMap((source) =>
      source.files.flatMap((file): UpstreamPage[] => {
        if (file.route === undefined) return [];
        return [{ source: source.id, repo: source.repo, commit: source.commit, from: file.from, route: file.route }];
      }),
    );
  const perPage = pages.map((page) => checkUpstreamPage(page, build));
  return { checked: pages.length, passed: perPage.filter((f) => f.length === 0).length, failures: perPage.flat() };
}

function checkUpstreamPage(page: UpstreamPage, build: BuildFolder): Diagnostic[] {
  const at = {
    severity: 'error' as const,
    source: page.source,
    repo: page.repo,
    ...(page.commit && { commit: page.commit }),
    file: page.from,
  };
  const file = findPageFile(page.route, build.files);
  const html = file === undefined ? undefined : build.read(file);
  if (html === undefined) {
    const hint = 'The sync wrote this page; look for it in the build output.';
    return [{ ...at, code: 'site/page-missing', message: `page ${page.route} is not in the build`, hint }];
  }
  const built = readBuiltPage(html);
  const failures: Diagnostic[] = [];
  const edit = checkEditLink(built.editHref, page);
  if (edit) failures.push({ ...at, ...edit });
  if (!built.lastUpdated) {
    const hint = 'The sync writes `last_update` into the front matter; check that the page kept it.';
    failures.push({ ...at, code: 'site/last-updated-missing', message: `page ${page.route} does not show "last updated"`, hint });
  }
  return failures;
}

/** The edit link must open the page's upstream file in its repo, on any branch. */
type EditLinkFailure = Pick<Diagnostic, 'code' | 'message' | 'hint'>;

function checkEditLink(href: string | undefined, page: UpstreamPage): EditLinkFailure | undefined {
  const expected = editUrlPattern(page.repo, page.from);
  if (!expected) return undefined; // a host without a known web editor: nothing to link to
  const shown = `${expected.prefix}<branch>${expected.suffix}`;
  if (href === undefined) {
    const message = `page ${page.route} has no "Edit this page" link (expected ${shown})`;
    return { code: 'site/edit-link-missing', message, hint: EDIT_HINT };
  }
  const fits = href.startsWith(expected.prefix) && href.endsWith(expected.suffix);
  const branch = fits ? href.slice(expected.prefix.length, href.length - expected.suffix.length) : '';
  if (branch !== '' && !branch.includes('/')) return undefined;
  const message = `page ${page.route} links "Edit this page" to ${href}, expected ${shown}`;
  return { code: 'site/edit-link-wrong', message, hint: EDIT_HINT };
}

const EDIT_HINT = 'The sync writes `custom_edit_url` into the front matter; check that the page kept it.';
const BRANCH_PLACEHOLDER = '\u0000';

/** The edit URL of `path` in `repo`, split around its branch (branches are one URL segment, `/` escaped). */
function editUrlPattern(repo: string, path: string): { prefix: string; suffix: string } | undefined {
  const url = webEditUrl(parseRepoUrl(repo), BRANCH_PLACEHOLDER, path);
  const marker = encodeURIComponent(BRANCH_PLACEHOLDER);
  if (!url?.includes(marker)) return undefined;
  const at = url.indexOf(marker);
  return { prefix: url.slice(0, at), suffix: url.slice(at + marker.length) };
}
