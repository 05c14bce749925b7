import { parseDocument, Scalar, type CollectionTag, type ScalarTag } from 'yaml';

/**
 * mkdocs.yml often carries PyYAML tags: `!ENV [NAME, default]` (an environment variable, here always its
 * default), `!relative` (a path), `!!python/name:module.fn` (a Python object). They read as plain values;
 * every other unknown tag leaves its value as written.
 */
const ENV_SCALAR: ScalarTag = { tag: '!ENV', resolve: () => null };
const ENV_LIST: CollectionTag = {
  tag: '!ENV',
  collection: 'seq',
  // [NAME, ..., default]: the variables are unset here, so the default (when there is one)
  resolve: (seq) => {
    const items = 'items' in seq ? (seq.items as unknown[]) : [];
    const last = items.length < 2 ? undefined : items.at(-1);
    return new Scalar(last instanceof Scalar ? last.value : (last ?? null)) as never;
  },
};
const RELATIVE: ScalarTag = { tag: '!relative', resolve: (value) => value };

export type YamlRead = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses YAML the way mkdocs would read it, never throwing. */
export function readYaml(text: string): YamlRead {
  try {
    const doc = parseDocument(text, { customTags: [ENV_SCALAR, ENV_LIST, RELATIVE], prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return { ok: false, message: doc.errors[0]!.message.split('\n')[0]! };
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
