import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tempDirs: string[] = [];

/** A fresh temp dir `<tmp>/<prefix>XXXXXX`, removed by `removeTempDirs()`. Prefix: `scs-<letters>-`. */
export function makeTempDir(prefix = 'scs-fetch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces the temp dirs made by `makeTempDir` with `<tmp>` so snapshots do not depend on the machine. */
export function normaliseTempPaths(text: string): string {
  const root = tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`${root}/scs-[a-z]+-[A-Za-z0-9]{6}`, 'g'), '<tmp>');
}
