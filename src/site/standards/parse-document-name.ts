/** The parts of a standards document's file name: `scs-0100-v3-flavor-naming.md`. */
export interface DocumentName {
  /** File name without `.md`. */
  slug: string;
  /** Four digits, or `XXXX` for the templates. */
  number: string;
  kind: 'v' | 'w';
  /** `v3`, `w1`, `vN` (templates). */
  version: string;
}

const DOCUMENT_NAME = /^(scs-(\d{4}|XXXX)-([vw])(\d+|N)(?:-.*)?)\.md$/;

/** `undefined` for files that do not follow the naming scheme of the standards repository. */
export function parseDocumentName(fileName: string): DocumentName | undefined {
  const match = DOCUMENT_NAME.exec(fileName);
  if (!match) return undefined;
  const [, slug, number, kind, index] = match as unknown as [string, string, string, 'v' | 'w', string];
  return { slug, number, kind, version: `${kind}${index}` };
}

export function isTemplate(name: Pick<DocumentName, 'number'>): boolean {
  return name.number === 'XXXX';
}

/** Numeric order of version names (`v2` before `v10`); templates' `vN` last. */
export function compareVersions(a: string, b: string): number {
  const rank = (version: string): number => {
    const index = Number(version.slice(1));
    return Number.isNaN(index) ? Number.MAX_SAFE_INTEGER : index;
  };
  return a[0] === b[0] ? rank(a) - rank(b) : a < b ? -1 : 1;
}

/** `scs-XXXX-vN-decision-record-template` → `Decision record template`. */
export function describeTemplate(slug: string): string {
  const words = slug.replace(/^scs-XXXX-vN-?/, '').split('-').filter(Boolean).join(' ');
  return words === '' ? slug : words[0]!.toUpperCase() + words.slice(1);
}
