/**
 * Browser side of recma-hot-doc-content.ts: the component a page module exports while the preview follows working
 * trees. It renders the page's newest MDX content and, when the page module is replaced by a hot update whose
 * other exports (front matter, title, table of contents, metadata, assets) are what they were, switches to the new
 * content in place: only the page's content renders again. Otherwise the update goes on to Docusaurus, which
 * renders the whole app again and so shows the new title, table of contents and dates.
 */
import { createElement, useEffect, useReducer, type ComponentType } from 'react';

type Content = ComponentType<Record<string, unknown>>;

/** What one version of a page module hands to the next. */
interface HotData {
  live?: LiveContent;
  exports?: string;
}

/** The part of the bundler's hot module API that is used (`import.meta.webpackHot`). */
interface HotModule {
  data?: HotData;
  accept(): void;
  dispose(handler: (data: HotData) => void): void;
  invalidate(): void;
}

/** One page's component, the same across versions of its module, and what it renders now. */
interface LiveContent {
  Component: Content;
  current: Content;
  renders: Set<() => void>;
}

export function liveDocContent(content: Content, hot: HotModule | undefined, pageModule: { exports: Record<string, unknown> }): Content {
  if (!hot) return content;
  const exports = describeOtherExports(pageModule.exports);
  const previous = hot.data?.live;
  const sameExports = previous !== undefined && hot.data?.exports === exports;
  const live = sameExports ? previous : createLiveContent(content);
  live.current = content;
  hot.dispose((data) => {
    data.live = live;
    data.exports = exports;
  });
  hot.accept();
  if (sameExports) for (const render of live.renders) render();
  else if (previous) hot.invalidate(); // the title, toc or metadata changed: Docusaurus renders them anew
  return live.Component;
}

function createLiveContent(content: Content): LiveContent {
  const live: LiveContent = { current: content, renders: new Set(), Component: () => null };
  live.Component = function LiveDocContent(props) {
    const [, render] = useReducer((count: number) => count + 1, 0);
    useEffect(() => {
      live.renders.add(render);
      return () => void live.renders.delete(render);
    }, []);
    return createElement(live.current, props);
  };
  return live;
}

/** The module's exports other than the component, as text (the component's own export is not set yet). */
function describeOtherExports(exports: Record<string, unknown>): string {
  const names = Object.keys(exports).filter((name) => name !== 'default').sort();
  return JSON.stringify(names.map((name) => [name, exports[name]]));
}
