import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { isDocPath } from '../../collect/place-file.js';
import { readToolchain } from '../../collect/read-toolchain.js';
import { selectFiles } from '../../collect/select-files.js';
import { createWorktreeReader } from '../../fetch/worktree-reader.js';
import { chooseToolchain } from '../../toolchains/index.js';
import { buildSourceSpec, type RawSourceEntry } from '../../manifest/build-source-spec.js';
import type { BenchContext } from '../bench-context.js';
import { NO_DERIVED_CACHE } from '../in-memory-sources.js';
import { formatDuration, formatRate } from '../format-units.js';
import { summarizeSamples } from '../statistics.js';
import type { BenchRow, ScenarioResult } from '../types.js';

const run = promisify(execFile);

/** The toolchain samples beside the project (`../shared/dialects`, or SCS_DIALECTS_DIR); undefined when absent. */
export function findDialects(projectDir: string, env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.SCS_DIALECTS_DIR ?? resolve(projectDir, '..', 'shared', 'dialects');
  return existsSync(join(dir, 'materialize.sh')) ? dir : undefined;
}

interface ToolchainRun {
  source: string;
  toolchain: string;
  docs: number;
  prepareMs: number;
  convertMs: number;
  problems: number;
}

/**
 * 9. How fast each docs toolchain reads its sample repo (../shared/dialects): its config, data and nav once
 * (prepare), then every page converted to the site's markdown, nothing cached; docs per second, median of `passes`.
 */
export async function measureToolchainThroughput(context: BenchContext, dialectsDir: string, passes: number): Promise<ScenarioResult> {
  const entries = parse(await readFile(join(context.projectDir, 'tests', 'fixtures', 'dialects', 'entries.yaml'), 'utf8')) as RawSourceEntry[];
  const rows: BenchRow[] = [];
  const runs: ToolchainRun[][] = [];
  for (const entry of entries) {
    const bundle = join(dialectsDir, 'upstream', `${entry.repo!.replace('/', '+')}.bundle`);
    const dir = join(context.workDir, entry.id);
    await run('git', ['clone', '--quiet', bundle, dir]);
    const samples: ToolchainRun[] = [];
    for (let pass = 0; pass < passes; pass++) samples.push(await convertSource(entry, dir));
    runs.push(samples);
    const { toolchain, docs, problems } = samples[0]!;
    const convert = summarizeSamples(samples.map((s) => s.convertMs)).median;
    const prepare = summarizeSamples(samples.map((s) => s.prepareMs)).median;
    rows.push({
      scenario: rows.length === 0 ? '9 toolchain conversion' : '',
      case: `${toolchain}: ${entry.repo}, ${docs} pages (${problems} constructs reported)`,
      value: formatRate((docs * 1000) / Math.max(convert, 0.001), 'docs'),
      memory: '',
      goal: '',
      verdict: '',
    });
    rows.push({ scenario: '', case: '  reading config, data and nav', value: formatDuration(prepare), memory: '', goal: '', verdict: '' });
    context.log(`${toolchain}: ${docs} pages, converted in ${formatDuration(convert)}`);
  }
  return { id: '9', title: 'toolchain conversion', rows, data: { passes, runs }, notes: ['conversion only (no parsing for the site, no link rewriting): what reading a toolchain adds to a sync, per page'] };
}

async function convertSource(entry: RawSourceEntry, dir: string): Promise<ToolchainRun> {
  const spec = buildSourceSpec(entry, { line: 1, column: 1 });
  const reader = createWorktreeReader(dir);
  const tree = await reader.listFiles();
  const paths = tree.map((file) => file.path);
  const selected = selectFiles(spec, tree).selected.map((file) => file.path).filter(isDocPath);
  const contents = await reader.readFiles(selected);
  const docs = new Map([...contents].map(([path, content]) => [path, content.toString('utf8')]));
  const started = performance.now();
  const toolchain = await readToolchain(spec, chooseToolchain(spec, new Set(paths)), new Set(paths), reader, docs, NO_DERIVED_CACHE);
  const prepared = performance.now();
  let problems = toolchain.reader.problems.length;
  let pages = 0;
  for (const [path, text] of docs) {
    if (!toolchain.reader.isPage(path)) continue;
    pages += 1;
    problems += (await toolchain.convert({ path, text })).problems.length;
  }
  return { source: entry.id, toolchain: toolchain.name, docs: pages, prepareMs: prepared - started, convertMs: performance.now() - prepared, problems };
}
