import { beforeEach, describe, expect, it } from 'vitest';
import { newBrief } from '../../../entrypoints/options/brief-form';
import { Options } from '../../../entrypoints/options/Options';
import { mount, settle, typeInto } from '../../support/scratch';
import { type FakeBackground, fakeBackground } from '../support/fake-background';

let scratch: HTMLElement;
let background: FakeBackground;
const brief = {
  ...newBrief(),
  name: 'Trail',
  followerRange: { min: 1000, max: 50_000 },
  regions: ['US', 'CA'],
};

beforeEach(async () => {
  background = fakeBackground({
    'brief.save': ({ brief }: { brief: unknown }) => brief,
    'brief.list': () => ({ briefs: [brief], activeId: brief.id }),
    'brief.preview': () => [],
    'settings.get': () => ({ receiverUrl: '', receiverToken: '' }),
  });
  scratch = await mount(<Options />);
  await settle();
});

/** What a typed field is: its label, its control and the control's attributes that shape typing. */
function describeField(id: string) {
  const control = scratch.querySelector(`#field-${id}`) as HTMLInputElement | HTMLTextAreaElement;
  return {
    label: scratch.querySelector(`label[for=field-${id}]`)?.textContent,
    control: control.tagName.toLowerCase(),
    attributes: Object.fromEntries(
      ['type', 'min', 'inputmode', 'rows'].flatMap((a) =>
        control.hasAttribute(a) ? [[a, control.getAttribute(a)]] : [],
      ),
    ),
    value: control.value,
  };
}

describe('the brief editor’s typed fields', () => {
  it('shows each with its label, the control it is typed into and the brief’s value', () => {
    expect(
      ['followersMin', 'followersMax', 'minEngagement', 'regions', 'excludedRegions', 'languages'].map(
        describeField,
      ),
    ).toEqual([
      { label: 'Followers from', control: 'input', attributes: { type: 'number', min: '0' }, value: '1000' },
      {
        label: 'Followers up to',
        control: 'input',
        attributes: { type: 'number', min: '0' },
        value: '50000',
      },
      {
        label: 'Minimum engagement (%), empty for none',
        control: 'input',
        attributes: { type: 'text', inputmode: 'decimal' },
        value: '',
      },
      {
        label: 'Countries wanted, one two-letter code per line (US, GB, DE); empty for anywhere',
        control: 'textarea',
        attributes: { rows: '2' },
        value: 'US\nCA',
      },
      {
        label: 'Countries excluded, one two-letter code per line',
        control: 'textarea',
        attributes: { rows: '2' },
        value: '',
      },
      {
        label: 'Languages wanted, one two-letter code per line (en, es, de); empty for any',
        control: 'textarea',
        attributes: { rows: '2' },
        value: '',
      },
    ]);
  });

  it('says a field’s problem beside it and ties it to the field', async () => {
    const languages = scratch.querySelector('#field-languages') as HTMLTextAreaElement;
    expect(languages.getAttribute('aria-invalid')).toBe('false');
    expect(languages.hasAttribute('aria-describedby')).toBe(false);
    typeInto(languages, 'english');
    await settle();
    expect(languages.getAttribute('aria-invalid')).toBe('true');
    expect(languages.getAttribute('aria-describedby')).toBe('problem-languages');
    expect(scratch.querySelector('#problem-languages')?.textContent).toBe(
      '"english" is not a two-letter language code (ISO 639-1, for example en, es, de).',
    );
    expect(scratch.querySelectorAll('.field-problem')).toHaveLength(1);
  });
});

describe('the brief editor’s lists', () => {
  const labelled = (text: string) =>
    [...scratch.querySelectorAll('label')]
      .find((l) => l.textContent?.trim() === text)!
      .querySelector('input, textarea') as HTMLInputElement | HTMLTextAreaElement;

  it('saves the platforms and jurisdictions ticked and the terms typed one per line', async () => {
    labelled('TikTok').click();
    await settle();
    labelled('YouTube').click();
    await settle();
    labelled('TikTok').click();
    await settle();
    const us = [...scratch.querySelectorAll('label')].find((l) => l.textContent?.endsWith('(US)'))!;
    const eu = [...scratch.querySelectorAll('label')].find((l) => l.textContent?.endsWith('(EU)'))!;
    expect(eu.title).not.toBe('');
    us.querySelector('input')!.click();
    await settle();
    eu.querySelector('input')!.click();
    await settle();
    typeInto(labelled('Values, one per line'), 'craft\n\n  slow travel ');
    typeInto(labelled('Excluded terms (any match excludes), one per line'), 'casino');
    typeInto(labelled('Caution terms (lower brand safety), one per line'), 'giveaway\ncrypto');
    await settle();
    expect((labelled('YouTube') as HTMLInputElement).checked).toBe(true);
    expect((labelled('TikTok') as HTMLInputElement).checked).toBe(false);
    (scratch.querySelector('form') as HTMLFormElement).requestSubmit();
    await settle();
    expect(background.inputsOf('brief.save')).toEqual([
      {
        brief: expect.objectContaining({
          platforms: ['youtube'],
          jurisdictions: ['EU'],
          values: ['craft', 'slow travel'],
          excludedTerms: ['casino'],
          cautionTerms: ['giveaway', 'crypto'],
        }),
      },
    ]);
  });

  it('shows each list in a box sized for it, one item a line', () => {
    const rows = (text: string) => labelled(text).getAttribute('rows');
    expect([
      rows('Values, one per line'),
      rows('Excluded terms (any match excludes), one per line'),
      rows('Caution terms (lower brand safety), one per line'),
    ]).toEqual(['3', '3', '2']);
  });
});
