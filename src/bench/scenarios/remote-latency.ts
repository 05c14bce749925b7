import type { BenchContext } from '../bench-context.js';
import { startDelayedGitServer } from '../delayed-git-server.js';
import type { ScenarioResult } from '../types.js';
import { measureColdSync } from './cold-sync.js';

/** 6. The cold sync against the baseline again, the mirrors served over smart HTTP with a delay on every request. */
export async function measureRemoteLatency(context: BenchContext, pairs: number, delayMs: number): Promise<ScenarioResult> {
  const server = await startDelayedGitServer(context.corpus!.root, delayMs);
  try {
    const result = await measureColdSync(context, { id: '6', title: `remote, ${delayMs} ms per request`, baseUrl: server.baseUrl, pairs, goalRatio: 0.2 });
    const requests = server.requests();
    return {
      ...result,
      data: { ...result.data, delayMs, requests },
      notes: [...(result.notes ?? []), `git http-backend behind a Node server on 127.0.0.1 answered ${requests} requests, each ${delayMs} ms late.`],
    };
  } finally {
    await server.close();
  }
}
