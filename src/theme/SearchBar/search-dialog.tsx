import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { listResultOptions, type ResultOption } from '../../site/search/client/result-options.js';
import { describeSearchStatus, listShownHits } from '../../site/search/client/search-state.js';
import ResultList from './result-list.js';
import SearchFieldRow from './search-field-row.js';
import { useDialogFocus } from './use-dialog-focus.js';
import { usePagefindSearch } from './use-pagefind-search.js';
import { useSearchStatusTexts } from './use-search-texts.js';
import { useResultNavigation } from './use-result-navigation.js';
import styles from './styles.module.css';

/** The search dialog (modal): the field, a live status line, the results and "More results". */
export default function SearchDialog({ onClose }: { onClose: () => void }): ReactNode {
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const { state, showMore } = usePagefindSearch(query, section);
  const listboxId = useId();
  const options = useMemo(() => listResultOptions(listShownHits(state), `${listboxId}-option`), [state, listboxId]);
  const history = useHistory();
  const open = (option: ResultOption) => {
    onClose();
    history.push(option.url);
  };
  const resetKey = `${state.status === 'done' ? state.query : ''}\n${section}`;
  const { active, setActive, onFieldKeyDown } = useResultNavigation(options, resetKey, open);
  const statusTexts = useSearchStatusTexts();
  const dialog = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useDialogFocus(dialog, field);
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <div className={styles.backdrop} onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialog} role="dialog" aria-modal="true" aria-label={translate({ id: 'scs.search.dialog', message: 'Search the documentation' })}
        className={styles.dialog} onKeyDown={onDialogKeyDown}>
        <SearchFieldRow
          {...{ field, query, section, listboxId, onFieldKeyDown, onClose }}
          onQueryChange={setQuery}
          onSectionChange={setSection}
          expanded={options.length > 0}
          activeOptionId={options[active]?.id}
        />
        <p role="status" aria-live="polite" className={styles.status}>
          {describeSearchStatus(state, section, statusTexts)}
        </p>
        <div className={styles.resultsArea}>
          <ResultList id={listboxId} options={options} active={active} onActivate={setActive} onOpen={onClose} />
          {state.status === 'done' && state.hits.length < state.total && (
            <button type="button" className={styles.moreButton} onClick={showMore}>
              <Translate id="scs.search.more">More results</Translate>
            </button>
          )}
        </div>
        <p className={styles.hints} aria-hidden="true">
          <Translate
            id="scs.search.hints"
            values={{ up: <kbd>↑</kbd>, down: <kbd>↓</kbd>, enter: <kbd>Enter</kbd>, escape: <kbd>Esc</kbd> }}
          >
            {'{up} {down} to choose · {enter} to open · {escape} to close · searched on this site, offline'}
          </Translate>
        </p>
      </div>
    </div>
  );
}
