import { posix } from 'node:path';
import { SECTIONS, findSection } from './sections.js';
import type { ValueProblem } from './value-problem.js';

/** The kinds of path a manifest holds; each is relative to a different root. */
type PathKind = 'glob' | 'base' | 'target' | 'path' | 'config';

const ROOT_OF: Record<PathKind, string> = {
  glob: 'the repository root, e.g. "docs/**/*.md"',
  base: 'the repository root, e.g. base: docs',
  config: 'the repository root, e.g. config: hack/api-docs/mkdocs.yml',
  target: 'the site tree, e.g. target: docs/guides',
  path: 'the project root, e.g. path: docs (for a checkout elsewhere run the sync with --local ID=PATH)',
};

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
const SECTION_LIST = SECTIONS.map((s) => s.id).join(', ');

function createProblem(kind: PathKind, reason: string, hint: string): ValueProblem {
  return { code: kind === 'glob' ? 'manifest/invalid-glob' : `manifest/invalid-${kind}`, reason, hint };
}

/** Rules every manifest path shares: relative, never above its root, never read as an option. */
function checkCommonRules(value: string, kind: PathKind): ValueProblem | undefined {
  return checkShape(value, kind) ?? checkDotDot(value, kind) ?? checkOptionLike(value, kind);
}

function checkShape(value: string, kind: PathKind): ValueProblem | undefined {
  if (value.startsWith('/') || WINDOWS_ABSOLUTE.test(value)) {
    return createProblem(kind, 'is an absolute path', `Write it relative to ${ROOT_OF[kind]}.`);
  }
  if (kind !== 'glob' && value.includes('\\')) {
    return createProblem(kind, 'contains a backslash', `Separate folders with "/": ${JSON.stringify(value.replaceAll('\\', '/'))}.`);
  }
  return undefined;
}

/** Path segments; in a glob, brace and extglob alternatives count as segments too (`{..,docs}/*.md`). */
function splitSegments(value: string, kind: PathKind): string[] {
  return value.split(kind === 'glob' ? /[/{},()|]/ : '/');
}

function checkDotDot(value: string, kind: PathKind): ValueProblem | undefined {
  if (!splitSegments(value, kind).includes('..')) return undefined;
  return createProblem(kind, 'contains a ".." segment, which leads outside its root', `Remove the ".."; write it relative to ${ROOT_OF[kind]}.`);
}

function checkOptionLike(value: string, kind: PathKind): ValueProblem | undefined {
  if (value.startsWith('-')) {
    const escape = kind === 'glob' ? '; a name that really starts with "-" can be matched with "[-]name"' : '';
    return createProblem(kind, 'starts with "-", which git and shell tools read as an option', `Remove the leading "-"${escape}.`);
  }
  return undefined;
}

/** Drops `./` prefixes and trailing slashes: `./docs/` → `docs`. */
export function normalizeRelativePath(value: string): string {
  let result = value;
  while (result.startsWith('./')) result = result.slice(2);
  while (result.length > 1 && result.endsWith('/')) result = result.slice(0, -1);
  return result;
}

/** An include or exclude glob (a leading `!` negates it and is checked without). */
export function checkGlob(glob: string): ValueProblem | undefined {
  return checkCommonRules(normalizeRelativePath(glob.startsWith('!') ? glob.slice(1) : glob), 'glob');
}

export function checkBase(base: string): ValueProblem | undefined {
  return checkCommonRules(normalizeRelativePath(base), 'base');
}

/** The toolchain's config file: a file of the repository. */
export function checkConfigPath(config: string): ValueProblem | undefined {
  return checkCommonRules(normalizeRelativePath(config), 'config');
}

/** A site folder: first segment a section, or `.` (the whole tree) for local sources. */
export function checkTarget(target: string, hasPath: boolean): ValueProblem | undefined {
  const value = normalizeRelativePath(target);
  const common = checkCommonRules(value, 'target');
  if (common) return common;
  if (value === '.') {
    if (hasPath) return undefined;
    return createProblem('target', 'is the whole site tree, which only a source with `path` may fill', `Put fetched sources under a section (${SECTION_LIST}), e.g. target: docs/guides.`);
  }
  if (value.split('/').some((segment) => segment === '' || segment === '.')) {
    return createProblem('target', 'contains an empty or "." folder name', 'Write plain folder names separated by single "/", e.g. target: docs/guides.');
  }
  if (!findSection(value)) {
    return createProblem('target', `does not start with a site section`, `Start the target with one of: ${SECTION_LIST} (e.g. ${SECTIONS[0]!.id}/${value}).`);
  }
  return undefined;
}

/** A working tree named in repos.yaml: relative and inside the project. */
export function checkLocalPath(path: string): ValueProblem | undefined {
  const shape = checkShape(path, 'path');
  if (shape) return shape;
  if (posix.normalize(path).split('/')[0] === '..') {
    return createProblem('path', 'points outside the project', 'Keep the folder inside the project (e.g. path: vendor/standards); to read a checkout elsewhere, run the sync with --local ID=PATH instead.');
  }
  return undefined;
}
