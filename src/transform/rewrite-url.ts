import type { LinkRequest } from '../link-index/link-types.js';
import type { TransformState } from './types.js';

/** Asks the link rules about one URL; records their diagnostic and returns the replacement, or undefined to keep it. */
export function rewriteUrl(state: TransformState, request: LinkRequest): string | undefined {
  const resolution = state.input.resolve(state.linkContext, request);
  if (resolution.kind === 'keep') return undefined;
  if (resolution.kind === 'broken' || resolution.kind === 'unsafe') state.diagnostics.push(resolution.diagnostic);
  return sameTarget(resolution.url, request.url) ? undefined : resolution.url;
}

/** `x.md` and `./x.md` are the same relative link: leave upstream's spelling alone. */
function sameTarget(resolved: string, original: string): boolean {
  const withoutDot = (url: string) => url.trim().replace(/^\.\//, '');
  return withoutDot(resolved) === withoutDot(original);
}
