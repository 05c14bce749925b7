import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { SECTIONS } from '../../manifest/section-list.js';
import { translateSectionLabel } from '../../components/section-label.js';
import SearchIcon from './search-icon.js';
import styles from './styles.module.css';

interface SearchFieldRowProps {
  field: RefObject<HTMLInputElement | null>;
  query: string;
  onQueryChange: (query: string) => void;
  section: string;
  onSectionChange: (section: string) => void;
  listboxId: string;
  expanded: boolean;
  activeOptionId?: string;
  onFieldKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onClose: () => void;
}

/** The search field (a combobox over the results listbox), the section filter and the close button. */
export default function SearchFieldRow(props: SearchFieldRowProps): ReactNode {
  return (
    <div className={styles.searchRow}>
      <SearchIcon className={styles.fieldIcon} />
      <input
        ref={props.field}
        type="search"
        role="combobox"
        aria-label={translate({ id: 'scs.search.dialog', message: 'Search the documentation' })}
        aria-autocomplete="list"
        aria-expanded={props.expanded}
        aria-controls={props.listboxId}
        aria-activedescendant={props.activeOptionId}
        className={styles.field}
        placeholder={translate({ id: 'scs.search.placeholder', message: 'Search the docs' })}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        value={props.query}
        onChange={(event) => props.onQueryChange(event.target.value)}
        onKeyDown={props.onFieldKeyDown}
      />
      <select
        aria-label={translate({ id: 'scs.search.section', message: 'Section' })}
        className={styles.sectionFilter} value={props.section} onChange={(event) => props.onSectionChange(event.target.value)}>
        <option value="">{translate({ id: 'scs.search.allSections', message: 'All sections' })}</option>
        {SECTIONS.map((section) => (
          <option key={section.id} value={translateSectionLabel(section.id, section.label)}>
            {translateSectionLabel(section.id, section.label)}
          </option>
        ))}
      </select>
      <button type="button" className={styles.closeButton} onClick={props.onClose}>
        <Translate id="scs.search.close">Close</Translate>
      </button>
    </div>
  );
}
