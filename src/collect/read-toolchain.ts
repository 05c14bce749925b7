import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hashKey, type DerivedCache } from '../derived-cache/index.js';
import type { SnapshotReader } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import { type ChosenToolchain, type Conversion, type SourceSnapshot, type ToolchainName, type ToolchainProblem, type ToolchainReader } from '../toolchains/index.js';

/** The toolchain a source is read with, ready to convert its docs. */
export interface SourceToolchain {
  name: ToolchainName;
  /** The config file it read (snapshot path), if any. */
  config?: string;
  /** Whether `format` came from detection rather than repos.yaml. */
  detected: boolean;
  reader: ToolchainReader;
  /** Converts a doc, or takes its conversion from the cache while the files it read are unchanged. */
  convert(doc: { path: string; text: string }): Promise<Conversion>;
}

/**
 * Lets the source's toolchain (see chooseToolchain) read its config, data and navigation from the whole snapshot
 * (files outside the include globs too: they are fetched when read).
 */
export async function readToolchain(
  spec: SourceSpec,
  chosen: ChosenToolchain,
  paths: ReadonlySet<string>,
  reader: SnapshotReader,
  docs: ReadonlyMap<string, string>,
  cache: Pick<DerivedCache, 'conversion'>,
): Promise<SourceToolchain> {
  const snapshot = memoSnapshot(paths, reader);
  const toolchainReader = await chosen.toolchain.prepare({
    source: { id: spec.id, base: spec.base, trusted: spec.trusted },
    ...(chosen.config ? { config: chosen.config } : {}),
    snapshot,
    docs,
  });
  const digest = async (dependencies: readonly string[]) => {
    const contents = await snapshot.read(dependencies);
    return hashKey(...dependencies.map((path) => `${path}\0${contents.has(path) ? sha(contents.get(path)!) : '-'}`));
  };
  return {
    name: chosen.toolchain.name,
    ...(chosen.config ? { config: chosen.config } : {}),
    detected: chosen.detected,
    reader: toolchainReader,
    convert: (doc) => {
      if (chosen.toolchain.name === 'gfm') return toolchainReader.convert(doc); // nothing to convert, nothing to cache
      const key = hashKey('convert', chosen.toolchain.name, toolchainReader.fingerprint, doc.path, doc.text);
      return cache.conversion(key, digest, () => toolchainReader.convert(doc));
    },
  };
}

/** The snapshot as toolchains see it: every read once, shared by the conversions of one source. */
function memoSnapshot(paths: ReadonlySet<string>, reader: SnapshotReader): SourceSnapshot {
  const read = new Map<string, Promise<Buffer | undefined>>();
  return {
    paths,
    async read(wanted) {
      const missing = wanted.filter((path) => !read.has(path) && paths.has(path));
      if (missing.length > 0) {
        const batch = reader.readFiles(missing);
        for (const path of missing) read.set(path, batch.then((contents) => contents.get(path)));
      }
      const result = new Map<string, Buffer>();
      for (const path of wanted) {
        const content = await read.get(path);
        if (content) result.set(path, content);
      }
      return result;
    },
  };
}

function sha(content: Buffer): string {
  return createHash('sha256').update(content).digest('base64url');
}

/** A toolchain's problem as a diagnostic of its source. */
export function toolchainDiagnostic(problem: ToolchainProblem, where: Pick<Diagnostic, 'source' | 'repo' | 'commit'>, file: string): Diagnostic {
  return {
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    ...where,
    file: problem.file ?? file,
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...(problem.construct !== undefined ? { construct: problem.construct } : {}),
    ...(problem.hint !== undefined ? { hint: problem.hint } : {}),
  };
}
