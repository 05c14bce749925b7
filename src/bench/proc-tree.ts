import { readdir, readFile } from 'node:fs/promises';

/** One process as /proc shows it. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/**
 * Parent pid and resident memory from a process's /proc/<pid>/status text
 * (`PPid:` and `VmRSS:` lines; a zombie has no VmRSS and counts as 0).
 */
export function parseProcessStatus(pid: number, statusText: string): ProcessSample | undefined {
  let ppid: number | undefined;
  let rssBytes = 0;
  for (const line of statusText.split('\n')) {
    const [key, rest] = splitField(line);
    if (key === 'PPid') ppid = Number.parseInt(rest, 10);
    else if (key === 'VmRSS') rssBytes = Number.parseInt(rest, 10) * 1024; // reported in kB
  }
  return ppid === undefined || Number.isNaN(ppid) ? undefined : { pid, ppid, rssBytes };
}

function splitField(line: string): [string, string] {
  const colon = line.indexOf(':');
  return colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).trim()];
}

/** Sum of the resident memory of `root` and all its descendants. */
export function sumTreeRss(processes: readonly ProcessSample[], root: number): number {
  const children = new Map<number, ProcessSample[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = processes.find((p) => p.pid === root);
  let total = self?.rssBytes ?? 0;
  const queue = [root];
  const seen = new Set(queue);
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      total += child.rssBytes;
      queue.push(child.pid);
    }
  }
  return total;
}

/** Every process /proc lists now (processes that exit while being read are left out). */
export async function readProcesses(procDir = '/proc'): Promise<ProcessSample[]> {
  const names = await readdir(procDir).catch(() => [] as string[]);
  const samples = await Promise.all(
    names.filter((name) => /^\d+$/.test(name)).map(async (name) => {
      const text = await readFile(`${procDir}/${name}/status`, 'utf8').catch(() => undefined);
      return text === undefined ? undefined : parseProcessStatus(Number(name), text);
    }),
  );
  return samples.filter((s): s is ProcessSample => s !== undefined);
}

/** True when this system has a /proc to sample (Linux). */
export async function canSampleProcesses(procDir = '/proc'): Promise<boolean> {
  return (await readProcesses(procDir)).length > 0;
}
