/** An ESTree node, as far as static evaluation reads it (from @babel/parser's estree mode or acorn). */
export interface EsNode {
  type: string;
  start?: number | null;
  end?: number | null;
  loc?: { start: { line: number; column: number } } | null;
  [key: string]: unknown;
}

/** A part of a module that is not a literal: never evaluated, reported by whoever needed it. */
export class NotStatic {
  constructor(
    readonly node: EsNode,
    /** The source as written, short. */
    readonly written: string,
  ) {}
}

export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue } | NotStatic;

/**
 * The value of an expression built only of literals: strings (template literals without `${}`), numbers,
 * booleans, null, arrays and objects of them, and names of the module's constants holding such values.
 * Whatever else (calls, spreads, `require()`, computed keys) becomes a NotStatic in its place: nothing runs.
 * `require.resolve('./x')` is read as the string it names (Docusaurus configs point at sidebars that way).
 */
export function evaluateStatic(node: EsNode, source: string, constants: ReadonlyMap<string, EsNode> = new Map(), seen: Set<string> = new Set()): StaticValue {
  const recurse = (child: EsNode) => evaluateStatic(child, source, constants, seen);
  switch (node.type) {
    case 'Literal':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral': {
      const value = node.value;
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : notStatic(node, source);
    }
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      return (node.expressions as unknown[]).length === 0 && quasis[0]?.value.cooked != null ? quasis[0].value.cooked : notStatic(node, source);
    }
    case 'UnaryExpression': {
      const value = node.operator === '-' || node.operator === '+' ? recurse(node.argument as EsNode) : undefined;
      return typeof value === 'number' ? (node.operator === '-' ? -value : value) : notStatic(node, source);
    }
    case 'ArrayExpression':
      return (node.elements as (EsNode | null)[]).filter((element): element is EsNode => element !== null).map((element) => (element.type === 'SpreadElement' ? notStatic(element, source) : recurse(element)));
    case 'ObjectExpression':
      return evaluateObject(node, source, recurse);
    case 'Identifier': {
      const name = node.name as string;
      const declared = constants.get(name);
      if (name === 'undefined' || !declared || seen.has(name)) return notStatic(node, source);
      // a constant computed by code is reported where it is used
      const value = evaluateStatic(declared, source, constants, new Set([...seen, name]));
      return value instanceof NotStatic ? notStatic(node, source) : value;
    }
    case 'CallExpression':
      return requireResolve(node) ?? notStatic(node, source);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return recurse(node.expression as EsNode);
    default:
      return notStatic(node, source);
  }
}

function evaluateObject(node: EsNode, source: string, recurse: (child: EsNode) => StaticValue): StaticValue {
  const result: Record<string, StaticValue> = {};
  for (const property of node.properties as EsNode[]) {
    const key = property.key as EsNode | undefined;
    const name = key && !property.computed ? (key.type === 'Identifier' ? (key.name as string) : typeof key.value === 'string' || typeof key.value === 'number' ? String(key.value) : undefined) : undefined;
    if ((property.type !== 'Property' && property.type !== 'ObjectProperty') || name === undefined || property.kind === 'get' || property.kind === 'set') {
      result[`\0${property.start ?? 0}`] = notStatic(property, source);
      continue;
    }
    result[name] = property.method ? notStatic(property, source) : recurse(property.value as EsNode);
  }
  return result;
}

function requireResolve(node: EsNode): string | undefined {
  const callee = node.callee as EsNode;
  const args = node.arguments as EsNode[];
  const object = callee.object as EsNode | undefined;
  const property = callee.property as EsNode | undefined;
  if (callee.type !== 'MemberExpression' || object?.name !== 'require' || property?.name !== 'resolve' || args.length !== 1) return undefined;
  const value = args[0]!.value;
  return typeof value === 'string' ? value : undefined;
}

function notStatic(node: EsNode, source: string): NotStatic {
  const written = source.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ');
  return new NotStatic(node, written.length > 50 ? `${written.slice(0, 47)}…` : written);
}

/** Keys of objects that held something not static (they are not names a literal could have). */
export function isHiddenKey(key: string): boolean {
  return key.startsWith('\0');
}
