import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What `docusaurus build` reads from the project besides node_modules and the synced tree. */
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'schema', 'src', 'static'];

/**
 * A folder Docusaurus can build from that shares nothing writable with the project: the site's files copied,
 * node_modules a folder of links to the project's packages. Its generated files (.docusaurus) and the bundler's
 * persistent cache (node_modules/.cache) are its own, so cold and warm builds can be measured without
 * disturbing (or being disturbed by) builds in the project.
 */
export async function prepareSiteCopy(projectDir: string, dir: string): Promise<string> {
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const name of SITE_FILES) await cp(join(projectDir, name), join(dir, name), { recursive: true });
  const modules = join(projectDir, 'node_modules');
  for (const name of await readdir(modules)) {
    if (name === '.cache') continue;
    await symlink(join(modules, name), join(dir, 'node_modules', name));
  }
  return dir;
}
