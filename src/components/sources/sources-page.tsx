import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Admonition from '@theme/Admonition';
import Translate, { translate } from '@docusaurus/Translate';
import type { SourcesPageData, SourcesSummary } from './sources-data.js';
import SourcesTable from './sources-table.js';
import styles from './sources.module.css';

function SummaryLine({ summary }: { summary: SourcesSummary }): ReactNode {
  const { counts } = summary;
  const total = summary.rows.length;
  return (
    <p className={styles.summary}>
      <Translate
        id="scs.sources.lastSync"
        values={{ time: <time dateTime={summary.syncedAt}>{summary.syncedAtText}</time>, duration: summary.durationText }}
      >
        {'Last sync: {time} (took {duration}).'}
      </Translate>{' '}
      {total === 1 ? (
        <Translate id="scs.sources.countOne">{'1 source:'}</Translate>
      ) : (
        <Translate id="scs.sources.countMany" values={{ count: total }}>
          {'{count} sources:'}
        </Translate>
      )}{' '}
      <Translate id="scs.sources.counts" values={{ synced: counts.synced, unchanged: counts.unchanged }}>
        {'{synced} synced, {unchanged} unchanged,'}
      </Translate>{' '}
      <span className={counts.stale > 0 ? styles.attention : undefined}>
        <Translate id="scs.sources.stale" values={{ count: counts.stale }}>
          {'{count} stale'}
        </Translate>
      </span>
      ,{' '}
      <span className={counts.failed > 0 ? styles.attention : undefined}>
        <Translate id="scs.sources.failed" values={{ count: counts.failed }}>
          {'{count} failed'}
        </Translate>
      </span>
      .
    </p>
  );
}

/** `/sources`: what the site publishes and where each part comes from. */
export default function SourcesPage({ data }: { data: SourcesPageData }): ReactNode {
  const { summary } = data;
  return (
    <Layout
      title={translate({ id: 'scs.sources.title', message: 'Sources' })}
      description={translate({
        id: 'scs.sources.description',
        message: 'The repositories this site is built from: ref, commit, status and file count of each, as of the last sync.',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="scs.sources.title">Sources</Translate>
        </Heading>
        <p>
          <Translate id="scs.sources.intro">
            Every page of this site is imported from an upstream repository. This list shows, for each source, the commit its pages come from and whether the last sync could update it.
          </Translate>
        </p>
        {summary ? (
          <>
            <SummaryLine summary={summary} />
            <SourcesTable rows={summary.rows} />
          </>
        ) : (
          <Admonition type="info" title={translate({ id: 'scs.sources.noSync.title', message: 'No sync has run' })}>
            <p>
              <Translate id="scs.sources.noSync.text" values={{ command: <code>npm run sync</code> }}>
                {'This build has no sync report, so it cannot say which sources it contains. Run {command} before building the site.'}
              </Translate>
            </p>
          </Admonition>
        )}
      </main>
    </Layout>
  );
}
