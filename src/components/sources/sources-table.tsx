import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { SourceRow } from './sources-data.js';
import StatusBadge from './status-badge.js';
import styles from './sources.module.css';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function RepoCell({ row }: { row: SourceRow }): ReactNode {
  const repo = row.repoUrl ? <Link href={row.repoUrl}>{row.repoName}</Link> : <code>{row.repoName}</code>;
  if (!row.format) return repo;
  return (
    <>
      {repo}
      <div className={styles.detail}>{row.format}</div>
    </>
  );
}

function CommitCell({ row }: { row: SourceRow }): ReactNode {
  if (!row.commit) return <span className={styles.muted}>{row.status === 'failed' ? 'none' : 'working tree'}</span>;
  const code = <code title={row.commit.full}>{row.commit.short}</code>;
  // the link's name is the short hash it shows (the column says "commit"; the title holds the full hash)
  return row.commit.url ? <Link href={row.commit.url}>{code}</Link> : code;
}

function ProblemsCell({ row }: { row: SourceRow }): ReactNode {
  if (row.errors === 0 && row.warnings === 0) return <span className={styles.muted}>none</span>;
  const parts = [row.errors > 0 && plural(row.errors, 'error'), row.warnings > 0 && plural(row.warnings, 'warning')];
  const counts = parts.filter(Boolean).join(', ');
  if (!row.accessibility) return counts;
  return (
    <>
      {counts}
      <div className={styles.detail}>{row.accessibility}</div>
    </>
  );
}

function SourceRowView({ row }: { row: SourceRow }): ReactNode {
  return (
    <tr>
      <th scope="row">{row.home ? <Link to={row.home}>{row.id}</Link> : row.id}</th>
      <td>
        <RepoCell row={row} />
      </td>
      <td>{row.ref ? <code>{row.ref}</code> : <span className={styles.muted}>default branch</span>}</td>
      <td>
        <CommitCell row={row} />
      </td>
      <td className={styles.number}>
        {plural(row.files, 'file')}
        <br />
        <span className={styles.muted}>{plural(row.pages, 'page')}</span>
        {row.translated && <div className={styles.detail}>{row.translated}</div>}
      </td>
      <td>
        <StatusBadge status={row.status} label={row.statusLabel} />
        <div className={styles.detail}>{row.statusDetail}</div>
      </td>
      <td>
        <ProblemsCell row={row} />
      </td>
    </tr>
  );
}

/** One row per source, in manifest order; the source id links to its top page. */
export default function SourcesTable({ rows }: { rows: readonly SourceRow[] }): ReactNode {
  return (
    <div className={styles.tableWrapper}>
      <table className={styles.table}>
        <caption className={styles.caption}>Aggregated sources, in the order of repos.yaml</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Repository</th>
            <th scope="col">Ref</th>
            <th scope="col">Commit</th>
            <th scope="col">Files</th>
            <th scope="col">Status</th>
            <th scope="col">Sync problems</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SourceRowView key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
