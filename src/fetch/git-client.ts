import { simpleGit, type SimpleGit } from 'simple-git';
import { stripCredentials } from '../diagnostics/redact.js';

/**
 * The one door to git. Every command runs through simple-git (no shell, unsafe-argument guards on).
 * simple-git 4 strips inherited GIT_* variables unless they are allowed by name; we allow exactly the
 * ones the user has set, so git sees the user's environment unchanged (GIT_CONFIG_COUNT/KEY/VALUE,
 * GIT_SSH_COMMAND, proxies, ...). None of the `unsafe` switches is turned on.
 */
export class GitCommandError extends Error {
  /** The command, credentials stripped (for messages). */
  readonly command: string;
  /** What git printed on stderr, credentials stripped. */
  readonly stderr: string;

  /** No `cause`: simple-git's error holds the raw arguments, which may include a token. */
  constructor(args: readonly string[], stderr: string) {
    const command = stripCredentials(`git ${args.join(' ')}`);
    const detail = stripCredentials(stderr.trim());
    super(detail ? `${command}: ${detail}` : `${command} failed`);
    this.name = 'GitCommandError';
    this.command = command;
    this.stderr = detail;
  }

  /** The most useful line of git's output (the `fatal:` line if there is one). */
  get summary(): string {
    const lines = this.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => l.startsWith('fatal:')) ?? lines[lines.length - 1] ?? this.message;
  }
}

function createGit(dir: string, input?: string): SimpleGit {
  return simpleGit({
    baseDir: dir,
    allowEnvironment: Object.keys(process.env),
    ...(input === undefined ? {} : { input: () => input }),
  });
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `git <args>` in `dir`; stdin gets `input` when given. Resolves with stdout as text. */
export async function runGit(dir: string, args: readonly string[], input?: string): Promise<string> {
  try {
    return await createGit(dir, input).raw([...args]);
  } catch (error) {
    throw new GitCommandError(args, describeFailure(error));
  }
}

/** `git cat-file <args>` with raw (binary-safe) stdout. */
export async function runCatFileBinary(dir: string, args: readonly string[], input: string): Promise<Buffer> {
  try {
    const output: unknown = await createGit(dir, input).binaryCatFile([...args]);
    return Buffer.isBuffer(output) ? output : Buffer.from(String(output));
  } catch (error) {
    throw new GitCommandError(['cat-file', ...args], describeFailure(error));
  }
}
