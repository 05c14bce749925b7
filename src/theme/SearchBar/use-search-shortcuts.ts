import { useEffect } from 'react';
import { isEditableTarget, matchSearchShortcut } from '../../site/search/client/match-search-shortcut.js';

/** Ctrl/Cmd+K toggles the search anywhere on the page; `/` opens it when the reader is not typing. */
export function useSearchShortcuts(isOpen: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = matchSearchShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inEditableField: isEditableTarget(event.target),
      });
      if (!shortcut || (shortcut === 'open' && isOpen)) return;
      event.preventDefault();
      setOpen(shortcut === 'toggle' ? !isOpen : true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isOpen, setOpen]);
}
