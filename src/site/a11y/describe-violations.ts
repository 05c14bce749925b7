import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { normaliseRoute, type PageOrigin } from '../site-checks/index-page-origins.js';
import type { PageAudit } from './audit-pages.js';

/** Elements listed per violation; the rest are counted (a rule that fails in a long table fails many cells). */
const ELEMENTS_SHOWN = 5;

/**
 * One diagnostic per failed rule per page and scheme, and one for a page that could not be audited: the page,
 * the rule, the failing elements, and for a page made from an upstream source its upstream file (so the fix
 * lands where the page comes from).
 */
export function describeViolations(audit: PageAudit, origins: ReadonlyMap<string, PageOrigin>): Diagnostic[] {
  const origin = origins.get(normaliseRoute(audit.path));
  const at = origin && { source: origin.source, repo: origin.repo, ...(origin.commit && { commit: origin.commit }), file: origin.from };
  const notAudited: Diagnostic = {
    severity: 'error',
    code: 'a11y/not-audited',
    ...at,
    message: `page ${audit.path} (${audit.scheme} scheme) could not be audited: ${audit.error}`,
    hint: 'Open the page in a browser: it must load and run its scripts.',
  };
  const violations = audit.violations.map((violation): Diagnostic => {
    const shown = violation.elements.slice(0, ELEMENTS_SHOWN).map((e) => `\n    ${e.selector}  ${oneLine(e.html)}`);
    const more = violation.elements.length - shown.length;
    const reason = violation.elements[0]?.summary ?? '';
    return {
      severity: 'error',
      code: `a11y/${violation.rule}`,
      ...at,
      message:
        `page ${audit.path} (${audit.scheme} scheme): ${violation.rule}: ${violation.help}${shown.join('')}` +
        (more > 0 ? `\n    … and ${more} more` : ''),
      hint: `${oneLine(reason)} (${violation.helpUrl})`,
    };
  });
  return audit.error === undefined ? violations : [notAudited, ...violations];
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
