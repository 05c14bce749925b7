/**
 * `node scripts/launch.mjs <name> [args…]` runs scripts/<name>.ts from an esbuild bundle kept in
 * node_modules/.cache/scs-docs/<name>/, rebuilt first whenever one of its inputs changed (see
 * launcher/ensure-bundle.mjs). Plain JavaScript, so that starting a command compiles nothing: loading the
 * bundle takes ~0.2 s, where tsx compiling the TypeScript took ~0.75 s more on every run.
 *
 * SCS_LAUNCH_ROOT and SCS_LAUNCH_OUT point it at another project and output folder (for its tests).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './launcher/ensure-bundle.mjs';

const [name, ...args] = process.argv.slice(2);
const root = resolve(process.env.SCS_LAUNCH_ROOT ?? join(import.meta.dirname, '..'));
const outDir = resolve(process.env.SCS_LAUNCH_OUT ?? join(root, 'node_modules', '.cache', 'scs-docs'));
const entry = `scripts/${name}.ts`;

if (name === undefined || !/^[\w-]+$/.test(name) || !existsSync(join(root, entry))) {
  process.stderr.write(`usage: node scripts/launch.mjs <name> [args…] runs scripts/<name>.ts${name === undefined ? '' : ` (there is no ${entry})`}\n`);
  process.exit(2);
}

const bundle = await ensureBundle({ root, entry, outDir: join(outDir, name) });
if (bundle === undefined) process.exit(1); // esbuild has printed why

// DEBUG prints stack traces (src/cli/report-internal-error.ts): point them at the TypeScript sources
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
// the entry reads its arguments from process.argv.slice(2), as when run directly
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
