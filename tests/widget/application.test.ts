import { describe, expect, it } from 'vitest';
import { type ApplicationContext, readApplication } from '../../widget/application';

const ctx = (over: Partial<ApplicationContext> = {}): ApplicationContext => ({
  idempotencyKey: '3b1f0a52-1c7e-4b8e-9d51-0c0f4a1b2c3d',
  brand: 'Northwind',
  required: [],
  consentVersion: '2026-01',
  consentAt: '2026-11-21T10:00:00.000Z',
  attribution: { utm_source: 'newsletter', landingUrl: 'https://northwind.example/ambassadors' },
  locale: 'en',
  ...over,
});

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const x of [v].flat()) data.append(k, x);
  return data;
}

const good = {
  name: ' Ana Souza ',
  email: 'ana@example.com',
  country: 'BR',
  languages: ['pt', 'en'],
  'handles.0.platform': 'instagram',
  'handles.0.handle': '@ana.trilhas',
  'handles.0.followers': '12.400',
  'handles.0.typicalViews': '3,100',
  niches: 'hiking, camping',
  samples: 'https://www.instagram.com/p/abc/\nhttps://youtu.be/xyz',
  pitch: 'I film long trails.',
  website: '',
};

describe('readApplication', () => {
  it('builds a valid application from the form', () => {
    const { application, errors } = readApplication(form(good), 1, ctx());
    expect(errors).toEqual({});
    expect(application).toMatchObject({
      name: 'Ana Souza',
      country: 'BR',
      languages: ['pt', 'en'],
      handles: [{ platform: 'instagram', handle: 'ana.trilhas', followers: 12400, typicalViews: 3100 }],
      niches: ['hiking', 'camping'],
      samples: ['https://www.instagram.com/p/abc/', 'https://youtu.be/xyz'],
      consent: { given: true, version: '2026-01', at: '2026-11-21T10:00:00.000Z' },
      attribution: { utm_source: 'newsletter' },
    });
    expect(application?.rates).toBeUndefined();
  });

  it('keys errors by input name with a message per kind of problem', () => {
    const { application, errors } = readApplication(
      form({
        ...good,
        name: '',
        email: 'ana@',
        'handles.0.handle': 'ana trilhas!',
        'handles.0.followers': 'lots',
        samples: 'javascript:alert(1)',
      }),
      1,
      ctx({ consentAt: null }),
    );
    expect(application).toBeNull();
    expect(errors).toEqual({
      name: 'required',
      email: 'emailBad',
      'handles.0.handle': 'handleBad',
      'handles.0.followers': 'numberBad',
      samples: 'urlBad',
      consent: 'consentNeeded',
    });
  });

  it('enforces the fields a brand made mandatory', () => {
    const { errors } = readApplication(
      form({ ...good, pitch: '', languages: [] }),
      1,
      ctx({ required: ['pitch', 'languages', 'rates'] }),
    );
    expect(errors).toEqual({ pitch: 'required', languages: 'required', 'rates.amount': 'required' });
  });

  it('reads optional rates and every handle row', () => {
    const { application } = readApplication(
      form({
        ...good,
        'handles.1.platform': 'tiktok',
        'handles.1.handle': 'ana_tt',
        'handles.1.followers': '',
        'handles.1.typicalViews': '',
        'rates.amount': '250',
        'rates.currency': 'BRL',
        'rates.per': 'video',
      }),
      2,
      ctx(),
    );
    expect(application?.handles[1]).toEqual({
      platform: 'tiktok',
      handle: 'ana_tt',
      followers: null,
      typicalViews: null,
    });
    expect(application?.rates).toEqual({ currency: 'BRL', amount: 250, per: 'video' });
  });
});

describe('counts read the way the extension reads them (issue 11, item 7)', () => {
  it.each([
    ['12k', 'en', 12_000],
    ['12K', 'en', 12_000],
    ['38,500', 'en', 38_500],
    ['1,2 M', 'es', 1_200_000],
    ['12.400', 'de', 12_400],
  ])('"%s" (%s) is %d', (typed, locale, value) => {
    const { application, errors } = readApplication(
      form({ ...good, 'handles.0.typicalViews': typed }),
      1,
      ctx({ locale }),
    );
    expect(errors).toEqual({});
    expect(application?.handles[0]?.typicalViews).toBe(value);
  });

  it('still refuses what is no count', () => {
    const { errors } = readApplication(form({ ...good, 'handles.0.typicalViews': '12,5' }), 1, ctx());
    expect(errors).toEqual({ 'handles.0.typicalViews': 'numberBad' });
  });
});
