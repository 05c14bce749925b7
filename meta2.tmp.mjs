import * as esbuild from 'esbuild';
const r = await esbuild.build({ absWorkingDir: process.cwd(), entryPoints: ['scripts/sync.ts'], outdir: '/tmp/me/metaout2', bundle: true, platform: 'node', format: 'esm', splitting: true, target: 'node20', external: ['piscina'], define: { __SRC_DIR_FROM_BUNDLE__: '"x"' }, metafile: true, logLevel: 'error', write: false });
const inputs = r.metafile.inputs;
const start = 'scripts/sync.ts'; const prev = new Map([[start, null]]); const q = [start];
while (q.length) { const cur = q.shift(); for (const i of inputs[cur]?.imports ?? []) { if (i.kind !== 'import-statement' || prev.has(i.path)) continue; prev.set(i.path, cur); q.push(i.path); } }
for (const target of process.argv.slice(2)) {
  const hit = [...prev.keys()].find((k) => k.includes(target));
  if (!hit) { console.log(target, 'not static'); continue; }
  const chain = []; let c = hit; while (c) { chain.push(c); c = prev.get(c); }
  console.log(target + ': ' + chain.reverse().join(' > '));
}
