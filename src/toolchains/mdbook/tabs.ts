import { applyEdits, type Edit } from '../../markdown/apply-edits.js';
import type { CodeSpans } from '../shared/code-spans.js';
import { dedent, placeBlock } from '../shared/place-block.js';
import { tabs } from '../shared/site-markdown.js';

/** A marker of the mdbook-tabs preprocessor on a line of its own: `{{#tabs }}`, `{{#tab name="Linux" }}`, `{{#endtab }}`, `{{#endtabs }}`. */
const MARKER = /^[ \t]*(\{\{#(tabs|tab|endtab|endtabs)(?:[ \t]+([^}]*))?\}\})[ \t]*\r?$/gm;

interface Marker {
  kind: 'tabs' | 'tab' | 'endtab' | 'endtabs';
  args: string;
  /** Offsets of the `{{...}}`, and of the line around it (`lineEnd` after its line ending). */
  start: number;
  end: number;
  lineStart: number;
  lineEnd: number;
}

interface Group {
  open: Marker;
  close?: Marker;
  tabs: Array<{ label: string; from: number; to: number }>;
  /** The tab whose `{{#endtab}}` is still to come. */
  openTab?: { label: string; from: number };
  /** Its markers so far (reported when the group never closes). */
  markers: Marker[];
  nested: Group[];
}

/**
 * mdbook-tabs' `{{#tabs}}` blocks (outside code) as the site's tabs, nested ones inside; `global=` (tabs that
 * switch together across the page) is not kept. Markers that do not pair up are returned as `unpaired`.
 */
export function tabsEdits(text: string, code: CodeSpans, eol: string): { edits: Edit[]; unpaired: Array<{ offset: number; kind: Marker['kind'] }> } {
  const markers = [...text.matchAll(MARKER)]
    .filter((match) => !code.has(match.index))
    .map((match): Marker => {
      const lineEnd = match.index + match[0].length;
      const start = match.index + match[0].indexOf(match[1]!);
      return { kind: match[2] as Marker['kind'], args: match[3] ?? '', start, end: start + match[1]!.length, lineStart: match.index, lineEnd: text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd };
    });
  const top: Group[] = [];
  const stack: Group[] = [];
  const unpaired: Marker[] = [];
  for (const marker of markers) {
    const group = stack.at(-1);
    if (marker.kind === 'tabs') {
      const created: Group = { open: marker, tabs: [], nested: [], markers: [marker] };
      (group ? group.nested : top).push(created);
      stack.push(created);
    } else if (marker.kind === 'tab' && group && !group.openTab) {
      group.openTab = { label: readName(marker.args), from: marker.lineEnd };
      group.markers.push(marker);
    } else if (marker.kind === 'endtab' && group?.openTab) {
      group.tabs.push({ ...group.openTab, to: marker.lineStart });
      group.markers.push(marker);
      delete group.openTab;
    } else if (marker.kind === 'endtabs' && group && !group.openTab) {
      group.close = marker;
      stack.pop();
    } else unpaired.push(marker);
  }
  unpaired.push(...stack.flatMap((group) => group.markers));
  const complete = top.filter((group) => group.close && group.tabs.length > 0);
  const edits = complete.map((group) => placeBlock(text, group.open.start, group.close!.end, render(text, group, eol), eol));
  return { edits, unpaired: unpaired.sort((a, b) => a.start - b.start).map((marker) => ({ offset: marker.start, kind: marker.kind })) };
}

function render(text: string, group: Group, eol: string): string {
  const items = group.tabs.map((tab) => {
    const inner = group.nested
      .filter((nested) => nested.close && nested.open.lineStart >= tab.from && nested.close.lineEnd <= tab.to)
      .map((nested) => ({ start: nested.open.lineStart - tab.from, end: nested.close!.lineEnd - tab.from, text: `${render(text, nested, eol)}${eol}` }));
    const body = dedent(applyEdits(text.slice(tab.from, tab.to), inner)).replace(/^(?:[ \t]*\r?\n)+/, '');
    return { label: tab.label, body };
  });
  return tabs(items, eol);
}

/** The `name` of `{{#tab name="Linux" }}` (quoted or bare). */
function readName(args: string): string {
  const match = /(?:^|[\s,])name\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/.exec(args);
  return (match?.[1]?.replace(/\\(.)/g, '$1') ?? match?.[2] ?? 'Tab').trim() || 'Tab';
}
