// The application form inside the shadow root. Inputs are uncontrolled (read once, on submit), so
// typing never re-renders the form: it stays responsive on slow phones and keeps the bundle small.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PLATFORM_RECORDS } from '../shared/platforms/platform-records';
import type { Application } from '../shared/schemas/application';
import { APPLICATION_LIMITS } from '../shared/schemas/enums';
import type { FieldErrors } from './application';
import { countries } from './countries';
import { parseWholeNumber, texts } from './i18n';
import { idempotencyKey } from './idempotency-key';
import { later } from './later';
import type { MessageKey } from './locales';
import type { WidgetOptions } from './options';

type Status = 'idle' | 'sending' | 'sent' | 'queued' | 'failed';

export interface FormProps {
  options: WidgetOptions;
  /** The <troupe-apply> element: events are dispatched on it. */
  host: HTMLElement;
  signal: AbortSignal;
  /** First interaction (focus or input): the moment storage and network become allowed. */
  onStart: () => void;
  /** The whole form is on screen and usable. */
  onReady: () => void;
  /** Idempotency keys the outbox has since delivered (coming back online while still on the page). */
  delivered: string[];
  /** Idempotency keys the outbox sent and the receiver refused for good (this visit's or an earlier one's). */
  refused: string[];
}

/**
 * The form renders in stages, one task each, so no task blocks the main thread for long on a slow
 * phone: the first step, the second, the third with the Send button (ready), then collation data,
 * the country list and number formatting (loading ICU data is the costliest thing on the page, so
 * it is spread over tasks too).
 * Each stage only adds content below what is there, inside the height the host reserved: no shift.
 */
const READY_STAGE = 2;
const COUNTRY_STAGE = 4;
const LAST_STAGE = 5;

// Endonyms, as language pickers usually show them: everyone finds their own language, and no Intl
// data has to load before the form can render.
const LANGUAGES = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ar: 'العربية',
  hi: 'हिन्दी',
  id: 'Bahasa Indonesia',
  ja: '日本語',
  ko: '한국어',
  zh: '中文',
};
const CURRENCIES = ['USD', 'EUR', 'GBP', 'BRL', 'MXN', 'CAD', 'AUD', 'INR', 'JPY'];
const PER = ['post', 'video', 'story', 'month'] as const;

function emit(host: HTMLElement, name: string, detail: object) {
  host.dispatchEvent(new CustomEvent(`troupe:${name}`, { detail, bubbles: true, composed: true }));
}

export function ApplicationForm({ options, host, signal, onStart, onReady, delivered, refused }: FormProps) {
  const tx = useMemo(
    () => texts(options.locale ?? host.ownerDocument.documentElement.lang),
    [options.locale],
  );
  const { t } = tx;
  const brand = options.brand;
  const form = useRef<HTMLFormElement>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState([0]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>('idle');
  const [notice, setNotice] = useState('');
  const [step, setStep] = useState(0);
  const [feedback, setFeedback] = useState<MessageKey | null>(null);
  const [focusPending, setFocusPending] = useState<'invalid' | 'step' | null>(null);
  const [stage, setStage] = useState(0);
  const nextRow = useRef(1);
  const startedAt = useRef(0);
  const consentAt = useRef<string | null>(null);
  const key = useRef<string | null>(null);
  /** What was sent under the current key, so a re-click resends exactly it (see submit). */
  const frozen = useRef<{ written: string; payload: Application } | null>(null);
  // A ref, not state: a second click in the same frame must see it before any re-render.
  const busy = useRef(false);

  useEffect(() => {
    if (focusPending === null || !form.current) return;
    if (focusPending === 'step') {
      form.current.querySelector<HTMLElement>('fieldset.current input, fieldset.current select')?.focus();
      return setFocusPending(null);
    }
    const first = form.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    const stepOf = Number(first?.closest<HTMLElement>('[data-step]')?.dataset.step ?? step);
    if (stepOf !== step) return setStep(stepOf);
    first?.focus();
    setFocusPending(null);
  }, [focusPending, step]);

  useEffect(() => {
    if (status === 'sent' || status === 'queued') panel.current?.focus();
  }, [status]);

  // Queued while offline, sent by the outbox once back online: tell the applicant.
  useEffect(() => {
    if (status === 'queued' && key.current && delivered.includes(key.current)) {
      key.current = null;
      setStatus('sent');
    }
  }, [delivered, status]);

  // The outbox gave up on an application the receiver refused: never leave "saved, will be sent".
  useEffect(() => {
    if (!refused.length) return;
    if (status === 'queued' && key.current && refused.includes(key.current)) key.current = null;
    else if (status !== 'idle') return;
    setStatus('failed');
    setNotice(t('refused'));
  }, [refused]);

  useEffect(() => {
    if (stage === READY_STAGE) onReady();
    if (stage === COUNTRY_STAGE - 1) new Intl.Collator(tx.locale).compare('a', 'b');
    if (stage >= LAST_STAGE) return;
    const timer = setTimeout(() => setStage(stage + 1), 0);
    return () => clearTimeout(timer);
  }, [stage]);

  const start = () => {
    if (startedAt.current) return;
    startedAt.current = performance.now();
    onStart();
  };

  // A field being corrected loses its error at once, and the count of fields to fix follows: an
  // error stays only while it is still true (it is checked again on the next submit).
  const edited = (event: Event) => {
    start();
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!name || !(name in errors)) return;
    const rest = { ...errors };
    delete rest[name];
    setErrors(rest);
    const n = Object.keys(rest).length;
    setNotice(n ? t('errors', { n: tx.number(n) }) : '');
  };

  /** Validates (all fields, or those `only` keeps) and shows the errors; the application when valid. */
  const check = async (
    only?: (el: Element) => boolean,
  ): Promise<{ application: Application | null; count: number }> => {
    const el = form.current!;
    const fields = new FormData(el);
    const { readApplication, attribution } = await later();
    const { application, errors: found } = readApplication(fields, rows.length, {
      idempotencyKey: (key.current ??= idempotencyKey()),
      brand,
      briefId: (options.brief as { id?: string } | undefined)?.id,
      required: options.required,
      consentVersion: options.consentVersion,
      consentAt: consentAt.current,
      attribution: attribution(location, document.referrer),
      locale: tx.locale,
    });
    const shown = only
      ? Object.fromEntries(
          Object.entries(found).filter(([name]) => {
            const input = el.querySelector(`[name="${name}"]`);
            return input !== null && only(input);
          }),
        )
      : found;
    setErrors(shown);
    const count = Object.keys(shown).length;
    setNotice(count ? t('errors', { n: tx.number(count) }) : '');
    if (count) setFocusPending('invalid');
    return { application: count ? null : application, count };
  };

  // Narrow screens only (the Next button is hidden otherwise): check this step before moving on.
  const next = async () => {
    if ((await check((input) => input.closest(`[data-step="${step}"]`) !== null)).count) return;
    setStep(step + 1);
    setFocusPending('step');
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // Set synchronously, before any await: a double click's second event finds it already set.
    if (busy.current) return;
    busy.current = true;
    start();
    try {
      await submit();
    } catch (error) {
      if (signal.aborted) return;
      setStatus('failed');
      setNotice(t('failed'));
      emit(host, 'error', { code: 'unexpected', message: String(error), queued: false });
    } finally {
      busy.current = false;
    }
  };

  const submit = async () => {
    const { application } = await check();
    if (!application) return;
    const bot = application.website !== '';
    // A nudge for people (and scripts driving this page) who send at once; not sent: the receiver
    // cannot believe a time the browser reports.
    if (!bot && performance.now() - startedAt.current < options.minFillMs) return setNotice(t('tooFast'));
    // Whatever comes next (success panel, a longer message) may not shrink the widget: a late
    // change of height would move the host page and count as layout shift.
    if (root.current) root.current.style.minHeight = `${root.current.offsetHeight}px`;
    setStatus('sending');
    setNotice(t('sending'));
    const { claimedFit, receiverErrors, sendApplication } = await later();
    const fit = bot ? null : claimedFit(application, options.brief);
    // Frozen at the first send: a re-click after a failure (same key, same answers) resends the same
    // bytes, even if the brief, and so the estimate, arrived in between.
    const written = JSON.stringify(application);
    if (frozen.current?.written !== written)
      frozen.current = { written, payload: { ...application, claimedScore: fit?.score ?? null } };
    const { payload } = frozen.current;
    emit(host, 'submit', { idempotencyKey: payload.idempotencyKey });
    // Bots that fill the honeypot see a success and send nothing.
    const sent = bot
      ? { ok: true as const, id: '', status: 'received', queued: false }
      : await sendApplication(options.endpoint, payload, { signal });
    if (sent.ok) {
      key.current = null;
      const band = fit?.band ?? 'low';
      setFeedback(
        options.feedback && fit ? (`fit${band[0]!.toUpperCase()}${band.slice(1)}` as MessageKey) : null,
      );
      setStatus('sent');
      setNotice(t('sent'));
      emit(host, 'success', { id: sent.id, status: sent.status, idempotencyKey: payload.idempotencyKey });
    } else {
      // A refusal that a retry cannot fix gets a fresh key once the applicant edits and resends, and
      // the fields the receiver named are marked.
      const refusal = !sent.retryable;
      if (refusal) {
        key.current = null;
        const marked = receiverErrors(sent.issues ?? []);
        setErrors(marked);
        if (Object.keys(marked).length) setFocusPending('invalid');
      }
      setStatus(sent.queued ? 'queued' : 'failed');
      setNotice(t(sent.queued ? 'queued' : refusal ? 'refused' : 'failed'));
      emit(host, 'error', { code: sent.code, message: sent.message, queued: sent.queued });
    }
  };

  const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;
  // A control with a problem is marked invalid and described by the message said after it.
  const invalid = (name: string) => ({
    'aria-invalid': !!errors[name],
    'aria-describedby': errors[name] ? `${idOf(name)}-error` : undefined,
  });
  const problem = (name: string) => {
    const error = errors[name];
    return (
      error && (
        <span class="error" id={`${idOf(name)}-error`} part="error">
          {t(error)}
        </span>
      )
    );
  };
  const field = (
    name: string,
    label: string,
    control: (a: { id: string; name: string } & ReturnType<typeof invalid>) => JSX.Element,
    className = 'field',
  ) => {
    const id = idOf(name);
    return (
      <div class={className} part="field">
        <label for={id}>{label}</label>
        {control({ id, name, ...invalid(name) })}
        {problem(name)}
      </div>
    );
  };

  // Numbers are shown back in the applicant's locale once they leave the field ("12345" -> "12.345").
  const formatNumber = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const n = parseWholeNumber(input.value);
    if (n !== null && !Number.isNaN(n)) input.value = tx.number(n);
  };
  const numberInput = (a: object) => (
    <input {...a} type="text" inputMode="numeric" autoComplete="off" onBlur={formatNumber} part="input" />
  );
  const required = (f: string) => options.required.includes(f as never);
  const title = t('title', { brand });
  const sending = status === 'sending';

  if (status === 'sent' || status === 'queued') {
    return (
      // The root keeps the form's height (the host page must not move), but its box goes: the message
      // sits in a box of its own size instead of a tall empty one.
      <div class="root done" dir={tx.dir} lang={tx.locale} ref={root}>
        <div class="panel" part="panel">
          <h2 tabIndex={-1} ref={panel}>
            {t(status)}
          </h2>
          {feedback && <p>{t(feedback)}</p>}
        </div>
      </div>
    );
  }

  const fieldsetClass = (n: number) => (n === step ? 'current' : undefined);
  return (
    <div class="root" dir={tx.dir} lang={tx.locale} ref={root}>
      <form
        ref={form}
        noValidate
        aria-label={title}
        aria-busy={sending}
        data-last={step === 2 ? '' : undefined}
        onSubmit={onSubmit}
        onFocusIn={start}
        onInput={edited}
        part="form"
      >
        <h2>{title}</h2>
        {/* A blank line until numbers can be formatted, so the text arriving later moves nothing. */}
        <p class="stepno">{stage >= LAST_STAGE ? t('step', { n: tx.number(step + 1) }) : '\u00a0'}</p>

        <fieldset data-step="0" class={fieldsetClass(0)}>
          <legend>{t('you')}</legend>
          <div class="grid">
            {field('name', t('name'), (a) => (
              <input {...a} autoComplete="name" required part="input" />
            ))}
            {field('email', t('email'), (a) => (
              <input {...a} type="email" autoComplete="email" required part="input" />
            ))}
            {field('country', t('country'), (a) => (
              <select {...a} required autoComplete="country" part="input">
                <option value="">{t('choose')}</option>
                {(stage >= COUNTRY_STAGE ? countries(tx.locale) : []).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            ))}
          </div>
          <fieldset class="more">
            <legend>{t('languages')}</legend>
            <div class="checks">
              {Object.entries(LANGUAGES).map(([code, name]) => (
                <label class="check" key={code}>
                  <input type="checkbox" name="languages" value={code} {...invalid('languages')} />
                  <span lang={code}>{name}</span>
                </label>
              ))}
            </div>
            {problem('languages')}
          </fieldset>
        </fieldset>

        {stage >= 1 && (
          <fieldset data-step="1" class={fieldsetClass(1)}>
            <legend>{t('where')}</legend>
            {rows.map((row, i) => (
              <fieldset
                class="handle"
                key={row}
                aria-label={`${t('handle')} ${stage >= LAST_STAGE ? tx.number(i + 1) : i + 1}`}
              >
                {field(`handles.${i}.platform`, t('platform'), (a) => (
                  <select {...a} part="input">
                    {options.platforms.map((p) => (
                      <option key={p} value={p}>
                        {PLATFORM_RECORDS[p].name}
                      </option>
                    ))}
                  </select>
                ))}
                {field(`handles.${i}.handle`, t('handle'), (a) => (
                  <input {...a} autoComplete="off" spellcheck={false} required part="input" />
                ))}
                {field(`handles.${i}.followers`, t('followers'), numberInput)}
                {field(`handles.${i}.typicalViews`, t('views'), numberInput)}
                {rows.length > 1 && (
                  <button type="button" onClick={() => setRows(rows.filter((r) => r !== row))} part="button">
                    {t('remove')}
                  </button>
                )}
              </fieldset>
            ))}
            {rows.length < APPLICATION_LIMITS.handles && (
              <button type="button" onClick={() => setRows([...rows, nextRow.current++])} part="button">
                {t('add')}
              </button>
            )}
            <div class="grid more">
              {field(
                'niches',
                t('niches'),
                (a) => (
                  <input {...a} required={required('niches')} part="input" />
                ),
                'field wide',
              )}
              {field(
                'samples',
                t('samples'),
                (a) => (
                  <textarea {...a} rows={3} required={required('samples')} part="input" />
                ),
                'field wide',
              )}
            </div>
          </fieldset>
        )}
        {stage >= 2 && (
          <fieldset data-step="2" class={fieldsetClass(2)}>
            <legend>{t('work')}</legend>
            <div class="grid">
              {field(
                'pitch',
                t('pitch', { brand }),
                (a) => (
                  <textarea
                    {...a}
                    rows={4}
                    maxLength={APPLICATION_LIMITS.pitch}
                    required={required('pitch')}
                    part="input"
                  />
                ),
                'field wide',
              )}
            </div>
            <fieldset class="more">
              <legend>{t('rate')}</legend>
              <div class="grid">
                {field('rates.amount', t('amount'), numberInput)}
                {field('rates.currency', t('currency'), (a) => (
                  <select {...a} part="input">
                    {CURRENCIES.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                ))}
                {field('rates.per', t('per'), (a) => (
                  <select {...a} part="input">
                    {PER.map((p) => (
                      <option key={p} value={p}>
                        {t(p)}
                      </option>
                    ))}
                  </select>
                ))}
              </div>
            </fieldset>
            <div class="check" part="field">
              <input
                type="checkbox"
                id="f-consent"
                name="consent"
                {...invalid('consent')}
                onChange={(e) => {
                  consentAt.current = e.currentTarget.checked ? new Date().toISOString() : null;
                }}
                part="input"
              />
              <label for="f-consent">{options.consentText ?? t('consent', { brand })}</label>
            </div>
            {problem('consent')}
          </fieldset>
        )}
        {stage >= READY_STAGE && (
          <>
            <div class="honeypot" aria-hidden="true">
              <label for="f-website">Website</label>
              <input id="f-website" name="website" tabIndex={-1} autoComplete="off" />
            </div>

            <div class="actions">
              <span class="nav">
                {step > 0 && (
                  <button
                    type="button"
                    onClick={() => {
                      setStep(step - 1);
                      setFocusPending('step');
                    }}
                    part="button"
                  >
                    {t('back')}
                  </button>
                )}
                {step < 2 && (
                  <button type="button" class="primary" onClick={next} part="button">
                    {t('next')}
                  </button>
                )}
              </span>
              <button type="submit" class="primary send" aria-disabled={sending} part="button primary">
                {t(sending ? 'sending' : 'send')}
              </button>
            </div>
            <p class="status" role="status" part="status">
              {notice}
            </p>
          </>
        )}
      </form>
    </div>
  );
}
