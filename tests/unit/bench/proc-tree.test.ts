import { describe, expect, it } from 'vitest';
import { parseProcessStatus, sumTreeRss } from '../../../src/bench/proc-tree.js';

const status = (ppid: number, rssKb?: number) =>
  ['Name:\tnode', 'State:\tS (sleeping)', `PPid:\t${ppid}`, ...(rssKb === undefined ? [] : [`VmRSS:\t  ${rssKb} kB`]), 'Threads:\t7'].join('\n');

describe('parseProcessStatus', () => {
  it('reads the parent and the resident memory in bytes; a zombie without VmRSS counts as zero', () => {
    expect(parseProcessStatus(42, status(1, 2048))).toEqual({ pid: 42, ppid: 1, rssBytes: 2048 * 1024 });
    expect(parseProcessStatus(43, status(42))).toEqual({ pid: 43, ppid: 42, rssBytes: 0 });
    expect(parseProcessStatus(44, 'garbage')).toBeUndefined();
  });
});

describe('sumTreeRss', () => {
  it('adds the root and every descendant, and nothing outside the tree', () => {
    const processes = [
      { pid: 10, ppid: 1, rssBytes: 100 }, // the measured command
      { pid: 11, ppid: 10, rssBytes: 20 }, // its git child
      { pid: 12, ppid: 11, rssBytes: 3 }, // git's own helper
      { pid: 13, ppid: 1, rssBytes: 5000 }, // someone else's process
    ];
    expect(sumTreeRss(processes, 10)).toBe(123);
    expect(sumTreeRss(processes, 11)).toBe(23);
    expect(sumTreeRss(processes, 99)).toBe(0);
  });
});
