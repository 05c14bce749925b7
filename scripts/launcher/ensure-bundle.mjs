/**
 * Keeps the bundle of one entry point current: reuses it while its stamp matches the files it was built
 * from, otherwise builds it again. Concurrent launches may both build; each output arrives whole, by rename.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { BUILD_DIR_MARK, bundleEntry, findWorkerEntries, moveOutputs, removeAbandonedBuilds, removeStaleChunks } from './bundle-entry.mjs';
import { isStampCurrent, readStamp, recordStamp, writeStamp } from './build-stamp.mjs';

const STAMP_FILE = 'stamp.json';

/** The bundle file of `entry` (relative to `root`) in `outDir`, built if needed; undefined when the build failed. */
export async function ensureBundle({ root, entry, outDir }) {
  const bundleName = `${basename(entry, '.ts')}.mjs`;
  const settings = { esbuild: esbuildVersion(), root, entry, outDir };
  const stampFile = join(outDir, STAMP_FILE);
  if (isStampCurrent(readStamp(stampFile), settings, root, outDir)) return join(outDir, bundleName);

  mkdirSync(outDir, { recursive: true });
  removeAbandonedBuilds(dirname(outDir));
  // a sibling of outDir, so that paths relative to the outputs (source maps, src) hold after the move; its own
  // mtime is the build's start on the file system's clock: inputs changed since then are suspect
  const buildDir = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}${BUILD_DIR_MARK}`));
  try {
    const workers = findWorkerEntries(root);
    const metafile = await bundleEntry({ root, entries: [entry, ...workers.files], buildDir, outDir });
    if (metafile === undefined) return undefined;
    const outputs = moveOutputs(buildDir, outDir, bundleName);
    removeStaleChunks(outDir, outputs);
    const inputs = [...Object.keys(metafile.inputs), ...ALWAYS_STAMPED.map((file) => join(root, file)), ...LAUNCHER_FILES];
    writeStamp(stampFile, recordStamp({ settings, root, outDir, inputs, dirs: workers.dirs, outputs, buildDir }));
    return join(outDir, bundleName);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** Files that shape the bundle without being imported: compiler settings and package type. */
const ALWAYS_STAMPED = ['package.json', 'tsconfig.json'];
/** The launcher decides the build options, so a change to it rebuilds too. */
const LAUNCHER_FILES = ['ensure-bundle.mjs', 'bundle-entry.mjs', 'build-stamp.mjs'].map((name) => join(import.meta.dirname, name));

function esbuildVersion() {
  const manifest = createRequire(import.meta.url).resolve('esbuild/package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}
