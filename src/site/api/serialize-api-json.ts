/** Characters that could end a `<script>` block or an html context if a consumer pasted the file into a page. */
const MARKUP_CHARACTERS = /[<>&\u2028\u2029]/g;

/**
 * One line of JSON with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes: the same data for every
 * JSON parser, but upstream text (titles, names) can never read as markup, even when the file is served or
 * embedded as html. Those characters only occur inside strings, where the escape is equivalent.
 */
export function serializeApiJson(value: unknown): string {
  const json = JSON.stringify(value).replace(MARKUP_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}
