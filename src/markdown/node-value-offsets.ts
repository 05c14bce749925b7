import type { Node } from 'mdast';

/**
 * Maps offsets inside a literal node's `value` (html, code) to offsets in the document.
 * Inside block quotes and list items the parser strips container prefixes (`> `, indentation) from each
 * line of the value, so every value line is a suffix of its source line. Returns undefined when the node
 * has no position or its value cannot be lined up with the source (then the caller leaves the node alone).
 */
export function mapValueOffsets(text: string, node: Node & { value: string }): ((offset: number) => number) | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const source = text.slice(start, end);
  if (source === node.value) return (offset) => start + offset;
  const valueLines = node.value.split('\n');
  const sourceLines = source.split('\n');
  if (valueLines.length !== sourceLines.length) return undefined;
  const valueLineStarts: number[] = [];
  const shifts: number[] = [];
  let valueCursor = 0;
  let sourceCursor = start;
  for (let i = 0; i < valueLines.length; i += 1) {
    const valueLine = valueLines[i]!;
    const sourceLine = sourceLines[i]!;
    const sourceContent = sourceLine.endsWith('\r') && !valueLine.endsWith('\r') ? sourceLine.slice(0, -1) : sourceLine;
    if (!sourceContent.endsWith(valueLine)) return undefined;
    valueLineStarts.push(valueCursor);
    shifts.push(sourceCursor + sourceContent.length - valueLine.length - valueCursor);
    valueCursor += valueLine.length + 1;
    sourceCursor += sourceLine.length + 1;
  }
  return (offset) => {
    let line = valueLineStarts.length - 1;
    while (line > 0 && valueLineStarts[line]! > offset) line -= 1;
    return offset + shifts[line]!;
  };
}
