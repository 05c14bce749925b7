import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../../src/report/report-command.js';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';
import { NEW, OLD, report, source } from './report-fixture.js';

afterAll(removeTempDirs);

async function run(dir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runReportCommand(argv, { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

describe('npm run report', () => {
  it('appends the markdown summary to a file, so it can be the job summary', async () => {
    const dir = makeTempDir('scs-report-');
    writeFileSync(join(dir, 'sync-report.json'), JSON.stringify(report([source({ id: 'guides' })])));
    writeFileSync(join(dir, 'summary.md'), '# Earlier step\n');
    const result = await run(dir, '--markdown', 'summary.md');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const written = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(written.startsWith('# Earlier step\n## Docs sync\n')).toBe(true);
    expect(written).toContain(`/compare/${OLD}...${NEW}`);
  });

  it('prints the diff of a lock and a report', async () => {
    const dir = makeTempDir('scs-report-');
    writeFileSync(join(dir, 'old.lock'), JSON.stringify({ version: 1, sources: { guides: { repo: 'https://github.com/example-org/guides', commit: OLD } } }));
    writeFileSync(join(dir, 'sync-report.json'), JSON.stringify(report([source({ id: 'guides' })])));
    const result = await run(dir, '--diff', 'old.lock', 'sync-report.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`| guides | updated | [aaaaaaa → bbbbbbb](https://github.com/example-org/guides/compare/${OLD}...${NEW}) | – |`);
  });

  it('exits 2 with a hint when there is no report yet or the options are wrong', async () => {
    const dir = makeTempDir('scs-report-');
    const missing = await run(dir, '--markdown');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatchInlineSnapshot(`
      "sync-report.json: error: sync-report.json cannot be read
        hint: run \`npm run sync\` first, or name an existing file
      "
    `);
    const wrong = await run(dir, '--diff', 'only-one.lock');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--diff needs two files: OLD NEW');
  });
});
