import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError } from '../diagnostics/user-error.js';
import { GitCommandError, runGit } from '../fetch/git-client.js';
import type { LocalOverride } from './resolve-overrides.js';

type CheckoutProblem = 'missing' | 'not-folder' | 'not-git';

/** Every `--local` folder must exist and be (inside) a git working tree; otherwise one usage error per folder. */
export async function checkLocalCheckouts(locals: Readonly<Record<string, LocalOverride>>): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const [id, local] of Object.entries(locals)) {
    const problem = await findCheckoutProblem(local.path);
    if (problem) problems.push(describeProblem(id, local, problem));
  }
  if (problems.length > 0) throw new UserError(problems);
}

async function findCheckoutProblem(path: string): Promise<CheckoutProblem | undefined> {
  const kind = await stat(path).then(
    (stats) => (stats.isDirectory() ? 'folder' : 'not-folder'),
    () => 'missing' as const,
  );
  if (kind !== 'folder') return kind;
  try {
    const inside = await runGit(path, ['rev-parse', '--is-inside-work-tree']);
    return inside.trim() === 'true' ? undefined : 'not-git';
  } catch (error) {
    if (error instanceof GitCommandError) return 'not-git';
    throw error;
  }
}

function describeProblem(id: string, local: LocalOverride, problem: CheckoutProblem): Diagnostic {
  const where = `${id}=${local.given} (${local.origin})`;
  const messages: Record<CheckoutProblem, string> = {
    missing: `${where}: ${local.path} does not exist`,
    'not-folder': `${where}: ${local.path} is a file, not a folder`,
    'not-git': `${where}: ${local.path} is not a git checkout`,
  };
  return {
    severity: 'error',
    code: `preview/local-${problem}`,
    message: messages[problem],
    hint:
      problem === 'not-git'
        ? 'point it at a clone of the source\'s repository (git clone …), or at a folder inside one'
        : 'give the folder of your clone of the source\'s repository, relative to where you run npm start',
  };
}
