import { stripCredentials } from '../../diagnostics/redact.js';
import { computeRoute } from '../../link-index/compute-route.js';
import { parseRepoUrl, webFileUrl } from '../../manifest/repo-url.js';
import { API_VERSION, apiSchemaUrl } from '../api/api-files.js';
import { listValidityTimeline } from './compute-scope-validity.js';
import type { ScopePage, StandardPage, StandardsModel } from './model-types.js';
import type { ApiDocument, ApiRequirement, ApiScope, ApiStandard, ApiUpstream, StandardsApi } from './standards-api-types.js';
import type { StandardDocument } from './types.js';

/**
 * `/api/standards.json` from the model the standards pages are rendered from, so the file and the pages never
 * disagree: every standard and decision record with its versions' states on the model's day, and the
 * certificate scopes with their versions' validity and the standards each version requires.
 */
export function buildStandardsApi(model: StandardsModel): StandardsApi {
  return {
    $schema: apiSchemaUrl('standards'),
    version: API_VERSION,
    statesAsOf: model.today,
    tracks: model.tracks.map((track) => ({ id: track.id, name: track.name, url: pageUrl(track.path) })),
    standards: model.tracks.flatMap((track) => track.standards.map((standard) => buildApiStandard(standard, track.name))),
    scopes: model.tracks.flatMap((track) => track.scopes.map(buildApiScope)),
  };
}

function buildApiStandard(standard: StandardPage, track: string): ApiStandard {
  return {
    id: standard.id,
    title: standard.title,
    type: standard.type ?? null,
    description: standard.description ?? null,
    track,
    url: pageUrl(standard.path),
    versions: standard.versions.map((entry) => ({ ...buildApiDocument(entry.document), state: entry.state.state })),
    supplements: standard.supplements.map((entry) => ({
      ...buildApiDocument(entry.document),
      state: entry.state?.state ?? null,
      appliesTo: entry.appliesTo.map((version) => version.version),
    })),
  };
}

function buildApiDocument(document: StandardDocument): ApiDocument {
  return {
    version: document.version,
    document: document.slug,
    title: document.title,
    status: document.status ?? null,
    stabilizedAt: document.stabilizedAt ?? null,
    deprecatedAt: document.deprecatedAt ?? null,
    url: document.route ?? null,
    upstream: buildApiUpstream(document.provenance),
  };
}

function buildApiUpstream(provenance: StandardDocument['provenance']): ApiUpstream {
  const repo = provenance.repo === undefined ? null : stripCredentials(provenance.repo);
  const commit = provenance.commit ?? null;
  const url = repo !== null && commit !== null ? webFileUrl(parseRepoUrl(repo), 'blob', commit, provenance.file) : undefined;
  return { source: provenance.source, repo, path: provenance.file, commit, url: url ?? null };
}

function buildApiScope(page: ScopePage): ApiScope {
  return {
    id: page.scope.slug,
    name: page.scope.name,
    url: pageUrl(page.path),
    specification: page.specification?.id ?? null,
    versions: page.versions.map((entry) => ({
      version: entry.version,
      stabilizedAt: entry.stabilizedAt ?? null,
      validity: entry.validity.code,
      upcoming: entry.validity.upcoming ? { date: entry.validity.upcoming.date, validity: entry.validity.upcoming.code } : null,
      timeline: listValidityTimeline(page.scope.timeline, entry).map(({ date, code }) => ({ date, validity: code })),
      requires: page.rows.filter((row) => row.includedIn.includes(entry.version)).map(
        (row): ApiRequirement => ({
          module: row.module.id,
          name: row.module.name,
          standard: row.document ? `scs-${row.document.number}` : null,
          version: row.document?.version ?? null,
          url: row.document?.route ?? null,
        }),
      ),
    })),
  };
}

/** The URL of a generated page; its path is the generator's own, so a path without one is a bug. */
function pageUrl(path: string): string {
  const route = computeRoute(path);
  if (route === undefined) throw new Error(`the generated page ${path} has no URL`);
  return route;
}
