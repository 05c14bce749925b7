/**
 * Built page HTML → DocSearch records (pure: no I/O). Reads the same doc content the local search indexes
 * (`data-pagefind-body`), the section and source repo the theme attached, and the page's language and
 * Docusaurus tag from its meta tags.
 */
import { readBuiltPage, type BuiltPage } from '../html/read-built-page.js';
import type { ContentBlock } from '../html/list-content-blocks.js';
import {
  DEFAULT_DOCUSAURUS_TAG,
  DEFAULT_LVL0,
  HIERARCHY_LEVELS,
  truncateContent,
  weighLevel,
  type DocSearchRecord,
  type Hierarchy,
} from './docsearch-record.js';

interface Cursor {
  hierarchy: Hierarchy;
  anchor: string | null;
}

function createCursor(page: BuiltPage): Cursor {
  const hierarchy = Object.fromEntries(HIERARCHY_LEVELS.map((level) => [level, null])) as Hierarchy;
  hierarchy.lvl0 = page.section ?? DEFAULT_LVL0;
  return { hierarchy, anchor: null };
}

/** Moves the cursor to a heading: it replaces its level and clears the levels below it. */
function enterHeading(cursor: Cursor, block: Extract<ContentBlock, { kind: 'heading' }>): Cursor {
  const hierarchy = { ...cursor.hierarchy };
  HIERARCHY_LEVELS.forEach((level, index) => {
    if (index === block.level) hierarchy[level] = block.text;
    else if (index > block.level) hierarchy[level] = null;
  });
  return { hierarchy, anchor: block.anchor ?? (block.level === 1 ? null : cursor.anchor) };
}

function createRecord(page: BuiltPage, cursor: Cursor, type: DocSearchRecord['type'], content: string | null, position: number): DocSearchRecord {
  return {
    objectID: `${page.url}#${position}`,
    type,
    hierarchy: cursor.hierarchy,
    content,
    url: cursor.anchor ? `${page.url}#${cursor.anchor}` : page.url,
    url_without_anchor: page.url,
    anchor: cursor.anchor,
    language: page.language,
    docusaurus_tag: page.docusaurusTag ?? DEFAULT_DOCUSAURUS_TAG,
    source: page.source ?? null,
    weight: { pageRank: 0, level: weighLevel(type), position },
  };
}

/** The records of one read page, in document order. */
export function buildPageRecords(page: BuiltPage): DocSearchRecord[] {
  let cursor = createCursor(page);
  return page.blocks.map((block, position) => {
    if (block.kind === 'text') return createRecord(page, cursor, 'content', truncateContent(block.text), position);
    cursor = enterHeading(cursor, block);
    return createRecord(page, cursor, HIERARCHY_LEVELS[block.level]!, null, position);
  });
}

/** The records of one built page; none for pages without doc content (home page, 404, sources). */
export function buildDocSearchRecords(html: string, fallbackUrl: string): DocSearchRecord[] {
  const page = readBuiltPage(html, fallbackUrl);
  return page ? buildPageRecords(page) : [];
}
