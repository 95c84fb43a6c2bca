// Briefs and settings: first-run onboarding, several briefs with one active, an editor with a live
// preview of how saved creators score under the brief being edited, and the receiver to import from.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { JURISDICTION_RULES } from '../../shared/disclosure/jurisdictions';
import type { BriefPreview, Settings } from '../../shared/messages';
import { callBackground } from '../../shared/roster-client';
import type { Brief } from '../../shared/schemas/brief';
import { DEFAULT_WEIGHTS } from '../../shared/schemas/brief';
import { FACTOR_IDS, JURISDICTIONS, PLATFORMS } from '../../shared/schemas/enums';
import { FACTORS } from '../../shared/score/fit';
import {
  type BriefFields,
  type FieldProblems,
  fieldsOf,
  lines,
  newBrief,
  nichesText,
  parseNiches,
  readFields,
} from './brief-form';
import { Checklist } from './Checklist';
import { PurposeField } from './PurposeField';
import { type ReceiverError, receiverError } from './receiver-error';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

const PLATFORM_NAMES: Record<(typeof PLATFORMS)[number], string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X (Twitter)',
  twitch: 'Twitch',
};

const FACTOR_LABELS = Object.fromEntries(FACTORS.map(([id, label]) => [id, label])) as Record<
  (typeof FACTOR_IDS)[number],
  string
>;

/** What each weight makes count, in a sentence the marketer can act on. */
const WEIGHT_HELP: Record<(typeof FACTOR_IDS)[number], string> = {
  niche: 'bio and captions match your niches and values',
  engagement: 'likes, comments and views against creators of the same size',
  authenticity: 'no sign of bought followers or engagement (signals, never proof)',
  size: 'followers inside the range you want',
  audience: 'audience in the regions and languages you want',
  cadence: 'posts regularly and recently',
  professional: 'reachable for work, verified, discloses sponsorship',
  brandSafety: 'none of your caution terms in bio or captions',
  roleFit: "the creator's role suits the brief's purpose (production, distribution or both)",
};

/** The brief's word lists, typed one item per line. */
const LIST_FIELDS = [
  { id: 'values', label: 'Values, one per line', rows: 3 },
  { id: 'excludedTerms', label: 'Excluded terms (any match excludes), one per line', rows: 3 },
  { id: 'cautionTerms', label: 'Caution terms (lower brand safety), one per line', rows: 2 },
] as const;
type ListField = (typeof LIST_FIELDS)[number];

/** The fields typed as text (read by readFields), in the editor's order, and how each is typed in. */
const TYPED_FIELDS: readonly {
  id: keyof BriefFields;
  label: string;
  typed: 'count' | 'percent' | 'codes';
}[] = [
  { id: 'followersMin', label: 'Followers from', typed: 'count' },
  { id: 'followersMax', label: 'Followers up to', typed: 'count' },
  { id: 'minEngagement', label: 'Minimum engagement (%), empty for none', typed: 'percent' },
  {
    id: 'regions',
    label: 'Countries wanted, one two-letter code per line (US, GB, DE); empty for anywhere',
    typed: 'codes',
  },
  { id: 'excludedRegions', label: 'Countries excluded, one two-letter code per line', typed: 'codes' },
  {
    id: 'languages',
    label: 'Languages wanted, one two-letter code per line (en, es, de); empty for any',
    typed: 'codes',
  },
];

/** A typed field with its problem said beside it (and tied to it for screen readers). */
function Field({
  field: { id, label, typed },
  value,
  problem,
  onInput,
}: {
  field: (typeof TYPED_FIELDS)[number];
  value: string;
  problem: string | undefined;
  onInput: (e: Event) => void;
}) {
  const control = {
    id: `field-${id}`,
    value,
    onInput,
    'aria-invalid': problem !== undefined,
    'aria-describedby': problem ? `problem-${id}` : undefined,
  };
  return (
    <div class="field">
      <label for={control.id}>{label}</label>
      {typed === 'codes' ? (
        <textarea {...control} rows={2} />
      ) : typed === 'count' ? (
        <input {...control} type="number" min={0} />
      ) : (
        <input {...control} type="text" inputMode="decimal" />
      )}
      {problem && (
        <p class="error field-problem" id={`problem-${id}`} data-testid={`problem-${id}`}>
          {problem}
        </p>
      )}
    </div>
  );
}

function Preview({ draft }: { draft: Brief }) {
  const rows = useSignal<BriefPreview[] | null>(null);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    // Debounced: the preview rescored every saved creator on each keystroke otherwise.
    const timer = setTimeout(() => {
      callBackground('brief.preview', { brief: draft, limit: 200 })
        .then((r) => {
          rows.value = r;
          error.value = null;
        })
        .catch((e) => (error.value = message(e)));
    }, 250);
    return () => clearTimeout(timer);
  }, [JSON.stringify(draft)]);
  return (
    <section aria-labelledby="preview-title" data-testid="brief-preview">
      <h2 id="preview-title">Live preview</h2>
      {error.value && <p class="error">{error.value}</p>}
      {rows.value?.length === 0 && <p class="muted">Save creators from their pages to preview them here.</p>}
      <ol>
        {rows.value?.slice(0, 25).map((r) => (
          <li key={r.key}>
            {r.handle} <span class="muted">{r.platform}</span>:{' '}
            {r.excluded ? `excluded (${r.excluded})` : (r.score ?? '–')}
            {r.was !== null && r.score !== r.was && <span class="muted"> (was {r.was})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Receiver() {
  const settings = useSignal<Settings | null>(null);
  const status = useSignal<ReceiverError | null>(null);
  const say = (text: string) => (status.value = { text, detail: null });
  useEffect(() => {
    void callBackground('settings.get', {}).then((s) => (settings.value = s));
  }, []);
  const s = settings.value;
  if (!s) return null;
  return (
    <section aria-labelledby="receiver-title">
      <h2 id="receiver-title">Applicants</h2>
      <label>
        Receiver URL
        <input
          type="url"
          value={s.receiverUrl}
          placeholder="http://localhost:8787"
          onInput={(e) =>
            (settings.value = { ...s, receiverUrl: (e.currentTarget as HTMLInputElement).value })
          }
        />
      </label>
      <label>
        Token
        <input
          type="password"
          value={s.receiverToken}
          onInput={(e) =>
            (settings.value = { ...s, receiverToken: (e.currentTarget as HTMLInputElement).value })
          }
        />
      </label>
      <button
        type="button"
        onClick={async () => {
          try {
            settings.value = await callBackground('settings.save', {
              receiverUrl: s.receiverUrl,
              receiverToken: s.receiverToken,
            });
            say('Saved');
          } catch (e) {
            status.value = receiverError(message(e));
          }
        }}
      >
        Save
      </button>
      <button
        type="button"
        onClick={async () => {
          say('Importing…');
          try {
            const r = await callBackground('applicants.fetch', {});
            say(`Applicants: ${r.added} new, ${r.updated} updated`);
          } catch (e) {
            status.value = receiverError(message(e));
          }
        }}
      >
        Import applicants now
      </button>
      {status.value && (
        <div role="status" data-testid="receiver-status">
          <p>{status.value.text}</p>
          {status.value.detail && (
            <details>
              <summary>Technical detail</summary>
              <p class="muted">{status.value.detail}</p>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

export function Options() {
  const briefs = useSignal<Brief[]>([]);
  const activeId = useSignal<string | null>(null);
  const draft = useSignal<Brief | null>(null);
  const status = useSignal<string | null>(null);
  const fields = useSignal<BriefFields | null>(null);
  /** The brief just deleted, kept so the deletion can be undone. */
  const removed = useSignal<{ brief: Brief; wasActive: boolean } | null>(null);
  const loaded = useSignal(false);
  const edit = (brief: Brief | null) => {
    draft.value = brief ? structuredClone(brief) : null;
    fields.value = brief ? fieldsOf(brief) : null;
  };
  const reload = async (select?: string) => {
    const list = await callBackground('brief.list', {});
    briefs.value = list.briefs;
    activeId.value = list.activeId;
    const pick =
      list.briefs.find((b) => b.id === (select ?? draft.value?.id ?? list.activeId)) ?? list.briefs[0];
    edit(pick ?? null);
    loaded.value = true;
  };
  useEffect(() => {
    void reload();
  }, []);
  const set = (patch: Partial<Brief>) => {
    if (draft.value) draft.value = { ...draft.value, ...patch };
  };
  const text = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
  const type = (name: keyof BriefFields) => (e: Event) => {
    if (fields.value) fields.value = { ...fields.value, [name]: text(e) };
  };
  // The draft with its typed fields read in: what the preview shows and what Save stores.
  const read = draft.value && fields.value ? readFields(draft.value, fields.value) : null;
  const d = read?.brief ?? null;
  const problems: FieldProblems = read?.problems ?? {};
  const problemCount = Object.keys(problems).length;

  if (!loaded.value) return <p>Loading…</p>;
  return (
    <main class="options">
      <h1 class="page-title">Briefs and settings</h1>
      {briefs.value.length === 0 && (
        <section class="onboarding" aria-labelledby="welcome">
          <h2 id="welcome">Welcome to Troupe</h2>
          <p>
            A brief is your community thesis: the niches, values and audience your creators share, what is
            off-limits, and where your sponsored posts must be disclosed. Every fit score explains itself
            against it.
          </p>
          <button
            type="button"
            data-testid="onboarding-starter"
            onClick={async () => {
              const starter = await callBackground('brief.createStarter', {});
              await callBackground('settings.save', { onboarded: true });
              await reload(starter.id);
            }}
          >
            Start from the starter brief
          </button>
          <button
            type="button"
            onClick={async () => {
              const brief = await callBackground('brief.save', { brief: newBrief(), activate: true });
              await reload(brief.id);
            }}
          >
            Write my own
          </button>
        </section>
      )}
      <nav aria-label="Briefs">
        <h2>Briefs</h2>
        <ul>
          {briefs.value.map((b) => (
            <li key={b.id}>
              <button type="button" class="link" onClick={() => edit(b)}>
                {b.name}
              </button>
              {b.id === activeId.value && <span class="badge">active</span>}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => edit(newBrief())}>
          New brief
        </button>
      </nav>
      {d && (
        <form
          aria-label="Brief editor"
          onSubmit={async (e) => {
            e.preventDefault();
            if (problemCount > 0) {
              status.value = `Not saved: ${problemCount === 1 ? 'one field needs' : `${problemCount} fields need`} a fix (marked above).`;
              return;
            }
            try {
              await callBackground('brief.save', { brief: d });
              status.value = 'Saved';
              await reload(d.id);
            } catch (err) {
              status.value = message(err);
            }
          }}
        >
          <label>
            Name <input type="text" value={d.name} onInput={(e) => set({ name: text(e) })} />
          </label>
          <label>
            Brand <input type="text" value={d.brand} onInput={(e) => set({ brand: text(e) })} />
          </label>
          <PurposeField brief={d} onChange={(purpose) => set({ purpose })} />
          <label>
            Niches, one per line ("Trail running: trail, ultra, mountain")
            <textarea
              rows={4}
              value={nichesText(d)}
              onChange={(e) => set({ niches: parseNiches(text(e)) })}
            />
          </label>
          {LIST_FIELDS.map(({ id, label, rows }) => (
            <label key={id}>
              {label}
              <textarea
                rows={rows}
                value={d[id].join('\n')}
                onChange={(e) => set({ [id]: lines(text(e)) } as Pick<Brief, ListField['id']>)}
              />
            </label>
          ))}
          <Checklist
            legend="Platforms (none ticked means all)"
            options={PLATFORMS}
            chosen={d.platforms}
            name={(p) => PLATFORM_NAMES[p]}
            onChange={(platforms) => set({ platforms })}
          />
          {TYPED_FIELDS.map((field) => (
            <Field
              key={field.id}
              field={field}
              value={fields.value![field.id]}
              problem={problems[field.id]}
              onInput={type(field.id)}
            />
          ))}
          <Checklist
            legend="Where your sponsored posts must follow the disclosure rules"
            options={JURISDICTIONS}
            chosen={d.jurisdictions}
            name={(j) => `${JURISDICTION_RULES[j].name} (${j})`}
            title={(j) => JURISDICTION_RULES[j].authority}
            onChange={(jurisdictions) => set({ jurisdictions })}
          />
          <fieldset class="weights">
            <legend>How much each factor counts in the fit score: 0 leaves it out, 10 counts most</legend>
            {FACTOR_IDS.map((f) => (
              <div key={f} class="weight">
                <label for={`weight-${f}`}>{FACTOR_LABELS[f]}</label>
                <input
                  id={`weight-${f}`}
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  aria-describedby={`weight-help-${f}`}
                  value={d.weights[f] ?? DEFAULT_WEIGHTS[f]}
                  onInput={(e) =>
                    set({ weights: { ...d.weights, [f]: Math.min(10, Math.max(0, Number(text(e)) || 0)) } })
                  }
                />
                <span class="muted" id={`weight-help-${f}`}>
                  {WEIGHT_HELP[f]} (default {DEFAULT_WEIGHTS[f]})
                </span>
              </div>
            ))}
          </fieldset>
          <button type="submit">Save brief</button>
          <button
            type="button"
            disabled={d.id === activeId.value}
            onClick={async () => {
              try {
                await callBackground('brief.save', { brief: d, activate: true });
                await callBackground('roster.rescore', {});
                status.value = 'Active; saved creators rescored';
                await reload(d.id);
              } catch (err) {
                status.value = message(err);
              }
            }}
          >
            Make active
          </button>
          <button
            type="button"
            onClick={async () => {
              const wasActive = d.id === activeId.value;
              await callBackground('brief.remove', { id: d.id });
              removed.value = { brief: d, wasActive };
              status.value = null;
              edit(null);
              await reload();
            }}
          >
            Delete
          </button>
          {status.value && <p role="status">{status.value}</p>}
        </form>
      )}
      {removed.value && (
        <p role="status" class="undo" data-testid="brief-removed">
          Deleted “{removed.value.brief.name}”.{' '}
          <button
            type="button"
            onClick={async () => {
              const { brief, wasActive } = removed.value!;
              await callBackground('brief.save', { brief, activate: wasActive });
              removed.value = null;
              await reload(brief.id);
            }}
          >
            Undo
          </button>
        </p>
      )}
      <div>
        {d && <Preview draft={d} />}
        <Receiver />
      </div>
    </main>
  );
}
