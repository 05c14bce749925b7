import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import { addBulkCode, planBulkCode } from '../bulk-code.js';
import { readDocsPackage } from '../baseline-sync.js';
import { copyMirrors } from '../corpus-mirrors.js';
import { startDelayedGitServer } from '../delayed-git-server.js';
import { formatBytes } from '../format-units.js';
import type { ScenarioResult } from '../types.js';
import { measureColdSync } from './cold-sync.js';

/**
 * 1b. The cold sync against the old way on repositories the size of the real ones: the corpus mirrors with as
 * much code added as the real repositories hold (see bulk-code.ts), served over HTTP like a forge (every request
 * `latencyMs` late; the transfer itself runs at loopback speed, which favours the old way), and plain git's floor
 * for our fetch beside.
 */
export async function measureBulkCodeSync(context: BenchContext, pairs: number, latencyMs: number): Promise<ScenarioResult> {
  const mirrors = await copyMirrors(context.corpus!, join(context.workDir, 'mirrors'));
  const repos = new Set((await readDocsPackage(mirrors.docsPackageFile)).map((entry) => entry.repo)).size;
  const plan = planBulkCode(repos);
  context.log(`adding ${formatBytes(plan.bytesPerRepo)} of code in ${plan.commits} commits to each of the ${repos} mirrors`);
  const added = await addBulkCode(mirrors.root, plan);
  const server = await startDelayedGitServer(mirrors.root, latencyMs);
  try {
    const result = await measureColdSync(context, { id: '1b', title: 'cold sync, repos with bulk code', baseUrl: server.baseUrl, pairs, goalRatio: 0.12, floor: true });
    return {
      ...result,
      notes: [
        ...(result.notes ?? []),
        `each of the ${added.repos} mirrors got ${formatBytes(plan.bytesPerRepo)} of code (${formatBytes(added.bytes)} in all, as much as the real repositories' working trees) in ${plan.commits} commits on top of its docs;`,
        `served by git http-backend, every request ${latencyMs} ms late (no bandwidth limit: the old way's download is as fast as the machine).`,
      ],
    };
  } finally {
    await server.close();
  }
}
