import type { AwesomeNavInput, Folder } from './awesome-nav.js';
import { isRecord } from './read-yaml.js';

export type Child = { name: string; path: string; folder?: Folder };

/** How a folder's items are ordered and grouped; a folder's nav file changes it for itself and below. */
export interface Settings {
  collapse: boolean;
  order?: 'asc' | 'desc';
  natural: boolean;
  /** Where folders go among pages: mkdocs puts them after; a v2 `order` sorts everything together. */
  sections: 'first' | 'last' | 'mixed';
  ignoreCase: boolean;
}

/** The settings of a folder: its nav file's (`order`, `sort_type` in v2; `sort` in v3) over the inherited ones. */
export function localSettings(inherited: Settings, meta: Record<string, unknown>, flavor: AwesomeNavInput['flavor']): Settings {
  const sort = isRecord(meta.sort) ? meta.sort : {};
  const direction = flavor === 'pages' ? meta.order : sort.direction;
  const type = flavor === 'pages' ? meta.sort_type : sort.type;
  return {
    collapse: typeof meta.collapse_single_pages === 'boolean' ? meta.collapse_single_pages : typeof meta.flatten_single_child_sections === 'boolean' ? meta.flatten_single_child_sections : inherited.collapse,
    ...(direction === 'asc' || direction === 'desc' ? { order: direction } : inherited.order ? { order: inherited.order } : {}),
    natural: type === 'natural' ? true : type === 'alphabetical' ? false : inherited.natural,
    sections: flavor === 'nav' ? (sort.sections === 'first' || sort.sections === 'mixed' ? sort.sections : inherited.sections) : direction === 'asc' || direction === 'desc' ? 'mixed' : inherited.sections,
    ignoreCase: typeof (meta.ignore_case ?? sort.ignore_case) === 'boolean' ? Boolean(meta.ignore_case ?? sort.ignore_case) : inherited.ignoreCase,
  };
}

/** mkdocs' order (index page first, then pages, then folders, each by name) or the one the settings ask for. */
export function sortChildren(children: Child[], settings: Settings): Child[] {
  const key = (child: Child) => (settings.ignoreCase ? child.name.toLowerCase() : child.name);
  const compare = (a: Child, b: Child) => (settings.natural ? key(a).localeCompare(key(b), 'en', { numeric: true }) : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const isIndex = (child: Child) => !child.folder && /^(index|readme)\.md$/i.test(child.name);
  return [...children].sort((a, b) => {
    if (settings.sections !== 'mixed') {
      if (isIndex(a) !== isIndex(b)) return isIndex(a) ? -1 : 1;
      if (Boolean(a.folder) !== Boolean(b.folder)) return Boolean(a.folder) === (settings.sections === 'last') ? 1 : -1;
    }
    return settings.order === 'desc' ? compare(b, a) : compare(a, b);
  });
}
