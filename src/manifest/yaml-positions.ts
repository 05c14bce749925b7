import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';
import type { ManifestPosition } from './types.js';

export type ManifestPath = readonly (string | number)[];

/** Maps manifest paths (`['sources', 2, 'ref']`) to 1-based line:column in the YAML text. */
export interface PositionFinder {
  /** Start of the value at `path`, or of the nearest ancestor that exists. */
  valueAt(path: ManifestPath): ManifestPosition;
  /** Start of the key `path[last]` in its mapping (for unknown keys); falls back to `valueAt`. */
  keyAt(path: ManifestPath): ManifestPosition;
  /** The text a scalar was written as (`1.0` for the number 1), when `path` is a scalar. */
  sourceTextAt(path: ManifestPath): string | undefined;
}

function findPair(map: YamlNode, key: string | number): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)) === String(key));
}

function stepInto(doc: Document, node: YamlNode, segment: string | number): YamlNode | undefined {
  const resolved = isAlias(node) ? node.resolve(doc) : node;
  if (!resolved) return undefined;
  if (isSeq(resolved) && typeof segment === 'number') return resolved.items[segment] as YamlNode | undefined;
  const pair = findPair(resolved, segment);
  return (pair?.value ?? pair?.key ?? undefined) as YamlNode | undefined;
}

/** The deepest node along `path`, and whether it is the node at the whole path. */
function walkPath(doc: Document, path: ManifestPath): { node: YamlNode | undefined; complete: boolean } {
  let node = (doc.contents ?? undefined) as YamlNode | undefined;
  for (const segment of path) {
    const next = node ? stepInto(doc, node, segment) : undefined;
    if (!next?.range) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}

function findNode(doc: Document, path: ManifestPath): YamlNode | undefined {
  return walkPath(doc, path).node;
}

export function createPositionFinder(doc: Document, lineCounter: LineCounter): PositionFinder {
  const toPosition = (node: YamlNode | undefined): ManifestPosition => {
    if (!node?.range) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  return {
    valueAt: (path) => toPosition(findNode(doc, path)),
    keyAt: (path) => {
      const parent = findNode(doc, path.slice(0, -1));
      const key = parent ? findPair(isAlias(parent) ? (parent.resolve(doc) ?? parent) : parent, path.at(-1) ?? '')?.key : undefined;
      return key && typeof key === 'object' ? toPosition(key as YamlNode) : toPosition(findNode(doc, path));
    },
    sourceTextAt: (path) => {
      const { node, complete } = walkPath(doc, path);
      return complete && isScalar(node) ? node.source : undefined;
    },
  };
}
