import { spawn } from 'node:child_process';
import { readProcesses, sumTreeRss } from './proc-tree.js';
import type { RunCost } from './types.js';

export interface CommandSpec {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the command (SIGKILL) after this long; the run then fails with a message saying so. */
  timeoutMs?: number;
  /** How much of the beginning, and of the end, of the output to keep (default 8000 characters each). */
  keepOutputChars?: number;
}

export interface MeasuredRun extends RunCost {
  exitCode: number;
  /**
   * What the command printed (stdout and stderr interleaved): its beginning and its end when it printed more
   * than twice KEEP_OUTPUT_CHARS, for error messages and the sync's "nothing changed" line (printed before
   * its warnings).
   */
  output: string;
}

const SAMPLE_EVERY_MS = 100;
const KEEP_OUTPUT_CHARS = 8000;

/**
 * Runs a command and measures its wall time and the peak resident memory of its whole process tree,
 * sampling /proc every 100 ms (short-lived helpers such as single git calls may fall between samples).
 */
export async function runMeasuredCommand(spec: CommandSpec): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keepChars = spec.keepOutputChars ?? KEEP_OUTPUT_CHARS;
  let head = '';
  let tail = '';
  let cut = false;
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    const room = keepChars - head.length;
    if (room > 0) head += text.slice(0, room);
    const rest = room > 0 ? text.slice(room) : text;
    if (rest === '') return;
    const joined = tail + rest;
    cut ||= joined.length > keepChars;
    tail = joined.slice(-keepChars);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  let sampling = Promise.resolve();
  const sample = () => {
    sampling = sampling.then(async () => {
      if (child.pid !== undefined) peak = Math.max(peak, sumTreeRss(await readProcesses(), child.pid));
    });
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  let timedOut = false;
  const limit = spec.timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), spec.timeoutMs);
  sample();
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => (clearInterval(timer), clearTimeout(limit)));
  let output = cut ? `${head}\n…\n${tail}` : head + tail;
  if (timedOut) output += `\nstopped after ${Math.round(spec.timeoutMs! / 1000)} s (the benchmark's time limit for this run)`;
  const wallMs = performance.now() - started;
  await sampling;
  return { wallMs, peakTreeRssBytes: peak, exitCode, output };
}

/** Like runMeasuredCommand, but a non-zero exit is an error carrying what the command printed. */
export async function runMeasuredOrThrow(spec: CommandSpec, what: string): Promise<MeasuredRun> {
  const run = await runMeasuredCommand(spec);
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.output}`);
  return run;
}
