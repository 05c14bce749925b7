import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoRepos {
  /** `file://` base that `https://github.com/example-org/` is redirected to. */
  remoteBase: string;
  names: string[];
}

const AUTHORS = [
  { name: 'Ada Operator', email: 'ada@example.org', date: '2025-03-04T10:00:00Z' },
  { name: 'Ben Writer', email: 'ben@example.org', date: '2025-06-17T15:30:00Z' },
];

/**
 * Turns each example folder into a git repo with a little history (two commits by two authors),
 * published as a bare "remote" the way a hosting service would serve it.
 */
export function prepareDemoRepos(examplesDir: string, workDir: string): DemoRepos {
  rmSync(workDir, { recursive: true, force: true });
  const remotes = join(workDir, 'remotes', 'example-org');
  mkdirSync(remotes, { recursive: true });
  const names = readdirSync(examplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const name of names) {
    const checkout = join(workDir, 'checkouts', name);
    cpSync(join(examplesDir, name), checkout, { recursive: true });
    commitInTwoSteps(checkout);
    const bare = join(remotes, `${name}.git`);
    git(workDir, ['clone', '--quiet', '--bare', checkout, bare]);
    git(bare, ['config', 'uploadpack.allowFilter', 'true']);
    git(bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  }
  return { remoteBase: `file://${join(workDir, 'remotes', 'example-org')}/`, names };
}

/** First commit: everything but the newest-looking doc; second commit, by another author, adds it. */
function commitInTwoSteps(checkout: string): void {
  git(checkout, ['init', '--quiet', '--initial-branch=main']);
  const docs = execFileSync('git', ['ls-files', '--others', '-z'], { cwd: checkout, encoding: 'utf8' })
    .split('\0')
    .filter((p) => p.endsWith('.md') && p.includes('/'))
    .sort();
  const later = docs.at(-1);
  git(checkout, ['add', '--all', ...(later ? [':!' + later] : [])]);
  commit(checkout, 'Add documentation', AUTHORS[0]!);
  if (later && existsSync(join(checkout, later))) {
    git(checkout, ['add', '--', later]);
    commit(checkout, `Add ${later}`, AUTHORS[1]!);
  }
}

function commit(cwd: string, message: string, author: (typeof AUTHORS)[number]): void {
  execFileSync('git', ['commit', '--quiet', '--no-verify', '-m', message], {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: author.date,
    },
  });
}

function git(cwd: string, args: string[]): void {
  execFileSync('git', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}
