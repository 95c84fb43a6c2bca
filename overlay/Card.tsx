// The creator card docked beside a social page: who this creator is for the brand, whether their
// sponsored posts are disclosed, and one button that saves them to the roster.
import { useLayoutEffect } from 'preact/hooks';
import { coverageLines } from '../shared/disclosure/describe';
import type { CaptionCheck, OverlayAssessment } from '../shared/messages';
import { handleLabel } from '../shared/platforms/handle-label';
import type { FigureJump } from '../shared/roster/figure-jumps';
import { VERDICT_WORDS } from '../shared/roster/verdict-words';
import type { Count } from '../shared/schemas/profile';
import { DeliverableRow } from './DeliverableRow';
import { FactorEvidence, factorScoreText } from './FactorFigures';
import { LiveLine } from './LiveLine';
import type { OverlayActions, OverlayStore, RosterMark } from './overlay-state';
import { UserButton } from './UserButton';

const VERDICT_LABEL = VERDICT_WORDS;

export interface CardProps {
  store: OverlayStore;
  actions: OverlayActions;
  /** Called once the DOM shows a new state (the content script times navigation → card). */
  onRendered?: (phase: string) => void;
}

export function Card({ store, actions, onRendered }: CardProps) {
  const state = store.card.value;
  const collapsed = store.collapsed.value;
  useLayoutEffect(() => onRendered?.(state.phase), [state, onRendered]);
  const headline =
    state.phase === 'ready' && state.assessment.scored
      ? scoreText(state.assessment)
      : state.phase === 'reading'
        ? '…'
        : '';
  return (
    <section
      class="card"
      data-testid="troupe-card"
      data-phase={state.phase}
      aria-label="Troupe creator card"
      // The shortcut also works with focus inside the card: the shadow root keeps keys from the page
      // (card-host.ts), so the content script's window listener never hears them from here.
      onKeyDown={(event) => {
        if (!event.isTrusted || !isShortcut(event)) return;
        event.preventDefault();
        store.collapsed.value = false;
        (event.currentTarget.querySelector('[data-testid=troupe-toggle]') as HTMLElement | null)?.focus();
      }}
    >
      <header class="bar">
        <button
          type="button"
          class="toggle"
          data-testid="troupe-toggle"
          aria-expanded={!collapsed}
          aria-controls="troupe-body"
          title="Alt+Shift+T"
          onClick={() => {
            store.collapsed.value = !collapsed;
          }}
        >
          <span class="logo" aria-hidden="true">
            T
          </span>
          <span>Troupe</span>
          {headline && <span class="pill">{headline}</span>}
          <span class="chevron" aria-hidden="true">
            {collapsed ? '▴' : '▾'}
          </span>
        </button>
      </header>
      {!collapsed && (
        <div class="body" id="troupe-body">
          {state.phase === 'reading' && <p class="muted">Reading this page…</p>}
          {state.phase === 'unreadable' && (
            <p class="unreadable" role="status" data-testid="troupe-unreadable">
              Couldn't read this page. {state.message}
            </p>
          )}
          {state.phase === 'ready' && (
            <Ready assessment={state.assessment} sample={state.sample} store={store} actions={actions} />
          )}
        </div>
      )}
    </section>
  );
}

/** Alt+Shift+T, the card's keyboard shortcut (also bound on the page by start-overlay.tsx). */
export function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && event.code === 'KeyT';
}

function scoreText(a: OverlayAssessment): string {
  if (a.fit.excluded) return 'Excluded';
  return a.fit.score === null ? 'No score' : `Fit ${a.fit.score}`;
}

function Ready({
  assessment,
  sample,
  store,
  actions,
}: { assessment: OverlayAssessment; sample?: string } & Omit<CardProps, 'onRendered'>) {
  const { profile, fit } = assessment;
  return (
    <>
      <div class="who">
        <strong data-testid="troupe-name">{profile.displayName ?? profile.handle}</strong>{' '}
        <span data-testid="troupe-handle">{handleLabel(profile)}</span>
        {profile.verified && (
          <span class="verified" title="Verified on the platform">
            ✓
          </span>
        )}
        <div class="muted">
          {profile.platform}
          {profile.followers && (
            <>
              {' · '}
              <span data-testid="troupe-followers">{countText(profile.followers)}</span>
              {nounAfter(countText(profile.followers), 'followers')}
            </>
          )}
          {profile.posts && (
            <>
              {' · '}
              <span data-testid="troupe-posts">{countText(profile.posts)}</span>
              {nounAfter(countText(profile.posts), 'posts')}
            </>
          )}
        </div>
      </div>
      <LiveLine profile={profile} />
      <SaveRow mark={store.roster.value} actions={actions} />
      <FitBlock assessment={assessment} store={store} actions={actions} />
      <dl class="facts">
        <dt>Tier</dt>
        <dd data-testid="troupe-tier" title={fit.tier.source}>
          {fit.tier.label}
        </dd>
        <dt>Role</dt>
        <dd>
          <span data-testid="troupe-role">{fit.role.role}</span>
          <RoleSignals role={fit.role} />
        </dd>
        <dt>Engagement</dt>
        <dd data-testid="troupe-engagement">{engagementText(assessment)}</dd>
        {/* The posts the figures rest on, under the engagement they are the sample of. */}
        {sample && <dd data-testid="troupe-sample">{sample}</dd>}
      </dl>
      {fit.authenticity.length > 0 && (
        <section aria-label="Authenticity flags">
          <h3>Authenticity</h3>
          <ul class="flags">
            {fit.authenticity.map((f) => (
              <li key={f.id} class={f.severity} data-testid="troupe-flag">
                <strong>{f.label}</strong>: {f.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Disclosures checks={assessment.checks} jurisdictions={assessment.jurisdictions} />
      <DeliverableRow mark={store.deliverable.value} actions={actions} />
    </>
  );
}

function FitBlock({
  assessment,
  store,
  actions,
}: { assessment: OverlayAssessment } & Omit<CardProps, 'onRendered'>) {
  const { fit } = assessment;
  if (!assessment.scored) {
    const starter = store.starter.value;
    return (
      <section class="fit" aria-label="Fit">
        <p class="muted">No brief yet: set one up to see how this creator fits your community.</p>
        <UserButton
          act={actions.createStarterBrief}
          busy={starter.status === 'creating' && 'Creating…'}
          kind="secondary"
          testid="troupe-starter"
        >
          Start with a starter brief
        </UserButton>
        {starter.status === 'error' && <p class="error">{starter.message}</p>}
      </section>
    );
  }
  return (
    <section class="fit" aria-label="Fit">
      {fit.excluded ? (
        <p class="error" data-testid="troupe-excluded">
          Excluded by the brief: {withoutLead(fit.excluded.reason, 'Excluded:')}
        </p>
      ) : (
        <p class="score-line">
          <span class="score" data-testid="troupe-score">
            {fit.score ?? '–'}
          </span>
          <span class="muted">
            {fit.range && (
              <span data-testid="troupe-range">
                range {fit.range.min}–{fit.range.max}
              </span>
            )}{' '}
            · <span data-testid="troupe-coverage">coverage {Math.round(fit.coverage * 100)}%</span> ·{' '}
            <span data-testid="troupe-confidence" title={fit.confidenceReason}>
              {fit.confidence} confidence
            </span>
          </span>
        </p>
      )}
      {assessment.fromRoster && (
        <p class="muted" data-testid="troupe-from-roster">
          {assessment.fromRoster.words}
        </p>
      )}
      <details>
        <summary>Why this score</summary>
        <ul class="factors">
          {fit.factors.map((f) => (
            <li key={f.id} data-testid="troupe-factor" data-factor={f.id}>
              <span class="factor-name">{f.label}</span>{' '}
              <span class="factor-score">
                {factorScoreText(f)}
                <span class="muted" data-testid="troupe-weight">
                  {' '}
                  · weight {f.weight}
                </span>
              </span>
              <div class="muted">{f.reason}</div>
              <FactorEvidence factor={f} testid="troupe-evidence" />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * One line per post: the strictest verdict, the caption, and (when jurisdictions disagree) which say
 * what. The reasons and the rules they cite are on demand, each said once for the jurisdictions
 * that share it, so six posts in four jurisdictions stay a short list.
 */
function Disclosures({ checks, jurisdictions }: { checks: CaptionCheck[]; jurisdictions: string[] }) {
  if (checks.length === 0) return null;
  return (
    <section aria-label="Sponsorship disclosure">
      <h3>Disclosure ({jurisdictions.join(', ')})</h3>
      <ul class="checks">
        {checks.map((c, i) => {
          const verdicts = grouped(
            c.report.byJurisdiction.map((j) => [VERDICT_LABEL[j.verdict]!, j.jurisdiction]),
          );
          const reasons = grouped(
            c.report.byJurisdiction.flatMap((j) => {
              const reason = j.reasons[0];
              if (!reason) return [];
              const text = withoutLead(reason.text, `${j.jurisdiction}:`);
              // "Not needed" cites no rule: there is nothing to comply with.
              const rule = j.verdict === 'not_needed' ? null : reason.rule;
              return [[JSON.stringify([text, rule]), j.jurisdiction] as [string, string]];
            }),
          );
          // Per commercial signal: whether and by what it is disclosed, in the marketer's words.
          const signals = coverageLines(c.report);
          return (
            <li key={c.postUrl ?? i} data-testid="troupe-disclosure" data-verdict={c.report.verdict}>
              <span class={`verdict ${c.report.verdict}`}>{VERDICT_LABEL[c.report.verdict]}</span>{' '}
              <span class="caption">{excerpt(c.caption)}</span>
              {verdicts.length > 1 && (
                <div class="muted" data-testid="troupe-disclosure-split">
                  {verdicts.map(([label, codes]) => `${codes.join(', ')}: ${label}`).join(' · ')}
                </div>
              )}
              {(reasons.length > 0 || signals.length > 0) && (
                <details class="why">
                  <summary>Why</summary>
                  {signals.map((line, k) => (
                    <div key={k} class="muted" data-testid="troupe-signal" data-verdict={line.verdict}>
                      {line.signal}: {line.said}
                    </div>
                  ))}
                  {reasons.map(([key, codes]) => {
                    const [text, rule] = JSON.parse(key) as [string, string | null];
                    return (
                      <div key={key} class="muted" data-testid="troupe-rule">
                        {codes.join(', ')}: {text}
                        {rule && <cite> ({rule})</cite>}
                      </div>
                    );
                  })}
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** [key, member] pairs as [key, members] in first-seen order. */
function grouped(pairs: [string, string][]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [key, member] of pairs) groups.set(key, [...(groups.get(key) ?? []), member]);
  return [...groups];
}

function RoleSignals({ role }: { role: OverlayAssessment['fit']['role'] }) {
  const side = (which: 'production' | 'distribution') =>
    role.signals.filter((s) => s.side === which).map((s) => s.signal);
  const production = side('production');
  const distribution = side('distribution');
  return (
    <ul class="signals" data-testid="troupe-role-signals">
      {production.length > 0 && <li>Creator signals: {production.join('; ')}</li>}
      {distribution.length > 0 && <li>Influencer signals: {distribution.join('; ')}</li>}
      {role.signals.length === 0 && <li class="muted">{role.reason}</li>}
    </ul>
  );
}

function SaveRow({ mark, actions }: { mark: RosterMark; actions: OverlayActions }) {
  const inRoster = mark.status === 'in-roster';
  if (mark.status === 'held') return <HeldSave jumps={mark.jumps} actions={actions} />;
  return (
    <footer class="save">
      <UserButton
        act={actions.save}
        busy={mark.status === 'saving' && 'Saving…'}
        kind="primary"
        testid="troupe-save"
      >
        {inRoster ? 'Save snapshot' : 'Save to roster'}
      </UserButton>
      <span class="muted" role="status" data-testid="troupe-roster-status" data-status={mark.status}>
        {mark.status === 'in-roster' &&
          (mark.savedNow ? (mark.updated ? 'Updated in roster' : 'Saved to roster') : 'In roster')}
        {mark.status === 'in-roster' &&
          ` · ${mark.snapshotCount} snapshot${mark.snapshotCount === 1 ? '' : 's'}`}
        {mark.status === 'error' && <span class="error">{mark.message}</span>}
      </span>
    </footer>
  );
}

/** The save the background held: the figures this page shows against the saved ones, and a choice. */
function HeldSave({ jumps, actions }: { jumps: FigureJump[]; actions: OverlayActions }) {
  return (
    <footer class="save" data-testid="troupe-held">
      <p role="status">
        Not saved yet: this page shows figures far from the ones you saved (
        {jumps
          .map((j) => `${j.field} ${j.stored.toLocaleString('en-US')} → ${j.reading.toLocaleString('en-US')}`)
          .join(', ')}
        ). Check the page before keeping them.
      </p>
      <UserButton act={actions.saveConfirmed} kind="secondary" testid="troupe-save-confirmed">
        Save these figures
      </UserButton>
    </footer>
  );
}

function engagementText({ fit }: OverlayAssessment): string {
  const e = fit.engagement;
  // The factor says what is missing (say, the follower count on a post page), not "0 posts seen".
  if (e.median === null)
    return fit.factors.find((f) => f.id === 'engagement')?.reason ?? 'Engagement cannot be measured yet.';
  const basis = e.basis === 'views' ? 'of views' : e.basis === 'chat' ? 'chat' : 'of followers';
  return `${(e.median * 100).toFixed(1)}% ${basis}, median of ${e.sampleSize} post${e.sampleSize === 1 ? '' : 's'}`;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function countText(count: Count | null): string {
  if (!count) return '?';
  if (count.exact) return count.value.toLocaleString('en-US');
  return count.display ?? `≈${compact.format(count.value)}`;
}

/** " followers" after a bare figure; nothing after a platform's own wording ("6,8 K vídeos"). */
function nounAfter(display: string, noun: string): string {
  return /\p{L}{3,}/u.test(display) ? '' : ` ${noun}`;
}

/** The text without a leading word it repeats ("Excluded: …" under "Excluded by the brief"). */
function withoutLead(text: string, lead: string): string {
  return text.startsWith(lead) ? text.slice(lead.length).trimStart() : text;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
}
