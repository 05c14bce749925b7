import { basename } from 'node:path';
import type { SourceSpec } from '../manifest/types.js';
import { docusaurus } from './docusaurus/index.js';
import { gfm } from './gfm/index.js';
import { hugo } from './hugo/index.js';
import { jekyll } from './jekyll/index.js';
import { mdbook } from './mdbook/index.js';
import { mkdocs } from './mkdocs/index.js';
import type { Toolchain, ToolchainName } from './types.js';

export type { Conversion, NavItem, NavTree, SourceSnapshot, Toolchain, ToolchainInput, ToolchainName, ToolchainProblem, ToolchainReader } from './types.js';
export { TOOLCHAIN_NAMES } from './types.js';

/** Every toolchain, in the order detection tries them; gfm (anything) last. */
export const TOOLCHAINS: readonly Toolchain[] = [mkdocs, mdbook, docusaurus, hugo, jekyll, gfm];

export interface ChosenToolchain {
  toolchain: Toolchain;
  /** The config file the toolchain reads (snapshot path), if any. */
  config?: string;
  /** `format` in repos.yaml, or detected. */
  detected: boolean;
}

/**
 * The entry's toolchain: `format` when repos.yaml sets it; else the one whose config file `config` names; else
 * the first whose config lies in `base` or above (see each toolchain's `detect`), gfm when none does.
 */
export function chooseToolchain(spec: Pick<SourceSpec, 'format' | 'config' | 'base'>, paths: ReadonlySet<string>): ChosenToolchain {
  const named = spec.format ? TOOLCHAINS.find((t) => t.name === spec.format) : spec.config ? TOOLCHAINS.find((t) => t.configFile.test(basename(spec.config!))) : undefined;
  if (named) {
    const config = spec.config ?? named.detect(paths, spec.base);
    return { toolchain: named, ...(config ? { config } : {}), detected: spec.format === undefined };
  }
  for (const toolchain of TOOLCHAINS) {
    const config = toolchain.detect(paths, spec.base);
    if (config !== undefined) return { toolchain, ...(config ? { config } : {}), detected: true };
  }
  return { toolchain: gfm, detected: true };
}

export function toolchainNamed(name: ToolchainName): Toolchain | undefined {
  return TOOLCHAINS.find((t) => t.name === name);
}
