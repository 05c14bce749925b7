import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SectionCards from '../components/section-cards.js';
import styles from './index.module.css';

function HomeHero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          Sovereign Cloud Stack documentation
        </Heading>
        <p className={styles.heroLead}>
          An open, federated and modular cloud and container stack — built in the open, standardized, and
          operated by many providers. Everything you need to run, use and improve SCS, in one place.
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/getting-started">
            Get started
          </Link>
          <Link className="button button--secondary button--outline button--lg" to="/standards">
            Browse the standards
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
      title="Documentation"
      description="Documentation of Sovereign Cloud Stack (SCS): standards, operator and user guides, contributor docs and community."
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
