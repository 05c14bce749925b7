import { runGit } from './git-client.js';

/** What `git ls-remote --symref` says about a remote. */
export interface RemoteRefs {
  /** Full ref name → object id (for annotated tags: the tag object). */
  refs: Map<string, string>;
  /** Full ref name → the commit an annotated tag points at (`^{}` lines). */
  peeled: Map<string, string>;
  /** Branch the remote's HEAD points at, without `refs/heads/`. */
  defaultBranch?: string;
  /** Commit of the remote's HEAD. */
  headCommit?: string;
}

/** Parses `git ls-remote --symref` output. */
export function parseLsRemote(text: string): RemoteRefs {
  const result: RemoteRefs = { refs: new Map(), peeled: new Map() };
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const left = line.slice(0, tab);
    const name = line.slice(tab + 1).trim();
    if (left.startsWith('ref: ')) {
      if (name === 'HEAD') result.defaultBranch = left.slice('ref: '.length).replace(/^refs\/heads\//, '');
      continue;
    }
    if (name === 'HEAD') result.headCommit = left;
    else if (name.endsWith('^{}')) result.peeled.set(name.slice(0, -3), left);
    else result.refs.set(name, left);
  }
  return result;
}

/** One `git ls-remote --symref` against `url` (run from `cwd`, which need not be a repository). */
export async function listRemoteRefs(url: string, cwd: string): Promise<RemoteRefs> {
  return parseLsRemote(await runGit(cwd, ['ls-remote', '--symref', '--', url]));
}
