/**
 * The keyboard shortcuts of the search: Ctrl+K (Cmd+K on a Mac) toggles it anywhere; `/` opens it
 * unless the reader is typing into a field.
 */

export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Whether the key went to a text field, select or editable element. */
  inEditableField: boolean;
}

export type SearchShortcut = 'toggle' | 'open';

export function matchSearchShortcut(event: ShortcutEvent): SearchShortcut | undefined {
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return 'toggle';
  if (key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.inEditableField) return 'open';
  return undefined;
}

/** Whether an event target takes typed text (then `/` is a character, not a shortcut). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
