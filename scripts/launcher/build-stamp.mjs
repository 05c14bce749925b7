/**
 * What a bundle was built from: esbuild's inputs with mtime and size, the folders that decide which files exist
 * (a new worker, a file that now resolves differently), the outputs as written, and the settings. Checking it
 * costs a few hundred stat calls; a rebuild runs only when something differs.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Recorded for a file changed after the build began: esbuild may have read either version, so never current. */
const CHANGED_DURING_BUILD = 'changed during the build';

export function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeStamp(file, stamp) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(stamp));
  renameSync(temp, file);
}

export function isStampCurrent(stamp, settings, root, outDir) {
  if (stamp === undefined || JSON.stringify(stamp.settings) !== JSON.stringify(settings)) return false;
  const same = (base, recorded) => Object.entries(recorded).every(([path, value]) => value === fingerprint(resolve(base, path)));
  return same(outDir, stamp.outputs) && same(root, stamp.files) && same(root, stamp.dirs);
}

/**
 * The stamp of a finished build. `inputs` are paths relative to `root` or absolute; `buildDir` was created when
 * the build began, so its mtime tells which files changed during it.
 */
export function recordStamp({ settings, root, outDir, inputs, dirs, outputs, buildDir }) {
  const began = statSync(buildDir).mtimeMs;
  const sources = inputs.filter((path) => !path.startsWith('<')); // esbuild's virtual modules are no files
  const folders = new Set([...dirs, ...sources.flatMap((path) => foldersBelowRoot(root, path))]);
  return {
    settings,
    outputs: record(outDir, outputs, Infinity),
    files: record(root, sources, began),
    dirs: record(root, folders, began),
  };
}

/** Path (relative to `base`) → fingerprint, for those that exist; a change at or after `began` is never current. */
function record(base, paths, began) {
  const entries = {};
  for (const path of paths) {
    const absolute = resolve(base, path);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (stats !== undefined) entries[relative(base, absolute)] = stats.mtimeMs >= began ? CHANGED_DURING_BUILD : fingerprintOf(stats);
  }
  return entries;
}

/** "mtime size" of a file, mtime of a folder (it changes when an entry is added, removed or renamed). */
function fingerprintOf(stats) {
  return stats.isDirectory() ? `${stats.mtimeMs}` : `${stats.mtimeMs} ${stats.size}`;
}

function fingerprint(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined ? undefined : fingerprintOf(stats);
}

/** The project's folders holding `path` (not the root itself, where every sync writes its lock, nor node_modules). */
function foldersBelowRoot(root, path) {
  const folders = [];
  for (let dir = dirname(resolve(root, path)); ; dir = dirname(dir)) {
    const inside = relative(root, dir);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('node_modules')) return folders;
    folders.push(inside);
  }
}
