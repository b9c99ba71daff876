import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../../functions/core/html/html-blocks.js';
import { parsePage } from '../../../functions/core/html/parse-page.js';

describe('htmlBlocks', () => {
  const blocks = (html: string): string[] => htmlBlocks(parsePage(html));

  it('writes links, mailto, bare URLs and emphasis as the seeds do', () => {
    expect(
      blocks(
        '<p>See <a href="/a">the report</a>, <a href="mailto:m@x.org">write</a>, <a href="http://x.org/d">http://x.org/d</a>; <em>Articles Par :</em> <strong>bold</strong></p>',
      ),
    ).toEqual(['See [the report](#), [write](mailto:m@x.org), <http://x.org/d>; *Articles Par :* **bold**']);
  });

  it('splits blocks at block elements and keeps line breaks', () => {
    expect(blocks('<div>one<p>two</p>three<br>four<ul><li>a</li><li>b</li></ul></div>')).toEqual([
      'one',
      'two',
      'three\nfour',
      'a',
      'b',
    ]);
  });

  it('leaves out scripts, styles, images and empty links', () => {
    expect(blocks('<p>a<script>var x=1</script><style>p{}</style><img alt="pic"><a href="/x"> </a>b</p>')).toEqual([
      'ab',
    ]);
  });
});
