import { readFileSync } from 'node:fs';

/**
 * What a focused preview builds (`npm start -- --local ID=PATH`): written by the preview before the dev server
 * starts, read by docusaurus.config.ts through `SCS_PREVIEW_FOCUS` (the file's path).
 */
export interface PreviewFocus {
  /** Globs, relative to the content root, of the pages the dev server builds. */
  pages: string[];
  /** The route of every other page, by its path relative to the content root: links to them go to the published site. */
  elsewhere: Record<string, string>;
}

/** The environment variable that names the focus file; unset for the whole site. */
export const PREVIEW_FOCUS_ENV = 'SCS_PREVIEW_FOCUS';

/** The focus the preview wrote, or undefined when the whole site is built. */
export function readPreviewFocus(env: NodeJS.ProcessEnv): PreviewFocus | undefined {
  const file = env[PREVIEW_FOCUS_ENV];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as PreviewFocus) : undefined;
}
