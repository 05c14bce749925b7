/** Removes `user:password@` from URLs so tokens never reach logs, reports or the lock. */
export function stripCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1');
}
