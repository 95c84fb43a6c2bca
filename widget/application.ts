// Turns the filled-in form into an Application and checks it with the shared zod/mini schema, so the
// widget rejects exactly what the receiver would. Errors are keyed by input name (handles.0.handle)
// so the form can mark the field, describe it and move focus to the first one.

import { parseCount } from '../shared/counts/parse-count';
import { type Application, ApplicationSchema } from '../shared/schemas/application';
import type { Platform } from '../shared/schemas/enums';
import type { Attribution } from './attribution';
import type { MessageKey } from './locales';
import type { OptionalField } from './options';

export interface ApplicationContext {
  idempotencyKey: string;
  brand: string;
  briefId?: string;
  required: OptionalField[];
  consentVersion: string;
  /** ISO time the consent box was last ticked, null when it is not ticked. */
  consentAt: string | null;
  attribution: Attribution;
  locale: string;
}

export type FieldErrors = Record<string, MessageKey>;

const split = (s: string, by: RegExp) =>
  s
    .split(by)
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads the form (uncontrolled inputs: typing never re-renders) into an application candidate. */
export function readApplication(
  fields: FormData,
  handleRows: number,
  ctx: ApplicationContext,
): { application: Application | null; errors: FieldErrors } {
  const text = (name: string) => String(fields.get(name) ?? '').trim();
  const errors: FieldErrors = {};
  // Read the way the extension reads the platforms' own counts: "12k", "38,500", "1,2 M", "١٢٬٣٤٥".
  const number = (name: string) => {
    if (text(name) === '') return null;
    // The applicant's locale first; then without it, as "12.400" typed on an English page is still 12,400.
    const count = parseCount(text(name), { locale: ctx.locale }) ?? parseCount(text(name));
    if (!count) errors[name] = 'numberBad';
    return count?.value ?? Number.NaN;
  };
  const handles = Array.from({ length: handleRows }, (_, i) => ({
    platform: text(`handles.${i}.platform`) as Platform,
    handle: text(`handles.${i}.handle`).replace(/^@/, ''),
    followers: number(`handles.${i}.followers`),
    typicalViews: number(`handles.${i}.typicalViews`),
  }));
  const amount = text('rates.amount');
  const candidate = {
    idempotencyKey: ctx.idempotencyKey,
    brand: ctx.brand,
    ...(ctx.briefId ? { briefId: ctx.briefId } : {}),
    name: text('name'),
    email: text('email'),
    country: text('country'),
    languages: fields.getAll('languages').map(String),
    handles,
    niches: split(text('niches'), /,|\n/),
    samples: split(text('samples'), /\s+/),
    pitch: text('pitch'),
    ...(amount
      ? {
          rates: {
            currency: text('rates.currency'),
            amount: number('rates.amount') ?? 0,
            per: text('rates.per') as 'post',
          },
        }
      : {}),
    consent: { given: ctx.consentAt !== null, version: ctx.consentVersion, at: ctx.consentAt ?? '' },
    attribution: ctx.attribution,
    locale: ctx.locale,
    website: text('website'),
  };

  const result = ApplicationSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = fieldName(issue.path);
      errors[name] ??= messageFor(name, text(name));
    }
  }
  for (const field of ['name', 'email', 'country', 'handles.0.handle', ...ctx.required]) {
    const empty =
      field === 'languages' ? candidate.languages.length === 0 : field === 'rates' ? !amount : !text(field);
    if (empty) errors[field === 'rates' ? 'rates.amount' : field] = 'required';
  }
  if (ctx.consentAt === null) errors.consent = 'consentNeeded';
  return Object.keys(errors).length || !result.success
    ? { application: null, errors }
    : { application: result.data, errors };
}

/** The fields a receiver's 400 names (`issues[].path`, "handles.0.handle"), as the form marks them. */
export function receiverErrors(issues: readonly { path: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path } of issues) {
    const name = fieldName(path.split('.'));
    errors[name] ??= messageFor(name, '?');
  }
  return errors;
}

/** Zod issue path -> the input's name attribute. */
function fieldName(path: PropertyKey[]): string {
  const [head, index, leaf] = path.map(String);
  if (head === 'handles' && leaf) return `handles.${index}.${leaf}`;
  if (head === 'handles') return 'handles.0.handle';
  if (head === 'rates') return `rates.${index ?? 'amount'}`;
  return head ?? 'name';
}

function messageFor(name: string, value: string): MessageKey {
  if (!value && name !== 'consent' && name !== 'samples') return 'required';
  if (name === 'email') return 'emailBad';
  if (name === 'samples') return 'urlBad';
  if (name === 'consent') return 'consentNeeded';
  if (name.endsWith('.handle')) return 'handleBad';
  if (/followers|typicalViews|amount/.test(name)) return 'numberBad';
  return 'invalid';
}
