import { posix } from 'node:path';
import { computeScopeValidity } from './compute-scope-validity.js';
import type { ScopeModuleRow, ScopePage } from './model-types.js';
import { findModuleDocument } from './find-module-document.js';
import type { CertificateScope, ScopeModule, StandardDocument } from './types.js';

/**
 * The page of one certificate scope: each version with its validity on `today`, and which modules (standard
 * versions) each version includes, linked to the documents the modules' URLs name.
 */
export function buildScopePage(
  scope: CertificateScope,
  folder: string,
  documents: readonly StandardDocument[],
  today: string,
): ScopePage {
  const versions = scope.versions.map((spec) => ({
    version: spec.version,
    ...(spec.stabilizedAt !== undefined ? { stabilizedAt: spec.stabilizedAt } : {}),
    validity: computeScopeValidity(scope.timeline, spec, today),
  }));
  return { scope, path: posix.join(folder, `${scopePageName(scope.slug)}.md`), versions, rows: buildModuleRows(scope, documents) };
}

/** Rows in the order of the scope's module list; includes of undeclared modules follow, named by their id. */
function buildModuleRows(scope: CertificateScope, documents: readonly StandardDocument[]): ScopeModuleRow[] {
  const included = new Map<string, string[]>();
  for (const spec of scope.versions) {
    for (const id of new Set(spec.include)) included.set(id, [...(included.get(id) ?? []), spec.version]);
  }
  const declared = scope.modules.filter((module) => included.has(module.id));
  const undeclared = [...included.keys()].filter((id) => !scope.modules.some((module) => module.id === id)).map((id): ScopeModule => ({ id, name: id }));
  return [...declared, ...undeclared].map((module) => {
    const document = findModuleDocument(module.url, documents);
    return { module, ...(document ? { document } : {}), includedIn: included.get(module.id) ?? [] };
  });
}

/** A scope file named like a standard page or a track index gets a suffix, so pages never collide. */
function scopePageName(slug: string): string {
  return /^scs-\d{4}$/.test(slug) || slug === 'index' ? `${slug}-scope` : slug;
}
