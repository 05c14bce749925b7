import type { SyncReport } from '../../report/types.js';

export interface PageOrigin {
  source: string;
  repo: string;
  /** Upstream path of the page. */
  file: string;
}

/**
 * Site routes and content files named in Docusaurus' broken link, anchor and markdown link reports. Docusaurus'
 * text is the only interface, so this reads it loosely; lines it does not recognise are simply not mapped.
 */
export function findReportedPages(output: string): { routes: string[]; files: string[] } {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, ''); // colours, when the terminal has them
  const routes = [...plain.matchAll(/source page path = (\S+?):?$/gm)].map((m) => m[1]!);
  const files = [...plain.matchAll(/source file "?([^"\s]+?\.mdx?)"?(?=[\s:,.]|$)/g)].map((m) => m[1]!);
  return { routes: [...new Set(routes)], files: [...new Set(files)] };
}

/** Where a route or a content file of the site came from upstream, by the sync report. */
export function createOriginLookup(report: SyncReport, contentDir: string) {
  const byRoute = new Map<string, PageOrigin>();
  const byFile = new Map<string, PageOrigin>();
  const trim = (route: string) => (route.length > 1 ? route.replace(/\/+$/, '') : route);
  for (const source of report.sources) {
    for (const file of source.files) {
      const origin = { source: source.id, repo: source.repo, file: file.from };
      if (file.route) byRoute.set(trim(file.route), origin);
      byFile.set(file.to.replace(`${contentDir}/`, ''), origin);
    }
  }
  return {
    route: (route: string) => byRoute.get(trim(route)),
    file: (path: string) => {
      const index = path.lastIndexOf(`${contentDir}/`);
      return byFile.get(index === -1 ? path : path.slice(index + contentDir.length + 1));
    },
  };
}

/** One line per reported page with its upstream origin, for the end of a failed build's output. */
export function describeOrigins(output: string, report: SyncReport, contentDir: string): string[] {
  const lookup = createOriginLookup(report, contentDir);
  const { routes, files } = findReportedPages(output);
  const lines: string[] = [];
  for (const route of routes) {
    const origin = lookup.route(route);
    if (origin) lines.push(`  page ${route} comes from ${origin.source} (${origin.repo}) ${origin.file}`);
  }
  for (const file of files) {
    const origin = lookup.file(file);
    if (origin) lines.push(`  file ${file} comes from ${origin.source} (${origin.repo}) ${origin.file}`);
  }
  return lines;
}
