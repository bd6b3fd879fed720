import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { inertMarkdown } from '../../../src/core/export/markdown-inert';
import { renderMarkdown } from '../../../src/core/export/markdown';
import { textModel } from './export-fixtures';

/** Raw HTML and dangerous links, as a section or an FAQ answer might hold them. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<b onmouseover="alert(1)">hover</b>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '<!-- comment --><script>alert(1)</script>',
  '<!--><img src=x onerror=alert(1)>-->',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](<javascript:alert(1)>)',
  '[click](jav&#x61;script:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](javascript\\:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click] (javascript:alert(1))',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '[ref]\n\n[ref]:\n  javascript:alert(1)',
  '> [click][r]\n>\n> [r]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\<script>alert(1)\\</script>',
  '`x\n\n<script>alert(1)</script> `',
  '`x\n# <img src=x onerror=alert(1)> `',
  '| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(1)> ` |',
  '```\n<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n```',
  '```\na ``` <img src=x onerror=alert(1)>\n```',
  'text\n```\n<img src=x onerror=alert(1)>\n```\ntext',
  '> ```\n> x\n<script>alert(1)</script>\n```',
  'Hello{: onclick="alert(1)"}',
  '{{ site.github.owner }} {% include secret.html %}',
  '{::nomarkdown}<script>alert(1)</script>{:/}',
  '<x onclick=alert(1)>x</x>',
  '<style>body{background:url(//evil.example/x)}</style>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  'ok <a\nhref="javascript:alert(1)">split</a>',
  '<a href=javascript:alert(1)>unquoted</a>',
];

/** A renderer that allows raw HTML and any link, as Jekyll's kramdown or a careless markdown-it would. */
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;

/** The tags a Markdown renderer makes itself; anything else came from the file. */
const MARKDOWN_TAGS = new Set(
  'p a code pre em strong h1 h2 h3 h4 h5 h6 ul ol li blockquote hr br table thead tbody tr th td img'.split(
    ' ',
  ),
);

function assertInert(html: string, what: string): void {
  for (const [tag, name] of html.matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)) {
    assert.ok(MARKDOWN_TAGS.has(name.toLowerCase()), `${what}: raw <${name}> in ${html}`);
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `${what}: event handler in ${tag}`);
    for (const [, url] of tag.matchAll(/\s(?:href|src)="([^"]*)"/gi))
      assert.match(url, /^(https?:\/\/[^/]|mailto:)/i, `${what}: link target ${url} in ${html}`);
  }
  assert.doesNotMatch(html, /<!--/, `${what}: a comment survived`);
}

const announcement = (sections: string[], answers: string[]) =>
  [
    'kind: announcement',
    'title: T',
    'start: "2026-07-19T08:00:00Z"',
    'zone: UTC',
    'length: 1h',
    'sections:',
    ...sections.map((text, i) => `  s${i}: ${JSON.stringify(text)}`),
    '  faq:',
    ...answers.map((a) => `    - { q: Q, a: ${JSON.stringify(a)} }`),
    '',
  ].join('\n');

describe('export/markdown: sections and FAQ answers are inert in any renderer', () => {
  it('leaves no raw tag, comment, handler or non-web link of 47 payloads, in sections and answers', () => {
    const md = renderMarkdown(textModel(announcement(PAYLOADS, PAYLOADS)));
    assertInert(permissive.render(md), 'whole export');
    for (const payload of PAYLOADS)
      assertInert(permissive.render(inertMarkdown(payload)), JSON.stringify(payload));
    assert.doesNotMatch(md, /(^|[^\\]){/m, 'kramdown attribute lists and Liquid tags are escaped');
  });

  it('reads the same once rendered: a tag shows as text, a web link stays a link, code stays code', () => {
    const text = [
      'Run `psql < dump.sql` then <script>alert(1)</script> and 1 < 2 > 0.',
      '',
      'See [the status page](https://status.example.com) or <https://example.com/x> or [mail](mailto:ops@example.com).',
      '',
      '```sh',
      'cat <<EOF > /tmp/x',
      '```',
      '',
      '**bold** and _it_ &amp; &mdash; [click](javascript:alert(1))',
    ].join('\n');
    const inert = inertMarkdown(text);
    const html = permissive.render(inert);
    assertInert(html, 'mixed');
    assert.ok(html.includes('<code>psql &lt; dump.sql</code>'), html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; and 1 &lt; 2 &gt; 0.'), html);
    assert.ok(html.includes('<a href="https://status.example.com">the status page</a>'), html);
    assert.ok(html.includes('<a href="https://example.com/x">https://example.com/x</a>'), html);
    assert.ok(html.includes('<a href="mailto:ops@example.com">mail</a>'), html);
    assert.ok(html.includes('cat &lt;&lt;EOF &gt; /tmp/x'), html);
    assert.ok(html.includes('<strong>bold</strong> and <em>it</em> &amp; —'), html);
    assert.ok(html.includes('[click](javascript:alert(1))'), html);
  });

  it('stays linear on thousands of backtick runs, brackets and fences', () => {
    const hostile = [
      Array.from({ length: 2000 }, (_, i) => '`'.repeat((i % 50) + 1)).join(' x '),
      ']('.repeat(20_000),
      '\n```\n'.repeat(5000),
      '<'.repeat(20_000),
    ].join('\n\n');
    const inert = inertMarkdown(hostile);
    assert.ok(inert.length >= hostile.length);
  });
});
