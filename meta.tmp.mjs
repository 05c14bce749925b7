import * as esbuild from 'esbuild';
const r = await esbuild.build({ absWorkingDir: process.cwd(), entryPoints: ['scripts/sync.ts', 'src/workers/sync-tasks.worker.ts'], entryNames: '[name]', outExtension: { '.js': '.mjs' }, outdir: '/tmp/me/metaout', bundle: true, platform: 'node', format: 'esm', splitting: true, chunkNames: '[name]-[hash]', target: 'node20', external: ['piscina'], define: { __SRC_DIR_FROM_BUNDLE__: '"x"' }, metafile: true, logLevel: 'error', write: false });
const outs = r.metafile.outputs;
const staticClosure = (name) => { const seen = new Set([name]); const q = [name]; while (q.length) { const c = q.shift(); for (const i of outs[c].imports) if (i.kind === 'import-statement' && outs[i.path] && !seen.has(i.path)) { seen.add(i.path); q.push(i.path); } } return seen; };
const entry = Object.keys(outs).find((k) => k.endsWith('/sync.mjs'));
let total = 0; const byPkg = new Map();
for (const o of staticClosure(entry)) { total += outs[o].bytes; for (const [inp, v] of Object.entries(outs[o].inputs)) { const m = inp.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : inp.split('/').slice(0, 2).join('/'); byPkg.set(k, (byPkg.get(k) ?? 0) + v.bytesInOutput); } }
console.log('entry static closure bytes', total);
console.log([...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k}:${(v/1024).toFixed(0)}K`).join(' '));
