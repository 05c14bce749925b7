import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { SECTIONS } from '../../manifest/sections.js';
import { listResultOptions, moveActiveOption } from '../../site/search/client/result-options.js';
import { describeSearchStatus, listShownHits } from '../../site/search/client/search-state.js';
import ResultList from './result-list.js';
import SearchIcon from './search-icon.js';
import { useDialogFocus } from './use-dialog-focus.js';
import { usePagefindSearch } from './use-pagefind-search.js';
import styles from './styles.module.css';

const ARROW_STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

/** The search dialog: a combobox over the results listbox, a section filter, and a live status line. */
export default function SearchDialog({ onClose }: { onClose: () => void }): ReactNode {
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [active, setActive] = useState(0);
  const { state, showMore } = usePagefindSearch(query, section);
  const listboxId = useId();
  const options = useMemo(() => listResultOptions(listShownHits(state), `${listboxId}-option`), [state, listboxId]);
  const history = useHistory();
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useDialogFocus(dialog, input);
  useEffect(() => setActive(0), [state.status === 'done' && state.query, section]);

  const openActive = () => {
    const option = options[active];
    if (!option) return;
    onClose();
    history.push(option.url);
  };
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = ARROW_STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((current) => moveActiveOption(current, step, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openActive();
    }
  };
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const activeOption = options[active];
  const status = describeSearchStatus(state, section);

  return (
    <div className={styles.backdrop} onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialog} role="dialog" aria-modal="true" aria-label="Search the documentation" className={styles.dialog} onKeyDown={onDialogKeyDown}>
        <div className={styles.searchRow}>
          <SearchIcon className={styles.fieldIcon} />
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label="Search the documentation"
            aria-autocomplete="list"
            aria-expanded={options.length > 0}
            aria-controls={listboxId}
            aria-activedescendant={activeOption?.id}
            className={styles.field}
            placeholder="Search the docs"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKeyDown}
          />
          <select aria-label="Section" className={styles.sectionFilter} value={section} onChange={(event) => setSection(event.target.value)}>
            <option value="">All sections</option>
            {SECTIONS.map((s) => (
              <option key={s.id} value={s.label}>
                {s.label}
              </option>
            ))}
          </select>
          <button type="button" className={styles.closeButton} onClick={onClose}>
            Close
          </button>
        </div>
        <p role="status" aria-live="polite" className={styles.status}>
          {status}
        </p>
        <div className={styles.resultsArea}>
          <ResultList id={listboxId} options={options} active={active} onActivate={setActive} onOpen={onClose} />
          {state.status === 'done' && state.hits.length < state.total && (
            <button type="button" className={styles.moreButton} onClick={showMore}>
              More results
            </button>
          )}
        </div>
        <p className={styles.hints} aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close · searched on this site, offline
        </p>
      </div>
    </div>
  );
}
