// Briefs and settings: first-run onboarding, several briefs with one active, an editor with a live
// preview of how saved creators score under the brief being edited, and the receiver to import from.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { BriefPreview, Settings } from '../../shared/messages';
import { callBackground } from '../../shared/roster-client';
import type { Brief } from '../../shared/schemas/brief';
import { DEFAULT_WEIGHTS } from '../../shared/schemas/brief';
import { FACTOR_IDS, JURISDICTIONS, PLATFORMS } from '../../shared/schemas/enums';
import { lines, newBrief, nichesText, parseNiches } from './brief-form';
import { PurposeField } from './PurposeField';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
  const status = useSignal<string | null>(null);
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
            status.value = 'Saved';
          } catch (e) {
            status.value = message(e);
          }
        }}
      >
        Save
      </button>
      <button
        type="button"
        onClick={async () => {
          status.value = 'Importing…';
          try {
            const r = await callBackground('applicants.fetch', {});
            status.value = `Applicants: ${r.added} new, ${r.updated} updated`;
          } catch (e) {
            status.value = message(e);
          }
        }}
      >
        Import applicants now
      </button>
      {status.value && <p role="status">{status.value}</p>}
    </section>
  );
}

export function Options() {
  const briefs = useSignal<Brief[]>([]);
  const activeId = useSignal<string | null>(null);
  const draft = useSignal<Brief | null>(null);
  const status = useSignal<string | null>(null);
  const loaded = useSignal(false);
  const reload = async (select?: string) => {
    const list = await callBackground('brief.list', {});
    briefs.value = list.briefs;
    activeId.value = list.activeId;
    const pick =
      list.briefs.find((b) => b.id === (select ?? draft.value?.id ?? list.activeId)) ?? list.briefs[0];
    draft.value = pick ? structuredClone(pick) : null;
    loaded.value = true;
  };
  useEffect(() => {
    void reload();
  }, []);
  const d = draft.value;
  const set = (patch: Partial<Brief>) => {
    if (draft.value) draft.value = { ...draft.value, ...patch };
  };
  const text = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

  if (!loaded.value) return <p>Loading…</p>;
  return (
    <main class="options">
      {briefs.value.length === 0 && (
        <section class="onboarding" aria-labelledby="welcome">
          <h1 id="welcome">Welcome to Troupe</h1>
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
              <button type="button" class="link" onClick={() => (draft.value = structuredClone(b))}>
                {b.name}
              </button>
              {b.id === activeId.value && <span class="badge">active</span>}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => (draft.value = newBrief())}>
          New brief
        </button>
      </nav>
      {d && (
        <form
          aria-label="Brief editor"
          onSubmit={async (e) => {
            e.preventDefault();
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
          <label>
            Values, one per line
            <textarea
              rows={3}
              value={d.values.join('\n')}
              onChange={(e) => set({ values: lines(text(e)) })}
            />
          </label>
          <label>
            Excluded terms (any match excludes), one per line
            <textarea
              rows={3}
              value={d.excludedTerms.join('\n')}
              onChange={(e) => set({ excludedTerms: lines(text(e)) })}
            />
          </label>
          <label>
            Caution terms (lower brand safety), one per line
            <textarea
              rows={2}
              value={d.cautionTerms.join('\n')}
              onChange={(e) => set({ cautionTerms: lines(text(e)) })}
            />
          </label>
          <fieldset>
            <legend>Platforms (none ticked means all)</legend>
            {PLATFORMS.map((p) => (
              <label key={p} style={{ display: 'inline-block', marginRight: '0.6rem' }}>
                <input
                  type="checkbox"
                  checked={d.platforms.includes(p)}
                  onChange={() =>
                    set({
                      platforms: d.platforms.includes(p)
                        ? d.platforms.filter((x) => x !== p)
                        : [...d.platforms, p],
                    })
                  }
                />
                {p}
              </label>
            ))}
          </fieldset>
          <label>
            Followers from
            <input
              type="number"
              min={0}
              value={d.followerRange.min ?? ''}
              onInput={(e) =>
                set({ followerRange: { ...d.followerRange, min: text(e) ? Number(text(e)) : null } })
              }
            />
          </label>
          <label>
            Followers up to
            <input
              type="number"
              min={0}
              value={d.followerRange.max ?? ''}
              onInput={(e) =>
                set({ followerRange: { ...d.followerRange, max: text(e) ? Number(text(e)) : null } })
              }
            />
          </label>
          <label>
            Minimum engagement (%)
            <input
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={d.minEngagementRate === null ? '' : d.minEngagementRate * 100}
              onInput={(e) => set({ minEngagementRate: text(e) ? Number(text(e)) / 100 : null })}
            />
          </label>
          <label>
            Regions wanted (ISO codes, one per line)
            <textarea
              rows={2}
              value={d.regions.join('\n')}
              onChange={(e) => set({ regions: lines(text(e)).map((r) => r.toUpperCase()) })}
            />
          </label>
          <label>
            Languages wanted (ISO 639-1, one per line)
            <textarea
              rows={2}
              value={d.languages.join('\n')}
              onChange={(e) => set({ languages: lines(text(e)).map((l) => l.toLowerCase()) })}
            />
          </label>
          <fieldset>
            <legend>Disclosure jurisdictions</legend>
            {JURISDICTIONS.map((j) => (
              <label key={j} style={{ display: 'inline-block', marginRight: '0.6rem' }}>
                <input
                  type="checkbox"
                  checked={d.jurisdictions.includes(j)}
                  onChange={() =>
                    set({
                      jurisdictions: d.jurisdictions.includes(j)
                        ? d.jurisdictions.filter((x) => x !== j)
                        : [...d.jurisdictions, j],
                    })
                  }
                />
                {j}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Weights (0–10)</legend>
            {FACTOR_IDS.map((f) => (
              <label key={f} style={{ display: 'inline-block', marginRight: '0.6rem' }}>
                {f}
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={0.5}
                  style={{ width: '4rem' }}
                  value={d.weights[f] ?? DEFAULT_WEIGHTS[f]}
                  onInput={(e) => set({ weights: { ...d.weights, [f]: Number(text(e)) } })}
                />
              </label>
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
              await callBackground('brief.remove', { id: d.id });
              draft.value = null;
              await reload();
            }}
          >
            Delete
          </button>
          {status.value && <p role="status">{status.value}</p>}
        </form>
      )}
      <div>
        {d && <Preview draft={d} />}
        <Receiver />
      </div>
    </main>
  );
}
