// One tab's overlay over time: each navigation (first load or in-app) starts a visit that reads the
// page, fits the creator against the active brief and fills the card; leaving a creator page removes
// the card. Every visit owns an AbortController, aborted by the next visit or by the content
// script's own invalidation, so nothing from a previous creator's page leaks into the next.
import type { RosterApi, RosterMethod } from '../../shared/messages';
import type { Brief } from '../../shared/schemas/brief';
import { creatorKey } from '../../shared/schemas/creator-key';
import { type Assessment, assess, disclosuresForRoster } from './assessment';
import type { OverlayActions, OverlayStore } from './overlay-state';
import { type Extraction, type ExtractPage, identityOf, readPage } from './page-reading';

export type CallBackground = <M extends RosterMethod>(
  method: M,
  input: Parameters<RosterApi[M]>[0],
) => Promise<Awaited<ReturnType<RosterApi[M]>>>;

export interface OverlayDeps {
  doc: Document;
  /** True on a creator profile or post URL of a supported platform. */
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
}

export function createOverlaySession(deps: OverlayDeps): OverlaySession {
  const { store } = deps;
  let visitController: AbortController | null = null;
  let visitStartedAt = 0;
  let timed = false;
  let lastIdentity: string | null = null;
  let current: { extraction: Extraction; assessment: Assessment } | null = null;
  let brief: Promise<Brief | null> = Promise.resolve(null);

  /** False when the core could not assess the reading: the card then says so instead of going stale. */
  const setReady = (extraction: Extraction, activeBrief: Brief | null): boolean => {
    let assessment: Assessment;
    try {
      assessment = assess(extraction, activeBrief);
    } catch (error) {
      current = null;
      store.card.value = { phase: 'unreadable', message: `Troupe could not assess it: ${messageOf(error)}` };
      return false;
    }
    current = { extraction, assessment };
    store.card.value = { phase: 'ready', assessment, brief: activeBrief };
    return true;
  };

  const lookUp = async (key: string, signal: AbortSignal) => {
    try {
      const entry = await deps.call('roster.lookup', { key });
      if (signal.aborted) return;
      store.roster.value = entry
        ? {
            status: 'in-roster',
            snapshotCount: entry.snapshotCount,
            updatedAt: entry.updatedAt,
            savedNow: false,
            updated: false,
          }
        : { status: 'absent' };
    } catch (error) {
      if (!signal.aborted) store.roster.value = { status: 'error', message: messageOf(error) };
    }
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
    store.card.value = { phase: 'reading' };
    store.roster.value = { status: 'unknown' };
    deps.show();
    // Asked once per visit: the user may have changed the brief in another tab meanwhile.
    brief = deps.call('brief.getActive', {}).catch(() => null);
    let lookedUp = '';
    readPage(
      deps.doc,
      url,
      deps.extract,
      signal,
      (extraction) => {
        lastIdentity = identityOf(extraction);
        void brief.then((activeBrief) => {
          if (signal.aborted || !setReady(extraction, activeBrief)) return;
          const key = creatorKey(current!.assessment.profile);
          if (key !== lookedUp) {
            lookedUp = key;
            void lookUp(key, signal);
          }
        });
      },
      (error) => {
        if (!signal.aborted) store.card.value = { phase: 'unreadable', message: messageOf(error) };
      },
      { previousIdentity, settleMs: deps.settleMs },
    );
  };

  const save = async () => {
    const now = current;
    if (!now) return;
    const signal = visitController?.signal;
    store.roster.value = { status: 'saving' };
    try {
      const { entry, updated } = await deps.call('roster.save', {
        profile: now.assessment.profile,
        fit: now.assessment.scored ? now.assessment.fit : null,
        disclosures: disclosuresForRoster(now.assessment),
      });
      if (signal?.aborted) return;
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

  const createStarterBrief = async () => {
    store.starter.value = { status: 'creating' };
    try {
      const created = await deps.call('brief.createStarter', {});
      brief = Promise.resolve(created);
      store.starter.value = { status: 'idle' };
      if (current) setReady(current.extraction, created);
    } catch (error) {
      store.starter.value = { status: 'error', message: messageOf(error) };
    }
  };

  return {
    visit,
    actions: { save: () => void save(), createStarterBrief: () => void createStarterBrief() },
    rendered: (phase) => {
      if (phase !== 'ready' || timed) return null;
      timed = true;
      return performance.now() - visitStartedAt;
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error ? String(error) : 'The page did not show a creator we recognise.';
}
