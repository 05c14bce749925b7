import { posix } from 'node:path';
import { findConfigUpwards } from '../shared/find-config.js';
import type { Toolchain } from '../types.js';
import { prepareMkdocs } from './prepare-site.js';

const CONFIG_NAMES = ['mkdocs.yml', 'mkdocs.yaml'];
const CONFIG_FILE = /^mkdocs\.ya?ml$/;

/** MkDocs (with mkdocs-material, pymdown-extensions, the macros and awesome-pages plugins). */
export const mkdocs: Toolchain = {
  name: 'mkdocs',
  configFile: CONFIG_FILE,
  detect: detectMkdocs,
  prepare: prepareMkdocs,
};

/**
 * The mkdocs.yml in the entry's base or a folder above it; else one elsewhere whose default docs_dir (`docs`
 * next to it) holds the base; else the repository's only mkdocs.yml outside the base (its docs_dir may point
 * anywhere, e.g. `../../docs`: the reader checks it and reports when it does not cover the base).
 */
function detectMkdocs(paths: ReadonlySet<string>, base: string): string | undefined {
  const above = findConfigUpwards(paths, base, CONFIG_NAMES);
  if (above) return above;
  const configs = [...paths].filter((path) => CONFIG_FILE.test(posix.basename(path))).sort();
  const byDefault = configs.find((config) => {
    const docs = posix.join(posix.dirname(config), 'docs');
    return base === docs || base.startsWith(`${docs}/`);
  });
  if (byDefault) return byDefault;
  const outside = configs.filter((config) => base === '' || !config.startsWith(`${base}/`));
  return outside.length === 1 ? outside[0] : undefined;
}
