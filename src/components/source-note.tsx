import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { parseRepoUrl, webCommitUrl, webFileUrl } from '../manifest/repo-url.js';
import styles from './source-note.module.css';

/** The provenance the sync writes into every page's front matter (`source: {id, repo, path, commit}`). */
export interface PageSource {
  id: string;
  repo?: string;
  path?: string;
  commit?: string;
}

/** Reads `source` from front matter; anything malformed is ignored rather than breaking the page. */
export function readPageSource(frontMatter: Record<string, unknown>): PageSource | undefined {
  const value = frontMatter.source;
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string') return undefined;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return { id: record.id, repo: text('repo'), path: text('path'), commit: text('commit') };
}

function describeRepo(repo: string): { name: string; web?: string } {
  const location = parseRepoUrl(repo);
  const name = location.web ? location.web.replace(/^https:\/\/[^/]+\//, '') : location.key;
  return { name, web: location.web };
}

/** "This page comes from OWNER/NAME: docs/x.md at 1a2b3c4" — linked where the host has a web UI. */
export default function SourceNote({ source }: { source: PageSource }): ReactNode {
  if (!source.repo) return null;
  const location = parseRepoUrl(source.repo);
  const repo = describeRepo(source.repo);
  const fileUrl = source.path && source.commit ? webFileUrl(location, 'blob', source.commit, source.path) : undefined;
  const commitUrl = source.commit ? webCommitUrl(location, source.commit) : undefined;
  const repoLink = repo.web ? <Link href={repo.web}>{repo.name}</Link> : <code>{repo.name}</code>;
  const file = source.path && (fileUrl ? <Link href={fileUrl}>{source.path}</Link> : <code>{source.path}</code>);
  const shortCommit = source.commit?.slice(0, 7);
  const commit = shortCommit && (commitUrl ? <Link href={commitUrl}><code>{shortCommit}</code></Link> : <code>{shortCommit}</code>);
  return (
    <p className={styles.note}>
      {file && commit ? (
        <Translate id="scs.sourceNote.fileAtCommit" values={{ repo: repoLink, file, commit }}>
          {'This page comes from {repo}: {file} at commit {commit}.'}
        </Translate>
      ) : file ? (
        <Translate id="scs.sourceNote.file" values={{ repo: repoLink, file }}>
          {'This page comes from {repo}: {file}.'}
        </Translate>
      ) : commit ? (
        <Translate id="scs.sourceNote.commit" values={{ repo: repoLink, commit }}>
          {'This page comes from {repo} at commit {commit}.'}
        </Translate>
      ) : (
        <Translate id="scs.sourceNote.repo" values={{ repo: repoLink }}>
          {'This page comes from {repo}.'}
        </Translate>
      )}
    </p>
  );
}
