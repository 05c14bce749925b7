import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import SearchDialog from './search-dialog.js';
import SearchIcon from './search-icon.js';
import { useSearchShortcuts } from './use-search-shortcuts.js';
import styles from './styles.module.css';

/** "Ctrl K", or "⌘ K" on Apple devices (known only in the browser, so decided after the first render). */
function useShortcutLabel(): string {
  const [label, setLabel] = useState('Ctrl K');
  useEffect(() => {
    if (/mac|iphone|ipad/i.test(navigator.platform)) setLabel('⌘ K');
  }, []);
  return label;
}

/** The navbar's search button and the dialog it opens (local Pagefind search, no third party). */
export default function LocalSearch(): ReactNode {
  const [isOpen, setIsOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const shortcutLabel = useShortcutLabel();
  const setOpen = useCallback((open: boolean) => setIsOpen(open), []);
  const close = useCallback(() => {
    setIsOpen(false);
    button.current?.focus();
  }, []);
  useSearchShortcuts(isOpen, setOpen);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={styles.searchButton}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => setIsOpen(true)}
      >
        <SearchIcon className={styles.searchButtonIcon} />
        <span className={styles.searchButtonLabel}>
          <Translate id="scs.search.button">Search</Translate>
        </span>
        {/* the name is the visible word "Search" (no aria-label that could drift from it); aria-keyshortcuts
            announces the keys, so the key cap is not read out as part of the name */}
        <kbd className={styles.searchButtonKeys} aria-hidden="true">
          {shortcutLabel}
        </kbd>
      </button>
      {isOpen && <SearchDialog onClose={close} />}
    </>
  );
}
