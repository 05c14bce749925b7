import { describe, expect, it } from 'vitest';
import { parseSyncArgs } from '../../../src/cli/parse-sync-args.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { UserError } from '../../../src/diagnostics/user-error.js';

function usageMessage(argv: string[]): string {
  try {
    parseSyncArgs(argv);
  } catch (error) {
    if (error instanceof UserError) return error.diagnostics.map(formatDiagnostic).join('\n');
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseSyncArgs', () => {
  it('has the documented defaults', () => {
    expect(parseSyncArgs([])).toMatchObject({
      manifest: 'repos.yaml',
      cache: '.cache/repos',
      report: 'sync-report.json',
      frozen: false,
      offline: false,
      strict: false,
      concurrency: 12,
    });
  });

  it('splits --only lists and reads --local ID=PATH pairs', () => {
    const args = parseSyncArgs(['--only', 'a,b', '--only=c', '--local', 'standards=../standards', '--strict']);
    expect(args.only).toEqual(['a', 'b', 'c']);
    expect(args.locals).toEqual({ standards: '../standards' });
    expect(args.strict).toBe(true);
  });

  it('suggests the nearest option for a typo', () => {
    expect(usageMessage(['--fozen'])).toMatchInlineSnapshot(`
      "error: unknown option --fozen
        hint: did you mean --frozen? Run with --help for all options"
    `);
  });

  it('explains missing values and malformed --local', () => {
    expect(usageMessage(['--report'])).toContain('option --report needs a value');
    expect(usageMessage(['--local', 'standards'])).toContain('--local expects ID=PATH');
    expect(usageMessage(['--concurrency', '0'])).toContain('--concurrency must be a positive whole number');
  });
});
