import { posix } from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { describeCause } from '../../pipeline/describe-cause.js';
import type { OutputFile } from '../../write/types.js';
import { readIsoDate } from './iso-date.js';
import { locate, readProvenance } from './read-provenance.js';
import type { CertificateScope, ScopeModule, ScopeVersionSpec, TimelineEntry } from './types.js';

export interface ReadScopeResult {
  scope?: CertificateScope;
  diagnostics: Diagnostic[];
}

type Data = Record<string, unknown>;

/**
 * Reads a certificate-scope file (scs-0003: `name`, `modules`, `timeline`, `versions`); the test scripts
 * are of no interest to the pages. Entries without the keys the pages need are left out.
 */
export function readCertificateScope(file: OutputFile): ReadScopeResult {
  const provenance = readProvenance(file);
  let data: unknown;
  try {
    data = parse(file.content.toString('utf8'));
  } catch (error) {
    return { diagnostics: [invalidScopeDiagnostic(`it is not valid YAML (${describeCause(error)})`, provenance)] };
  }
  if (!isData(data) || !Array.isArray(data.versions)) {
    return { diagnostics: [invalidScopeDiagnostic('it has no "versions" list', provenance)] };
  }
  const slug = posix.basename(file.to).replace(/\.ya?ml$/, '');
  const scope: CertificateScope = {
    path: file.to,
    slug,
    name: typeof data.name === 'string' && data.name.trim() !== '' ? data.name.trim() : slug,
    modules: listOf(data.modules).flatMap(readModule),
    timeline: listOf(data.timeline).flatMap(readTimelineEntry),
    versions: listOf(data.versions).flatMap(readVersion),
    provenance,
  };
  return { scope, diagnostics: [] };
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): Data[] {
  return Array.isArray(value) ? value.filter(isData) : [];
}

function readModule(entry: Data): ScopeModule[] {
  if (typeof entry.id !== 'string') return [];
  const name = typeof entry.name === 'string' ? entry.name.trim() : entry.id;
  return [{ id: entry.id, name, ...(typeof entry.url === 'string' ? { url: entry.url } : {}) }];
}

function readTimelineEntry(entry: Data): TimelineEntry[] {
  const date = readIsoDate(entry.date);
  if (!date || !isData(entry.versions)) return [];
  const versions = Object.fromEntries(Object.entries(entry.versions).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  return [{ date, versions }];
}

function readVersion(entry: Data): ScopeVersionSpec[] {
  if (typeof entry.version !== 'string') return [];
  const stabilizedAt = readIsoDate(entry.stabilized_at);
  const include = (Array.isArray(entry.include) ? entry.include : []).flatMap((item: unknown) =>
    typeof item === 'string' ? [item] : isData(item) && typeof item.ref === 'string' ? [item.ref] : [],
  );
  return [{ version: entry.version, ...(stabilizedAt ? { stabilizedAt } : {}), include }];
}

function invalidScopeDiagnostic(reason: string, provenance: CertificateScope['provenance']): Diagnostic {
  return {
    severity: 'warning',
    code: 'standards/invalid-scope',
    message: `the certificate scope cannot be read: ${reason}; the standards pages leave it out`,
    ...locate(provenance),
    hint: 'Check the file against scs-0003 (Sovereign Cloud Standards YAML).',
  };
}
