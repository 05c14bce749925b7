import type { CollectedFile } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileHistory } from '../fetch/types.js';
import type { LinkContext, LinkRequest, LinkResolution, LinkSource } from '../link-index/link-types.js';
import type { LinkIndex } from '../link-index/types.js';
import type { Edit, EditSpans } from '../markdown/apply-edits.js';

/** The result of rewriting one doc: the new text and what was noticed on the way. */
export interface TransformResult {
  content: string;
  diagnostics: Diagnostic[];
  /** Where the new text differs from the upstream text, to name upstream lines for problems found in it. */
  edits: EditSpans;
}

/** The source of a doc, for links, edit URL and provenance. */
export interface TransformSource extends LinkSource {
  /** Trusted sources may ship `.mdx`; their MDX is left alone apart from links. */
  trusted: boolean;
  /** Clone URL from the manifest, for provenance when the host has no known web UI (credentials are stripped). */
  repoUrl?: string;
}

export interface TransformInput {
  /** The collected doc; its `content` is not read again, `text` is. */
  doc: CollectedFile;
  /** The doc's text (decoded by the collect stage). */
  text: string;
  source: TransformSource;
  /** Last change of the file; defaults to `doc.history`. */
  history?: FileHistory;
  index: LinkIndex;
  /** The link rewrite rules; `resolveLink` from src/link-index unless the caller wraps it. */
  resolve: (context: LinkContext, request: LinkRequest) => LinkResolution;
}

/** What the transform plugins share while rewriting one doc: they only read the tree and push edits. */
export interface TransformState {
  input: TransformInput;
  text: string;
  /** The page's description when its front matter has none (its first paragraph, see describePage). */
  description?: string;
  /** Line ending of the document, used for inserted lines. */
  eol: string;
  linkContext: LinkContext;
  edits: Edit[];
  diagnostics: Diagnostic[];
}
