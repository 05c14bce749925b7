import { posix } from 'node:path';
import type { NavItem } from '../types.js';
import { isRecord } from './read-yaml.js';

export interface NavOptions {
  docsDir: string;
  /** mkdocs-material's `navigation.indexes`: a section's first page, when it is an index page, is the section's page. */
  sectionIndexes: boolean;
  /** mkdocs-material's `navigation.expand`: sections start open. */
  expanded: boolean;
  /** Fills an awesome-pages `...` entry (the pages the nav does not list); absent: the entry is skipped. */
  rest?: (listed: ReadonlySet<string>) => NavItem[];
}

const URL = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const REST = /^\.{3}(\s*\|.*)?$/;

/**
 * mkdocs' `nav`: `- page.md` (titled by the page), `- Title: page.md`, `- Title: https://…` (a link),
 * `- Section: [ … ]`; page paths are relative to docs_dir.
 */
export function readMkdocsNav(entries: readonly unknown[], options: NavOptions): NavItem[] {
  const listed = new Set<string>();
  const rests = new Map<NavItem, NavItem[]>();
  const items = convert(entries, options, listed, rests);
  for (const rest of rests.values()) rest.push(...(options.rest?.(listed) ?? []));
  return fill(items, rests);
}

/** Puts what each `...` entry stands for in its place. */
function fill(items: readonly NavItem[], rests: ReadonlyMap<NavItem, NavItem[]>): NavItem[] {
  return items.flatMap((item) => rests.get(item) ?? (item.kind === 'section' ? [{ ...item, items: fill(item.items, rests) }] : [item]));
}

function convert(entries: readonly unknown[], options: NavOptions, listed: Set<string>, rests: Map<NavItem, NavItem[]>): NavItem[] {
  const items: NavItem[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (REST.test(entry.trim())) {
        const placeholder: NavItem = { kind: 'link', label: entry, href: '' };
        rests.set(placeholder, []);
        items.push(placeholder);
      } else items.push(target(entry, undefined, options, listed));
    } else if (isRecord(entry)) {
      for (const [title, value] of Object.entries(entry)) {
        if (typeof value === 'string') items.push(target(value, title, options, listed));
        else if (Array.isArray(value)) items.push(section(title, convert(value, options, listed, rests), options));
      }
    }
  }
  return items;
}

function target(value: string, label: string | undefined, options: NavOptions, listed: Set<string>): NavItem {
  if (URL.test(value)) return { kind: 'link', label: label ?? value, href: value };
  const path = posix.normalize(posix.join(options.docsDir || '.', value.replace(/^\/+/, '')));
  listed.add(path);
  return { kind: 'page', path, ...(label !== undefined ? { label } : {}) };
}

function section(label: string, children: NavItem[], options: NavOptions): NavItem {
  const first = children[0];
  const index = options.sectionIndexes && first?.kind === 'page' && /^(index|readme)\.md$/i.test(posix.basename(first.path)) ? first.path : undefined;
  return {
    kind: 'section',
    label,
    ...(index ? { path: index } : {}),
    items: index ? children.slice(1) : children,
    ...(options.expanded ? { collapsed: false } : {}),
  };
}
