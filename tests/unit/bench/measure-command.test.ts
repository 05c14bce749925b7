import { describe, expect, it } from 'vitest';
import { runMeasuredCommand } from '../../../src/bench/measure-command.js';

describe('runMeasuredCommand', () => {
  it("keeps the beginning and the end of a long output (a sync's early status line, an error's last words)", async () => {
    const script = "console.log('first line'); for (let i = 0; i < 2000; i++) console.log('warning ' + i + ' '.repeat(20)); console.log('last line')";
    const run = await runMeasuredCommand({ command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: process.env });
    expect(run.exitCode).toBe(0);
    expect(run.output).toContain('first line');
    expect(run.output).toContain('last line');
    expect(run.output).not.toContain('warning 1000 ');
  });

  it('keeps a short output whole', async () => {
    const run = await runMeasuredCommand({ command: process.execPath, args: ['-e', "console.log('a'); console.error('b')"], cwd: process.cwd(), env: process.env });
    expect(run.output.replace(/\s+/g, ' ').trim().split(' ').sort()).toEqual(['a', 'b']);
  });
});
