import { unchanged } from '../shared/doc-editor.js';
import type { Toolchain } from '../types.js';

/** GitHub-flavoured Markdown: what the site reads natively (GitHub alerts are converted by the transform). */
export const gfm: Toolchain = {
  name: 'gfm',
  configFile: /^$/,
  detect: () => '',
  prepare: async () => ({
    fingerprint: 'gfm',
    isPage: () => true,
    convert: async (doc) => unchanged(doc),
    problems: [],
  }),
};
