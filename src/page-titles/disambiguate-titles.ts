/** What a page belongs to, to tell it from pages of the same title: its version, or a part of the site. */
export type Qualifier = { version: string } | { partOf: string };

export interface TitledPage {
  /** The page's path in the site tree (unique). */
  to: string;
  title: string;
  /** Qualifiers to try, nearest first (the page's version, its folder's label, the folder above, …). */
  qualifiers: readonly Qualifier[];
}

/** `Overview · Status Page`, `SCS Flavor Naming Standard v3`. */
export function qualifyTitle(title: string, qualifier: Qualifier): string {
  return 'version' in qualifier ? `${title} ${qualifier.version}` : `${title} · ${qualifier.partOf}`;
}

/** Titles count as one when they differ only in case or spacing (a reader could not tell them apart). */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A title for every page that no other page has: a page whose title is unique keeps it; pages sharing one get
 * it qualified by what they belong to, the nearest qualifier that tells each apart from the others and from
 * every title already taken; a page whose qualifiers all fail gets its site path. Pure and deterministic (the
 * order of `pages` does not matter).
 */
export function disambiguateTitles(pages: readonly TitledPage[]): Map<string, string> {
  const sorted = [...pages].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const groups = new Map<string, TitledPage[]>();
  for (const page of sorted) {
    const key = titleKey(page.title);
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const titles = new Map<string, string>();
  const taken = new Set<string>();
  for (const [key, group] of groups) {
    if (group.length > 1) continue;
    titles.set(group[0]!.to, group[0]!.title);
    taken.add(key);
  }
  const shared = [...groups.entries()].filter(([, group]) => group.length > 1).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, group] of shared) {
    for (const [to, title] of qualifyGroup(group, taken)) titles.set(to, title);
  }
  return titles;
}

/** Qualifies the pages of one shared title, level by level; what a level tells apart is settled. */
function qualifyGroup(group: readonly TitledPage[], taken: Set<string>): Map<string, string> {
  const titles = new Map<string, string>();
  let open = [...group];
  const depth = Math.max(...group.map((page) => page.qualifiers.length));
  for (let level = 0; level < depth && open.length > 0; level += 1) {
    const candidates = open.map((page) => ({ page, title: candidateAt(page, level) }));
    const counts = new Map<string, number>();
    for (const { title } of candidates) if (title !== undefined) counts.set(titleKey(title), (counts.get(titleKey(title)) ?? 0) + 1);
    const settled = candidates.filter(({ title }) => title !== undefined && counts.get(titleKey(title)) === 1 && !taken.has(titleKey(title)));
    for (const { page, title } of settled) {
      titles.set(page.to, title!);
      taken.add(titleKey(title!));
    }
    open = open.filter((page) => !titles.has(page.to));
  }
  for (const page of open) {
    let title = qualifyTitle(page.title, { partOf: page.to });
    for (let n = 2; taken.has(titleKey(title)); n += 1) title = qualifyTitle(page.title, { partOf: `${page.to} (${n})` });
    titles.set(page.to, title);
    taken.add(titleKey(title));
  }
  return titles;
}

/** The title qualified by the page's qualifier at `level`; none when it has no such qualifier or it adds nothing. */
function candidateAt(page: TitledPage, level: number): string | undefined {
  const qualifier = page.qualifiers[level];
  if (!qualifier) return undefined;
  const text = 'version' in qualifier ? qualifier.version : qualifier.partOf;
  // a folder named like the page (`getting-started` for "Getting started") tells nothing
  if (text.trim() === '' || titleKey(text.replace(/[-_]+/g, ' ')) === titleKey(page.title)) return undefined;
  return qualifyTitle(page.title, qualifier);
}
