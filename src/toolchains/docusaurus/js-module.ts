import { parse, parseExpression } from '@babel/parser';
import type { EsNode } from './static-value.js';

/** A JavaScript or TypeScript module read without running it: its default export and its top-level constants. */
export interface JsModule {
  exported?: EsNode;
  constants: Map<string, EsNode>;
}

/**
 * Parses a module (ESM or CommonJS, TypeScript allowed) and finds what it exports: `module.exports = …`,
 * `export default …` (through a constant's name, or the object a config function returns).
 */
export function readJsModule(source: string, path: string): JsModule | { error: string } {
  let program: EsNode;
  try {
    const file = parse(source, { sourceType: 'unambiguous', plugins: ['estree', ...(/\.m?tsx?$/.test(path) ? (['typescript'] as const) : (['jsx'] as const))], errorRecovery: false });
    program = file.program as unknown as EsNode;
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  const constants = new Map<string, EsNode>();
  let exported: EsNode | undefined;
  for (const statement of program.body as EsNode[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as EsNode | null) : statement;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as EsNode[]) {
        const id = declarator.id as EsNode;
        if (id.type === 'Identifier' && declarator.init) constants.set(id.name as string, declarator.init as EsNode);
      }
    }
    if (declaration?.type === 'FunctionDeclaration' && (declaration.id as EsNode | null)?.name) constants.set((declaration.id as EsNode).name as string, declaration);
    if (statement.type === 'ExportDefaultDeclaration') exported = statement.declaration as EsNode;
    const expression = statement.type === 'ExpressionStatement' ? (statement.expression as EsNode) : undefined;
    if (expression?.type === 'AssignmentExpression' && isModuleExports(expression.left as EsNode)) exported = expression.right as EsNode;
  }
  return { ...(exported ? { exported: unwrapFunction(exported, constants) } : {}), constants };
}

function isModuleExports(node: EsNode): boolean {
  const object = node.object as EsNode | undefined;
  const property = node.property as EsNode | undefined;
  return node.type === 'MemberExpression' && object?.name === 'module' && property?.name === 'exports';
}

/** A config exported as a function (`export default async function () { return {…} }`): the object it returns. */
function unwrapFunction(node: EsNode, constants: ReadonlyMap<string, EsNode>): EsNode {
  const target = node.type === 'Identifier' ? (constants.get(node.name as string) ?? node) : node;
  if (!/Function/.test(target.type)) return node;
  const body = target.body as EsNode;
  if (body.type !== 'BlockStatement') return body;
  const returned = (body.body as EsNode[]).find((statement) => statement.type === 'ReturnStatement');
  return (returned?.argument as EsNode | undefined) ?? node;
}

/** One expression as written (`{…}` in MDX without its braces), parsed, or undefined when it does not parse. */
export function readJsExpression(source: string): EsNode | undefined {
  try {
    return parseExpression(source, { plugins: ['estree', 'jsx'] }) as unknown as EsNode;
  } catch {
    return undefined;
  }
}
