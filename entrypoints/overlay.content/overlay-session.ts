// One tab's overlay over time: each navigation (first load or in-app) starts a visit that reads the
// page, asks the background to assess the reading against the active brief and fills the card;
// leaving a creator page removes the card. Every visit owns an AbortController, aborted by the next
// visit or by the content script's own invalidation, so nothing from a previous creator's page leaks
// into the next.
import type { RosterApi, RosterEntry, RosterMethod, TabApi } from '../../shared/messages';
import { creatorKey } from '../../shared/schemas/creator-key';
import { type Assessment, disclosuresForRoster } from './assessment';
import type { OverlayActions, OverlayStore, RosterMark } from './overlay-state';
import { type Extraction, type ExtractPage, identityOf, readPage } from './page-reading';

export type CallBackground = <M extends RosterMethod>(
  method: M,
  input: Parameters<RosterApi[M]>[0],
) => Promise<Awaited<ReturnType<RosterApi[M]>>>;

/** What a save (from the card or the popup) sends to the roster. */
export type RosterSave = NonNullable<Awaited<ReturnType<TabApi['overlay.current']>>>;

export interface OverlayDeps {
  doc: Document;
  /** True on a creator profile or post URL of this script's platform. */
  recognise: (url: string) => boolean;
  extract: ExtractPage;
  call: CallBackground;
  /** Shows and hides the card's host element. */
  show: () => void;
  hide: () => void;
  store: OverlayStore;
  signal: AbortSignal;
  settleMs?: number;
}

export interface OverlaySession {
  visit: (url: string) => void;
  actions: OverlayActions;
  /** Called by the card after it renders a state; records navigation → card time. */
  rendered: (phase: string) => number | null;
  /** What the card shows now, as a roster save (the popup's quick save); null before it is ready. */
  current: () => RosterSave | null;
  /** Assesses the reading shown again (the active brief changed). */
  rescore: () => Promise<void>;
}

export function createOverlaySession(deps: OverlayDeps): OverlaySession {
  const { store } = deps;
  let visitController: AbortController | null = null;
  let visitStartedAt = 0;
  let timed = false;
  let lastIdentity: string | null = null;
  let current: { extraction: Extraction; assessment: Assessment } | null = null;
  /** The roster key whose entry the card's save row shows; looked up once per creator per visit. */
  let markedKey = '';
  /** Readings are numbered per tab: an answer older than the one shown is dropped. */
  let asked = 0;
  let shown = 0;

  /**
   * Asks the background about a reading and shows the answer. False when it could not: the card
   * then says so instead of going stale.
   */
  const assessAndShow = async (extraction: Extraction, signal: AbortSignal | undefined): Promise<boolean> => {
    const seq = ++asked;
    let answer: Awaited<ReturnType<RosterApi['overlay.assess']>>;
    try {
      answer = await deps.call('overlay.assess', { extraction });
    } catch (error) {
      if (signal?.aborted || seq < shown) return false;
      shown = seq;
      current = null;
      store.card.value = { phase: 'unreadable', message: `Troupe could not assess it: ${messageOf(error)}` };
      return false;
    }
    if (signal?.aborted || seq < shown) return false;
    shown = seq;
    const { assessment, entry, deliverable } = answer;
    current = { extraction, assessment };
    store.card.value = { phase: 'ready', assessment };
    store.deliverable.value = deliverable ? { status: 'offered', offer: deliverable } : { status: 'none' };
    const key = creatorKey(assessment.profile);
    if (key !== markedKey) {
      markedKey = key;
      store.roster.value = markOf(entry);
    }
    return true;
  };

  const visit = (url: string) => {
    visitController?.abort();
    if (deps.signal.aborted) return;
    if (!deps.recognise(url)) {
      visitController = null;
      current = null;
      deps.hide();
      return;
    }
    const controller = new AbortController();
    visitController = controller;
    const { signal } = controller;
    deps.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });
    visitStartedAt = performance.now();
    timed = false;
    const previousIdentity = lastIdentity;
    current = null;
    markedKey = '';
    shown = asked;
    store.card.value = { phase: 'reading' };
    store.roster.value = { status: 'unknown' };
    store.deliverable.value = { status: 'none' };
    deps.show();
    readPage(
      deps.doc,
      url,
      deps.extract,
      signal,
      (extraction) => {
        lastIdentity = identityOf(extraction);
        void assessAndShow(extraction, signal);
      },
      (error) => {
        if (!signal.aborted) store.card.value = { phase: 'unreadable', message: messageOf(error) };
      },
      { previousIdentity, settleMs: deps.settleMs },
    );
  };

  const forRoster = (): RosterSave | null => {
    if (!current) return null;
    const { assessment } = current;
    return {
      profile: assessment.profile,
      fit: assessment.scored ? assessment.fit : null,
      disclosures: disclosuresForRoster(assessment),
    };
  };

  const save = async (confirmFigures: boolean) => {
    const input = forRoster();
    if (!input) return;
    const signal = visitController?.signal;
    store.roster.value = { status: 'saving' };
    try {
      const { entry, updated, held } = await deps.call('roster.save', { ...input, confirmFigures });
      if (signal?.aborted) return;
      if (held?.length) {
        store.roster.value = { status: 'held', jumps: held };
        return;
      }
      store.roster.value = {
        status: 'in-roster',
        snapshotCount: entry.snapshotCount,
        updatedAt: entry.updatedAt,
        savedNow: true,
        updated,
      };
    } catch (error) {
      if (!signal?.aborted)
        store.roster.value = { status: 'error', message: `Not saved: ${messageOf(error)}` };
    }
  };

  // A later click logs the post's new figures again: the background keeps each capture.
  const logDeliverable = async () => {
    const mark = store.deliverable.value;
    if (!current || mark.status === 'none') return;
    const offer = { ...mark.offer, logged: true };
    try {
      const logged = await deps.call('collaborations.logDeliverable', { extraction: current.extraction });
      store.deliverable.value = {
        status: 'logged',
        offer,
        verdict: logged.deliverable.disclosure?.report.verdict ?? null,
      };
    } catch (error) {
      store.deliverable.value = { status: 'error', offer: mark.offer, message: messageOf(error) };
    }
  };

  const createStarterBrief = async () => {
    store.starter.value = { status: 'creating' };
    try {
      await deps.call('brief.createStarter', {});
      store.starter.value = { status: 'idle' };
      if (current) await assessAndShow(current.extraction, visitController?.signal);
    } catch (error) {
      store.starter.value = { status: 'error', message: messageOf(error) };
    }
  };

  return {
    visit,
    actions: {
      save: () => void save(false),
      saveConfirmed: () => void save(true),
      createStarterBrief: () => void createStarterBrief(),
      logDeliverable: () => void logDeliverable(),
    },
    rendered: (phase) => {
      if (phase !== 'ready' || timed) return null;
      timed = true;
      return performance.now() - visitStartedAt;
    },
    current: forRoster,
    rescore: async () => {
      if (current) await assessAndShow(current.extraction, visitController?.signal);
    },
  };
}

function markOf(entry: RosterEntry | null): RosterMark {
  return entry
    ? {
        status: 'in-roster',
        snapshotCount: entry.snapshotCount,
        updatedAt: entry.updatedAt,
        savedNow: false,
        updated: false,
      }
    : { status: 'absent' };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error ? String(error) : 'The page did not show a creator we recognise.';
}
