/**
 * The part of Jinja expressions mkdocs-macros pages use without Python: a variable path (`extra.version`,
 * `config['site_name']`) or a literal, piped through a few pure filters (`default`, `upper`, `indent`, …).
 * Evaluated over data, never run: anything else is `unsupported` and left to the caller to report.
 */
export type Evaluation = { ok: true; value: unknown } | { ok: false; reason: 'undefined' | 'unsupported' };

type Value = { defined: true; value: unknown } | { defined: false };
type Arg = { name?: string; value: Value };

const TOKEN = /\s*(?:(?<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?<number>-?\d+(?:\.\d+)?)|(?<name>[A-Za-z_]\w*)|(?<punct>[.|()[\],=]))/y;

class Unsupported extends Error {}

export function evaluateExpression(source: string, variables: Readonly<Record<string, unknown>>): Evaluation {
  const tokens = tokenize(source);
  if (!tokens) return { ok: false, reason: 'unsupported' };
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string) => {
    const token = tokens[at];
    if (!token || (text !== undefined && token.text !== text)) throw new Unsupported();
    at += 1;
    return token;
  };
  const primary = (): Value => {
    const token = take();
    if (token.kind === 'string') return { defined: true, value: unquote(token.text) };
    if (token.kind === 'number') return { defined: true, value: Number(token.text) };
    if (token.kind !== 'name') throw new Unsupported();
    const literal = LITERALS[token.text];
    if (literal !== undefined) return { defined: true, value: literal.value };
    let value: Value = token.text in variables ? { defined: true, value: variables[token.text] } : { defined: false };
    while (peek()?.text === '.' || peek()?.text === '[') {
      const key = take().text === '.' ? take().text : subscript();
      value = value.defined && isLookupable(value.value) && key in (value.value as object) ? { defined: true, value: (value.value as Record<string, unknown>)[key] } : { defined: false };
    }
    return value;
  };
  const subscript = (): string => {
    const key = take();
    if (key.kind !== 'string' && key.kind !== 'number') throw new Unsupported();
    take(']');
    return key.kind === 'string' ? unquote(key.text) : key.text;
  };
  const args = (): Arg[] => {
    const list: Arg[] = [];
    if (peek()?.text !== '(') return list;
    take('(');
    while (peek()?.text !== ')') {
      const named = peek()?.kind === 'name' && tokens[at + 1]?.text === '=' ? take().text : undefined;
      if (named) take('=');
      list.push({ ...(named ? { name: named } : {}), value: primary() });
      if (peek()?.text === ',') take(',');
      else break;
    }
    take(')');
    return list;
  };
  try {
    let value = primary();
    while (peek()?.text === '|') {
      take('|');
      const name = take();
      if (name.kind !== 'name') throw new Unsupported();
      value = applyFilter(name.text, value, args());
    }
    if (at !== tokens.length) return { ok: false, reason: 'unsupported' };
    return value.defined ? { ok: true, value: value.value } : { ok: false, reason: 'undefined' };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, reason: 'unsupported' };
    throw error;
  }
}

/** A value as Jinja prints it (Python's `str`); undefined for what a page cannot show as text. */
export function printValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  return undefined;
}

/** Applies a filter by name to text (for `{% filter %}` blocks); undefined when it is not one of ours. */
export function filterText(name: string, text: string, rawArgs: string): string | undefined {
  const evaluation = evaluateExpression(`__text__ | ${name}${rawArgs}`, { __text__: text });
  return evaluation.ok ? printValue(evaluation.value) : undefined;
}

const LITERALS: Record<string, { value: unknown }> = { true: { value: true }, True: { value: true }, false: { value: false }, False: { value: false }, none: { value: null }, None: { value: null } };

function applyFilter(name: string, input: Value, args: Arg[]): Value {
  const arg = (index: number, key: string): Value | undefined => args.find((a) => a.name === key)?.value ?? args.filter((a) => !a.name)[index]?.value;
  if (name === 'default' || name === 'd') {
    const fallback = arg(0, 'default_value') ?? { defined: true, value: '' };
    const onFalsy = arg(1, 'boolean');
    const useFallback = !input.defined || (onFalsy?.defined && onFalsy.value === true && !input.value);
    return useFallback ? fallback : input;
  }
  if (!input.defined) return input;
  if (name === 'safe' || name === 'string') return { defined: true, value: name === 'string' ? (printValue(input.value) ?? unsupported()) : input.value };
  const text = printValue(input.value) ?? unsupported();
  const textFilter = TEXT_FILTERS[name] ?? unsupported();
  return { defined: true, value: textFilter(text, (index, key) => arg(index, key)) };
}

type ArgLookup = (index: number, key: string) => Value | undefined;

const TEXT_FILTERS: Record<string, (text: string, arg: ArgLookup) => string> = {
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  capitalize: (text) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(),
  title: (text) => text.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()),
  trim: (text) => text.trim(),
  replace: (text, arg) => text.split(String(valueOf(arg(0, 'old')))).join(String(valueOf(arg(1, 'new')))),
  indent: (text, arg) => indent(text, valueOf(arg(0, 'width')) ?? 4, valueOf(arg(1, 'first')) === true, valueOf(arg(2, 'blank')) === true),
};

/** Jinja's `indent`: every line but the first (unless `first`) gets the indentation; blank lines only with `blank`. */
function indent(text: string, width: unknown, first: boolean, blank: boolean): string {
  const indentation = typeof width === 'string' ? width : ' '.repeat(Number(width));
  const lines = `${text}\n`.split(/\r\n|\r|\n/).slice(0, -1);
  const [head = '', ...rest] = lines;
  const body = blank ? rest.map((line) => indentation + line) : rest.map((line) => (line ? indentation + line : line));
  const joined = [head, ...body].join('\n');
  return first ? indentation + joined : joined;
}

function valueOf(value: Value | undefined): unknown {
  return value?.defined ? value.value : undefined;
}

function unsupported(): never {
  throw new Unsupported();
}

function isLookupable(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

function tokenize(source: string): Array<{ kind: string; text: string }> | undefined {
  const tokens: Array<{ kind: string; text: string }> = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match?.groups) return undefined;
    const [kind, text] = Object.entries(match.groups).find(([, value]) => value !== undefined)!;
    tokens.push({ kind, text: text! });
  }
  return tokens;
}
