/**
 * Reads Docusaurus' build output for the problems it found in pages. Docusaurus offers no machine-readable
 * report, so its text is the interface: this module is the one place that knows its wording. Lines it does
 * not recognise are ignored (they are still shown to the user, unchanged, by the build).
 */
export type BuildError =
  /** `onBrokenLinks` / `onBrokenAnchors`: a built page links to a path or anchor that does not exist. */
  | { kind: 'broken-link' | 'broken-anchor'; page: string; target: string }
  /** `onBrokenMarkdownLinks` / `onBrokenMarkdownImages`: a file link in a markdown file that does not resolve. */
  | { kind: 'markdown-link' | 'markdown-image'; file: string; url: string; line?: number; column?: number }
  /** Any other error that stopped a markdown file from compiling (`reason`: the cause Docusaurus names). */
  | { kind: 'mdx-compile'; file: string; reason?: string }
  /** Static site generation could not render a page (`reason`: the cause, e.g. React's "Invalid tag: …"). */
  | { kind: 'ssg-render'; page: string; reason?: string };

// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\u001b\[[0-9;]*[A-Za-z]/g;
/** Frame characters the bundler's error printer puts in front of lines (`╰─▶ ×`, `│`). */
const FRAME_PREFIX = /^[\s│╰─▶×|]*/u;

const PAGE_HEADER = /^- Broken (link|anchor) on source page path = (.+):$/;
const LINK_ENTRY = /^-> linking to (.+?)(?: \(resolved as: (.+)\))?$/;
const MARKDOWN_REFERENCE = /Markdown (link|image) with URL `(.+)` in source file "(.+)" \((\d+):(\d+)\)/;
const MDX_COMPILE = /MDX compilation failed for file "(.+)"/;
const COMPILE_CAUSE = /^Cause: (.+)$/;
const SSG_PAGE = /Can't render static file for pathname "(.+)"/;
const SSG_CAUSE = /^\[cause\]: (?:\w*Error: )?(.+)$/;

/** Every broken link, anchor, markdown link or image and failed markdown file named in `output`, once each. */
export function parseBuildErrors(output: string): BuildError[] {
  const found = new Map<string, BuildError>();
  let page: { kind: 'broken-link' | 'broken-anchor'; path: string } | undefined;
  /** The error the next `Cause:` / `[cause]:` line explains. */
  let awaitingCause: { kind: 'mdx-compile'; file: string } | { kind: 'ssg-render'; page: string } | undefined;
  for (const rawLine of output.replace(ANSI_ESCAPES, '').split(/\r?\n/)) {
    const line = rawLine.replace(FRAME_PREFIX, '').trimEnd();
    const cause = awaitingCause && (awaitingCause.kind === 'mdx-compile' ? COMPILE_CAUSE : SSG_CAUSE).exec(line.trim());
    if (awaitingCause && cause) {
      add(found, { ...awaitingCause, reason: cause[1]! });
      awaitingCause = undefined;
      continue;
    }
    const ssg = SSG_PAGE.exec(line);
    if (ssg) {
      if (awaitingCause) add(found, awaitingCause);
      awaitingCause = { kind: 'ssg-render', page: ssg[1]! };
      continue;
    }
    const header = PAGE_HEADER.exec(line);
    if (header) {
      page = { kind: header[1] === 'link' ? 'broken-link' : 'broken-anchor', path: header[2]! };
      continue;
    }
    const entry = page && LINK_ENTRY.exec(line);
    if (page && entry) {
      add(found, { kind: page.kind, page: page.path, target: entry[1]! });
      continue;
    }
    if (!line.startsWith('->')) page = undefined;
    const parsed = parseFileError(line);
    if (parsed?.kind === 'mdx-compile') {
      if (awaitingCause) add(found, awaitingCause);
      awaitingCause = parsed;
    } else if (parsed) add(found, parsed);
  }
  if (awaitingCause) add(found, awaitingCause);
  return [...found.values()];
}

function parseFileError(line: string): BuildError | undefined {
  const reference = MARKDOWN_REFERENCE.exec(line);
  if (reference) {
    return {
      kind: reference[1] === 'link' ? 'markdown-link' : 'markdown-image',
      url: reference[2]!,
      file: reference[3]!,
      line: Number(reference[4]),
      column: Number(reference[5]),
    };
  }
  const compile = MDX_COMPILE.exec(line);
  return compile ? { kind: 'mdx-compile', file: compile[1]! } : undefined;
}

/** One entry per problem: a compile or render failure is known by its file or page, its cause is extra. */
function add(found: Map<string, BuildError>, error: BuildError): void {
  const { reason: _reason, ...identity } = error as BuildError & { reason?: string };
  const key = JSON.stringify(identity);
  if (!found.has(key) || 'reason' in error) found.set(key, error);
}
