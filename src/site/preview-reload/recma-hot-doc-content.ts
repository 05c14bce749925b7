import type { CallExpression, ExportDefaultDeclaration, FunctionDeclaration, ImportDeclaration, MemberExpression, Program } from 'estree';

/** The browser side (see live-doc-content.ts), by the site alias: every page module imports it from there. */
const LIVE_DOC_CONTENT_MODULE = '@site/src/site/preview-reload/live-doc-content';
const LOCAL_NAME = '_scsLiveDocContent';

/**
 * MDX's JS phase, for `docusaurus start` while the preview follows working trees: a page module accepts its own
 * hot updates, so a saved page re-renders its content in place instead of making Docusaurus render the whole app
 * again (its client entry is the only module that accepts updates, which remounts every route: ~0.35 s in the
 * browser per save, then every visible link prefetched anew). The page's component becomes
 * `liveDocContent(MDXContent, import.meta.webpackHot, __webpack_module__)`; see live-doc-content.ts for when an
 * update is passed on to Docusaurus after all (the title, table of contents or metadata changed).
 */
export default function recmaHotDocContent() {
  return (tree: Program): void => {
    const index = tree.body.findIndex(isDefaultFunctionExport);
    if (index < 0) return;
    const content = (tree.body[index] as ExportDefaultDeclaration).declaration as FunctionDeclaration & { id: { name: string } };
    tree.body.splice(index, 1, content, exportLiveContent(content.id.name));
    tree.body.unshift(importLiveContent());
  };
}

function isDefaultFunctionExport(node: Program['body'][number]): boolean {
  return node.type === 'ExportDefaultDeclaration' && node.declaration.type === 'FunctionDeclaration' && node.declaration.id !== null;
}

function importLiveContent(): ImportDeclaration {
  return {
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportSpecifier', imported: { type: 'Identifier', name: 'liveDocContent' }, local: { type: 'Identifier', name: LOCAL_NAME } }],
    source: { type: 'Literal', value: LIVE_DOC_CONTENT_MODULE },
    attributes: [],
  };
}

/** `export default _scsLiveDocContent(<name>, import.meta.webpackHot, __webpack_module__)` */
function exportLiveContent(name: string): ExportDefaultDeclaration {
  const hot: MemberExpression = {
    type: 'MemberExpression',
    object: { type: 'MetaProperty', meta: { type: 'Identifier', name: 'import' }, property: { type: 'Identifier', name: 'meta' } },
    property: { type: 'Identifier', name: 'webpackHot' },
    computed: false,
    optional: false,
  };
  const call: CallExpression = {
    type: 'CallExpression',
    callee: { type: 'Identifier', name: LOCAL_NAME },
    arguments: [{ type: 'Identifier', name }, hot, { type: 'Identifier', name: '__webpack_module__' }],
    optional: false,
  };
  return { type: 'ExportDefaultDeclaration', declaration: call };
}
