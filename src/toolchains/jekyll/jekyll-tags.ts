import { posix } from 'node:path';
import { Hash, Tag, type Context, type Emitter, type Liquid, type Parser, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import { relativeFileLink } from '../shared/rewrite-destinations.js';
import { codeBlock } from '../shared/site-markdown.js';
import type { LiquidState } from './liquid-state.js';

/** A tag class as liquidjs registers it. */
export type TagClass = Parameters<Liquid['registerTag']>[1];

/**
 * Jekyll's own tags: `include_relative`, `link`, `post_url` and `highlight` (`include` is liquidjs' own, in
 * Jekyll mode). `link` and `post_url` write the page's URL, as Jekyll does; the link rewriting that follows
 * turns URLs of pages into file links.
 */
export function jekyllTags(state: LiquidState): Record<string, TagClass> {
  class IncludeRelativeTag extends Tag {
    private readonly file: Template[];
    private readonly hash: Hash;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      this.file = parser.parseTokens([...this.tokenizer.readFileNameTemplate(liquid.options)]);
      this.hash = new Hash(this.tokenizer, true);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const name = String(yield this.liquid.renderer.renderTemplates(this.file, ctx)).trim();
      const path = posix.join(posix.dirname(state.page.path), name);
      if (name === '' || name.split('/').includes('..')) throw new Error(`include_relative cannot include ${name}: only files in the page's folder or below`);
      const text = (yield state.read(path)) as string | undefined;
      if (text === undefined) throw new Error(`ENOENT: Failed to lookup "${name}" next to ${state.page.path}`);
      const templates = this.liquid.parse(text, path);
      ctx.push({ include: yield this.hash.render(ctx) });
      yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
      ctx.pop();
    }
  }

  /** A tag whose argument (Liquid allowed, `{{ page.x }}`) names something. */
  abstract class NamingTag extends Tag {
    protected readonly argument: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.argument = liquid.parse(token.args.trim());
    }
    protected *target(ctx: Context): Generator<unknown, string, unknown> {
      return String(yield this.liquid.renderer.renderTemplates(this.argument, ctx)).trim();
    }
  }

  /** `{% link path %}`: the page's URL; another file of the site (or a missing one) as a file link, for the transform to place or report. */
  class LinkTag extends NamingTag {
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const name = yield* this.target(ctx);
      const path = posix.join(state.site.dir, name.replace(/^\/+/, ''));
      const page = state.pages.byPath.get(path);
      if (page) return emitter.write(state.site.baseurl + page.url);
      emitter.write(relativeFileLink(state.page.path, path));
      if (!state.exists(path)) state.report(`{% link ${name} %}`, `{% link %} names ${name}, which is not a file of this source`, 'toolchain/broken-link');
    }
  }

  class PostUrlTag extends NamingTag {
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const name = yield* this.target(ctx);
      const post = state.pages.post(name);
      if (post) emitter.write(state.site.baseurl + post.url);
      else state.report(`{% post_url ${name} %}`, `{% post_url %} names ${name}, which is not a post of this source`, 'toolchain/broken-link');
    }
  }

  /** `{% highlight lang linenos %}…{% endhighlight %}`: a fenced code block (Liquid inside is rendered, as Jekyll does). */
  class HighlightTag extends Tag {
    private readonly templates: Template[] = [];
    private readonly language: string;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      this.language = /^\s*([\w+#.-]*)/.exec(token.args)?.[1] ?? '';
      let closed = false;
      const stream = parser
        .parseStream(remain)
        .on('tag:endhighlight', () => {
          closed = true;
          stream.stop();
        })
        .on('template', (template: Template) => this.templates.push(template))
        .on('end', () => {
          if (!closed) throw new Error(`tag ${token.getText()} not closed`);
        });
      stream.start();
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const body = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx));
      const indent = /\n([ \t]*)$/.exec(body)?.[1] ?? '';
      const code = body.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
      emitter.write(codeBlock(code, this.language).replace(/\n(`+)$/, `\n${indent}$1`));
    }
  }

  return { include_relative: IncludeRelativeTag, link: LinkTag, post_url: PostUrlTag, highlight: HighlightTag };
}

/** A tag the reader cannot render (a plugin's: `{% seo %}`, `{% feed_meta %}`): removed, and reported. */
export function removedTag(state: LiquidState): TagClass {
  return class RemovedTag extends Tag {
    render(): void {
      const text = this.token.getText();
      state.report(text.length > 60 ? `{% ${this.name} %}` : text, `{% ${this.name} %} is a tag of a Jekyll plugin or theme this site cannot render: removed`);
    }
  };
}
