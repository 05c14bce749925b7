/** A file the sync wants in the site tree. */
export interface OutputFile {
  /** Path relative to the content root. */
  to: string;
  content: Buffer;
  /** Owning source id (`site-metadata` for generated sidebar metadata). */
  source: string;
}

/** A written file's size, inode and modification time (ms), as `lstat` reports them. */
export type FileStats = [size: number, ino: number, mtimeMs: number];

/** What the last completed sync wrote, kept beside the tree so the next run can skip and delete precisely. */
export interface WriteState {
  version: 1;
  files: Record<string, { source: string; hash: string }>;
  /** Each file's stats as the write left it: a later run tells an intact file without reading it. */
  stats?: Record<string, FileStats>;
  /**
   * What the pipeline needs to skip the next run when none of its inputs changed (opaque to the write).
   * Committed with the tree, so it never describes a tree that is not there.
   */
  run?: unknown;
}

/** How one file of the tree differs from the last completed sync. */
export interface FileChange {
  /** Path relative to the content root. */
  to: string;
  source: string;
  change: 'added' | 'changed' | 'removed';
}

export interface WritePlan {
  writes: OutputFile[];
  deletes: string[];
  unchanged: string[];
  state: WriteState;
  /** Files added, changed (other content) and removed since the last completed sync, in path order. */
  changes: FileChange[];
  /** Sources whose files from the last completed sync were kept because they are broken this run. */
  kept: string[];
}
