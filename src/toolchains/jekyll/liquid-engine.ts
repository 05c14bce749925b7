import { posix } from 'node:path';
import { Liquid, type FS, type Template } from 'liquidjs';
import { jekyllFilters, unknownFilter } from './jekyll-filters.js';
import { jekyllTags, removedTag } from './jekyll-tags.js';
import type { LiquidState } from './liquid-state.js';

/** Upstream templates are untrusted: liquidjs never runs code, and these bound the work one page can cause. */
export const LIQUID_LIMITS = { parseLimit: 5_000_000, renderLimit: 2_000, memoryLimit: 50_000_000, templateLimit: 200_000 } as const;

/**
 * A Liquid engine as Jekyll configures it (Jekyll-style include parameters and `where`, literal include
 * names, own properties only) that reads includes from the snapshot only, through `state`.
 */
export function createLiquid(state: LiquidState): Liquid {
  const fs: FS = {
    exists: async (path) => state.exists(path),
    existsSync: (path) => state.exists(path),
    readFile: async (path) => {
      const text = await state.read(path);
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    readFileSync: () => {
      throw new Error('templates are rendered asynchronously');
    },
    resolve: (dir, file, extension) => posix.join(dir, file) + (extension && posix.extname(file) === '' ? extension : ''),
    contains: async (root, file) => file.startsWith(`${root}/`),
    containsSync: (root, file) => file.startsWith(`${root}/`),
    dirname: (file) => posix.dirname(file),
    sep: '/',
  };
  const timezone = state.site.config.timezone;
  const liquid = new Liquid({
    fs,
    root: [state.site.includesDir],
    relativeReference: false,
    jekyllInclude: true,
    jekyllWhere: true,
    dynamicPartials: false,
    strictFilters: true,
    ownPropertyOnly: true,
    parseLimit: LIQUID_LIMITS.parseLimit,
    ...(typeof timezone === 'string' ? { timezoneOffset: timezone } : {}),
  });
  for (const [name, tag] of Object.entries(jekyllTags(state))) liquid.registerTag(name, tag);
  // jekyll-include-cache's tag (used by many themes) renders what `include` renders
  liquid.registerTag('include_cached', liquid.tags.include!);
  for (const [name, filter] of Object.entries(jekyllFilters(state))) liquid.registerFilter(name, filter);
  return liquid;
}

/**
 * Parses a page's Liquid. Tags and filters Jekyll plugins add are not known in advance: each one met is
 * registered as removed (tags) or passing its input (filters), both reported when rendered, and parsing
 * starts again. Another error is the page's parse error.
 */
export function parseLiquid(liquid: Liquid, state: LiquidState, text: string): { templates: Template[] } | { error: unknown } {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      return { templates: liquid.parse(text, state.page.path) };
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const tag = /^tag "([^"]+)" not found/.exec(message)?.[1];
      const filter = /^undefined filter: ([\w-]+)/.exec(message)?.[1];
      if (tag !== undefined) liquid.registerTag(tag, removedTag(state));
      else if (filter !== undefined) liquid.registerFilter(filter, unknownFilter(state, filter));
      else return { error };
    }
  }
  return { error: new Error('too many unknown tags and filters') };
}
