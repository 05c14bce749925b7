import { Document, Scalar, isMap, isScalar, isSeq } from 'yaml';
import type { RawSourceEntry } from './build-source-spec.js';

/** A source entry as written into repos.yaml: only keys that differ from the defaults. */
export type ManifestEntryText = RawSourceEntry;

/** Glob lists read best on one line with every glob quoted: `include: ["docs/*.md"]`. */
function styleGlobLists(doc: Document): void {
  const sources = doc.get('sources', true);
  if (!isSeq(sources)) return;
  sources.items.forEach((entry, index) => {
    if (!isMap(entry)) return;
    if (index > 0) entry.spaceBefore = true;
    for (const key of ['include', 'exclude']) {
      const list = entry.get(key, true);
      if (!isSeq(list)) continue;
      list.flow = true;
      for (const item of list.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
    }
  });
}

/** repos.yaml text: `headerLines` become `# …` comments above `sources:`, one blank line between entries. */
export function renderManifestYaml(entries: readonly ManifestEntryText[], headerLines: readonly string[]): string {
  const doc = new Document({ sources: entries });
  doc.commentBefore = headerLines.map((line) => ` ${line}`).join('\n');
  styleGlobLists(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
