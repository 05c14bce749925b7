/** The parts of a docs plugin's loaded content the twins read (a structural subset of Docusaurus' types). */
export interface LoadedDoc {
  id: string;
  title: string;
  description: string;
  /** The markdown file, with the `@site` alias. */
  source: string;
  permalink: string;
  unlisted: boolean;
  frontMatter: Record<string, unknown>;
}

export interface LoadedSidebarItem {
  type: string;
  id?: string;
  items?: LoadedSidebarItem[];
  link?: { type: string; id?: string };
}

export interface LoadedDocsContent {
  /** `contentPath`: the folder the instance reads. */
  loadedVersions: { contentPath: string; docs: LoadedDoc[]; sidebars: Record<string, LoadedSidebarItem[]> }[];
}

/**
 * A section's docs in the order a reader meets them in its sidebar (a category's own page before its items),
 * then the docs no sidebar shows, in the plugin's order. Unlisted docs are left out: the site hides them too.
 */
export function orderSectionDocs(content: LoadedDocsContent): LoadedDoc[] {
  const docs = content.loadedVersions.flatMap((version) => version.docs).filter((doc) => !doc.unlisted);
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const ordered = new Set<LoadedDoc>();
  const visit = (items: LoadedSidebarItem[]) => {
    for (const item of items) {
      const id = item.type === 'category' ? (item.link?.type === 'doc' ? item.link.id : undefined) : item.type === 'doc' || item.type === 'ref' ? item.id : undefined;
      const doc = id === undefined ? undefined : byId.get(id);
      if (doc) ordered.add(doc);
      if (item.items) visit(item.items);
    }
  };
  for (const version of content.loadedVersions) for (const sidebar of Object.values(version.sidebars)) visit(sidebar);
  for (const doc of docs) ordered.add(doc);
  return [...ordered];
}
