import { isMap, parseDocument } from 'yaml';
import type { Edit } from '../../markdown/apply-edits.js';

const YAML_FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?=\r?\n|$)/;

/** The edit that gives a doc the page title `title`: set in its YAML front matter, or a front matter block added. */
export function setFrontMatterTitle(text: string, title: string, eol: string): Edit {
  const block = YAML_FRONT_MATTER.exec(text);
  const document = block ? parseDocument(block[1] ?? '') : undefined;
  if (!block || !document || document.errors.length > 0 || !(isMap(document.contents) || document.contents === null)) {
    return { start: 0, end: 0, text: `---${eol}title: ${JSON.stringify(title)}${eol}---${eol}` };
  }
  document.set('title', title);
  const yaml = document.toString({ lineWidth: 0 }).replace(/\r?\n/g, eol);
  return { start: 0, end: block[0].length, text: `---${eol}${yaml}---` };
}
