import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SectionCards from '../components/section-cards.js';
import styles from './index.module.css';

function HomeHero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          <Translate id="scs.home.title">Sovereign Cloud Stack documentation</Translate>
        </Heading>
        {/* the width sits on a wrapper: Infima's paragraph margins outrank module classes */}
        <div className={styles.heroLead}>
          <p>
            <Translate id="scs.home.lead">
              An open, federated and modular cloud and container stack — built in the open, standardized, and operated by many providers. Everything you need to run, use and improve SCS, in one place.
            </Translate>
          </p>
        </div>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/getting-started">
            <Translate id="scs.home.getStarted">Get started</Translate>
          </Link>
          {/* inline: white on the blue hero; Infima's boosted button colours outrank module classes */}
          <Link className="button button--outline button--lg" style={{ color: '#fff', borderColor: '#fff' }} to="/standards">
            <Translate id="scs.home.browseStandards">Browse the standards</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

/** Home page: what SCS is in two sentences, then one card per section of the docs. */
export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'scs.home.pageTitle', message: 'Documentation' })}
      description={translate({
        id: 'scs.home.description',
        message: 'Documentation of Sovereign Cloud Stack (SCS): standards, operator and user guides, contributor docs and community.',
      })}
    >
      <HomeHero />
      <main className={styles.main}>
        <div className="container">
          <SectionCards />
        </div>
      </main>
    </Layout>
  );
}
