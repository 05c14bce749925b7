import { UserError } from '../diagnostics/user-error.js';

/** Exit code of a sync that could not write its output (EX_IOERR of sysexits.h). */
export const WRITE_FAILED_EXIT_CODE = 74;

const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** A write that failed before the commit point (disk full, quota, permissions): nothing was changed. */
export function stagingFailed(contentDir: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const full = code !== undefined && FULL.has(code);
  const reason = full ? 'the disk is full' : (code ?? describeCause(error));
  return new UserError(
    [
      {
        severity: 'error',
        code: 'write/failed',
        message: `could not write the new site tree (${reason}); nothing was changed: the previous tree and the lock are as they were`,
        file: contentDir,
        hint: full ? 'free some disk space and run the sync again' : 'check that the folder is writable and run the sync again',
      },
    ],
    { exitCode: WRITE_FAILED_EXIT_CODE, cause: error },
  );
}

function describeCause(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
