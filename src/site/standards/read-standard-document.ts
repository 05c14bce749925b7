import { posix } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { computeRoute, readRouteFrontMatter } from '../../link-index/compute-route.js';
import { readFrontMatter, type FrontMatterData } from '../../markdown/read-front-matter.js';
import type { OutputFile } from '../../write/types.js';
import { readIsoDate } from './iso-date.js';
import { isTemplate, parseDocumentName } from './parse-document-name.js';
import { locate, readProvenance } from './read-provenance.js';
import type { StandardDocument } from './types.js';

export interface ReadDocumentResult {
  document?: StandardDocument;
  diagnostics: Diagnostic[];
}

/**
 * Reads one synced standards document: its name parts and the front matter keys the standards repo uses
 * (`title`, `type`, `status`, `track`, `description`, `stabilized_at`, `deprecated_at`, `supplements`).
 * Files outside the naming scheme, or whose front matter the transform already reported as broken, are skipped.
 */
export function readStandardDocument(file: OutputFile): ReadDocumentResult {
  const name = parseDocumentName(posix.basename(file.to));
  if (!name) return { diagnostics: [] };
  const frontMatter = readFrontMatter(file.content.toString('utf8'));
  if (frontMatter.kind === 'invalid') return { diagnostics: [] };
  const data = frontMatter.kind === 'ok' ? frontMatter.data : {};
  const provenance = readProvenance(file, data);
  const diagnostics: Diagnostic[] = [];
  const date = (key: string): string | undefined => {
    const value = readIsoDate(data[key]);
    if (value !== null) return value;
    diagnostics.push(invalidDateDiagnostic(key, data[key], provenance));
    return undefined;
  };
  const document: StandardDocument = {
    path: file.to,
    ...name,
    ...optional('route', computeRoute(file.to, readRouteFrontMatter(data))),
    title: readText(data.title) ?? name.slug,
    ...optional('type', readText(data.type)),
    ...optional('status', readText(data.status)),
    ...optional('track', readText(data.track)),
    ...optional('description', readText(data.description)),
    ...optional('stabilizedAt', date('stabilized_at')),
    ...optional('deprecatedAt', date('deprecated_at')),
    supplements: readList(data.supplements),
    ...optional('lastUpdate', readLastUpdate(data)),
    provenance,
  };
  if (document.track === undefined && !isTemplate(name)) diagnostics.push(missingTrackDiagnostic(provenance));
  return { document, diagnostics };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function readList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(readText).filter((item): item is string => item !== undefined);
}

function readLastUpdate(data: FrontMatterData): string | undefined {
  const lastUpdate = data.last_update;
  if (typeof lastUpdate !== 'object' || lastUpdate === null) return undefined;
  const date = (lastUpdate as Record<string, unknown>).date;
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  const text = readText(date);
  return text !== undefined && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

function invalidDateDiagnostic(key: string, value: unknown, provenance: StandardDocument['provenance']): Diagnostic {
  return {
    severity: 'warning',
    code: 'standards/invalid-date',
    message: `front matter "${key}" is not a date (${JSON.stringify(value)}); the standards pages ignore it`,
    ...locate(provenance),
    hint: `Write the date as YYYY-MM-DD, e.g. ${key}: 2024-02-28.`,
  };
}

function missingTrackDiagnostic(provenance: StandardDocument['provenance']): Diagnostic {
  return {
    severity: 'warning',
    code: 'standards/missing-track',
    message: 'the document has no "track" in its front matter, so no track page lists it',
    ...locate(provenance),
    hint: 'Add e.g. `track: IaaS` (Global, IaaS, KaaS, IAM, Ops or Scopes) to the front matter.',
  };
}
