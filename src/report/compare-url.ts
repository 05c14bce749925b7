import { parseRepoUrl, webCommitUrl, webFileUrl } from '../manifest/repo-url.js';

/** Web page of `commit` on the repo's host, when the host is known (GitHub, GitLab). */
export function commitUrl(repo: string, commit: string): string | undefined {
  return webCommitUrl(parseRepoUrl(repo), commit);
}

/** Web page comparing two commits (`…/compare/OLD...NEW`), when the host is known. */
export function compareUrl(repo: string, from: string, to: string): string | undefined {
  const location = parseRepoUrl(repo);
  if (!location.web) return undefined;
  return `${location.web}${location.host === 'gitlab' ? '/-/' : '/'}compare/${from}...${to}`;
}

/** Web page of an upstream file at a commit, at its line, when the host is known. */
export function upstreamFileUrl(repo: string, commit: string, path: string, line?: number | null): string | undefined {
  const url = webFileUrl(parseRepoUrl(repo), 'blob', commit, path);
  return url && line ? `${url}#L${line}` : url;
}
