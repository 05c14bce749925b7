import { createRequire } from 'node:module';
import { problemOf } from './compile-page.js';
import type { PageProblem } from './types.js';

const require = createRequire(import.meta.url);

interface RenderParts {
  createElement: (type: unknown, props: unknown, ...children: unknown[]) => unknown;
  renderToStaticMarkup: (element: unknown) => string;
  jsxRuntime: Record<string, unknown>;
}

let loaded: RenderParts | undefined;

function renderParts(): RenderParts {
  loaded ??= {
    createElement: (require('react') as Pick<RenderParts, 'createElement'>).createElement,
    renderToStaticMarkup: (require('react-dom/server') as Pick<RenderParts, 'renderToStaticMarkup'>).renderToStaticMarkup,
    jsxRuntime: require('react/jsx-runtime') as Record<string, unknown>,
  };
  return loaded;
}

/** Components the compiled page asks MDX for by name (Docusaurus' theme provides them in the real build). */
const MISSING_REFERENCE = /_missingMdxReference\("([^"]+)"/g;

/**
 * Renders a page compiled from CommonMark (`.md`, as a function body) to HTML the way the site's static rendering
 * will, to catch what React refuses there (an invalid tag name, a void element with children, …). Only for
 * `.md`: that code is generated from markdown alone, nothing of the upstream's runs. Assets the bundler would
 * load are stand-ins, and theme components (admonitions, tabs) render their children.
 */
export function renderCompiledPageToHtml(functionBody: string): { html: string } | { problem: PageProblem } {
  const parts = renderParts();
  try {
    const runtime = { ...parts.jsxRuntime, useMDXComponents: () => ({}) };
    const run = new Function('require', 'runtime', `return (function () {\n${functionBody}\n}).call(undefined, runtime);`) as (require: unknown, runtime: unknown) => { default: unknown };
    const page = run(() => ({ default: 'asset' }), runtime);
    const components = Object.fromEntries([...functionBody.matchAll(MISSING_REFERENCE)].map((match) => [match[1]!, renderChildren]));
    let html = '';
    withoutConsoleErrors(() => (html = parts.renderToStaticMarkup(parts.createElement(page.default, { components }))));
    return { html };
  } catch (error) {
    return { problem: problemOf('render', error) };
  }
}

/** React reports attributes it drops (and the bundler's `data-noBrokenLinkCheck`) on the console: not the check's to print. */
function withoutConsoleErrors(render: () => unknown): void {
  const original = console.error;
  console.error = () => {};
  try {
    render();
  } finally {
    console.error = original;
  }
}

function renderChildren(props: { children?: unknown }): unknown {
  return props.children ?? null;
}
