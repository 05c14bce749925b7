import { execFile } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { promisify } from 'node:util';
import type { MachineInfo } from './types.js';

const run = promisify(execFile);

/** The machine the figures come from: they mean nothing without it. */
export async function describeThisMachine(): Promise<MachineInfo> {
  const { stdout } = await run('git', ['--version']);
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryBytes: totalmem(),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    git: stdout.replace('git version', '').trim(),
    loadAtStart: loadavg()[0]!,
  };
}

export function currentLoad(): number {
  return loadavg()[0]!;
}
