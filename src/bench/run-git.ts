import { spawn } from 'node:child_process';

/** Runs git with arguments (no shell), feeding `input` on stdin; rejects with git's output when it fails. */
export function runGitCommand(cwd: string, args: readonly string[], input?: Buffer, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading everything; the exit code tells
    child.stdin.end(input);
  });
}

/** The environment that redirects `https://github.com/` to `base` (a file:// or http:// URL ending in /) through insteadOf. */
export function insteadOfEnv(base: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `url.${base}.insteadOf`, GIT_CONFIG_VALUE_0: 'https://github.com/' };
}
