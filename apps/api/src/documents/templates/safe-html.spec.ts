import { chineseDate } from './chinese-terms.js';
import { html, raw } from './safe-html.js';

describe('html templates', () => {
  it('escape every interpolated string, so case text cannot open a tag or leave an attribute', () => {
    const subject = `<script>alert("x")</script>&'`;
    expect(html`<p title="${subject}">${subject}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });

  it('nest templates and lists without escaping them twice, and render nothing for absent values', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${undefined}${null}${false}${raw('<hr>')}${3}`.markup).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>3');
  });

  it('dates documents in the 2026年3月2日 style', () => {
    expect(chineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });
});
