import type { FilterImplOptions } from 'liquidjs';
import type { LiquidState } from './liquid-state.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The filters Jekyll adds to Liquid that liquidjs does not have (liquidjs already has `where`, `sort`,
 * `jsonify`, `slugify`, `group_by`, the `date_to_*` family and the rest). Markdown needs no converting here:
 * the page is markdown, so `markdownify` keeps its input.
 */
export function jekyllFilters(state: LiquidState): Record<string, FilterImplOptions> {
  const relativeUrl = (input: unknown): string => {
    const url = input === undefined || input === null ? '' : String(input);
    if (SCHEME.test(url) || url.startsWith('//')) return url;
    return `${state.site.baseurl}/${url.replace(/^\/+/, '')}`;
  };
  const unchanged = (input: unknown) => input;
  return {
    relative_url: relativeUrl,
    absolute_url: (input: unknown) => {
      const url = relativeUrl(input);
      return SCHEME.test(url) || url.startsWith('//') ? url : state.site.url + url;
    },
    markdownify: unchanged,
    smartify: unchanged,
  };
}

/** A filter the reader does not know (a plugin's): the value passes unchanged, and it is reported. */
export function unknownFilter(state: LiquidState, name: string): FilterImplOptions {
  return (input: unknown) => {
    state.report(`| ${name}`, `the Liquid filter ${name} comes from a Jekyll plugin this site cannot run: its input is shown unfiltered`);
    return input;
  };
}
