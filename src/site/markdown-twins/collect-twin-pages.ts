import { basename, dirname, resolve } from 'node:path';
import type { Section } from '../../manifest/sections.js';
import { orderSectionDocs, type LoadedDoc, type LoadedDocsContent } from './order-section-docs.js';
import type { TwinPage } from './twin-types.js';

export interface TwinSection {
  label: string;
  pages: TwinPage[];
}

export interface CollectedPages {
  sections: TwinSection[];
  /** The folder the docs sections are read from (the synced tree). */
  contentDir: string;
  /** Markdown file (absolute) → URL path of its page, for every doc, listed or not. */
  permalinks: Map<string, string>;
}

/**
 * The doc pages of every docs plugin instance, one group per site section in the site's section order, each in
 * sidebar order. A section is recognised by its content folder (`content/<section id>`).
 */
export function collectTwinPages(docsContent: Record<string, LoadedDocsContent | undefined>, siteDir: string, sections: readonly Section[]): CollectedPages {
  const instances = Object.values(docsContent).filter((content): content is LoadedDocsContent => content !== undefined);
  const permalinks = new Map<string, string>();
  let contentDir = resolve(siteDir, 'content');
  const grouped = sections.flatMap((section): TwinSection[] => {
    const content = instances.find((instance) => instance.loadedVersions.some((version) => basename(version.contentPath) === section.id));
    if (!content) return [];
    contentDir = dirname(content.loadedVersions[0]!.contentPath);
    for (const doc of content.loadedVersions.flatMap((version) => version.docs)) permalinks.set(toFile(doc, siteDir), doc.permalink);
    return [{ label: section.label, pages: orderSectionDocs(content).map((doc) => toTwinPage(doc, siteDir)) }];
  });
  return { sections: grouped, contentDir, permalinks };
}

function toTwinPage(doc: LoadedDoc, siteDir: string): TwinPage {
  return { permalink: doc.permalink, title: doc.title, description: doc.description, file: toFile(doc, siteDir), frontMatter: doc.frontMatter };
}

/** `@site/content/docs/a.md` → the absolute path (a tree outside the site folder reads `@site/../…`). */
function toFile(doc: LoadedDoc, siteDir: string): string {
  return resolve(siteDir, doc.source.replace(/^@site\//, ''));
}
