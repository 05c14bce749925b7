import { stripCredentials } from '../diagnostics/redact.js';

/**
 * What we know about a repo URL: its identity (to match links across sources) and,
 * for hosts with a known web UI, how to link to files, folders, commits and edit pages.
 */
export interface RepoLocation {
  /** Lowercase `host/owner/name` without `.git`, or the credential-free URL for unknown forms. */
  key: string;
  /** `https://github.com/OWNER/NAME` for GitHub and GitLab-like hosts; undefined when unknown. */
  web?: string;
  host?: 'github' | 'gitlab';
}

const SHORTHAND = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Expands the `OWNER/NAME` shorthand to a GitHub https URL; other values are returned as is. */
export function expandRepoShorthand(repo: string): string {
  return SHORTHAND.test(repo) ? `https://github.com/${repo}` : repo;
}

export function parseRepoUrl(url: string): RepoLocation {
  const clean = stripCredentials(url).replace(/\/+$/, '').replace(/\.git$/, '');
  const match =
    /^(?:https?|git|ssh):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(clean) ?? /^[^@/]+@([^:/]+):(.+)$/.exec(clean);
  if (!match) return { key: clean };
  const hostname = match[1]!.toLowerCase();
  const repoPath = match[2]!;
  const key = `${hostname}/${repoPath.toLowerCase()}`;
  if (hostname === 'github.com') return { key, web: `https://github.com/${repoPath}`, host: 'github' };
  if (hostname === 'gitlab.com' || hostname.startsWith('gitlab.')) {
    return { key, web: `https://${hostname}/${repoPath}`, host: 'gitlab' };
  }
  return { key };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Link to a file (`blob`) or folder (`tree`) at a commit or branch. */
export function webFileUrl(repo: RepoLocation, kind: 'blob' | 'tree', ref: string, path: string): string | undefined {
  if (!repo.web) return undefined;
  const sep = repo.host === 'gitlab' ? '/-/' : '/';
  return `${repo.web}${sep}${kind}/${encodeURIComponent(ref)}${path ? `/${encodePath(path)}` : ''}`;
}

export function webEditUrl(repo: RepoLocation, branch: string, path: string): string | undefined {
  if (!repo.web) return undefined;
  const sep = repo.host === 'gitlab' ? '/-/' : '/';
  return `${repo.web}${sep}edit/${encodeURIComponent(branch)}/${encodePath(path)}`;
}

export function webCommitUrl(repo: RepoLocation, commit: string): string | undefined {
  if (!repo.web) return undefined;
  return `${repo.web}${repo.host === 'gitlab' ? '/-/' : '/'}commit/${commit}`;
}

export function webHistoryUrl(repo: RepoLocation, branch: string, path: string): string | undefined {
  if (!repo.web) return undefined;
  const sep = repo.host === 'gitlab' ? '/-/' : '/';
  return `${repo.web}${sep}commits/${encodeURIComponent(branch)}/${encodePath(path)}`;
}

/**
 * Recognises `https://github.com/OWNER/REPO/(blob|tree)/REF/PATH` (and raw.githubusercontent.com),
 * so absolute links to files that are imported anyway can become internal links.
 * REF is taken as one segment; refs containing `/` are not recognised.
 */
export function parseWebFileUrl(url: string): { key: string; ref: string; path: string; fragment?: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const segments = parsed.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const fragment = parsed.hash ? parsed.hash.slice(1) : undefined;
  if (parsed.hostname === 'github.com' && (segments[2] === 'blob' || segments[2] === 'tree') && segments.length >= 4) {
    const [owner, name, , ref, ...rest] = segments;
    return { key: `github.com/${owner!.toLowerCase()}/${name!.toLowerCase().replace(/\.git$/, '')}`, ref: ref!, path: rest.join('/'), fragment };
  }
  if (parsed.hostname === 'raw.githubusercontent.com' && segments.length >= 4) {
    const [owner, name, ref, ...rest] = segments;
    return { key: `github.com/${owner!.toLowerCase()}/${name!.toLowerCase()}`, ref: ref!, path: rest.join('/'), fragment };
  }
  return undefined;
}
