import type { ReactNode } from 'react';
import { PageMetadata } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { HEAD_TITLE_KEY } from '../../../page-titles/head-title-key.js';

/**
 * The doc's head metadata as Docusaurus sets it, except the title: a page whose title another page has too
 * carries a unique one in `head_title` (set by the sync, see src/page-titles), for the browser tab, search
 * engines and link previews; `title` stays the page's heading and sidebar label.
 */
export default function DocItemMetadata(): ReactNode {
  const { metadata, frontMatter, assets } = useDoc();
  const headTitle = (frontMatter as Record<string, unknown>)[HEAD_TITLE_KEY];
  return (
    <PageMetadata
      title={typeof headTitle === 'string' ? headTitle : metadata.title}
      description={metadata.description}
      keywords={frontMatter.keywords}
      image={assets.image ?? frontMatter.image}
    />
  );
}
