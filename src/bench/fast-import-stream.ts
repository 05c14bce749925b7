/** Input for `git fast-import`: builds a repo's history without a working tree (fast for thousands of files). */

export interface ImportCommit {
  /** Seconds since the epoch. */
  time: number;
  author: string;
  email: string;
  message: string;
  files: readonly { path: string; content: Buffer }[];
}

function dataBlock(content: Buffer | string): Buffer[] {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')];
}

/**
 * A fast-import stream of `commits` on `branch`, each one on top of the previous, files given inline; the first
 * one on top of `parent` (a commit or ref) when given, else a root commit.
 */
export function buildFastImportStream(branch: string, commits: readonly ImportCommit[], parent?: string): Buffer {
  const parts: Buffer[] = [];
  commits.forEach((commit, index) => {
    const who = `${commit.author} <${commit.email}> ${commit.time} +0000`;
    parts.push(Buffer.from(`commit refs/heads/${branch}\nmark :${index + 1}\nauthor ${who}\ncommitter ${who}\n`));
    parts.push(...dataBlock(commit.message));
    if (index > 0) parts.push(Buffer.from(`from :${index}\n`));
    else if (parent !== undefined) parts.push(Buffer.from(`from ${parent}\n`));
    for (const file of commit.files) {
      parts.push(Buffer.from(`M 100644 inline ${file.path}\n`), ...dataBlock(file.content));
    }
    parts.push(Buffer.from('\n'));
  });
  parts.push(Buffer.from('done\n'));
  return Buffer.concat(parts);
}
