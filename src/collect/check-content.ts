import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface ContentLimits {
  /** Largest markdown file accepted, in bytes. */
  maxDocBytes: number;
  /** Largest image or other asset accepted, in bytes. */
  maxAssetBytes: number;
}

export const DEFAULT_LIMITS: ContentLimits = { maxDocBytes: 5 * 1024 * 1024, maxAssetBytes: 20 * 1024 * 1024 };

type Problem = Pick<Diagnostic, 'code' | 'message' | 'hint' | 'line'>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Decodes a markdown file, or says why it cannot be published (too big, binary, not UTF-8). */
export function decodeDoc(content: Buffer, limits: ContentLimits): { text: string } | { problem: Problem } {
  if (content.length > limits.maxDocBytes) {
    return {
      problem: {
        code: 'content/too-large',
        message: `file is ${content.length} bytes, over the ${limits.maxDocBytes}-byte limit for markdown`,
        hint: 'split the document, or exclude it in repos.yaml',
      },
    };
  }
  const nul = content.indexOf(0);
  if (nul !== -1) {
    return {
      problem: {
        code: 'content/binary',
        message: 'file holds binary data (a NUL byte) but is named like markdown',
        line: lineAt(content, nul),
        hint: 'rename the file or exclude it in repos.yaml',
      },
    };
  }
  try {
    return { text: strictUtf8.decode(content).replace(/^\uFEFF/, '') };
  } catch {
    const lines = lenientUtf8.decode(content).split('\n');
    const line = lines.findIndex((l) => l.includes('\uFFFD')) + 1;
    return {
      problem: {
        code: 'content/invalid-utf8',
        message: 'file is not valid UTF-8',
        line: line > 0 ? line : undefined,
        hint: 're-save the file as UTF-8 upstream',
      },
    };
  }
}

export function checkAssetSize(size: number, limits: ContentLimits): Problem | undefined {
  if (size <= limits.maxAssetBytes) return undefined;
  return {
    code: 'content/too-large',
    message: `file is ${size} bytes, over the ${limits.maxAssetBytes}-byte limit for images and other files`,
    hint: 'shrink the file upstream, or exclude it in repos.yaml',
  };
}

function lineAt(content: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (content[i] === 0x0a) line++;
  return line;
}
