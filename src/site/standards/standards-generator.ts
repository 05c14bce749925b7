import { posix, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { GeneratorInput, GeneratorOutput, SiteGenerator } from '../../pipeline/types.js';
import type { OutputFile } from '../../write/types.js';
import { apiDataFile } from '../api/api-files.js';
import { serializeApiJson } from '../api/serialize-api-json.js';
import { buildStandardsApi } from './build-standards-api.js';
import { buildStandardsModel, STANDARDS_FOLDER } from './build-standards-model.js';
import { listScopeProblems } from './list-scope-problems.js';
import { readCertificateScope } from './read-certificate-scope.js';
import { readStandardDocument } from './read-standard-document.js';
import { relocateGeneratedPages } from './relocate-generated-pages.js';
import { renderGeneratedPages, renderSidebarFile, renderStandardsPages, type RenderedFile } from './render-standards-pages.js';
import { STANDARDS_TEXT } from './standards-text.js';
import { localizedSectionDir } from '../../manifest/sections.js';
import type { CertificateScope, StandardDocument } from './types.js';
import type { StandardsModel } from './model-types.js';

/** Source ids of repos.yaml the standards pages are made from. */
export const STANDARDS_SOURCE = 'standards';
export const CERTIFICATION_SOURCE = 'standards-certification';

/**
 * The generated standards pages: overview, tracks, standards, certificate scopes and the sidebar data, and the
 * same model as data for programs (`api/standards.json`, which the build serves at /api/standards.json), from the
 * documents of the `standards` source and the scope files of `standards-certification`.
 */
export const standardsGenerator: SiteGenerator = {
  name: 'standards-pages',
  inputs: [STANDARDS_SOURCE, CERTIFICATION_SOURCE],
  generate: generateStandardsPages,
};

export function generateStandardsPages({ files, now }: GeneratorInput): GeneratorOutput {
  const diagnostics: Diagnostic[] = [];
  const documents: StandardDocument[] = [];
  const scopes: CertificateScope[] = [];
  for (const file of files) {
    if (file.source === STANDARDS_SOURCE && isMarkdown(file)) {
      const result = readStandardDocument(file);
      if (result.document) documents.push(result.document);
      diagnostics.push(...result.diagnostics);
    } else if (file.source === CERTIFICATION_SOURCE && isYaml(file)) {
      const result = readCertificateScope(file);
      if (result.scope) scopes.push(result.scope);
      diagnostics.push(...result.diagnostics);
    }
  }
  if (documents.length === 0 && scopes.length === 0) return { files: [], diagnostics };
  const rendered = renderFromDocuments(documents, scopes, now);
  return { files: rendered.files, diagnostics: [...diagnostics, ...rendered.diagnostics] };
}

/** The last rendering and what it was made from: the preview runs the generator on every save of a standard. */
let lastRendering: { key: string; output: GeneratorOutput } | undefined;

/**
 * The pages, sidebars and API data of the documents and scopes. Most saves in the preview change a standard's
 * text, not what the pages are made from (front matter, titles, scopes, the day), so the last rendering is reused
 * when those are as before (rendering every table again took most of a preview update).
 */
function renderFromDocuments(documents: readonly StandardDocument[], scopes: readonly CertificateScope[], now: Date): GeneratorOutput {
  const key = JSON.stringify([documents, scopes, now.toISOString().slice(0, 10)]);
  if (lastRendering?.key === key) return lastRendering.output;
  const model = buildStandardsModel([...documents], [...scopes], now, STANDARDS_FOLDER);
  const api = { to: apiDataFile('standards'), text: serializeApiJson(buildStandardsApi(model)) };
  const rendered = [...renderStandardsPages(model, STANDARDS_FOLDER), ...renderGermanPages(model), api];
  const output = { files: rendered.map((file) => ({ to: file.to, content: Buffer.from(file.text, 'utf8') })), diagnostics: listScopeProblems(model) };
  lastRendering = { key, output };
  return output;
}

/**
 * The same pages in German, in the standards section's German tree (the documents themselves stay English-only,
 * so the German site shows them with its notice). The German sidebar data goes there too: sidebars.ts reads the
 * one of the locale being built.
 */
function renderGermanPages(model: StandardsModel): RenderedFile[] {
  const germanFolder = localizedSectionDir('', 'de', STANDARDS_FOLDER).split(sep).join('/');
  const toGerman = (path: string) => posix.join(germanFolder, posix.relative(STANDARDS_FOLDER, path));
  return [
    ...renderGeneratedPages(relocateGeneratedPages(model, toGerman), STANDARDS_TEXT.de),
    renderSidebarFile(model, STANDARDS_FOLDER, germanFolder, STANDARDS_TEXT.de),
  ];
}

function isMarkdown(file: OutputFile): boolean {
  return posix.extname(file.to) === '.md';
}

function isYaml(file: OutputFile): boolean {
  return ['.yaml', '.yml'].includes(posix.extname(file.to));
}
