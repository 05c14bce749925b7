import { readFile } from 'node:fs/promises';
import { UserError } from '../diagnostics/user-error.js';
import { parseManifest } from './parse-manifest.js';
import type { Manifest } from './types.js';

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Reads and validates the manifest; a file that cannot be read is a `UserError` that says what to do.
 * `displayName` is how messages name the file (as the user typed it); it defaults to `file`.
 */
export async function loadManifest(file: string, displayName = file): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = isMissingFile(error);
    throw new UserError(
      [
        {
          severity: 'error',
          code: missing ? 'manifest/not-found' : 'manifest/unreadable',
          message: missing ? 'The manifest file does not exist.' : `The manifest file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
          file: displayName,
          hint: missing
            ? 'Run the sync from the project root, where repos.yaml lives, or name your manifest with --manifest FILE.'
            : 'Check that the path names a readable file, not a folder.',
        },
      ],
      { cause: error },
    );
  }
  return parseManifest(text, displayName);
}
