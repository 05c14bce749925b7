import { describe, expect, it } from 'vitest';
import { matchSearchShortcut, type ShortcutEvent } from '../../../src/site/search/client/match-search-shortcut.js';

const key = (k: string, extra: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inEditableField: false,
  ...extra,
});

describe('matchSearchShortcut', () => {
  it('toggles the search with Ctrl+K and Cmd+K, even while typing in a field', () => {
    expect(matchSearchShortcut(key('k', { ctrlKey: true }))).toBe('toggle');
    expect(matchSearchShortcut(key('K', { metaKey: true, inEditableField: true }))).toBe('toggle');
  });

  it('opens the search with / outside text fields only', () => {
    expect(matchSearchShortcut(key('/'))).toBe('open');
    expect(matchSearchShortcut(key('/', { inEditableField: true }))).toBeUndefined();
  });

  it('leaves other keys and combinations to the page', () => {
    expect(matchSearchShortcut(key('k'))).toBeUndefined();
    expect(matchSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(matchSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(matchSearchShortcut(key('/', { ctrlKey: true }))).toBeUndefined();
  });
});
