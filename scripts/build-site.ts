/**
 * `npm run build:site`: `docusaurus build` (arguments passed through) whose failures name their origin: when it
 * stops on broken links, anchors or markdown links, the pages it names are mapped to the upstream repo and file
 * they came from, by the sync report.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { describeOrigins } from '../src/site/site-checks/map-build-failures.js';
import { loadSyncReport } from '../src/site/site-checks/load-sync-report.js';

const bin = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const child = spawn(process.execPath, [bin, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
  to.write(chunk);
  output = (output + chunk.toString('utf8')).slice(-2_000_000); // the reports are at the end
};
child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
if (code !== 0) {
  const report = await loadSyncReport(process.env.SCS_SYNC_REPORT ?? 'sync-report.json').catch(() => undefined);
  const origins = report ? describeOrigins(output, report, process.env.SCS_CONTENT_DIR ?? 'content') : [];
  if (origins.length > 0) process.stderr.write(`\nbuild-site: the pages named above come from these upstream files:\n${origins.join('\n')}\n`);
}
process.exitCode = code;
