import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { SourceRow } from './sources-data.js';
import StatusBadge from './status-badge.js';
import styles from './sources.module.css';

type CountWord = 'file' | 'page' | 'error' | 'warning';

/** "1 file", "3 files" — in the page's language (one message per number form). */
function plural(count: number, word: CountWord): string {
  const messages: Record<CountWord, () => string> = {
    file: () =>
      count === 1
        ? translate({ id: 'scs.sources.file', message: '1 file' })
        : translate({ id: 'scs.sources.files', message: '{count} files' }, { count }),
    page: () =>
      count === 1
        ? translate({ id: 'scs.sources.page', message: '1 page' })
        : translate({ id: 'scs.sources.pages', message: '{count} pages' }, { count }),
    error: () =>
      count === 1
        ? translate({ id: 'scs.sources.error', message: '1 error' })
        : translate({ id: 'scs.sources.errors', message: '{count} errors' }, { count }),
    warning: () =>
      count === 1
        ? translate({ id: 'scs.sources.warning', message: '1 warning' })
        : translate({ id: 'scs.sources.warnings', message: '{count} warnings' }, { count }),
  };
  return messages[word]();
}

function None(): ReactNode {
  return (
    <span className={styles.muted}>
      <Translate id="scs.sources.none">none</Translate>
    </span>
  );
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
  if (!row.commit) {
    if (row.status === 'failed') return <None />;
    return (
      <span className={styles.muted}>
        <Translate id="scs.sources.workingTree">working tree</Translate>
      </span>
    );
  }
  const code = <code title={row.commit.full}>{row.commit.short}</code>;
  // the link's name is the short hash it shows (the column says "commit"; the title holds the full hash)
  return row.commit.url ? <Link href={row.commit.url}>{code}</Link> : code;
}

function ProblemsCell({ row }: { row: SourceRow }): ReactNode {
  if (row.errors === 0 && row.warnings === 0) return <None />;
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
      <td>{row.ref ? <code>{row.ref}</code> : <span className={styles.muted}><Translate id="scs.sources.defaultBranch">default branch</Translate></span>}</td>
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
        <caption className={styles.caption}>
          <Translate id="scs.sources.caption">Aggregated sources, in the order of repos.yaml</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col"><Translate id="scs.sources.column.source">Source</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.repository">Repository</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.ref">Ref</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.commit">Commit</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.files">Files</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.status">Status</Translate></th>
            <th scope="col"><Translate id="scs.sources.column.problems">Sync problems</Translate></th>
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
