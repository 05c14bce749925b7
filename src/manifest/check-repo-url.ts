import type { ValueProblem } from './value-problem.js';

const ALLOWED_SCHEMES = new Set(['https:', 'ssh:', 'git:', 'file:']);
const SHORTHAND = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SCP_LIKE = /^[A-Za-z0-9_.+-]+@[A-Za-z0-9][A-Za-z0-9.-]*:(?!\/\/)\S+$/;
const TRANSPORT = /^[A-Za-z][A-Za-z0-9+.-]*::/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

const FORMS = 'OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path';

function refuseRepo(code: string, reason: string, hint: string): ValueProblem {
  return { code, reason, hint };
}

function checkShorthand(repo: string): ValueProblem | undefined {
  const [owner, name] = repo.split('/') as [string, string];
  if (owner.startsWith('.') || name === '.' || name === '..') {
    return refuseRepo('manifest/invalid-repo', 'is not a GitHub OWNER/NAME', `Use a URL or OWNER/NAME; for a folder on this machine use \`path:\` or a file:// URL.`);
  }
  return undefined;
}

function checkUrl(repo: string, scheme: string): ValueProblem | undefined {
  if (scheme === 'http:') {
    return refuseRepo('manifest/insecure-repo', 'uses plain http://, which anyone on the network can tamper with', `Use https:// instead: ${repo.replace(/^http:/i, 'https:')}`);
  }
  if (!ALLOWED_SCHEMES.has(scheme)) {
    return refuseRepo('manifest/invalid-repo', `uses the unsupported scheme ${scheme}//`, `Use one of: ${FORMS}.`);
  }
  let url: URL;
  try {
    url = new URL(repo);
  } catch {
    return refuseRepo('manifest/invalid-repo', 'is not a valid URL', `Check host, port and path, e.g. https://github.com/OWNER/NAME or ssh://git@host:22/OWNER/NAME.`);
  }
  if (scheme !== 'file:' && url.hostname === '') {
    return refuseRepo('manifest/invalid-repo', 'has no host name', `Write the full URL, e.g. https://github.com/OWNER/NAME.`);
  }
  if (url.hostname.startsWith('-') || decodeURIComponent(url.username).startsWith('-')) {
    return refuseRepo('manifest/unsafe-repo', 'has a host or user name starting with "-", which ssh would read as an option', 'Check the URL; host and user names never start with "-".');
  }
  return undefined;
}

/**
 * Accepts the repository forms the fetch stage can clone safely: `OWNER/NAME`, https, ssh, git, file URLs
 * and scp-like `user@host:path`. Refuses values git would run as commands or options.
 */
export function checkRepoUrl(repo: string): ValueProblem | undefined {
  if (repo.startsWith('-')) {
    return refuseRepo('manifest/unsafe-repo', 'starts with "-", so git would read it as an option', `Give a repository URL or OWNER/NAME (${FORMS}).`);
  }
  if (TRANSPORT.test(repo)) {
    return refuseRepo('manifest/unsafe-repo', 'uses a git remote-helper transport (`<transport>::`), which can run arbitrary commands', `Use one of: ${FORMS}.`);
  }
  if (WHITESPACE_OR_CONTROL.test(repo)) {
    return refuseRepo('manifest/invalid-repo', 'contains a space or control character', 'Remove the whitespace; percent-encode it (%20) if the URL really contains one.');
  }
  const scheme = SCHEME.exec(repo)?.[1];
  if (scheme !== undefined) return checkUrl(repo, `${scheme.toLowerCase()}:`);
  if (SHORTHAND.test(repo)) return checkShorthand(repo);
  if (SCP_LIKE.test(repo)) return undefined;
  return refuseRepo('manifest/invalid-repo', 'is not a repository URL git can fetch', `Use one of: ${FORMS}.`);
}
