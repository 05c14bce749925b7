import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useActivePlugin, useDoc, useSidebarBreadcrumbs } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import EnglishOnlyNotice from '../../../components/english-only-notice.js';
import { translateSectionLabel } from '../../../components/section-label.js';
import MarkdownTwinActions from '../../../components/markdown-twin-actions.js';
import { docLanguage } from '../../../site/i18n/page-language.js';
import { describeSearchPage } from '../../../site/search/describe-search-page.js';
import {
  createFactAttributes,
  SEARCH_BODY_ATTRIBUTE,
  SEARCH_CONTEXT_ATTRIBUTE,
  SEARCH_FACT_KEYS,
  SEARCH_LANGUAGE_FILTER,
} from '../../../site/search/search-attributes.js';

type Props = WrapperProps<typeof ContentType>;

/** The labels of the sidebar categories above the current doc (not the doc itself). */
function useCategoryLabels(): string[] {
  const breadcrumbs = useSidebarBreadcrumbs() ?? [];
  return breadcrumbs.filter((item) => item.type === 'category').map((item) => item.label);
}

/**
 * The doc content, marked for the search indexers: only this part of the page is indexed, with the
 * section, sidebar path and upstream repo as facts of each result (see src/site/search). The sidebar
 * path is also indexed as (hidden) page text: readers search for "status page api configuration",
 * and a page titled "Configuration" says "status page API" only in its sidebar path. Above it (not indexed):
 * the page as Markdown (copy, view). A page of another locale that has no translation shows the English original
 * with a notice, marked `lang="en"`; its language is also a search filter, so that locale's pages rank first.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const pluginId = useActivePlugin()?.pluginId;
  const facts = describeSearchPage(pluginId, frontMatter as Record<string, unknown>, useCategoryLabels(), translateSectionLabel);
  const { currentLocale, defaultLocale } = useDocusaurusContext().i18n;
  const language = docLanguage(metadata.source, currentLocale, defaultLocale);
  const untranslated = language !== currentLocale;
  return (
    <>
      {untranslated && <EnglishOnlyNotice />}
      <MarkdownTwinActions permalink={metadata.permalink} />
      <div {...{ [SEARCH_BODY_ATTRIBUTE]: '' }} lang={untranslated ? language : undefined}>
        <span hidden data-pagefind-filter={`${SEARCH_LANGUAGE_FILTER}:${language}`} />
        {SEARCH_FACT_KEYS.map((key) => {
          const value = facts[key];
          return value ? <span key={key} hidden {...createFactAttributes(key, value)} /> : null;
        })}
        {facts.breadcrumb && (
          <span hidden {...{ [SEARCH_CONTEXT_ATTRIBUTE]: '' }}>
            {facts.breadcrumb}.
          </span>
        )}
        <Content {...props} />
      </div>
    </>
  );
}
