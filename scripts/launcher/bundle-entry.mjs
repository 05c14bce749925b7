/** One esbuild run: an entry point and the worker-thread modules, bundled into a fresh folder, then moved into place. */
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** CommonJS dependencies call require(), which an ES module does not have. */
const REQUIRE_BANNER = "import { createRequire as __launcherCreateRequire } from 'node:module'; const require = __launcherCreateRequire(import.meta.url);";
/** Names a build's temporary folder: `.<entry>-build-XXXXXX`. */
export const BUILD_DIR_MARK = '-build-';
/** A build folder this old was left by a launch that was killed mid-build. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Every `src/**\/*.worker.ts` (entry points of their own, which their callers find beside the bundle), and every
 * folder under src, whose mtime changes when a worker is added or removed.
 */
export function findWorkerEntries(root) {
  const files = [];
  const dirs = [];
  let entries;
  try {
    entries = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true });
  } catch {
    return { files, dirs };
  }
  for (const entry of entries) {
    const path = relative(root, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) dirs.push(path);
    else if (entry.name.endsWith('.worker.ts')) files.push(path);
  }
  return { files: files.sort(), dirs: dirs.sort() };
}

/** Bundles `entries` into `buildDir` as `<basename>.mjs` each; the metafile, or undefined after printing esbuild's errors. */
export async function bundleEntry({ root, entries, buildDir, outDir }) {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: entries,
      entryNames: '[name]',
      outExtension: { '.js': '.mjs' },
      outdir: buildDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      // code only some runs need (the sync's stages after its no-op check) is loaded on demand from chunks
      splitting: true,
      chunkNames: '[name]-[hash]',
      target: 'node20',
      // piscina starts its workers from a file found relative to its own module
      external: ['piscina'],
      banner: { js: REQUIRE_BANNER },
      // import.meta.url names the bundle, not the module: code that finds src from it reads this instead
      define: { __SRC_DIR_FROM_BUNDLE__: JSON.stringify(`${relative(outDir, join(root, 'src')).split(sep).join('/')}/`) },
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
    return result.metafile;
  } catch (error) {
    if (Array.isArray(error?.errors)) return undefined; // a build failure, already printed
    throw error;
  } finally {
    await esbuild.stop(); // its service process would otherwise live as long as the command (npm start: hours)
  }
}

/**
 * Renames the outputs into `outDir`, the main bundle last, so a launch that sees the new bundle also finds its
 * workers; a rename never exposes a half-written file. Returns the moved file names.
 */
export function moveOutputs(buildDir, outDir, bundleName) {
  const names = readdirSync(buildDir).sort((a, b) => Number(a.startsWith(bundleName)) - Number(b.startsWith(bundleName)));
  for (const name of names) renameSync(join(buildDir, name), join(outDir, name));
  return names;
}

/**
 * Removes the chunks of earlier builds from `outDir`, once they are an hour old: a command still running from
 * an earlier bundle (a preview runs for hours) may load one of its chunks on demand until then.
 */
export function removeStaleChunks(outDir, keep) {
  const current = new Set(keep);
  for (const name of readdirSync(outDir)) {
    if (current.has(name) || !name.includes('.mjs')) continue;
    const file = join(outDir, name);
    if (Date.now() - statSync(file, { throwIfNoEntry: false })?.mtimeMs > ABANDONED_AFTER_MS) rmSync(file, { force: true });
  }
}

export function removeAbandonedBuilds(parentDir) {
  for (const name of readdirSync(parentDir)) {
    if (!name.startsWith('.') || !name.includes(BUILD_DIR_MARK)) continue;
    const dir = join(parentDir, name);
    if (Date.now() - statSync(dir, { throwIfNoEntry: false })?.mtimeMs > ABANDONED_AFTER_MS) rmSync(dir, { recursive: true, force: true });
  }
}
