// The element in happy-dom: definition, options from attributes and the JS API, events, and clean
// unmounting. Real-browser behaviour (CSP, layout, delivery) is in tests/e2e/widget*.e2e.test.ts.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineTroupeApply, TAG, TroupeApplyElement } from '../../widget/element';
import { setImportLater } from '../../widget/later';
import { mount } from '../../widget/mount';

beforeAll(() => {
  setImportLater(() => import('../../widget/submit-entry'));
});

afterEach(() => {
  document.body.replaceChildren();
});

const ready = (el: Element) => new Promise((r) => el.addEventListener('troupe:ready', r, { once: true }));

describe('<troupe-apply>', () => {
  it('is defined once however often defineTroupeApply runs', () => {
    defineTroupeApply();
    defineTroupeApply();
    expect(customElements.get(TAG)).toBe(TroupeApplyElement);
  });

  it('renders the form from its attributes into an open shadow root and announces ready', async () => {
    defineTroupeApply();
    const el = document.createElement(TAG);
    el.setAttribute('brand', 'Northwind');
    el.setAttribute('locale', 'fr');
    el.setAttribute('platforms', 'tiktok youtube bogus');
    const isReady = ready(el);
    document.body.append(el);
    await isReady;
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('Rejoignez le programme ambassadeurs de Northwind');
    expect(
      [...root.querySelectorAll('select[name="handles.0.platform"] option')].map((o) =>
        o.getAttribute('value'),
      ),
    ).toEqual(['tiktok', 'youtube']);
    // Unticked consent, no autofocus.
    expect((root.querySelector('input[name="consent"]') as HTMLInputElement).checked).toBe(false);
    expect(root.activeElement ?? null).toBeNull();
  });

  it('mount() options win over attributes, update() re-renders, destroy() leaves nothing', async () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const mounted = mount(slot, { brand: 'Acme', locale: 'de', endpoint: 'https://r.example/applications' });
    await ready(mounted.element);
    expect(mounted.element.shadowRoot!.querySelector('h2')?.textContent).toContain('Acme');
    mounted.update({ brand: 'Acme Outdoor' });
    await new Promise((r) => setTimeout(r, 0));
    expect(mounted.element.shadowRoot!.querySelector('h2')?.textContent).toContain('Acme Outdoor');
    mounted.destroy();
    expect(slot.childNodes.length).toBe(0);
    expect(mounted.element.shadowRoot!.childNodes.length).toBe(0);
  });

  it('an invalid submit shows errors, moves focus to the first invalid field and sends nothing', async () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const events: string[] = [];
    slot.addEventListener('troupe:submit', () => events.push('submit'));
    const mounted = mount(slot, { brand: 'Acme', endpoint: 'https://r.example/applications' });
    await ready(mounted.element);
    const root = mounted.element.shadowRoot!;
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    // The first submit imports the validation module (the browser fetches troupe-submit.mjs).
    await expect
      .poll(() => root.querySelectorAll('[aria-invalid="true"]').length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => root.querySelector('[role="status"]')?.textContent).toMatch(/Fields to fix/);
    expect(root.querySelector('#f-name-error')?.textContent).toBe('Please fill this in.');
    expect(root.querySelector('#f-name')?.getAttribute('aria-describedby')).toBe('f-name-error');
    await expect.poll(() => (root.activeElement as HTMLInputElement | null)?.name).toBe('name');
    expect(events).toEqual([]);
    mounted.destroy();
  });

  it('the languages group and the consent box are marked and described by their problem like any field', async () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const mounted = mount(slot, {
      brand: 'Acme',
      endpoint: 'https://r.example/applications',
      required: ['languages'],
    });
    await ready(mounted.element);
    const root = mounted.element.shadowRoot!;
    const described = () =>
      [...root.querySelectorAll('input[name="languages"], #f-consent')].map((c) => [
        c.getAttribute('aria-invalid'),
        c.getAttribute('aria-describedby'),
      ]);
    const languages = root.querySelectorAll('input[name="languages"]').length;
    expect(languages).toBeGreaterThan(1);
    expect(new Set(described().map(String))).toEqual(new Set(['false,']));
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    await expect
      .poll(() => root.querySelector('#f-consent-error')?.textContent, { timeout: 15_000 })
      .toBe('Please tick the box to agree.');
    expect(root.querySelector('#f-languages-error')?.textContent).toBe('Please fill this in.');
    expect(described()).toEqual([
      ...Array.from({ length: languages }, () => ['true', 'f-languages-error']),
      ['true', 'f-consent-error'],
    ]);
    mounted.destroy();
  });
});
