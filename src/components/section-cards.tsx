import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { SECTIONS } from '../manifest/section-list.js';
import styles from './section-cards.module.css';

interface CardText {
  description: string;
}

/** What each section offers, in the order the home page shows them. */
const CARD_TEXT: Record<string, CardText> = {
  docs: {
    description: 'Plan, deploy and run an SCS cloud: IaaS with OpenStack and Ceph, Kubernetes with cluster stacks, monitoring and releases.',
  },
  'user-docs': {
    description: 'Use an SCS cloud: first steps with the APIs, portable workloads and application examples.',
  },
  standards: {
    description: 'The SCS standards and their certification tests, by track: Global, IaaS, KaaS, IAM and Ops.',
  },
  'contributor-docs': {
    description: 'Improve SCS: issues, pull requests, DCO sign-off — and how to add your repository’s docs to this site.',
  },
  community: {
    description: 'Meet the people behind SCS: team calls, Matrix chat, mailing lists and the code of conduct.',
  },
};

const CARD_ORDER = ['docs', 'user-docs', 'standards', 'contributor-docs', 'community'];

function listCards(): { id: string; label: string; to: string; text: CardText }[] {
  return CARD_ORDER.flatMap((id) => {
    const section = SECTIONS.find((s) => s.id === id);
    const text = CARD_TEXT[id];
    return section && text ? [{ id, label: section.label, to: `/${section.routeBasePath}`, text }] : [];
  });
}

/** One navigation card per site section; the whole card is the link. */
export default function SectionCards(): ReactNode {
  return (
    <ul className={styles.grid} aria-label="Sections of the documentation">
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
