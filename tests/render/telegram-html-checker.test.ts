/** The strict Telegram-HTML checker the tests and the fake Bot API rely on refuses what Telegram refuses. */
import { describe, expect, it } from 'vitest';
import { checkTelegramHtml, parseTelegramHtml } from '../helpers/telegram-html.js';

describe('the strict Telegram-HTML checker', () => {
  it('accepts the markup the renderers write, and gives the visible text', () => {
    const html = '<blockquote expandable>Harga &lt;naik&gt; 3% &amp; "turun"</blockquote>\n— <b><a href="https://x.id/a">Kompas</a></b>, <i>1 Mei</i> <code>x</code>';
    expect(checkTelegramHtml(html).problems).toEqual([]);
    expect(parseTelegramHtml(html)).toEqual({ text: 'Harga <naik> 3% & "turun"\n— Kompas, 1 Mei x', entities: 5 });
  });

  it.each([
    ['an unknown tag', '<div>x</div>'],
    ['unbalanced tags', '<b><i>x</b></i>'],
    ['an unclosed tag', '<b>x'],
    ['a bare <', 'a < b'],
    ['a bare >', 'a > b'],
    ['a bare &', 'Tom & Jerry'],
    ['an unknown entity', 'x &nbsp; y'],
    ['attributes where none are allowed', '<b class="x">y</b>'],
    ['a link without href', '<a>x</a>'],
    ['a nested blockquote', '<blockquote><blockquote>x</blockquote></blockquote>'],
  ])('refuses %s as markup', (_name, html) => {
    expect(checkTelegramHtml(html).markupProblems).not.toEqual([]);
    expect(() => parseTelegramHtml(html)).toThrow();
  });

  it('refuses what breaks the limits, apart from the markup', () => {
    const long = checkTelegramHtml('x'.repeat(4097));
    expect(long.markupProblems).toEqual([]);
    expect(long.problems.join()).toMatch(/4097 characters/);
    expect(checkTelegramHtml('<b>a</b>'.repeat(101)).problems.join()).toMatch(/101 entities/);
    expect(checkTelegramHtml('\uD83D x').problems.join()).toMatch(/lone surrogate/);
    expect(checkTelegramHtml('<b> </b>').problems.join()).toMatch(/empty/);
  });
});
