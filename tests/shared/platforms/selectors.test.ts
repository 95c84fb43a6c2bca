import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../shared/platforms/index';
import { pick, pickAll, pickText, pickWhere } from '../../../shared/platforms/selectors';

const { document } = parseHTML(
  '<html><body><p class="old">old layout</p><div><span class="new"></span><span class="new">new layout</span></div></body></html>',
);
const LIST = [
  { since: '2025-03', css: '.new' },
  { since: '2021-05', css: '.old' },
] as const;

describe('dated selectors', () => {
  it('prefer the newest entry even when an older one matches earlier in the document', () => {
    const found = pick(document, LIST);
    expect(found?.selector.since).toBe('2025-03');
    expect(found?.element.className).toBe('new');
  });

  it('fall back to an older entry and say which one matched', () => {
    const found = pick(document, [{ since: '2026-01', css: '.gone' }, ...LIST.slice(1)]);
    expect(found?.selector.css).toBe('.old');
  });

  it('return every element of one layout, never a mix', () => {
    const found = pickAll(document, LIST);
    expect(found?.elements).toHaveLength(2);
    expect(found?.selector.css).toBe('.new');
  });

  it('skip elements that do not pass the check and move to the next entry', () => {
    const withText = (el: Element) => (el.textContent ?? '').trim() !== '';
    expect(pickWhere(document, LIST, withText)?.element.textContent).toBe('new layout');
    expect(pickWhere(document, [LIST[0]], () => false)).toBeNull();
  });

  it("read the newest entry's visible text, collapsed, with the entry it came from", () => {
    const { document: page } = parseHTML(
      '<div class="new"> <style>.x{}</style> </div><h1 class="new-name">Lena\n  <b>Makes</b><script>1</script></h1>',
    );
    const list = [
      { since: '2025-10', css: '.new' }, // present but showing nothing: an old layout's leftover
      { since: '2024-01', css: '.new-name' },
    ];
    const picked = pickText(page, list);
    expect(picked).toMatchObject({ text: 'Lena Makes', source: 'dom:.new-name' });
    expect(picked?.element.tagName).toBe('H1');
    expect(pickText(page, list.slice(0, 1))).toBeNull();
  });

  it('return null when nothing matches', () => {
    expect(pick(document, [{ since: '2026-01', css: '.gone' }])).toBeNull();
    expect(pickAll(document, [])).toBeNull();
  });
});

describe("every adapter's dated selectors", () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.platform}: each entry has a month and lists run newest first`, () => {
      const lists = Object.entries(adapter.selectors);
      expect(lists.length, 'the adapter lists the DOM selectors it reads').toBeGreaterThan(0);
      for (const [fact, list] of lists) {
        expect(list.length, fact).toBeGreaterThan(0);
        for (const entry of list)
          expect(entry.since, `${fact}: ${entry.css}`).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
        const dates = list.map((e) => e.since);
        expect(dates, `${fact} newest first`).toEqual([...dates].sort().reverse());
      }
    });
  }
});
