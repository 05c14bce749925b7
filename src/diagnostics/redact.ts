/** Removes `user:password@` from URLs so tokens never reach logs, reports or the lock. */
export function stripCredentials(text: string): string {
  // up to the last `@` before the path: a password may itself contain `@`
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/gi, '$1');
}
