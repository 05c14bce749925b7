/** A file the sync wants in the site tree. */
export interface OutputFile {
  /** Path relative to the content root. */
  to: string;
  content: Buffer;
  /** Owning source id (`site-metadata` for generated sidebar metadata). */
  source: string;
}

/** What the last completed sync wrote, kept beside the tree so the next run can skip and delete precisely. */
export interface WriteState {
  version: 1;
  files: Record<string, { source: string; hash: string }>;
}

export interface WritePlan {
  writes: OutputFile[];
  deletes: string[];
  unchanged: string[];
  state: WriteState;
}
