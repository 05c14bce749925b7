import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { translateSectionLabel } from './section-label.js';
import { SECTIONS } from '../manifest/section-list.js';
import styles from './section-cards.module.css';

interface CardText {
  description: string;
}

/** What each section offers, in the order the home page shows them (a function: translate() runs per render). */
function cardText(): Record<string, CardText> {
  return {
    docs: {
      description: translate({
        id: 'scs.home.card.docs',
        message: 'Plan, deploy and run an SCS cloud: IaaS with OpenStack and Ceph, Kubernetes with cluster stacks, monitoring and releases.',
      }),
    },
    'user-docs': {
      description: translate({
        id: 'scs.home.card.user-docs',
        message: 'Use an SCS cloud: first steps with the APIs, portable workloads and application examples.',
      }),
    },
    standards: {
      description: translate({
        id: 'scs.home.card.standards',
        message: 'The SCS standards and their certification tests, by track: Global, IaaS, KaaS, IAM and Ops.',
      }),
    },
    'contributor-docs': {
      description: translate({
        id: 'scs.home.card.contributor-docs',
        message: 'Improve SCS: issues, pull requests, DCO sign-off — and how to add your repository’s docs to this site.',
      }),
    },
    community: {
      description: translate({
        id: 'scs.home.card.community',
        message: 'Meet the people behind SCS: team calls, Matrix chat, mailing lists and the code of conduct.',
      }),
    },
  };
}

const CARD_ORDER = ['docs', 'user-docs', 'standards', 'contributor-docs', 'community'];

function listCards(): { id: string; label: string; to: string; text: CardText }[] {
  const texts = cardText();
  return CARD_ORDER.flatMap((id) => {
    const section = SECTIONS.find((s) => s.id === id);
    const text = texts[id];
    return section && text ? [{ id, label: translateSectionLabel(id, section.label), to: `/${section.routeBasePath}`, text }] : [];
  });
}

/** One navigation card per site section; the whole card is the link. */
export default function SectionCards(): ReactNode {
  return (
    <ul className={styles.grid} aria-label={translate({ id: 'scs.home.sections', message: 'Sections of the documentation' })}>
      {listCards().map((card) => (
        <li key={card.id} className={styles.item}>
          <Link to={card.to} className={styles.card}>
            <h2 className={styles.title}>{card.label}</h2>
            <p className={styles.description}>{card.text.description}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
