/**
 * Hostile and broken repos.yaml values, end to end through the CLI: each is refused with exit code 2 and one
 * message naming the file, line:column, the key and a fix; git never runs, and nothing is fetched or written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, TestRepo, traceGitCommands } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';
import { STACK_LINE } from './project-tree.js';

afterAll(removeTempDirs);

let markerDir: string;
let upstream: TestRepo;

beforeAll(() => {
  markerDir = makeTempDir('scs-marker-');
  upstream = TestRepo.create({ 'docs/intro.md': '# Intro\n' });
});

const marker = () => join(markerDir, 'pwned');

/** One source entry; `lines` replace or add keys (`key: value` lines, indented by the helper). */
function manifest(...lines: string[]): string {
  const keys = new Map<string, string>([
    ['id', 'alpha'],
    ['repo', 'example-org/alpha'],
    ['include', '["docs/*.md"]'],
    ['target', 'docs/alpha'],
  ]);
  for (const line of lines) {
    const [key, ...rest] = line.split(': ');
    if (rest.length === 0) keys.delete(key!);
    else keys.set(key!, rest.join(': '));
  }
  const body = [...keys].map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${value}`).join('\n');
  return `sources:\n${body}\n`;
}

interface Case {
  name: string;
  yaml: () => string;
  /** `repos.yaml:LINE:COLUMN` of the one error. */
  at: string;
  /** The manifest key the message names. */
  key: string;
  /** A word of the hint. */
  fix: RegExp;
}

const CASES: Case[] = [
  { name: 'invalid YAML', yaml: () => 'sources:\n  - id: alpha\n    include: ["docs/*.md"\n    target: docs/alpha\n', at: 'repos.yaml:4:5', key: 'not valid YAML', fix: /closing quotes or brackets/ },
  { name: 'an unknown key', yaml: () => manifest('exlude: ["docs/drafts/*.md"]'), at: 'repos.yaml:6:5', key: 'sources[0].exlude', fix: /Did you mean `exclude`\?/ },
  { name: 'a missing field', yaml: () => manifest('target'), at: 'repos.yaml:2:5', key: 'sources[0].target', fix: /Add it, e\.g\. target: docs\/guides/ },
  { name: 'a mistyped field', yaml: () => manifest('include: docs/*.md'), at: 'repos.yaml:4:14', key: 'sources[0].include', fix: /Write it as a list/ },
  { name: 'a duplicate id', yaml: () => `${manifest()}${manifest('target: docs/beta').replace('sources:\n', '')}`, at: 'repos.yaml:6:9', key: 'sources[1].id', fix: /e\.g\. "alpha-2"/ },
  { name: 'an absolute target', yaml: () => manifest('target: /etc/cron.d'), at: 'repos.yaml:5:13', key: 'sources[0].target', fix: /relative to the site tree/ },
  { name: 'a target with ..', yaml: () => manifest('target: docs/../../outside'), at: 'repos.yaml:5:13', key: 'sources[0].target', fix: /Remove the "\.\."/ },
  { name: 'a target outside the sections', yaml: () => manifest('target: static/js'), at: 'repos.yaml:5:13', key: 'sources[0].target', fix: /one of: docs, user-docs/ },
  { name: 'an ftp:// repo', yaml: () => manifest('repo: ftp://example.org/alpha.git'), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /https:\/\/host\/path, ssh:\/\/, git:\/\/, file:\/\// },
  { name: 'an http:// repo', yaml: () => manifest('repo: http://github.com/example-org/alpha'), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /Use https:\/\/ instead/ },
  { name: 'an ext:: transport', yaml: () => manifest(`repo: "ext::sh -c touch ${marker()}"`), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /Use one of/ },
  { name: 'an fd:: transport', yaml: () => manifest('repo: "fd::17"'), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /Use one of/ },
  { name: 'an ssh host that is an option', yaml: () => manifest(`repo: "ssh://-oProxyCommand=touch%20${marker()}/x"`), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /never start with "-"/ },
  { name: '--upload-pack as repo', yaml: () => manifest(`repo: "--upload-pack=touch ${marker()}"`), at: 'repos.yaml:3:11', key: 'sources[0].repo', fix: /Give a repository URL/ },
  { name: '--upload-pack as ref', yaml: () => manifest(`ref: "--upload-pack=touch ${marker()}"`), at: 'repos.yaml:6:10', key: 'sources[0].ref', fix: /check-ref-format/ },
  { name: 'a ref with ..', yaml: () => manifest('ref: main..evil'), at: 'repos.yaml:6:10', key: 'sources[0].ref', fix: /check-ref-format/ },
  { name: 'a ref with ~', yaml: () => manifest('ref: main~1'), at: 'repos.yaml:6:10', key: 'sources[0].ref', fix: /check-ref-format/ },
  { name: 'a glob with ../', yaml: () => manifest('include: ["../secrets/*.md"]'), at: 'repos.yaml:4:15', key: 'sources[0].include[0]', fix: /Remove the "\.\."/ },
  { name: 'a glob with .. in braces', yaml: () => manifest('include: ["{..,docs}/*.md"]'), at: 'repos.yaml:4:15', key: 'sources[0].include[0]', fix: /Remove the "\.\."/ },
  { name: 'a base above the repo', yaml: () => manifest('base: ../..'), at: 'repos.yaml:6:11', key: 'sources[0].base', fix: /Remove the "\.\."/ },
  { name: 'a path outside the project', yaml: () => manifest('path: ../../home'), at: 'repos.yaml:6:11', key: 'sources[0].path', fix: /--local ID=PATH/ },
];

describe('repos.yaml: hostile and broken values', () => {
  it.each(CASES)('refuses $name with exit 2, one located message, and nothing fetched or written', async ({ yaml, at, key, fix }) => {
    const project = new SyncProject();
    project.github.publish('example-org/alpha', upstream);
    project.writeManifest(yaml());

    const { result: run, commands } = await traceGitCommands(() => project.sync());

    expect(run.exitCode).toBe(2);
    const errors = run.output.split('\n').filter((line) => line.includes(': error: '));
    expect(errors, run.output).toHaveLength(1);
    expect(errors[0], run.output).toContain(`${at}: error: `);
    expect(errors[0]).toContain(key);
    expect(run.output).toMatch(fix);
    expect(run.output).toContain('\n  hint: ');
    expect(run.output).not.toMatch(STACK_LINE);
    expect(commands).toEqual([]);
    expect(readdirSync(project.dir)).toEqual(['repos.yaml']);
    expect(existsSync(marker())).toBe(false);
  });

  it('prints every problem of a manifest at once, in file order', async () => {
    const project = new SyncProject();
    project.writeManifest(`${manifest('ref: -x', 'target: /abs')}${manifest('id: alpha', 'repo: "ext::sh"').replace('sources:\n', '')}`);

    const run = await project.sync();

    expect(run.exitCode).toBe(2);
    expect(run.output).toMatchInlineSnapshot(`
      "alpha (https://github.com/example-org/alpha) repos.yaml:5:13: error: sources[0].target "/abs" is an absolute path.
        hint: Write it relative to the site tree, e.g. target: docs/guides.
      alpha (https://github.com/example-org/alpha) repos.yaml:6:10: error: sources[0].ref "-x" is not a valid git ref: it starts with "-", so git would read it as an option.
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.
      alpha repos.yaml:7:9: error: sources[1].id "alpha" is already used by sources[0] (line 2).
        hint: Give every entry its own id, e.g. "alpha-2".
      alpha repos.yaml:8:11: error: sources[1].repo "ext::sh" uses a git remote-helper transport (\`<transport>::\`), which can run arbitrary commands.
        hint: Use one of: OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path.
      "
    `);
    expect(readdirSync(project.dir)).toEqual(['repos.yaml']);
  });
});
