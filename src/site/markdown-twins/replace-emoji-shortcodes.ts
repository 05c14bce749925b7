import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { get as getEmoji } from 'node-emoji';

/** What remark-emoji (with Docusaurus' default settings) replaces: `:+1:`, `:-1:` and `:word:`. */
const SHORTCODE = /:\+1:|:-1:|:[\w-]+:/g;

/**
 * The site shows `:rocket:` as 🚀 (Docusaurus runs remark-emoji on every page), so the twin does too, with the
 * same emoji data (node-emoji) and pattern; unknown shortcodes and code stay as written. remark-emoji itself
 * is an ES module without a CommonJS entry, which the site's config loader cannot load.
 */
export function replaceEmojiShortcodes(tree: Root): void {
  findAndReplace(tree, [SHORTCODE, (shortcode: string) => getEmoji(shortcode) ?? false]);
}
