import { describe, expect, it } from 'vitest';
import { manifestWith, problemsForValues, problemsOf } from './manifest-test-helpers.js';

describe('repos.yaml document rules', () => {
  it('reports invalid YAML at the parser position', () => {
    const text = 'sources:\n  - id: demo\n    include: ["docs/*.md"\n    target: docs\n';
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      "repos.yaml:4:5: error: The manifest is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].
        hint: Fix the YAML syntax here: check indentation, "- " before list items, ": " after keys and closing quotes or brackets."
    `);
  });

  it('reports duplicate keys and extra documents as YAML problems', () => {
    expect(problemsOf(`${manifestWith()}    id: again\n`)).toMatchInlineSnapshot(`
      "repos.yaml:6:5: error: The manifest is not valid YAML: Map keys must be unique.
        hint: Each key may appear once per mapping: remove or rename the repeated key."
    `);
    expect(problemsOf(`${manifestWith()}---\nsources: []\n`)).toMatchInlineSnapshot(`
      "repos.yaml:6:1: error: The manifest is not valid YAML: Source contains multiple documents; please use YAML.parseAllDocuments().
        hint: repos.yaml holds one document: remove the extra "---" line."
    `);
  });

  it('requires a mapping with a sources list at the top level', () => {
    const table = ['', '- id: demo\n', 'source:\n  - id: demo\n', 'sources: docs\n', 'sources:\n']
      .map((text) => `${JSON.stringify(text)}\n${problemsOf(text)}`)
      .join('\n\n');
    expect(table).toMatchInlineSnapshot(`
      """
      repos.yaml:1:1: error: The manifest is empty.
        hint: Start the file like this:
          sources:
            - id: k8s-harbor
              repo: SovereignCloudStack/k8s-harbor
              include: ["docs/**/*.md"]
              target: docs/container

      "- id: demo\\n"
      repos.yaml:1:1: error: The manifest must be a mapping, not a list.
        hint: Start the file like this:
          sources:
            - id: k8s-harbor
              repo: SovereignCloudStack/k8s-harbor
              include: ["docs/**/*.md"]
              target: docs/container

      "source:\\n  - id: demo\\n"
      repos.yaml:1:1: error: sources is missing.
        hint: Add it, e.g.
          sources:
            - id: k8s-harbor
              repo: SovereignCloudStack/k8s-harbor
              include: ["docs/**/*.md"]
              target: docs/container
      repos.yaml:1:1: error: source is not a known key.
        hint: Did you mean \`sources\`? Known keys: sources.

      "sources: docs\\n"
      repos.yaml:1:10: error: sources must be a list, not the text "docs".
        hint: Write the entries below the key, each starting with "- ":
          sources:
            - id: k8s-harbor
              repo: SovereignCloudStack/k8s-harbor
              include: ["docs/**/*.md"]
              target: docs/container

      "sources:\\n"
      repos.yaml:1:9: error: sources must be a list, not empty.
        hint: Write the entries below the key, each starting with "- ":
          sources:
            - id: k8s-harbor
              repo: SovereignCloudStack/k8s-harbor
              include: ["docs/**/*.md"]
              target: docs/container"
    `);
  });

  it('requires every entry to be a mapping', () => {
    expect(problemsOf('sources:\n  - example-org/demo\n')).toMatchInlineSnapshot(`
      "repos.yaml:2:5: error: sources[0] must be a mapping, not the text "example-org/demo".
        hint: Each entry is a mapping of keys, e.g.
          - id: k8s-harbor
            include: ["docs/**/*.md"]"
    `);
  });
});

describe('repos.yaml format', () => {
  it('names the toolchains a misspelt format can be, with the closest first', () => {
    expect(problemsForValues('format', ['mkdoc', 'Hugo', 'asciidoc'])).toMatchInlineSnapshot(`
      "format: mkdoc
      demo (https://github.com/example-org/demo) repos.yaml:6:13: error: sources[0].format "mkdoc" is not one of gfm, mkdocs, mdbook, docusaurus, jekyll, hugo.
        hint: Did you mean "mkdocs"? Write one of: gfm, mkdocs, mdbook, docusaurus, jekyll, hugo.

      format: Hugo
      demo (https://github.com/example-org/demo) repos.yaml:6:13: error: sources[0].format "Hugo" is not one of gfm, mkdocs, mdbook, docusaurus, jekyll, hugo.
        hint: Did you mean "hugo"? Write one of: gfm, mkdocs, mdbook, docusaurus, jekyll, hugo.

      format: asciidoc
      demo (https://github.com/example-org/demo) repos.yaml:6:13: error: sources[0].format "asciidoc" is not one of gfm, mkdocs, mdbook, docusaurus, jekyll, hugo.
        hint: Write one of: gfm, mkdocs, mdbook, docusaurus, jekyll, hugo."
    `);
  });
});

describe('repos.yaml entry keys', () => {
  it('suggests the closest known key for an unknown one', () => {
    expect(problemsForValues('inclde', ['["docs/*.md"]'], { include: undefined })).toMatchInlineSnapshot(`
      "inclde: ["docs/*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:2:5: error: sources[0].include is missing.
        hint: Add it, e.g. include: ["docs/**/*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:5:5: error: sources[0].inclde is not a known key.
        hint: Did you mean \`include\`? Known keys: id, repo, path, ref, include, exclude, base, target, label, position, trusted, format, config, translations."
    `);
    expect(problemsForValues('colour', ['blue'])).toMatchInlineSnapshot(`
      "colour: blue
      demo (https://github.com/example-org/demo) repos.yaml:6:5: error: sources[0].colour is not a known key.
        hint: Remove it or use one of the known keys: id, repo, path, ref, include, exclude, base, target, label, position, trusted, format, config, translations."
    `);
    expect(problemsOf(`${manifestWith()}sourcse: []\n`)).toMatchInlineSnapshot(`
      "repos.yaml:6:1: error: sourcse is not a known key.
        hint: Did you mean \`sources\`? Known keys: sources."
    `);
  });

  it('reports missing required keys and a missing repo/path', () => {
    expect(problemsOf(manifestWith({ include: undefined, target: undefined }))).toMatchInlineSnapshot(`
      "demo (https://github.com/example-org/demo) repos.yaml:2:5: error: sources[0].include is missing.
        hint: Add it, e.g. include: ["docs/**/*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:2:5: error: sources[0].target is missing.
        hint: Add it, e.g. target: docs/guides (first folder one of: docs, user-docs, contributor-docs, standards, community)"
    `);
    expect(problemsOf(manifestWith({ repo: undefined }))).toMatchInlineSnapshot(`
      "demo repos.yaml:2:5: error: sources[0] has neither repo nor path.
        hint: Add the repository to fetch (repo: OWNER/NAME or a URL), or a working tree to read (path: FOLDER)."
    `);
    expect(problemsOf('sources:\n  - {}\n')).toMatchInlineSnapshot(`
      "repos.yaml:2:5: error: sources[0].id is missing.
        hint: Add it, e.g. id: k8s-harbor
      repos.yaml:2:5: error: sources[0].include is missing.
        hint: Add it, e.g. include: ["docs/**/*.md"]
      repos.yaml:2:5: error: sources[0].target is missing.
        hint: Add it, e.g. target: docs/guides (first folder one of: docs, user-docs, contributor-docs, standards, community)
      repos.yaml:2:5: error: sources[0] has neither repo nor path.
        hint: Add the repository to fetch (repo: OWNER/NAME or a URL), or a working tree to read (path: FOLDER)."
    `);
  });

  it('explains wrong types with the fix', () => {
    const table = [
      problemsForValues('include', ['"docs/*.md"', '[]', '[""]']),
      problemsForValues('exclude', ['docs/drafts/**']),
      problemsForValues('ref', ['1.0']),
      problemsForValues('position', ['first', '2.5']),
      problemsForValues('trusted', ['yes', 'false']),
      problemsForValues('label', ['[a, b]', 'Guides']),
      problemsForValues('base', ['""']),
    ].join('\n\n');
    expect(table).toMatchInlineSnapshot(`
      "include: "docs/*.md"
      demo (https://github.com/example-org/demo) repos.yaml:4:14: error: sources[0].include must be a list, not the text "docs/*.md".
        hint: Write it as a list: include: ["docs/*.md"]

      include: []
      demo (https://github.com/example-org/demo) repos.yaml:4:14: error: sources[0].include is an empty list.
        hint: List at least one glob, e.g. include: ["docs/**/*.md"]

      include: [""]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] is empty.
        hint: Give a value or remove it, e.g. include: ["docs/**/*.md"]

      exclude: docs/drafts/**
      demo (https://github.com/example-org/demo) repos.yaml:6:14: error: sources[0].exclude must be a list, not the text "docs/drafts/**".
        hint: Write it as a list: exclude: ["docs/drafts/**"]

      ref: 1.0
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref must be text, not the number 1.0.
        hint: Put it in quotes: ref: "1.0"

      position: first
      demo (https://github.com/example-org/demo) repos.yaml:6:15: error: sources[0].position must be a number, not the text "first".
        hint: Write it like this: position: 3

      position: 2.5
      (accepted)

      trusted: yes
      demo (https://github.com/example-org/demo) repos.yaml:6:14: error: sources[0].trusted must be true or false, not the text "yes".
        hint: Write true or false (YAML 1.2 reads yes/no/on/off as text).

      trusted: false
      (accepted)

      label: [a, b]
      demo (https://github.com/example-org/demo) repos.yaml:6:12: error: sources[0].label must be text, not a list.
        hint: Write it like this: label: Container Registry

      label: Guides
      (accepted)

      base: ""
      (accepted)"
    `);
  });

  it('names both entries of a duplicate id', () => {
    const text = `${manifestWith()}  - id: demo\n    repo: example-org/other\n    include: ["*.md"]\n    target: docs/other\n`;
    expect(problemsOf(text)).toMatchInlineSnapshot(`
      "demo (https://github.com/example-org/other) repos.yaml:6:9: error: sources[1].id "demo" is already used by sources[0] (line 2).
        hint: Give every entry its own id, e.g. "demo-2"."
    `);
  });

  it('requires lowercase ids', () => {
    expect(problemsForValues('id', ['k8s-harbor', '2024-notes', 'My_Repo', '-demo', '""'])).toMatchInlineSnapshot(`
      "id: k8s-harbor
      (accepted)

      id: 2024-notes
      (accepted)

      id: My_Repo
      repos.yaml:2:9: error: sources[0].id "My_Repo" is not a valid id.
        hint: Use lowercase letters, digits and "-", starting with a letter or digit, e.g. "my-repo".

      id: -demo
      repos.yaml:2:9: error: sources[0].id "-demo" is not a valid id.
        hint: Use lowercase letters, digits and "-", starting with a letter or digit, e.g. "demo".

      id: ""
      repos.yaml:2:9: error: sources[0].id "" is not a valid id.
        hint: Use lowercase letters, digits and "-", starting with a letter or digit, e.g. "source"."
    `);
  });
});

describe('repos.yaml values', () => {
  it('accepts the documented repository forms and refuses everything else', () => {
    const table = problemsForValues('repo', [
      'SovereignCloudStack/standards',
      'https://github.com/SovereignCloudStack/standards.git',
      'ssh://git@git.example.org:2222/docs/handbook.git',
      'git://git.example.org/handbook.git',
      'file:///srv/git/handbook.git',
      'git@github.com:SovereignCloudStack/standards.git',
      'http://github.com/SovereignCloudStack/standards',
      '"--upload-pack=touch /tmp/x"',
      '"ext::sh -c touch% /tmp/pwned"',
      'fd::17',
      'ftp://example.org/repo.git',
      'ssh://-oProxyCommand=calc/repo',
      '../standards',
      'standards',
      'https://',
    ]);
    expect(table).toMatchInlineSnapshot(`
      "repo: SovereignCloudStack/standards
      (accepted)

      repo: https://github.com/SovereignCloudStack/standards.git
      (accepted)

      repo: ssh://git@git.example.org:2222/docs/handbook.git
      (accepted)

      repo: git://git.example.org/handbook.git
      (accepted)

      repo: file:///srv/git/handbook.git
      (accepted)

      repo: git@github.com:SovereignCloudStack/standards.git
      (accepted)

      repo: http://github.com/SovereignCloudStack/standards
      demo repos.yaml:3:11: error: sources[0].repo "http://github.com/SovereignCloudStack/standards" uses plain http://, which anyone on the network can tamper with.
        hint: Use https:// instead: https://github.com/SovereignCloudStack/standards

      repo: "--upload-pack=touch /tmp/x"
      demo repos.yaml:3:11: error: sources[0].repo "--upload-pack=touch /tmp/x" starts with "-", so git would read it as an option.
        hint: Give a repository URL or OWNER/NAME (OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path).

      repo: "ext::sh -c touch% /tmp/pwned"
      demo repos.yaml:3:11: error: sources[0].repo "ext::sh -c touch% /tmp/pwned" uses a git remote-helper transport (\`<transport>::\`), which can run arbitrary commands.
        hint: Use one of: OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path.

      repo: fd::17
      demo repos.yaml:3:11: error: sources[0].repo "fd::17" uses a git remote-helper transport (\`<transport>::\`), which can run arbitrary commands.
        hint: Use one of: OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path.

      repo: ftp://example.org/repo.git
      demo repos.yaml:3:11: error: sources[0].repo "ftp://example.org/repo.git" uses the unsupported scheme ftp://.
        hint: Use one of: OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path.

      repo: ssh://-oProxyCommand=calc/repo
      demo repos.yaml:3:11: error: sources[0].repo "ssh://-oProxyCommand=calc/repo" has a host or user name starting with "-", which ssh would read as an option.
        hint: Check the URL; host and user names never start with "-".

      repo: ../standards
      demo repos.yaml:3:11: error: sources[0].repo "../standards" is not a GitHub OWNER/NAME.
        hint: Use a URL or OWNER/NAME; for a folder on this machine use \`path:\` or a file:// URL.

      repo: standards
      demo repos.yaml:3:11: error: sources[0].repo "standards" is not a repository URL git can fetch.
        hint: Use one of: OWNER/NAME, https://host/path, ssh://, git://, file:// or user@host:path.

      repo: https://
      demo repos.yaml:3:11: error: sources[0].repo "https://" is not a valid URL.
        hint: Check host, port and path, e.g. https://github.com/OWNER/NAME or ssh://host:22/OWNER/NAME."
    `);
  });

  it('accepts git ref names and full commits, refuses what git check-ref-format refuses', () => {
    const table = problemsForValues('ref', [
      'main',
      'release/v1.2',
      'v1.0.0',
      '0123456789abcdef0123456789abcdef01234567',
      'main..dev',
      '"main@{1}"',
      '"feature branch"',
      '"v1^2"',
      '"-delete"',
      '/main',
      'main/',
      'a//b',
      'main.',
      'main.lock',
      'team/.hidden',
      '"a?b"',
      'a\\b',
    ]);
    expect(table).toMatchInlineSnapshot(`
      "ref: main
      (accepted)

      ref: release/v1.2
      (accepted)

      ref: v1.0.0
      (accepted)

      ref: 0123456789abcdef0123456789abcdef01234567
      (accepted)

      ref: main..dev
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "main..dev" is not a valid git ref: it contains "..".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: "main@{1}"
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "main@{1}" is not a valid git ref: it contains "@{".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: "feature branch"
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "feature branch" is not a valid git ref: it contains the character " ".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: "v1^2"
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "v1^2" is not a valid git ref: it contains the character "^".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: "-delete"
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "-delete" is not a valid git ref: it starts with "-", so git would read it as an option.
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: /main
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "/main" is not a valid git ref: it starts or ends with "/".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: main/
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "main/" is not a valid git ref: it starts or ends with "/".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: a//b
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "a//b" is not a valid git ref: it contains "//".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: main.
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "main." is not a valid git ref: it ends with ".".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: main.lock
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "main.lock" is not a valid git ref: it has a part ending with ".lock": "main.lock".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: team/.hidden
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "team/.hidden" is not a valid git ref: it has a part starting with ".": ".hidden".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: "a?b"
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "a?b" is not a valid git ref: it contains the character "?".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id.

      ref: a\\b
      demo (https://github.com/example-org/demo) repos.yaml:6:10: error: sources[0].ref "a\\\\b" is not a valid git ref: it contains the character "\\\\".
        hint: Use a branch or tag name that \`git check-ref-format --branch\` accepts (e.g. main, v1.2.0), or a full 40-character commit id."
    `);
  });

  it('keeps include, exclude and base globs inside the repository', () => {
    const table = [
      problemsForValues('include', ['["/etc/*.md"]', '["../other/*.md"]', '["-x.md"]', '["docs/../../*.md"]', '["!docs/drafts/**", "docs/**"]']),
      problemsForValues('exclude', ['["../*.md"]']),
      problemsForValues('base', ['/docs', 'docs/..', '-docs', 'docs\\sub']),
    ].join('\n\n');
    expect(table).toMatchInlineSnapshot(`
      "include: ["/etc/*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] "/etc/*.md" is an absolute path.
        hint: Write it relative to the repository root, e.g. "docs/**/*.md".

      include: ["../other/*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] "../other/*.md" contains a ".." segment, which leads outside its root.
        hint: Remove the ".."; write it relative to the repository root, e.g. "docs/**/*.md".

      include: ["-x.md"]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] "-x.md" starts with "-", which git and shell tools read as an option.
        hint: Remove the leading "-"; a name that really starts with "-" can be matched with "[-]name".

      include: ["docs/../../*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] "docs/../../*.md" contains a ".." segment, which leads outside its root.
        hint: Remove the ".."; write it relative to the repository root, e.g. "docs/**/*.md".

      include: ["!docs/drafts/**", "docs/**"]
      (accepted)

      exclude: ["../*.md"]
      demo (https://github.com/example-org/demo) repos.yaml:6:15: error: sources[0].exclude[0] "../*.md" contains a ".." segment, which leads outside its root.
        hint: Remove the ".."; write it relative to the repository root, e.g. "docs/**/*.md".

      base: /docs
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].base "/docs" is an absolute path.
        hint: Write it relative to the repository root, e.g. base: docs.

      base: docs/..
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].base "docs/.." contains a ".." segment, which leads outside its root.
        hint: Remove the ".."; write it relative to the repository root, e.g. base: docs.

      base: -docs
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].base "-docs" starts with "-", which git and shell tools read as an option.
        hint: Remove the leading "-".

      base: docs\\sub
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].base "docs\\\\sub" contains a backslash.
        hint: Separate folders with "/": "docs/sub"."
    `);
  });

  it('refuses include globs that lie entirely outside base', () => {
    const table = problemsForValues('include', ['["Tests/*.yaml"]', '["**/*.md"]', '["docs/sub/*.md"]', '["doc*/*.md"]'], { base: 'docs' });
    expect(table).toMatchInlineSnapshot(`
      "include: ["Tests/*.yaml"]
      demo (https://github.com/example-org/demo) repos.yaml:4:15: error: sources[0].include[0] "Tests/*.yaml" only matches files outside base "docs".
        hint: Move this glob into a separate entry with its own base, or set base to a folder that holds every include glob.

      include: ["**/*.md"]
      (accepted)

      include: ["docs/sub/*.md"]
      (accepted)

      include: ["doc*/*.md"]
      (accepted)"
    `);
  });

  it('requires targets under a site section', () => {
    const table = problemsForValues('target', ['docs', 'standards/scs', 'blog/posts', '/docs', 'docs/../community', 'docs\\sub', 'docs//sub', '.']);
    expect(table).toMatchInlineSnapshot(`
      "target: docs
      (accepted)

      target: standards/scs
      (accepted)

      target: blog/posts
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "blog/posts" does not start with a site section.
        hint: Start the target with one of: docs, user-docs, contributor-docs, standards, community (e.g. docs/blog/posts).

      target: /docs
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "/docs" is an absolute path.
        hint: Write it relative to the site tree, e.g. target: docs/guides.

      target: docs/../community
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "docs/../community" contains a ".." segment, which leads outside its root.
        hint: Remove the ".."; write it relative to the site tree, e.g. target: docs/guides.

      target: docs\\sub
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "docs\\\\sub" contains a backslash.
        hint: Separate folders with "/": "docs/sub".

      target: docs//sub
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "docs//sub" contains an empty or "." folder name.
        hint: Write plain folder names separated by single "/", e.g. target: docs/guides.

      target: .
      demo (https://github.com/example-org/demo) repos.yaml:5:13: error: sources[0].target "." is the whole site tree, which only a source with \`path\` may fill.
        hint: Put fetched sources under a section (docs, user-docs, contributor-docs, standards, community), e.g. target: docs/guides."
    `);
  });

  it('keeps local paths inside the project', () => {
    const table = problemsForValues('path', ['docs', 'vendor/../docs', '../standards', '/srv/standards', 'vendor\\std']);
    expect(table).toMatchInlineSnapshot(`
      "path: docs
      (accepted)

      path: vendor/../docs
      (accepted)

      path: ../standards
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].path "../standards" points outside the project.
        hint: Keep the folder inside the project (e.g. path: vendor/standards); to read a checkout elsewhere, run the sync with --local ID=PATH instead.

      path: /srv/standards
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].path "/srv/standards" is an absolute path.
        hint: Write it relative to the project root, e.g. path: docs (for a checkout elsewhere run the sync with --local ID=PATH).

      path: vendor\\std
      demo (https://github.com/example-org/demo) repos.yaml:6:11: error: sources[0].path "vendor\\\\std" contains a backslash.
        hint: Separate folders with "/": "vendor/std"."
    `);
  });
});
