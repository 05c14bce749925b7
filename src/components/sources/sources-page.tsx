import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Admonition from '@theme/Admonition';
import type { SourcesPageData, SourcesSummary } from './sources-data.js';
import SourcesTable from './sources-table.js';
import styles from './sources.module.css';

const DESCRIPTION = 'The repositories this site is built from: ref, commit, status and file count of each, as of the last sync.';

function SummaryLine({ summary }: { summary: SourcesSummary }): ReactNode {
  const { counts } = summary;
  const total = summary.rows.length;
  return (
    <p className={styles.summary}>
      Last sync: <time dateTime={summary.syncedAt}>{summary.syncedAtText}</time> (took {summary.durationText}).{' '}
      {total} {total === 1 ? 'source' : 'sources'}: {counts.synced} synced, {counts.unchanged} unchanged,{' '}
      <span className={counts.stale > 0 ? styles.attention : undefined}>{counts.stale} stale</span>,{' '}
      <span className={counts.failed > 0 ? styles.attention : undefined}>{counts.failed} failed</span>.
    </p>
  );
}

/** `/sources`: what the site publishes and where each part comes from. */
export default function SourcesPage({ data }: { data: SourcesPageData }): ReactNode {
  const { summary } = data;
  return (
    <Layout title="Sources" description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Sources</Heading>
        <p>
          Every page of this site is imported from an upstream repository. This list shows, for each source, the
          commit its pages come from and whether the last sync could update it.
        </p>
        {summary ? (
          <>
            <SummaryLine summary={summary} />
            <SourcesTable rows={summary.rows} />
          </>
        ) : (
          <Admonition type="info" title="No sync has run">
            <p>
              This build has no sync report, so it cannot say which sources it contains. Run <code>npm run sync</code>{' '}
              before building the site.
            </p>
          </Admonition>
        )}
      </main>
    </Layout>
  );
}
