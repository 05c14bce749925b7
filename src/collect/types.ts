import type { FetchedSource, FileHistory } from '../fetch/types.js';
import type { DocAnalysis } from '../markdown/analyze-doc.js';
import type { EditSpans } from '../markdown/apply-edits.js';
import type { NavTree, ToolchainName } from '../toolchains/types.js';

export type FileKind = 'doc' | 'asset';

/** A file selected from an upstream snapshot, placed in the site tree. */
export interface CollectedFile {
  /** Source id. */
  source: string;
  /** Upstream path, relative to the repo root. */
  from: string;
  /** Site path, relative to the content root (POSIX). */
  to: string;
  kind: FileKind;
  /** `mdx` only for trusted sources; untrusted `.mdx` is demoted to `md`. */
  format?: 'md' | 'mdx';
  content: Buffer;
  /** Matched by `include`, or carried along because a selected doc references it. */
  reason: 'include' | 'referenced';
  history?: FileHistory;
  /** Links, anchors and the transform's outline of a doc (from the cache, or from parsing it here). */
  analysis?: DocAnalysis;
  /**
   * A doc its toolchain converted: the upstream text and the edits that made `content` from it (to name
   * upstream lines for problems found later). Absent when the doc needed no conversion.
   */
  original?: { text: string; edits: EditSpans };
  /** Set on a translated page: its language and the English page it translates (`to` is in that language's tree). */
  translation?: Translation;
}

/** What a translated page translates. */
export interface Translation {
  locale: string;
  /** Site path of the English page. */
  englishTo: string;
  /** Upstream path of the English page (links the translated file's folder does not have are read from there). */
  englishFrom: string;
  /** The English page's front matter `id` and `slug`: a translation has its page's (see takeEnglishRouteKeys). */
  routeKeys: { id?: string; slug?: string };
}

export interface CollectedSource {
  fetched: FetchedSource;
  files: CollectedFile[];
  /** Every file path of the snapshot (imported or not), so links to other upstream files can be checked. */
  snapshotPaths: string[];
  /** The docs toolchain the source was read with. */
  toolchain: { name: ToolchainName; config?: string; detected: boolean };
  /** The upstream navigation (snapshot paths), when the toolchain found one. */
  nav?: NavTree;
}
