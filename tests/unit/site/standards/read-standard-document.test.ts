import { describe, expect, it } from 'vitest';
import { readStandardDocument } from '../../../../src/site/standards/read-standard-document.js';
import { documentFile } from './fixture-files.js';

describe('readStandardDocument', () => {
  it('reads the name parts and the front matter of a version', () => {
    const file = documentFile(
      'scs-0123-v2-services.md',
      'title: Services\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-02-29\ndescription: Which services.\n' +
        'last_update:\n  date: 2024-03-01T00:00:00.000Z\nsource:\n  id: standards\n  repo: https://example.org/r\n  path: Standards/scs-0123-v2-services.md\n  commit: abc',
    );
    expect(readStandardDocument(file)).toEqual({
      document: {
        path: 'standards/scs-0123-v2-services.md',
        route: '/standards/scs-0123-v2-services',
        slug: 'scs-0123-v2-services',
        number: '0123',
        kind: 'v',
        version: 'v2',
        title: 'Services',
        type: 'Standard',
        status: 'Stable',
        track: 'IaaS',
        description: 'Which services.',
        stabilizedAt: '2024-02-29',
        supplements: [],
        lastUpdate: '2024-03-01T00:00:00.000Z',
        provenance: { source: 'standards', repo: 'https://example.org/r', commit: 'abc', file: 'Standards/scs-0123-v2-services.md' },
      },
      diagnostics: [],
    });
  });

  it('takes a single supplemented file name as a list, and the file name when the title is missing', () => {
    const { document } = readStandardDocument(documentFile('scs-0123-w1-notes.md', 'type: Supplement\ntrack: IaaS\nsupplements: scs-0123-v2-services.md'));
    expect(document).toMatchObject({ kind: 'w', version: 'w1', title: 'scs-0123-w1-notes', supplements: ['scs-0123-v2-services.md'] });
  });

  it('reports a date that does not exist and reads on without it', () => {
    const { document, diagnostics } = readStandardDocument(documentFile('scs-0123-v3-x.md', 'title: X\ntrack: IaaS\ndeprecated_at: "2024-02-30"'));
    expect(document?.deprecatedAt).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([['standards/invalid-date', 'warning', 'standards/scs-0123-v3-x.md']]);
  });

  it('skips files outside the naming scheme and files whose front matter is broken', () => {
    expect(readStandardDocument(documentFile('flavor-naming.md', 'title: Old'))).toEqual({ diagnostics: [] });
    expect(readStandardDocument(documentFile('scs-0123-v4-x.md', 'title: [unclosed'))).toEqual({ diagnostics: [] });
  });
});
