/** A sidebar item as Docusaurus reads it: the parts this module looks at. */
interface KeyableItem {
  type: string;
  label?: unknown;
  key?: unknown;
  id?: unknown;
  href?: unknown;
  link?: unknown;
  items?: unknown;
}

/**
 * Docusaurus names the translation of a sidebar label after the label itself (`sidebar.sidebar.category.Usage`) and
 * refuses to build a second locale when two items of a sidebar share one (sources often have a "Usage" or an
 * "Overview"). Items whose label another item of the same kind has get a `key` of their own: the label and where
 * it leads. Unique labels keep theirs, so their translations in i18n/<locale>/ stay keyed by label.
 */
export function keyDuplicateLabels<T extends KeyableItem>(items: readonly T[]): T[] {
  const counts = new Map<string, number>();
  walk(items, (item) => {
    const name = translationName(item);
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  const used = new Set<string>();
  return mapItems(items, (item) => {
    const name = translationName(item);
    if (name === undefined || counts.get(name) === 1) return item;
    let key = `${String(item.label)} (${destinationOf(item)})`;
    for (let n = 2; used.has(`${item.type}\0${key}`); n += 1) key = `${String(item.label)} (${destinationOf(item)} ${n})`;
    used.add(`${item.type}\0${key}`);
    return { ...item, key };
  });
}

/** The translation name Docusaurus would give the item (kind and label), when the item is translatable and has no key. */
function translationName(item: KeyableItem): string | undefined {
  if (item.key !== undefined || typeof item.label !== 'string') return undefined;
  return ['category', 'doc', 'link', 'ref'].includes(item.type) ? `${item.type}\0${item.label}` : undefined;
}

function destinationOf(item: KeyableItem): string {
  if (typeof item.id === 'string') return item.id;
  if (typeof item.href === 'string') return item.href;
  const link = item.link as { id?: unknown; slug?: unknown } | undefined;
  if (typeof link?.id === 'string') return link.id;
  if (typeof link?.slug === 'string') return link.slug;
  const first = Array.isArray(item.items) ? (item.items as KeyableItem[]).map(destinationOf).find(Boolean) : undefined;
  return first ?? '';
}

function walk(items: readonly KeyableItem[], visit: (item: KeyableItem) => void): void {
  for (const item of items) {
    visit(item);
    if (Array.isArray(item.items)) walk(item.items as KeyableItem[], visit);
  }
}

function mapItems<T extends KeyableItem>(items: readonly T[], change: (item: T) => T): T[] {
  return items.map((item) => {
    const changed = change(item);
    return Array.isArray(changed.items) ? { ...changed, items: mapItems(changed.items as T[], change) } : changed;
  });
}
