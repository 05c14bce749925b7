import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { ResultOption } from '../../site/search/client/result-options.js';
import type { ExcerptPart } from '../../site/search/client/split-excerpt.js';
import styles from './styles.module.css';

function Excerpt({ parts }: { parts: readonly ExcerptPart[] }): ReactNode {
  return (
    <span className={styles.excerpt}>
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

function OptionFacts({ option }: { option: ResultOption }): ReactNode {
  const facts = option.kind === 'page' ? [option.place, option.source] : [option.pageTitle];
  const shown = facts.filter((fact): fact is string => Boolean(fact));
  if (shown.length === 0) return null;
  return <span className={styles.facts}>{shown.join(' · ')}</span>;
}

interface ResultListProps {
  id: string;
  options: readonly ResultOption[];
  active: number;
  onActivate: (index: number) => void;
  onOpen: () => void;
}

/** The results listbox: pages with their section and source repo, matching headings indented below. */
export default function ResultList({ id, options, active, onActivate, onOpen }: ResultListProps): ReactNode {
  return (
    <ul id={id} role="listbox" aria-label={translate({ id: 'scs.search.results', message: 'Search results' })} className={styles.results}>
      {options.map((option, index) => (
        <li
          key={option.id}
          id={option.id}
          role="option"
          aria-selected={index === active}
          className={clsx(styles.result, option.kind === 'heading' && styles.headingResult, index === active && styles.activeResult)}
          onMouseMove={() => index !== active && onActivate(index)}
        >
          <Link to={option.url} tabIndex={-1} className={styles.resultLink} onClick={onOpen}>
            <span className={styles.resultTitle}>
              {option.kind === 'heading' && <span aria-hidden="true">#&nbsp;</span>}
              {option.title}
            </span>
            <OptionFacts option={option} />
            <Excerpt parts={option.excerpt} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
