/**
 * fast-check generators of upstream docs made of ordinary markdown with the odd things real docs contain mixed
 * in (invalid autolinks, placeholders that look like tags, template code, comments in tables, stray braces,
 * emoji, control characters, very long lines, deep nesting, odd front matter, CRLF, a byte order mark, NUL
 * bytes). Each doc knows where its oddities are and what a reader must still see of them, so a test can check
 * the built page: every oddity is visible as text there, or reported at its line.
 */
import fc from 'fast-check';

/** One odd thing in a generated doc and what must become of it. */
export interface Oddity {
  /** What it is, for failure messages. */
  name: string;
  /** 1-based line of the doc where it starts, and how many lines it spans. */
  line: number;
  lines: number;
  /** Texts a reader must find on the page, each as alternatives (any one will do); empty: it only has to build. */
  visible: string[][];
  /** A front matter key: kept in the page's front matter, or reported. */
  frontMatterKey?: string;
}

export interface GeneratedDoc {
  /** The file as upstream wrote it. */
  bytes: Buffer;
  oddities: Oddity[];
  /** Ordinary words placed in every block: each must be on the page (no oddity may swallow the rest of a doc). */
  markers: { word: string; line: number }[];
  /** The line of a NUL byte: the whole file is refused, and reported there. */
  nulLine?: number;
}

/** An oddity that fits in one line of a paragraph, list item, heading or table cell. */
interface Snippet {
  name: string;
  text: string;
  visible: string[][];
}

/** An oddity of whole lines, placed at the top level of the doc; `marker` stands for the block's marker word. */
interface BlockSnippet {
  name: string;
  lines: (marker: string) => string[];
  visible: string[][];
}

const same = (text: string): string[][] => [[text]];
const fixed = (name: string, texts: readonly string[], visible: (text: string) => string[][] = same) =>
  fc.constantFrom(...texts).map((text): Snippet => ({ name: `${name} ${JSON.stringify(text)}`, text, visible: visible(text) }));

const word = fc.constantFrom('cluster', 'node', 'volume', 'network', 'router', 'image', 'flavor', 'project', 'quota', 'zone');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const host = fc.constantFrom('hostname', 'api.example.org', 'registry.local', 'x', 'keystone.example.com', 'www.example.net');
const badPort = fc.constantFrom('port', '99999', '65536', '1:2', 'PORT');
const path = fc.constantFrom('', '/v1', '/a/b', '/health?full=1');

const invalidAutolinks = fc.tuple(fc.constantFrom('http', 'https'), host, badPort, path, fc.constantFrom('bare', 'parens', 'angle')).map(([scheme, name, port, rest, form]): Snippet => {
  const url = `${scheme}://${name}:${port}${rest}`;
  const text = form === 'bare' ? url : form === 'parens' ? `(${url})` : `<${url}>`;
  return { name: `invalid autolink ${text}`, text, visible: same(url) };
});
const invalidWwwLinks = fc.tuple(fc.constantFrom('example.com', 'docs.example.org'), badPort).map(([name, port]): Snippet => ({
  name: `invalid www link www.${name}:${port}`,
  text: `www.${name}:${port}`,
  visible: same(`www.${name}:${port}`),
}));

/** Placeholders and code that look like html tags (none of them can turn later text into attributes). */
const pseudoTags = fixed('pseudo-tag', [
  '<key,value>',
  '<key,value:effect>',
  '<operator>',
  '</operator>',
  '<kubectl>',
  '<Tabs>',
  '<TabItem value="a">',
  '<1s',
  'a <b,',
  'List<String>',
  'Map<K, V>',
  '<duration>',
  '<x.y>',
  '<cluster-name>',
  '<your-api-key>',
  'Vec<Box<dyn Fn()>>',
]);
const templates = fixed('template code', ['{{ .Values.image.tag }}', '{{site.url}}', '{% raw %}', '{%- if toc -%}', '{{< ref "a.md" >}}', '{{% notice %}}', '{{<hint>}}', '${HOME}', '#{name}']);
const templateLinks = fc.tuple(words, fc.constantFrom('{{site.url}}/guide', '{{ site.baseurl }}/setup', '{%link docs/a.md%}', '{{.Values.url}}')).map(([label, destination]): Snippet => ({
  name: `link to template code ${destination}`,
  text: `[${label}](${destination})`,
  visible: same(label),
}));
const templateImages = fc.tuple(words, fc.constantFrom('{{site.baseurl}}/logo.png', '{{ img }}')).map(([alt, destination]): Snippet => ({
  name: `image from template code ${destination}`,
  text: `![${alt}](${destination})`,
  visible: same(alt),
}));
const templateHtml = fc.tuple(words, fc.constantFrom('img', 'a')).map(([label, tag]): Snippet =>
  tag === 'img'
    ? { name: 'html image from template code', text: `<img src="{{ site.logo }}" alt="${label}">`, visible: same(label) }
    : { name: 'html link to template code', text: `<a href="{{ site.repo }}/issues">${label}</a>`, visible: same(label) },
);
const comments = fixed('html comment', ['<!-- note -->', '<!---->', '<!-- | a | b | -->'], () => []);
const braces = fixed('braces', ['{', '}', '{ x }', '{props.name}', '{/* note */}', '{a, b}', '{"key": "value"}', '{#}']);
const strayAngles = fixed('stray <', ['x < y', 'a <= b', '<3', '<! ', '<>', '</ ', '<<EOF.', '<-', '< >', '1<2']);
const emoji = fixed('emoji shortcode', [':smile:', ':+1:', ':rocket:', ':not_an_emoji:', ':white_check_mark:'], (text) => [
  [text, { ':smile:': '😄', ':+1:': '👍', ':rocket:': '🚀', ':white_check_mark:': '✅' }[text] ?? text],
]);
const colons = fixed('colons', ['10:30:00', 'fe80::1', 'std::vector', ':8080', 'a:b:c', ':1{title="x"}']);
const entities = fc.constantFrom(['&copy;', '©'], ['&bogus;', '&bogus;'], ['&#x1F600;', '😀'], ['&amp;', '&'], ['&nbsp;', '\u00a0']).map(([text, shown]): Snippet => ({
  name: `entity ${text}`,
  text: text!,
  // shown as written where its block is shown as source (nested too deeply)
  visible: shown!.trim() === '' ? [] : [[shown!, text!]],
}));
const controls = fixed('control character', ['\u0001', '\u000b', '\u007f', '\u200b', '\u2028', '\u202e', '\u00ad', '\f'], () => []);
const unicode = fixed('unicode', ['ünïcödé', '名前', 'مرحبا', '👩‍💻', 'e\u0301', '\u{1F1E9}\u{1F1EA}']);
const badDestinations = fc
  .tuple(words, fc.constantFrom('#nope', '<>', '%zz', '../../../../../x.md', 'C:\\path', 'mailto:', 'http://', 'missing.md', '/docs/nope', '#%', 'a b', 'setup/quickstart.md#nope'))
  .map(([label, destination]): Snippet => ({ name: `link to ${destination}`, text: `[${label}](${destination})`, visible: same(label) }));
const htmlTags = fixed('html tag', ['<b>', '<i>', '<span>', '</span>', '<br>', '<br/>', '<div>', '</div>', '<details>', '<sup>', '<kbd>', '<hr>', '<p>', '<u>', '<img>', '<a name="x">'], () => []);
const emphasis = fixed('emphasis characters', ['**unclosed', '_x_y_', '~~strike', '*a **b* c**', '***'], (text) => same(text.replace(/[*_~]/g, '')));
const longWords = fc.tuple(fc.integer({ min: 2_000, max: 30_000 }), word).map(([length, first]): Snippet => {
  let text = first;
  for (let i = 0; text.length < length; i += 1) text += ` ${['alpha', 'beta', 'gamma', 'delta'][i % 4]}${i % 97}`;
  return { name: `line of ${text.length} characters`, text, visible: same(text.slice(0, 60)) };
});

const references = fc.tuple(words, fc.constantFrom('[missing-ref]', '[]', '[^9]', '[^a b]', '[ ]')).map(([label, reference]): Snippet => ({
  name: `reference ${reference}`,
  text: `[${label}]${reference}`,
  visible: same(label),
}));
const oddDestinations = fc.tuple(words, fc.constantFrom('<a b c>', '<a b.png>', 'b.md "title with <b>"', 'images/logo.png', '<setup/quickstart.md>', '//host/x', '?q=1', 'file:///etc/passwd')).map(([label, destination]): Snippet => ({
  name: `link to ${destination}`,
  text: `[${label}](${destination})`,
  visible: same(label),
}));
const oddImages = fc.tuple(words, fc.constantFrom('missing.png', 'images/logo.png', '<a b.png>', 'https://example.org/x.png', '#', '?x')).map(([alt, source]): Snippet => ({
  name: `image ${source}`,
  text: `![${alt}](${source})`,
  visible: same(alt),
}));
const linkedImages = words.map((alt): Snippet => ({ name: 'image in a link', text: `[![${alt}](images/logo.png)](setup/quickstart.md)`, visible: same(alt) }));
const inlineCode = fixed('inline code', ['`<operator>`', '`{{ x }}`', '``a ` b``', '`<!-- -->`', '`https://x:99999`'], (text) => same(text.replace(/^`+ ?| ?`+$/g, '')));
const emails = fixed('address', ['<foo@bar>', 'mailto:a@b.c', 'a@b', 'user@example.org', '<mailto:>'], (text) => same(text.replace(/^<|>$/g, '')));
const htmlAttributes = fc.tuple(words, fc.constantFrom('<div title={x}>', '<p style="color: red; : ;">', '<span data-x="{{ y }}" tabindex="abc">', '<img src="missing.png" alt="', '<a href="#x" onclick>', '<font color=red>', '<abbr title="a &amp; b">'))
  .map(([label, open]): Snippet => {
    if (open.endsWith('alt="')) return { name: 'html image of a missing file', text: `${open}${label}">`, visible: same(label) };
    const tag = /^<(\w+)/.exec(open)![1]!;
    return { name: `html ${open}`, text: `${open}${label}</${tag}>`, visible: same(label) };
  });
const longUrls = fc.integer({ min: 1_000, max: 20_000 }).map((length): Snippet => {
  const url = `https://example.org/${'segment/'.repeat(Math.ceil(length / 8))}`;
  return { name: `URL of ${url.length} characters`, text: url, visible: same(url.slice(0, 60)) };
});
const deepInline = fc.integer({ min: 30, max: 200 }).chain((n) =>
  fc.constantFrom<Snippet>(
    { name: `${n} nested emphasis`, text: `${'*a '.repeat(n)}deep${' a*'.repeat(n)}`, visible: same('deep') },
    { name: `${n} nested brackets`, text: `${'['.repeat(n)}deep${']'.repeat(n)}`, visible: same('deep') },
    { name: `${n} nested links`, text: `${'[a '.repeat(n)}deep${'](setup/quickstart.md)'.repeat(n)}`, visible: same('deep') },
  ),
);
const breaks = fixed('line end', ['trailing backslash \\', 'two spaces  ', '#hashtag', '$x^2$', '- not a list', '1) not a list'], (text) => same(text.replace(/\\$/, '').trim()));

/** Oddities for any inline place; `cell` leaves out those a table cell cannot hold. */
function inlineOddity(cell: boolean): fc.Arbitrary<Snippet> {
  return fc.oneof(
    invalidAutolinks,
    invalidWwwLinks,
    pseudoTags,
    templates,
    templateLinks,
    templateImages,
    templateHtml,
    ...(cell ? [] : [comments]),
    braces,
    strayAngles,
    emoji,
    colons,
    entities,
    controls,
    unicode,
    badDestinations,
    htmlTags,
    emphasis,
    references,
    oddDestinations,
    oddImages,
    linkedImages,
    inlineCode,
    emails,
    htmlAttributes,
    ...(cell ? [] : [breaks]),
    deepInline,
    longWords,
    longUrls,
  );
}

/** Oddities only a table cell has: comments left open, escaped pipes. */
const cellOnly = fc.oneof(fixed('unclosed comment in a cell', ['<!-- open']), fixed('escaped pipe', ['a \\| b'], () => same('a | b')));

const depth = fc.integer({ min: 40, max: 140 });
const blockOddities: fc.Arbitrary<BlockSnippet> = fc.oneof(
  depth.map((n): BlockSnippet => ({ name: `list nested ${n} levels`, lines: (m) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- ${i === n - 1 ? `${m} deepest` : `level ${i + 1}`}`), visible: [] })),
  depth.map((n): BlockSnippet => ({ name: `quote nested ${n} levels`, lines: (m) => [`${'> '.repeat(n)}${m} quoted`], visible: [] })),
  depth.map((n): BlockSnippet => ({ name: `html nested ${n} levels in one block`, lines: (m) => [`${'<div>'.repeat(n)}${m} nested${'</div>'.repeat(n)}`], visible: [] })),
  depth.map((n): BlockSnippet => ({
    name: `${n} html blocks left open`,
    lines: (m) => [...Array.from({ length: n }, (_, i) => [`<div class="l${i}">`, '']).flat(), `${m} inside`, '', ...Array.from({ length: n }, () => ['</div>', '']).flat()].slice(0, -1),
    visible: [],
  })),
  fc.integer({ min: 40, max: 1_200 }).map((n): BlockSnippet => ({ name: `${n} inline spans`, lines: (m) => [`${m} ${'<span>'.repeat(n)}deep`], visible: [] })),
  fc.constant<BlockSnippet>({
    name: 'mdx-code-block',
    lines: (m) => ['```mdx-code-block', "<script>window.SCS_PWNED = 'generated'</script>", `<operator> ${m}`, '```'],
    visible: same('<operator>'),
  }),
  fc.constantFrom('{1-100000000}', '{1,3-4}', '{2-9999999999}').map((range): BlockSnippet => ({ name: `highlight range ${range}`, lines: (m) => [`\`\`\`text ${range}`, `${m} code`, '```'], visible: [] })),
  fc.constant<BlockSnippet>({ name: 'comment block with a table', lines: () => ['<!--', '| hidden | table |', '-->'], visible: [] }),
  fc.constantFrom(':::note', ':::unknown-kind', ':::tip Old style title', ':::warning[Label]{.x}', '::::danger').map((opener): BlockSnippet => ({
    name: `directive ${opener}`,
    lines: (m) => [opener, `${m} in a directive`, opener.match(/^:+/)![0]],
    visible: [],
  })),
  fc.constantFrom('NOTE', 'WARNING', 'CAUTION', 'nope').map((kind): BlockSnippet => ({ name: `alert ${kind}`, lines: (m) => [`> [!${kind}]`, `> ${m} alert`], visible: [] })),
  fc.constant<BlockSnippet>({ name: 'setext heading with a pseudo-tag', lines: (m) => [`${m} <key,value>`, '---'], visible: same('<key,value>') }),
  fc.constant<BlockSnippet>({ name: 'html block around markdown', lines: (m) => ['<div markdown="1">', '', `${m} **bold** <operator>`, '', '</div>'], visible: same('<operator>') }),
  fc.constant<BlockSnippet>({ name: 'details in a list', lines: (m) => ['- <details>', '  <summary>More</summary>', '', `  ${m} hidden <key,value>`, '', '  </details>'], visible: same('<key,value>') }),
  fc.constant<BlockSnippet>({ name: 'html table with markdown', lines: (m) => ['<table>', '<tr><td>', '', `${m} *cell* {{ x }}`, '', '</td></tr>', '</table>'], visible: same('{{ x }}') }),
  fc.constant<BlockSnippet>({ name: 'mixed quotes and lists', lines: (m) => [`> - > - ${m} <operator>`, '>   - x'], visible: same('<operator>') }),
  fc.constant<BlockSnippet>({ name: 'tab indentation', lines: (m) => ['-\tfirst', `\t-\t${m} tabbed`], visible: [] }),
  fc.constant<BlockSnippet>({ name: 'broken mermaid', lines: () => ['```mermaid', 'graph TD', '  A[broken --> B{{', '```'], visible: [] }),
  fc.constant<BlockSnippet>({ name: 'heading ids', lines: (m) => [`## ${m} {#a b}`, '', '## {#only-id}', '', `### ${m}b <!-- #comment-id -->`, '', 'Links: [a](#a b) [b](#comment-id) [c](#only-id).'], visible: [] }),
  fc.constant<BlockSnippet>({ name: 'footnotes', lines: (m) => [`${m} note[^1] and [^x].`, '', '[^1]: A footnote with <operator> and {{ x }}.', '[^1]: Defined twice.'], visible: same('<operator>') }),
  fc.constant<BlockSnippet>({ name: 'reference definitions', lines: (m) => [`${m} [ref] and [tmpl] and [img][pic].`, '', '[ref]: https://x:99999', '[tmpl]: {{ site.url }}', '[pic]: <a b.png>', '[ref]: ./duplicate.md'], visible: [] }),
  fc.constant<BlockSnippet>({ name: 'setext heading', lines: (m) => [`${m} {{ title }}`, '==='], visible: same('{{ title }}') }),
);

/** Front matter lines upstream tools leave behind, each a key Docusaurus may refuse. */
const frontMatterOddities = fc.subarray(
  [
    ['sidebar_label: ""'],
    ['image: "{{ site.image }}"'],
    ['tags: ["", {label: orphan}, ok]'],
    ['keywords: [""]'],
    ['toc_min_heading_level: 5', 'toc_max_heading_level: 3'],
    ['slug: /odd#slug?x=1'],
    ['id: "a#b"'],
    ['description: {{ page.description }}'],
    ['title: 123'],
    ['hide_title: "no"'],
    ['sidebar_position: abc'],
    ['pagination_label: ""'],
  ],
  { minLength: 1 },
);

type Block =
  | { kind: 'paragraph'; segments: (Snippet | null)[] }
  | { kind: 'list'; items: { indent: number; snippet: Snippet | null }[] }
  | { kind: 'quote'; snippet: Snippet | null }
  | { kind: 'table'; rows: (Snippet | null)[][] }
  | { kind: 'heading'; level: number; snippet: Snippet | null }
  | { kind: 'code'; snippet: Snippet }
  | { kind: 'link' }
  | { kind: 'odd'; snippet: BlockSnippet };

const maybe = (arbitrary: fc.Arbitrary<Snippet>) => fc.option(arbitrary, { freq: 3, nil: null }).map((value) => value ?? null);

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('paragraph' as const), segments: fc.array(maybe(inlineOddity(false)), { minLength: 1, maxLength: 3 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('list' as const), items: fc.array(fc.record({ indent: fc.integer({ min: 0, max: 2 }), snippet: maybe(inlineOddity(false)) }), { minLength: 1, maxLength: 4 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('quote' as const), snippet: maybe(inlineOddity(false)) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(maybe(fc.oneof(inlineOddity(true), cellOnly)), { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 3 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('heading' as const), level: fc.integer({ min: 2, max: 4 }), snippet: maybe(inlineOddity(false)) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('code' as const), snippet: inlineOddity(false) }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'link' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('odd' as const), snippet: blockOddities }), weight: 2 },
);

export interface DocOptions {
  /** Leave out NUL bytes (a doc with one is refused as a whole). */
  noNul?: boolean;
}

/** A whole upstream doc: optional odd front matter, a title, 1–8 blocks, LF or CRLF, maybe a BOM or a NUL byte. */
export function generatedDoc(options: DocOptions = {}): fc.Arbitrary<GeneratedDoc> {
  return fc
    .record({
      frontMatter: fc.option(frontMatterOddities, { freq: 3, nil: undefined }),
      title: maybe(inlineOddity(false)),
      blocks: fc.array(blockArb, { minLength: 1, maxLength: 8 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      nul: options.noNul ? fc.constant(false) : fc.boolean().chain((on) => (on ? fc.boolean() : fc.constant(false))).chain((on) => (on ? fc.boolean() : fc.constant(false))),
    })
    .map(assemble);
}

interface Assembly {
  frontMatter: string[][] | undefined;
  title: Snippet | null;
  blocks: Block[];
  crlf: boolean;
  bom: boolean;
  nul: boolean;
}

function assemble(spec: Assembly): GeneratedDoc {
  const lines: string[] = [];
  const oddities: Oddity[] = [];
  const markers: GeneratedDoc['markers'] = [];
  const nextMarker = () => {
    const marker = `mark${markers.length}x`;
    markers.push({ word: marker, line: lines.length + 1 });
    return marker;
  };
  const place = (snippet: Snippet | null, line: number): string => {
    if (!snippet) return '';
    oddities.push({ name: snippet.name, line, lines: 1, visible: snippet.visible });
    return ` ${snippet.text}`;
  };
  if (spec.frontMatter) {
    lines.push('---');
    for (const entry of spec.frontMatter) {
      const key = entry[0]!.split(':')[0]!;
      oddities.push({ name: `front matter ${entry.join(', ')}`, line: lines.length + 1, lines: entry.length, visible: [], frontMatterKey: key });
      lines.push(...entry);
    }
    lines.push('---', '');
  }
  lines.push(`# Generated ${nextMarker()}${place(spec.title, lines.length + 1)}`, '');
  for (const block of spec.blocks) {
    const line = () => lines.length + 1;
    switch (block.kind) {
      case 'paragraph':
        for (const snippet of block.segments) lines.push(`Text ${nextMarker()}${place(snippet, line())} and more.`);
        break;
      case 'list': {
        let indent = 0;
        for (const [i, item] of block.items.entries()) {
          indent = i === 0 ? 0 : Math.min(item.indent, indent + 1);
          lines.push(`${'  '.repeat(indent)}- ${nextMarker()}${place(item.snippet, line())}`);
        }
        break;
      }
      case 'quote':
        lines.push(`> ${nextMarker()}${place(block.snippet, line())}`);
        break;
      case 'table': {
        const columns = Math.max(...block.rows.map((row) => row.length));
        lines.push(`| ${Array.from({ length: columns }, (_, i) => `head ${i}`).join(' | ')} |`, `|${' --- |'.repeat(columns)}`);
        for (const row of block.rows) {
          const cells = Array.from({ length: columns }, (_, i) => (i === 0 ? nextMarker() : 'cell') + place(row[i] ?? null, line()));
          lines.push(`| ${cells.join(' | ')} |`);
        }
        break;
      }
      case 'heading':
        lines.push(`${'#'.repeat(block.level)} ${nextMarker()}${place(block.snippet, line())}`);
        break;
      case 'code': {
        const marker = nextMarker();
        lines.push('```text', `${marker} ${block.snippet.text}`, '```');
        break;
      }
      case 'link':
        lines.push(`See [the quickstart](setup/quickstart.md#install-the-cli) and [usage](../docs/usage.md) ${nextMarker()}.`);
        break;
      case 'odd': {
        const start = line();
        const marker = `mark${markers.length}x`;
        const body = block.snippet.lines(marker);
        const offset = body.findIndex((text) => text.includes(marker));
        if (offset !== -1) markers.push({ word: marker, line: start + offset });
        oddities.push({ name: block.snippet.name, line: start, lines: body.length, visible: block.snippet.visible });
        lines.push(...body);
        break;
      }
    }
    lines.push('');
  }
  let nulLine: number | undefined;
  if (spec.nul) {
    nulLine = markers.at(-1)!.line;
    lines[nulLine - 1] = `${lines[nulLine - 1]} NUL\u0000here`;
  }
  const text = lines.join(spec.crlf ? '\r\n' : '\n');
  return { bytes: Buffer.from(`${spec.bom ? '\uFEFF' : ''}${text}`), oddities, markers, ...(nulLine !== undefined ? { nulLine } : {}) };
}
