import { Tokenizer, type Token, type TokenHandler } from 'parse5';

export interface TagListener {
  onStartTag(token: Token.TagToken, tokenizer: Tokenizer): void;
  onEndTag(token: Token.TagToken): void;
}

/**
 * Reads the start and end tags of an html snippet with parse5's tokenizer (what the site's html parser sees),
 * with their source locations when `locations` is set; text, comments and doctypes are skipped. The start-tag
 * listener gets the tokenizer, to switch it to text content after `<script>`, `<title>`, … as a tree builder does.
 */
export function scanHtmlTags(html: string, listener: TagListener, locations = false): void {
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag: (token) => listener.onStartTag(token, tokenizer),
    onEndTag: (token) => listener.onEndTag(token),
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer: Tokenizer = new Tokenizer({ sourceCodeLocationInfo: locations }, handler);
  tokenizer.write(html, true);
}
